//! Listing drafts, and setting aside those whose meta does not read.

use std::collections::BTreeMap;

use crate::keys::{CORRUPT_PREFIX, DRAFT_PREFIX, META, split_draft_key};
use crate::stored::{self, ReadError};
use crate::transaction::{Write, write_all};
use crate::{DraftId, Meta, MetaProblem, Store, meta_text};
use lang::{Lang, msg};

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Listing {
    /// Newest saved first.
    pub drafts: Vec<Meta>,
    pub set_aside: Vec<SetAside>,
}

/// A draft that did not load. Its keys are kept: moved under
/// `giamngheo.corrupt.<id>.…`, or left in place when a newer version of the
/// site wrote it (that version still reads it there) or the store had no
/// room for the move.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SetAside {
    /// The id text from its keys, even when it is not a valid id.
    pub id: String,
    pub name: Option<String>,
    pub problem: MetaProblem,
    /// The key prefix its keys are under now.
    pub kept_under: String,
}

impl SetAside {
    pub fn message(&self, lang: Lang) -> String {
        msg!(
            lang,
            "Bản nháp {}không mở được nên được để riêng: {}. Dữ liệu của nó vẫn được giữ trên máy này, không bị xoá.",
            "Draft {}could not be opened and was set aside: {}. Its data is still kept on this device, not deleted.",
            self.naming(),
            self.problem.message(lang)
        )
    }

    fn naming(&self) -> String {
        match &self.name {
            Some(name) => format!("«{name}» ({}) ", self.id),
            None => format!("{} ", self.id),
        }
    }
}

pub fn list(store: &mut impl Store) -> Listing {
    let mut groups: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for key in store.keys() {
        if let Some((id, _)) = split_draft_key(&key) {
            groups.entry(id.to_owned()).or_default().push(key);
        }
    }
    let mut listing = Listing::default();
    for (id_text, keys) in groups {
        let read = match DraftId::parse(&id_text) {
            Some(id) => stored::read(store, &id).map(|stored| stored.draft.meta),
            None => Err(ReadError::Unreadable(MetaProblem::BadId)),
        };
        match read {
            Ok(meta) => listing.drafts.push(meta),
            Err(ReadError::Unreadable(problem)) => listing.set_aside.push(set_aside(store, id_text, keys, problem)),
            // Removed by another tab while listing.
            Err(ReadError::Missing) => {}
        }
    }
    listing
        .drafts
        .sort_by(|a, b| b.saved_at_ms.cmp(&a.saved_at_ms).then_with(|| a.id.cmp(&b.id)));
    listing
}

fn set_aside(store: &mut impl Store, id: String, keys: Vec<String>, problem: MetaProblem) -> SetAside {
    let meta_key = format!("{DRAFT_PREFIX}{id}.{META}");
    let name = store.get(&meta_key).and_then(|text| meta_text::salvage_name(&text));
    let in_place = format!("{DRAFT_PREFIX}{id}.");
    if matches!(problem, MetaProblem::Newer { .. }) {
        return SetAside {
            id,
            name,
            problem,
            kept_under: in_place,
        };
    }
    let target = free_corrupt_base(store, &id);
    let mut writes = Vec::new();
    for key in keys {
        let Some(value) = store.get(&key) else { continue };
        // The rest kept verbatim (`.meta`, or nothing), so no two keys meet.
        let rest = &key[DRAFT_PREFIX.len() + id.len()..];
        writes.push(Write::Set(format!("{target}{rest}"), value));
        writes.push(Write::Remove(key));
    }
    let kept_under = if write_all(store, writes).is_ok() {
        format!("{target}.")
    } else {
        in_place
    };
    SetAside {
        id,
        name,
        problem,
        kept_under,
    }
}

/// `giamngheo.corrupt.<id>`, or `<id>~2`, `<id>~3` … when an earlier draft
/// of that id was set aside already: nothing set aside is overwritten.
fn free_corrupt_base(store: &impl Store, id: &str) -> String {
    let keys = store.keys();
    let taken = |base: &str| {
        keys.iter().any(|key| {
            key.strip_prefix(base)
                .is_some_and(|rest| rest.is_empty() || rest.starts_with('.'))
        })
    };
    let mut base = format!("{CORRUPT_PREFIX}{id}");
    let mut n = 2u32;
    while taken(&base) {
        base = format!("{CORRUPT_PREFIX}{id}~{n}");
        n += 1;
    }
    base
}
