//! The target annex (biểu chỉ tiêu) as a CSV file, in and out: one row per
//! sub-unit and a total row, with the columns of the official annex. The
//! columns, limits and messages are documented in `docs/target-annex.md`.

mod columns;
mod error;
mod numbering_row;
mod read;
mod reading;
mod title;
mod total_row;
mod write;

pub use columns::AnnexField;
pub use error::{AnnexColumnRef, AnnexFileError, AnnexRowError, AnnexRowProblem};
pub use read::{
    ANNEX_MAX_BYTES, ANNEX_MAX_LINES, ANNEX_MAX_ROWS, AnnexImport, closest_annex_header, read_annex, read_annex_bytes,
    read_annex_bytes_with, read_annex_grid, read_annex_with,
};
pub use reading::{AnnexRead, AnnexReading};
pub use write::{ANNEX_TITLE, annex_groups, write_annex};
