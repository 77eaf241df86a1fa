//! The poverty standards a page uses: the national ones, generated from
//! the domain crate's data at build time, plus local ones the user makes.

use leptos::prelude::*;
use poverty_rules::Catalogue;

#[derive(Clone, Copy)]
pub struct Standards {
    pub catalogue: RwSignal<Catalogue>,
}

impl Standards {
    pub fn load() -> Standards {
        Standards {
            catalogue: RwSignal::new(Catalogue::national()),
        }
    }
}

pub fn use_standards() -> Standards {
    expect_context::<Standards>()
}
