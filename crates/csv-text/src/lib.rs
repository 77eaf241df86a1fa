//! CSV as spreadsheets read and write it, for every import and export of
//! the site: comma, semicolon or tab between cells, quoted cells, any line
//! end, with or without a BOM; UTF-8 checked with a message saying how to
//! save the file again; header keys that forgive case, Vietnamese
//! diacritics and punctuation; columns named by spreadsheet letters.
//!
//! Only std: this code is in the browser bundle of every page that reads
//! a file.

mod encoding;
mod fold;
mod letter;
mod read;
mod separator;
mod write;

pub use encoding::{EncodingError, decode};
pub use fold::fold_key;
pub use letter::{ColumnRef, column_letter, place};
pub use read::{BOM, Reader, Record, strip_bom};
pub use separator::Separator;
pub use write::Writer;
