//! Creating, renaming, copying, deleting and loading drafts.

use crate::keys::{meta_key, part_key};
use crate::meta::{check_name, current};
use crate::stored::{self, draft_keys};
use crate::time::clamp_time;
use crate::transaction::{Write, write_all};
use crate::{Draft, DraftError, DraftId, Meta, Store, meta_text};

/// Everything [`delete`] removed, so [`restore`] can put it back exactly.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Deleted {
    pub id: DraftId,
    /// Every key and value that was under the draft.
    pub entries: Vec<(String, String)>,
}

pub fn create(store: &mut impl Store, id: &DraftId, name: &str, now_ms: i64) -> Result<Meta, DraftError> {
    check_name(name).map_err(DraftError::BadName)?;
    ensure_free(store, id)?;
    let meta = current(id, name, clamp_time(now_ms), 1);
    write_all(store, vec![Write::Set(meta_key(id), meta_text::write(&meta))]).map_err(DraftError::Store)?;
    Ok(meta)
}

pub fn load(store: &impl Store, id: &DraftId) -> Result<Draft, DraftError> {
    stored::read(store, id)
        .map(|stored| stored.draft)
        .map_err(|error| DraftError::from_read(id, error))
}

/// Changes the name only: the revision counts saves of parts, so a rename
/// on the drafts page does not make an open page's next save a conflict.
pub fn rename(store: &mut impl Store, id: &DraftId, name: &str) -> Result<Meta, DraftError> {
    check_name(name).map_err(DraftError::BadName)?;
    let stored = stored::read(store, id).map_err(|error| DraftError::from_read(id, error))?;
    let old = &stored.draft.meta;
    let meta = current(id, name, old.saved_at_ms, old.revision);
    write_all(store, stored.commit_writes(Vec::new(), &meta)).map_err(DraftError::Store)?;
    Ok(meta)
}

pub fn duplicate(
    store: &mut impl Store,
    source: &DraftId,
    new_id: &DraftId,
    new_name: &str,
    now_ms: i64,
) -> Result<Meta, DraftError> {
    check_name(new_name).map_err(DraftError::BadName)?;
    let draft = load(store, source)?;
    ensure_free(store, new_id)?;
    let meta = current(new_id, new_name, clamp_time(now_ms), 1);
    write_all(
        store,
        new_draft_writes(&Draft {
            meta: meta.clone(),
            parts: draft.parts,
        }),
    )
    .map_err(DraftError::Store)?;
    Ok(meta)
}

/// Removes every key under the draft, readable or not.
pub fn delete(store: &mut impl Store, id: &DraftId) -> Result<Deleted, DraftError> {
    let keys = draft_keys(store, id);
    let entries: Vec<(String, String)> = keys
        .into_iter()
        .filter_map(|key| store.get(&key).map(|value| (key, value)))
        .collect();
    if entries.is_empty() {
        return Err(DraftError::NotFound(id.clone()));
    }
    for (key, _) in &entries {
        store.remove(key);
    }
    Ok(Deleted {
        id: id.clone(),
        entries,
    })
}

/// Undoes [`delete`], unless another draft took the id meanwhile.
pub fn restore(store: &mut impl Store, deleted: &Deleted) -> Result<(), DraftError> {
    ensure_free(store, &deleted.id)?;
    let writes = deleted
        .entries
        .iter()
        .map(|(key, value)| Write::Set(key.clone(), value.clone()))
        .collect();
    write_all(store, writes).map_err(DraftError::Store)
}

pub(crate) fn ensure_free(store: &impl Store, id: &DraftId) -> Result<(), DraftError> {
    if draft_keys(store, id).is_empty() {
        Ok(())
    } else {
        Err(DraftError::Exists(id.clone()))
    }
}

/// Parts first, meta last, for a draft under a free id.
pub(crate) fn new_draft_writes(draft: &Draft) -> Vec<Write> {
    let id = &draft.meta.id;
    let mut writes: Vec<Write> = draft
        .parts
        .iter()
        .map(|(part, text)| Write::Set(part_key(id, *part), text.clone()))
        .collect();
    writes.push(Write::Set(meta_key(id), meta_text::write(&draft.meta)));
    writes
}
