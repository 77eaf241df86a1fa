use std::collections::BTreeMap;

use crate::schema::{RawDraft, SCHEMA};
use crate::time::MAX_TIME_MS;
use crate::{DraftId, Field, MetaProblem, Part};
use lang::{Lang, msg};

/// Longest draft name, in characters.
pub const MAX_NAME_CHARS: usize = 200;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Meta {
    pub id: DraftId,
    pub name: String,
    /// Milliseconds since the Unix epoch, UTC.
    pub saved_at_ms: i64,
    /// Raised by every save of a part: a page saving from an older revision
    /// has missed another tab's save.
    pub revision: u64,
    /// The schema the draft is stored in (older ones are upgraded on the next write).
    pub schema: u32,
}

/// A whole draft: its meta and the parts it holds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Draft {
    pub meta: Meta,
    pub parts: BTreeMap<Part, String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NameProblem {
    Empty,
    TooLong,
}

impl NameProblem {
    pub fn message(self, lang: Lang) -> String {
        match self {
            NameProblem::Empty => msg!(lang, "Hãy đặt tên cho bản nháp.", "Give the draft a name."),
            NameProblem::TooLong => msg!(
                lang,
                "Tên bản nháp dài quá {MAX_NAME_CHARS} ký tự.",
                "The draft name is longer than {MAX_NAME_CHARS} characters."
            ),
        }
    }
}

pub(crate) fn check_name(name: &str) -> Result<(), NameProblem> {
    if name.trim().is_empty() {
        Err(NameProblem::Empty)
    } else if name.chars().count() > MAX_NAME_CHARS {
        Err(NameProblem::TooLong)
    } else {
        Ok(())
    }
}

/// A draft read from a [`RawDraft`] of the current schema; part names it
/// does not know are returned apart, for the caller to refuse or ignore.
pub(crate) fn from_raw(id: DraftId, raw: RawDraft, schema: u32) -> Result<(Draft, Vec<String>), MetaProblem> {
    let field = |field: Field, key: &str| raw.fields.get(key).ok_or(MetaProblem::MissingField(field));
    let name = field(Field::Name, "name")?;
    check_name(name).map_err(|_| MetaProblem::BadField(Field::Name))?;
    let saved_at_ms = field(Field::SavedAt, "saved")?
        .parse::<i64>()
        .ok()
        .filter(|ms| (0..=MAX_TIME_MS).contains(ms))
        .ok_or(MetaProblem::BadField(Field::SavedAt))?;
    let revision = field(Field::Revision, "rev")?
        .parse::<u64>()
        .map_err(|_| MetaProblem::BadField(Field::Revision))?;
    let meta = Meta {
        id,
        name: name.clone(),
        saved_at_ms,
        revision,
        schema,
    };
    let mut parts = BTreeMap::new();
    let mut unknown = Vec::new();
    for (name, text) in raw.parts {
        match Part::from_storage_name(&name) {
            Some(part) => {
                parts.insert(part, text);
            }
            None => unknown.push(name),
        }
    }
    Ok((Draft { meta, parts }, unknown))
}

/// A meta at the current schema, as this crate writes one.
pub(crate) fn current(id: &DraftId, name: &str, saved_at_ms: i64, revision: u64) -> Meta {
    Meta {
        id: id.clone(),
        name: name.to_owned(),
        saved_at_ms,
        revision,
        schema: SCHEMA,
    }
}
