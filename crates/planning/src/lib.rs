//! The arithmetic of a yearly poverty-reduction plan (kế hoạch giảm nghèo):
//! rates over a base, targets in points and households, sharing a target out
//! among sub-units (giao chỉ tiêu), multi-year paths, and the checks that
//! real plans get wrong. See `shared/domain/planning.md`.

mod annex_csv;
mod checks;
mod describe;
mod path;
mod rate;
mod share;
mod table_form;
mod table_link;
mod target_forms;
mod unit;

pub use annex_csv::{
    ANNEX_MAX_BYTES, ANNEX_MAX_ROWS, AnnexColumnRef, AnnexField, AnnexFileError, AnnexImport, AnnexRowError,
    AnnexRowProblem, read_annex, read_annex_bytes, write_annex,
};
pub use checks::{Column, Issue, Place, RateBase, TypedRow, check};
/// The separators [`write_annex`] can write, and the encoding errors of
/// [`read_annex_bytes`], so the app needs no CSV crate of its own.
pub use csv_text::{EncodingError, Separator};
pub use describe::describe;
pub use path::{YearlyStep, growth_to_multiply, path, step_to_reach};
pub use rate::{households_for_points, points_for_households, rate_percent};
pub use share::{ShareError, share_out, share_out_capped};
pub use table_form::{CELLS, CellError, ParsedTable, RATE_CELLS, RowText, parse_row, parse_table};
pub use table_link::{LinkTrouble, TableLink, query_of_rows, row_fields, table_from_query, table_to_query};
pub use target_forms::{Converted, TargetForm, from_households, from_points, to_reach_poor_rate};
pub use unit::{Counts, SubUnit, Unit};
