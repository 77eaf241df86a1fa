//! The poverty standards a page uses: the national ones, generated from
//! the domain crate's data at build time, plus the local ones saved on
//! this device.

use leptos::prelude::*;
use poverty_rules::{Catalogue, LocalSpec, Text};

use crate::local_store;

#[derive(Clone, Copy)]
pub struct Standards {
    pub catalogue: RwSignal<Catalogue>,
    /// The saved local standards, as the user made them.
    pub local: RwSignal<Vec<LocalSpec>>,
    /// What could not be loaded, to tell the user.
    pub problems: StoredValue<Vec<Text>>,
}

impl Standards {
    pub fn load() -> Standards {
        let (specs, unreadable) = local_store::load();
        let (catalogue, usable, problems) = catalogue_with(specs, unreadable);
        Standards {
            catalogue: RwSignal::new(catalogue),
            local: RwSignal::new(usable),
            problems: StoredValue::new(problems),
        }
    }
}

/// The national standards plus the local `specs` (`unreadable` more could
/// not be read): the catalogue, the specs that built, and what could not
/// be used. The reader worker, which has no storage, is sent their text.
pub fn catalogue_with(specs: Vec<LocalSpec>, unreadable: usize) -> (Catalogue, Vec<LocalSpec>, Vec<Text>) {
    let mut catalogue = Catalogue::national();
    let mut problems = Vec::new();
    if unreadable > 0 {
        problems.push(Text {
            vi: format!("Không đọc được {unreadable} chuẩn địa phương đã lưu trên máy này; chúng chưa bị xoá."),
            en: format!(
                "{unreadable} local standard(s) saved on this device could not be read; they were not deleted."
            ),
        });
    }
    let mut usable = Vec::new();
    for spec in specs {
        if catalogue.add_local(&spec) {
            usable.push(spec);
        } else {
            problems.push(Text {
                vi: format!(
                    "Chuẩn địa phương «{}» đã lưu không còn hợp lệ nên không dùng được.",
                    spec.name
                ),
                en: format!(
                    "The saved local standard “{}” is no longer valid and cannot be used.",
                    spec.name
                ),
            });
        }
    }
    (catalogue, usable, problems)
}

pub fn use_standards() -> Standards {
    expect_context::<Standards>()
}
