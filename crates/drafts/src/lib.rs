//! Drafts of a yearly plan (bản nháp), kept in the browser's storage so
//! that no work is lost. Each page of the site edits one [`Part`] and saves
//! it alone with [`save_part`], without reading the others; the drafts page
//! lists, copies, deletes, exports and imports whole drafts. Storage and
//! file formats: `docs/drafts.md`.
//!
//! Everything is pure over a [`Store`]; time and randomness come from the
//! caller. Only the export and import functions use JSON, so a page that
//! only saves links no JSON code.

mod draft_error;
mod file_export;
mod file_read;
mod id;
mod import;
mod keys;
mod listing;
mod meta;
mod meta_text;
mod ops;
mod part;
mod peek;
mod problem;
mod save;
mod saved_label;
mod schema;
mod session;
mod store;
mod stored;
mod time;
mod transaction;
mod usage;

pub use draft_error::DraftError;
pub use file_export::{FILE_FORMAT, export_draft, export_file};
pub use file_read::{DraftProblem, FileDrafts, FileError, MAX_FILE_BYTES, MAX_FILE_DRAFTS, RefusedDraft, read_file};
pub use id::{DraftId, MAX_ID_LEN};
pub use import::{Choice, ImportError, ImportItem, ImportOutcome, ImportStatus, apply_import, plan_import};
pub use keys::{CORRUPT_PREFIX, DRAFT_PREFIX};
pub use listing::{Listing, SetAside, list};
pub use meta::{Draft, MAX_NAME_CHARS, Meta, NameProblem};
pub use ops::{Deleted, create, delete, duplicate, load, rename, restore};
pub use part::Part;
pub use peek::{Peeked, peek_current};
pub use problem::{Field, MetaProblem};
pub use save::{SaveError, Saved, save_part, save_part_force};
pub use saved_label::saved_label;
pub use schema::{RawDraft, SCHEMA, migrate};
pub use session::{CURRENT_KEY, Opened, Session, current, set_current};
pub use store::{MemoryStore, Store, StoreError, utf16_bytes};
pub use time::{MAX_TIME_MS, civil_from_days};
pub use usage::{DraftUsage, Usage, usage, usage_bytes};
