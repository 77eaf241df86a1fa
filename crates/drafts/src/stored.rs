//! Reading one draft from the store: meta, parts, migration.

use std::collections::BTreeMap;

use crate::keys::{META, draft_prefix, meta_key, split_draft_key, suffix_key};
use crate::schema::{RawDraft, SCHEMA, migrate};
use crate::transaction::Write;
use crate::{Draft, DraftId, Meta, MetaProblem, Store, meta, meta_text};

pub(crate) struct Stored {
    /// Parts under names this version knows; others stay stored untouched.
    pub draft: Draft,
    /// Every key under the draft's prefix, meta included.
    pub keys: Vec<String>,
    /// All parts after migration, by storage name.
    migrated_parts: BTreeMap<String, String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum ReadError {
    Missing,
    Unreadable(MetaProblem),
}

pub(crate) fn draft_keys(store: &impl Store, id: &DraftId) -> Vec<String> {
    let prefix = draft_prefix(id);
    store
        .keys()
        .into_iter()
        .filter(|key| key.starts_with(&prefix))
        .collect()
}

pub(crate) fn read(store: &impl Store, id: &DraftId) -> Result<Stored, ReadError> {
    let keys = draft_keys(store, id);
    let Some(text) = store.get(&meta_key(id)) else {
        return Err(if keys.is_empty() {
            ReadError::Missing
        } else {
            ReadError::Unreadable(MetaProblem::NoMeta)
        });
    };
    let (schema, fields) = meta_text::read(&text).map_err(ReadError::Unreadable)?;
    // Inserted one by one, not collected: collecting into a map sorts,
    // and that sorting code would weigh on every page that saves.
    let mut parts = BTreeMap::new();
    for key in &keys {
        let Some((_, suffix)) = split_draft_key(key) else {
            continue;
        };
        if suffix == META {
            continue;
        }
        if let Some(text) = store.get(key) {
            parts.insert(suffix.to_owned(), text);
        }
    }
    let raw = migrate(schema, RawDraft { fields, parts }).map_err(ReadError::Unreadable)?;
    let migrated_parts = raw.parts.clone();
    let (draft, _unknown) = meta::from_raw(id.clone(), raw, schema).map_err(ReadError::Unreadable)?;
    Ok(Stored {
        draft,
        keys,
        migrated_parts,
    })
}

impl Stored {
    /// The writes that replace the stored parts by their migrated form, when
    /// the draft is older than [`SCHEMA`]; they go first in any write of it.
    fn upgrade(&self) -> Vec<Write> {
        if self.draft.meta.schema == SCHEMA {
            return Vec::new();
        }
        let id = &self.draft.meta.id;
        let removes = self
            .keys
            .iter()
            .filter(|key| **key != meta_key(id))
            .map(|key| Write::Remove(key.clone()));
        let sets = self
            .migrated_parts
            .iter()
            .map(|(name, text)| Write::Set(suffix_key(id, name), text.clone()));
        removes.chain(sets).collect()
    }

    /// Upgrade, then `writes`, then the meta last: a draft whose meta was
    /// written is whole.
    pub(crate) fn commit_writes(&self, writes: Vec<Write>, meta: &Meta) -> Vec<Write> {
        let mut all = self.upgrade();
        all.extend(writes);
        all.push(Write::Set(meta_key(&meta.id), meta_text::write(meta)));
        all
    }
}
