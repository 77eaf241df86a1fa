//! Local standards kept on this device, one per line in the same `dp-…`
//! form their links use, so that pages read them without a JSON parser.
//! A draft carries the same lines (its local-standards part) so that they
//! move with the plan: opening a draft adds its standards to the device's.

use poverty_rules::{LocalSpec, local_from_query, local_to_query};

use crate::storage::Saved;

/// The specs of `text`, and how many of its lines could not be read.
pub fn from_text(text: &str) -> (Vec<LocalSpec>, usize) {
    let mut specs = Vec::new();
    let mut unreadable = 0;
    for line in text.lines().filter(|l| !l.trim().is_empty()) {
        match local_from_query(line) {
            Some(spec) => specs.push(spec),
            None => unreadable += 1,
        }
    }
    (specs, unreadable)
}

pub fn to_text(specs: &[LocalSpec]) -> String {
    specs.iter().map(local_to_query).collect::<Vec<_>>().join("\n")
}

/// The saved specs, and how many stored lines could not be read (they are
/// left in storage, not dropped, until the user saves again).
pub fn load() -> (Vec<LocalSpec>, usize) {
    from_text(&Saved::LocalStandards.read().unwrap_or_default())
}

/// Writes every spec; `false` when the browser refused (storage full or
/// blocked).
pub fn save(specs: &[LocalSpec]) -> bool {
    Saved::LocalStandards.write(&to_text(specs))
}

/// Adds a draft's standards to the device's; a standard of the same id is
/// replaced by the draft's, since the user chose to work on that plan.
/// `false` when the browser refused to store them.
pub fn take_from_draft(text: &str) -> bool {
    let (from_draft, _) = from_text(text);
    if from_draft.is_empty() {
        return true;
    }
    let (mut specs, unreadable) = load();
    if unreadable > 0 {
        // Saving would drop the lines that did not read: leave them be.
        return false;
    }
    specs.retain(|s| !from_draft.iter().any(|d| d.id == s.id));
    specs.extend(from_draft);
    save(&specs)
}
