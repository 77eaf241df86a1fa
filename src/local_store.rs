//! Local standards kept on this device (until drafts carry them), one per
//! line in the same `dp-…` form their links use, so that pages read them
//! without a JSON parser.

use gloo_storage::{LocalStorage, Storage};
use poverty_rules::{LocalSpec, local_from_query, local_to_query};

const KEY: &str = "giamngheo.local-standards";

/// The saved specs, and how many stored lines could not be read (they are
/// left in storage, not dropped, until the user saves again).
pub fn load() -> (Vec<LocalSpec>, usize) {
    let stored = LocalStorage::raw().get_item(KEY).ok().flatten().unwrap_or_default();
    let mut specs = Vec::new();
    let mut unreadable = 0;
    for line in stored.lines().filter(|l| !l.trim().is_empty()) {
        match local_from_query(line) {
            Some(spec) => specs.push(spec),
            None => unreadable += 1,
        }
    }
    (specs, unreadable)
}

/// Writes every spec; `false` when the browser refused (storage full or
/// blocked).
pub fn save(specs: &[LocalSpec]) -> bool {
    let text = specs.iter().map(local_to_query).collect::<Vec<_>>().join("\n");
    LocalStorage::raw().set_item(KEY, &text).is_ok()
}
