//! Importing the drafts of a file: planned first, so that nothing stored
//! is overwritten without the user choosing it.

use crate::draft_error::store_message;
use crate::keys::{meta_key, part_key};
use crate::meta::current;
use crate::ops::{ensure_free, new_draft_writes};
use crate::stored::{self, ReadError};
use crate::transaction::{Write, write_all};
use crate::{Draft, DraftId, FileDrafts, Meta, MetaProblem, Store, StoreError, meta_text};
use lang::{Lang, msg};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImportItem {
    pub draft: Draft,
    pub status: ImportStatus,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ImportStatus {
    /// No draft has this id here.
    New,
    /// Same id, same name and parts: nothing to do.
    Identical,
    /// Same id, different content.
    Clash { existing: Meta },
    /// A draft with this id is stored but does not read (a newer version's,
    /// most likely): it can only be kept both or skipped.
    Unreadable(MetaProblem),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Choice {
    /// Write under the draft's own id, replacing what is there.
    Replace,
    /// Write under another, free id; the stored draft stays.
    KeepBoth(DraftId),
    Skip,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ImportOutcome {
    Written(Meta),
    Unchanged,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ImportError {
    /// The stored draft changed (or appeared) after the import was planned.
    ChangedSincePlanned(DraftId),
    Taken(DraftId),
    CannotReplaceUnreadable(DraftId),
    Store(StoreError),
}

impl ImportError {
    pub fn message(&self, lang: Lang) -> String {
        match self {
            ImportError::ChangedSincePlanned(id) => msg!(lang, vi: {
                format!("Bản nháp {id} vừa thay đổi trên máy này; chưa nhập. Hãy chọn lại tệp để xem lại.")
            }, en: {
                format!("Draft {id} just changed on this device; not imported. Choose the file again to review.")
            }),
            ImportError::Taken(id) => msg!(
                lang,
                "Mã {id} đã có bản nháp khác; chưa nhập.",
                "Id {id} already has another draft; not imported."
            ),
            ImportError::CannotReplaceUnreadable(id) => msg!(lang, vi: {
                format!("Không thay được bản nháp {id} vì nó không đọc được; hãy giữ cả hai.")
            }, en: {
                format!("Draft {id} cannot be replaced because it does not read; keep both instead.")
            }),
            ImportError::Store(error) => store_message(error, lang),
        }
    }
}

pub fn plan_import(store: &impl Store, file: &FileDrafts) -> Vec<ImportItem> {
    file.drafts
        .iter()
        .map(|draft| {
            let status = match stored::read(store, &draft.meta.id) {
                Err(ReadError::Missing) => ImportStatus::New,
                Err(ReadError::Unreadable(problem)) => ImportStatus::Unreadable(problem),
                Ok(stored) if same_content(&stored.draft, draft) => ImportStatus::Identical,
                Ok(stored) => ImportStatus::Clash {
                    existing: stored.draft.meta,
                },
            };
            ImportItem {
                draft: draft.clone(),
                status,
            }
        })
        .collect()
}

/// Each item on its own: one that fails leaves the store as it was and
/// does not stop the others.
pub fn apply_import(
    store: &mut impl Store,
    choices: &[(ImportItem, Choice)],
) -> Vec<Result<ImportOutcome, ImportError>> {
    choices
        .iter()
        .map(|(item, choice)| apply_one(store, item, choice))
        .collect()
}

fn apply_one(store: &mut impl Store, item: &ImportItem, choice: &Choice) -> Result<ImportOutcome, ImportError> {
    let draft = &item.draft;
    match choice {
        Choice::Skip => Ok(ImportOutcome::Unchanged),
        Choice::KeepBoth(new_id) => {
            ensure_free(store, new_id).map_err(|_| ImportError::Taken(new_id.clone()))?;
            let meta = Meta {
                id: new_id.clone(),
                ..draft.meta.clone()
            };
            write_new(
                store,
                &Draft {
                    meta,
                    parts: draft.parts.clone(),
                },
            )
        }
        Choice::Replace => replace(store, item),
    }
}

fn replace(store: &mut impl Store, item: &ImportItem) -> Result<ImportOutcome, ImportError> {
    let draft = &item.draft;
    let id = &draft.meta.id;
    let changed = || ImportError::ChangedSincePlanned(id.clone());
    match (&item.status, stored::read(store, id)) {
        (ImportStatus::New, Err(ReadError::Missing)) => write_new(store, draft),
        (ImportStatus::Identical, Ok(_)) => Ok(ImportOutcome::Unchanged),
        (ImportStatus::Clash { existing }, Ok(stored)) if stored.draft.meta == *existing => {
            // Above the stored revision, so a tab still editing the old
            // content gets a conflict instead of overwriting the import.
            let revision = draft.meta.revision.max(existing.revision.wrapping_add(1));
            let meta = current(id, &draft.meta.name, draft.meta.saved_at_ms, revision);
            let mut writes: Vec<Write> = stored
                .keys
                .iter()
                .filter(|key| **key != meta_key(id))
                .map(|key| Write::Remove(key.clone()))
                .collect();
            writes.extend(
                draft
                    .parts
                    .iter()
                    .map(|(part, text)| Write::Set(part_key(id, *part), text.clone())),
            );
            writes.push(Write::Set(meta_key(id), meta_text::write(&meta)));
            write_all(store, writes).map_err(ImportError::Store)?;
            Ok(ImportOutcome::Written(meta))
        }
        (ImportStatus::Unreadable(_), Err(ReadError::Unreadable(_))) => {
            Err(ImportError::CannotReplaceUnreadable(id.clone()))
        }
        _ => Err(changed()),
    }
}

fn write_new(store: &mut impl Store, draft: &Draft) -> Result<ImportOutcome, ImportError> {
    write_all(store, new_draft_writes(draft)).map_err(ImportError::Store)?;
    Ok(ImportOutcome::Written(draft.meta.clone()))
}

fn same_content(stored: &Draft, imported: &Draft) -> bool {
    stored.meta.name == imported.meta.name && stored.parts == imported.parts
}
