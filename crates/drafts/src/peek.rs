//! A part of the current draft read only to be shown, without what a save
//! needs (every key, migration, conflict checks): a page that shows a part
//! another page keeps links no saving code.

use crate::keys::{meta_key, part_key};
use crate::schema::SCHEMA;
use crate::{Part, Store, current, meta_text};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Peeked {
    pub draft_name: String,
    pub text: String,
}

/// The current draft's `part` and the draft's name; `None` when there is no
/// current draft, it holds no such part, or its meta does not read as this
/// schema (the drafts page tells why; a save would start a new draft).
pub fn peek_current(store: &impl Store, part: Part) -> Option<Peeked> {
    let id = current(store)?;
    let (schema, fields) = meta_text::read(&store.get(&meta_key(&id))?).ok()?;
    if schema != SCHEMA {
        return None;
    }
    Some(Peeked {
        draft_name: fields.get("name")?.clone(),
        text: store.get(&part_key(&id, part))?,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{DraftId, MemoryStore, Session};

    #[test]
    fn the_current_drafts_part_is_read_with_its_name() {
        let mut store = MemoryStore::new();
        assert_eq!(peek_current(&store, Part::Households), None);
        let mut session = Session::open(&store, Part::Households).session;
        session
            .save(&mut store, "ma_ho;thon\n1;A", || DraftId::from_number(3), "Xã A", 1)
            .unwrap();
        let peeked = peek_current(&store, Part::Households).unwrap();
        assert_eq!(
            (peeked.draft_name.as_str(), peeked.text.as_str()),
            ("Xã A", "ma_ho;thon\n1;A")
        );
        assert_eq!(peek_current(&store, Part::Funding), None, "a part never saved");
    }

    #[test]
    fn a_current_draft_whose_meta_does_not_read_shows_nothing() {
        let mut store = MemoryStore::new();
        let id = DraftId::from_number(8);
        let mut session = Session::open(&store, Part::Households).session;
        session.save(&mut store, "x", || id.clone(), "A", 1).unwrap();
        store.set(&meta_key(&id), "v1\nname=A").unwrap();
        assert_eq!(peek_current(&store, Part::Households), None, "cut short");
        store.set(&meta_key(&id), "v2\nname=A\nend").unwrap();
        assert_eq!(peek_current(&store, Part::Households), None, "a newer schema");
    }
}
