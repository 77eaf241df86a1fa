//! The poverty standards the pages use: the national ones from the domain
//! crate's data, plus local ones the user makes.

use leptos::prelude::*;
use poverty_rules::Catalogue;

#[derive(Clone, Copy)]
pub struct Standards {
    pub catalogue: RwSignal<Catalogue>,
    /// Why the national data could not be read, if it could not.
    pub load_error: StoredValue<Option<String>>,
}

impl Standards {
    pub fn load() -> Standards {
        let (catalogue, error) = match Catalogue::national() {
            Ok(catalogue) => (catalogue, None),
            Err(e) => (Catalogue::empty(), Some(e.to_string())),
        };
        Standards {
            catalogue: RwSignal::new(catalogue),
            load_error: StoredValue::new(error),
        }
    }
}

pub fn use_standards() -> Standards {
    expect_context::<Standards>()
}
