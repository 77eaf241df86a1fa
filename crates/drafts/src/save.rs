//! Saving one part of a draft, as the page that owns it does.

use crate::draft_error::store_message;
use crate::keys::part_key;
use crate::meta::current;
use crate::stored::{self, ReadError};
use crate::time::clamp_time;
use crate::transaction::{Write, write_all};
use crate::{DraftId, Meta, MetaProblem, Part, Store, StoreError};
use lang::{Lang, msg};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Saved {
    /// The page's base revision for its next save.
    pub revision: u64,
    pub saved_at_ms: i64,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SaveError {
    /// Another tab saved since this page loaded; nothing was written.
    Conflict {
        theirs: Meta,
    },
    /// The store is full; what was stored is unchanged.
    Quota,
    /// The draft was deleted (in another tab, perhaps).
    NotFound,
    Unreadable(MetaProblem),
    Store(String),
}

impl SaveError {
    pub fn message(&self, lang: Lang) -> String {
        match self {
            SaveError::Conflict { theirs } => msg!(
                lang,
                "Bản nháp «{}» vừa được lưu ở một thẻ khác (lần lưu {}). Chưa lưu thay đổi ở đây: hãy chọn giữ bản của mình hoặc tải bản kia.",
                "Draft “{}” was just saved in another tab (revision {}). Your changes here are not saved yet: keep yours or load theirs.",
                theirs.name,
                theirs.revision
            ),
            SaveError::Quota => store_message(&StoreError::QuotaExceeded, lang),
            SaveError::NotFound => msg!(
                lang,
                "Bản nháp này không còn trên máy (có thể đã bị xoá ở thẻ khác); chưa lưu được.",
                "This draft is no longer on the device (perhaps deleted in another tab); nothing was saved."
            ),
            SaveError::Unreadable(problem) => msg!(
                lang,
                "Không lưu được vì bản nháp không đọc được: {}.",
                "Cannot save: the draft does not read: {}.",
                problem.message(lang)
            ),
            SaveError::Store(detail) => store_message(&StoreError::Other(detail.clone()), lang),
        }
    }
}

/// Saves `text` as `part` if the draft is still at `base_revision`.
pub fn save_part(
    store: &mut impl Store,
    id: &DraftId,
    part: Part,
    text: &str,
    base_revision: u64,
    now_ms: i64,
) -> Result<Saved, SaveError> {
    save(store, id, part, text, Some(base_revision), now_ms)
}

/// Saves whatever the stored revision: "keep mine" after a conflict.
pub fn save_part_force(
    store: &mut impl Store,
    id: &DraftId,
    part: Part,
    text: &str,
    now_ms: i64,
) -> Result<Saved, SaveError> {
    save(store, id, part, text, None, now_ms)
}

fn save(
    store: &mut impl Store,
    id: &DraftId,
    part: Part,
    text: &str,
    base_revision: Option<u64>,
    now_ms: i64,
) -> Result<Saved, SaveError> {
    let stored = stored::read(store, id).map_err(|error| match error {
        ReadError::Missing => SaveError::NotFound,
        ReadError::Unreadable(problem) => SaveError::Unreadable(problem),
    })?;
    let theirs = &stored.draft.meta;
    if base_revision.is_some_and(|base| base != theirs.revision) {
        return Err(SaveError::Conflict { theirs: theirs.clone() });
    }
    // Wrapping: even a crafted u64::MAX moves on to a different number.
    let meta = current(id, &theirs.name, clamp_time(now_ms), theirs.revision.wrapping_add(1));
    let writes = stored.commit_writes(vec![Write::Set(part_key(id, part), text.to_owned())], &meta);
    write_all(store, writes).map_err(|error| match error {
        StoreError::QuotaExceeded => SaveError::Quota,
        StoreError::Other(detail) => SaveError::Store(detail),
    })?;
    Ok(Saved {
        revision: meta.revision,
        saved_at_ms: meta.saved_at_ms,
    })
}
