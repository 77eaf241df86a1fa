//! Reading an export file. The file as a whole is refused only when it is
//! not ours or not readable; a bad draft inside it is refused alone.

use std::collections::{BTreeMap, BTreeSet};

use serde_json::Value;

use crate::file_export::FILE_FORMAT;
use crate::meta::from_raw;
use crate::schema::{RawDraft, SCHEMA, migrate};
use crate::time::parse_iso_utc;
use crate::{Draft, DraftId, Field, MetaProblem};
use lang::{Lang, msg};

/// Larger files are refused before reading (localStorage holds about 5 MB).
pub const MAX_FILE_BYTES: usize = 20 * 1024 * 1024;
pub const MAX_FILE_DRAFTS: usize = 1_000;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FileDrafts {
    pub schema: u32,
    /// `None` when the file's `exported_at` is missing or unreadable.
    pub exported_at_ms: Option<i64>,
    pub drafts: Vec<Draft>,
    pub refused: Vec<RefusedDraft>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RefusedDraft {
    /// Counted from 1 in the file's list.
    pub position: usize,
    pub id: Option<String>,
    pub name: Option<String>,
    pub problem: DraftProblem,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DraftProblem {
    NotAnObject,
    BadId,
    /// An id an earlier draft of the file has.
    DuplicateId,
    Meta(MetaProblem),
    /// `parts` is not an object of texts.
    BadParts,
    /// A part this version does not know: refusing the draft keeps the
    /// user from importing it without that part and losing it.
    UnknownPart(String),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FileError {
    TooLarge {
        bytes: usize,
    },
    /// Not UTF-8 from this byte (counted from 0).
    NotUtf8 {
        at: usize,
    },
    NotJson {
        line: usize,
        column: usize,
    },
    NotOurFormat,
    Newer {
        found: u64,
    },
    TooManyDrafts {
        count: usize,
    },
}

impl FileError {
    pub fn message(&self, lang: Lang) -> String {
        match self {
            FileError::TooLarge { bytes } => msg!(
                lang,
                "Tệp quá lớn ({} MB); tệp bản nháp dài tối đa {} MB.",
                "The file is too large ({} MB); a drafts file holds at most {} MB.",
                bytes.div_ceil(1 << 20),
                MAX_FILE_BYTES >> 20
            ),
            FileError::NotUtf8 { at } => msg!(lang, vi: {
                format!(
                    "Tệp không phải văn bản UTF-8 (byte thứ {}); đây không phải tệp bản nháp của trang.",
                    at + 1
                )
            }, en: {
                format!(
                    "The file is not UTF-8 text (byte {}); it is not a drafts file of this site.",
                    at + 1
                )
            }),
            FileError::NotJson { line, column } => msg!(lang, vi: {
                format!("Tệp không phải JSON hợp lệ (dòng {line}, cột {column}); có thể tệp đã bị sửa hoặc bị cắt.")
            }, en: {
                format!(
                    "The file is not valid JSON (line {line}, column {column}); it may have been edited or cut short."
                )
            }),
            FileError::NotOurFormat => msg!(
                lang,
                "Đây không phải tệp bản nháp của trang giamngheo.",
                "This is not a drafts file of the giamngheo site."
            ),
            FileError::Newer { found } => msg!(
                lang,
                "Không đọc được: tệp/bản nháp từ phiên bản mới hơn của trang (phiên bản dữ liệu {found}, trang này đọc đến {SCHEMA}). Hãy tải lại trang.",
                "Cannot read: file/draft from a newer version of the site (data version {found}, this page reads up to {SCHEMA}). Reload the page."
            ),
            FileError::TooManyDrafts { count } => msg!(lang, vi: {
                format!("Tệp có {count} bản nháp; mỗi lần chỉ nhập được tối đa {MAX_FILE_DRAFTS}.")
            }, en: {
                format!("The file holds {count} drafts; at most {MAX_FILE_DRAFTS} can be imported at once.")
            }),
        }
    }
}

impl RefusedDraft {
    pub fn message(&self, lang: Lang) -> String {
        msg!(lang, vi: { let reason = match &self.problem {
            DraftProblem::NotAnObject => "không có dạng một bản nháp".to_owned(),
            DraftProblem::BadId => "mã không hợp lệ".to_owned(),
            DraftProblem::DuplicateId => "trùng mã với một bản nháp ở trước trong tệp".to_owned(),
            DraftProblem::Meta(problem) => problem.message(lang),
            DraftProblem::BadParts => "phần nội dung không đọc được".to_owned(),
            DraftProblem::UnknownPart(name) => {
                format!("có phần «{name}» mà trang này không biết (có thể từ phiên bản mới hơn)")
            }
        };
        format!(
            "Bản nháp thứ {} {}không nhập được: {reason}. Các bản nháp khác vẫn nhập bình thường.",
            self.position,
            self.naming()
        ) }, en: { let reason = match &self.problem {
            DraftProblem::NotAnObject => "it is not shaped like a draft".to_owned(),
            DraftProblem::BadId => "its id is not valid".to_owned(),
            DraftProblem::DuplicateId => "an earlier draft in the file has the same id".to_owned(),
            DraftProblem::Meta(problem) => problem.message(lang),
            DraftProblem::BadParts => "its content does not read".to_owned(),
            DraftProblem::UnknownPart(name) => {
                format!("it has a part “{name}” this page does not know (perhaps from a newer version)")
            }
        };
        format!(
            "Draft {} {}cannot be imported: {reason}. The other drafts import as usual.",
            self.position,
            self.naming()
        ) })
    }

    fn naming(&self) -> String {
        match (&self.name, &self.id) {
            (Some(name), Some(id)) => format!("«{name}» ({id}) "),
            (Some(name), None) => format!("«{name}» "),
            (None, Some(id)) => format!("({id}) "),
            (None, None) => String::new(),
        }
    }
}

pub fn read_file(bytes: &[u8]) -> Result<FileDrafts, FileError> {
    if bytes.len() > MAX_FILE_BYTES {
        return Err(FileError::TooLarge { bytes: bytes.len() });
    }
    let without_bom = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let bom = bytes.len() - without_bom.len();
    let text = std::str::from_utf8(without_bom).map_err(|error| FileError::NotUtf8 {
        at: bom + error.valid_up_to(),
    })?;
    let value: Value = serde_json::from_str(text).map_err(|error| FileError::NotJson {
        line: error.line(),
        column: error.column(),
    })?;
    if value.get("format").and_then(Value::as_str) != Some(FILE_FORMAT) {
        return Err(FileError::NotOurFormat);
    }
    let schema = match value.get("schema").and_then(Value::as_u64) {
        Some(found) if found > u64::from(SCHEMA) => return Err(FileError::Newer { found }),
        Some(schema @ 1..) => schema as u32,
        _ => return Err(FileError::NotOurFormat),
    };
    let list = value
        .get("drafts")
        .and_then(Value::as_array)
        .ok_or(FileError::NotOurFormat)?;
    if list.len() > MAX_FILE_DRAFTS {
        return Err(FileError::TooManyDrafts { count: list.len() });
    }
    let exported_at_ms = value.get("exported_at").and_then(Value::as_str).and_then(parse_iso_utc);
    let mut file = FileDrafts {
        schema,
        exported_at_ms,
        drafts: Vec::new(),
        refused: Vec::new(),
    };
    let mut seen = BTreeSet::new();
    for (index, item) in list.iter().enumerate() {
        let text_of = |key: &str| item.get(key).and_then(Value::as_str).map(str::to_owned);
        match read_draft(item, schema) {
            Ok(draft) if !seen.insert(draft.meta.id.clone()) => file.refused.push(RefusedDraft {
                position: index + 1,
                id: Some(draft.meta.id.to_string()),
                name: Some(draft.meta.name),
                problem: DraftProblem::DuplicateId,
            }),
            Ok(draft) => file.drafts.push(draft),
            Err(problem) => file.refused.push(RefusedDraft {
                position: index + 1,
                id: text_of("id"),
                name: text_of("name"),
                problem,
            }),
        }
    }
    Ok(file)
}

fn read_draft(item: &Value, schema: u32) -> Result<Draft, DraftProblem> {
    let object = item.as_object().ok_or(DraftProblem::NotAnObject)?;
    let id = object
        .get("id")
        .and_then(Value::as_str)
        .and_then(DraftId::parse)
        .ok_or(DraftProblem::BadId)?;
    let mut fields = BTreeMap::new();
    let mut field = |key: &str, value: Option<String>, which: Field| match (object.get(key), value) {
        (None, _) => Err(DraftProblem::Meta(MetaProblem::MissingField(which))),
        (Some(_), None) => Err(DraftProblem::Meta(MetaProblem::BadField(which))),
        (Some(_), Some(value)) => {
            fields.insert(key_in_raw(which).to_owned(), value);
            Ok(())
        }
    };
    let text = |key: &str| object.get(key).and_then(Value::as_str);
    field("name", text("name").map(str::to_owned), Field::Name)?;
    // Through the parser and back: the raw form holds milliseconds.
    let saved = text("saved_at").and_then(parse_iso_utc).map(|ms| ms.to_string());
    field("saved_at", saved, Field::SavedAt)?;
    let revision = object
        .get("revision")
        .and_then(Value::as_u64)
        .map(|rev| rev.to_string());
    field("revision", revision, Field::Revision)?;
    let parts = object
        .get("parts")
        .and_then(Value::as_object)
        .ok_or(DraftProblem::BadParts)?
        .iter()
        .map(|(name, text)| {
            text.as_str()
                .map(|text| (name.clone(), text.to_owned()))
                .ok_or(DraftProblem::BadParts)
        })
        .collect::<Result<_, _>>()?;
    let raw = migrate(schema, RawDraft { fields, parts }).map_err(DraftProblem::Meta)?;
    let (draft, unknown) = from_raw(id, raw, SCHEMA).map_err(DraftProblem::Meta)?;
    match unknown.into_iter().next() {
        Some(name) => Err(DraftProblem::UnknownPart(name)),
        None => Ok(draft),
    }
}

/// The file's field names differ from the stored meta's.
fn key_in_raw(field: Field) -> &'static str {
    match field {
        Field::Name => "name",
        Field::SavedAt => "saved",
        Field::Revision => "rev",
    }
}
