//! Storage keys: `giamngheo.draft.<id>.meta` and `giamngheo.draft.<id>.<part>`;
//! drafts set aside keep their keys under `giamngheo.corrupt.`.

use crate::{DraftId, Part};

pub const DRAFT_PREFIX: &str = "giamngheo.draft.";
pub const CORRUPT_PREFIX: &str = "giamngheo.corrupt.";
pub(crate) const META: &str = "meta";

pub(crate) fn draft_prefix(id: &DraftId) -> String {
    format!("{DRAFT_PREFIX}{id}.")
}

pub(crate) fn meta_key(id: &DraftId) -> String {
    format!("{DRAFT_PREFIX}{id}.{META}")
}

pub(crate) fn part_key(id: &DraftId, part: Part) -> String {
    suffix_key(id, part.storage_name())
}

pub(crate) fn suffix_key(id: &DraftId, suffix: &str) -> String {
    format!("{DRAFT_PREFIX}{id}.{suffix}")
}

/// The id text of a draft key (up to its first dot after the prefix) and
/// the rest; a key with no dot is all id, so it is grouped and set aside.
pub(crate) fn split_draft_key(key: &str) -> Option<(&str, &str)> {
    let rest = key.strip_prefix(DRAFT_PREFIX)?;
    Some(rest.split_once('.').unwrap_or((rest, "")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_split_at_the_first_dot_after_the_prefix() {
        let id = DraftId::from_number(42);
        assert_eq!(split_draft_key(&meta_key(&id)), Some(("16", "meta")));
        assert_eq!(split_draft_key(&part_key(&id, Part::Funding)), Some(("16", "kinh-phi")));
        assert_eq!(split_draft_key("giamngheo.draft.odd"), Some(("odd", "")));
        assert_eq!(split_draft_key("giamngheo.lang"), None);
    }
}
