//! A spreadsheet's cells as a grid, whatever file they came from: CSV text
//! read by `csv-text`, or the cells of an .xlsx workbook's sheet with its
//! merged ranges (`sheet-grid`). Importers take a [`Grid`], so every reader goes through
//! the same header logic:
//!
//! - [`header_labels`] reads header rows with merged group cells as
//!   group + column (in CSV, where merges are lost, a group cell followed by
//!   empty cells spans the columns that have sub-headers under them);
//! - [`ColumnMapping`] is what each column was understood as and why, which
//!   the user may correct, with a [`HeaderSignature`] to remember it by,
//!   and as text ([`mapping_to_text`]) to cross from a worker to a page.
//!
//! Only std (and `csv-text`, `link-text`): this code is in the bundle of every page
//! that imports a table.

mod grid;
mod header;
mod mapping;
mod wire;

pub use grid::{COMPOUND_FILE, Grid, MAX_COLUMNS, Merge, is_workbook};
pub use header::{ColumnLabel, header_end, header_labels};
pub use mapping::{
    ColumnMapping, Confidence, FieldKey, HeaderSignature, MappedColumn, Meaning, Override, Remembered,
    overrides_from_text, overrides_to_text, remembered_from_text, remembered_with,
};
pub use wire::{mapping_from_text, mapping_to_text};
