//! The export file: every draft in one JSON document (docs/drafts.md).

use std::collections::BTreeMap;

use serde::Serialize;

use crate::time::format_iso_utc;
use crate::{Draft, SCHEMA};

pub const FILE_FORMAT: &str = "giamngheo-drafts";

#[derive(Serialize)]
struct File<'a> {
    format: &'static str,
    schema: u32,
    exported_at: String,
    drafts: Vec<FileDraft<'a>>,
}

#[derive(Serialize)]
struct FileDraft<'a> {
    id: &'a str,
    name: &'a str,
    saved_at: String,
    revision: u64,
    parts: BTreeMap<&'static str, &'a str>,
}

/// Pretty-printed, drafts by id and parts by name, so the same drafts
/// always give the same file.
pub fn export_file(drafts: &[Draft], exported_at_ms: i64) -> String {
    let mut drafts: Vec<&Draft> = drafts.iter().collect();
    drafts.sort_by(|a, b| a.meta.id.cmp(&b.meta.id));
    let file = File {
        format: FILE_FORMAT,
        schema: SCHEMA,
        exported_at: format_iso_utc(exported_at_ms),
        drafts: drafts
            .into_iter()
            .map(|draft| FileDraft {
                id: draft.meta.id.as_str(),
                name: &draft.meta.name,
                saved_at: format_iso_utc(draft.meta.saved_at_ms),
                revision: draft.meta.revision,
                parts: draft
                    .parts
                    .iter()
                    .map(|(part, text)| (part.storage_name(), text.as_str()))
                    .collect(),
            })
            .collect(),
    };
    serde_json::to_string_pretty(&file).expect("strings and numbers always serialize")
}
