//! The arithmetic of a yearly poverty-reduction plan (kế hoạch giảm nghèo):
//! rates over a base, targets in points and households, sharing a target out
//! among sub-units (giao chỉ tiêu), multi-year paths, and the checks that
//! real plans get wrong. See `shared/domain/planning.md`.

mod annex_csv;
mod checks;
mod describe;
mod path;
mod path_link;
mod rate;
mod share;
mod table_form;
mod table_link;
mod target_forms;
mod unit;

pub use annex_csv::{
    ANNEX_MAX_BYTES, ANNEX_MAX_LINES, ANNEX_MAX_ROWS, ANNEX_TITLE, AnnexColumnRef, AnnexField, AnnexFileError,
    AnnexImport, AnnexRead, AnnexReading, AnnexRowError, AnnexRowProblem, annex_groups, closest_annex_header,
    read_annex, read_annex_bytes, read_annex_bytes_with, read_annex_grid, read_annex_with, write_annex,
};
pub use checks::{BreakdownBase, Column, Issue, OtherBase, Place, RateBase, TypedRow, check};
/// The separators [`write_annex`] can write, the decoding of a file's bytes
/// and its encoding errors, and the spreadsheet letter of a column, so the
/// app needs no CSV crate of its own.
pub use csv_text::{EncodingError, Separator, column_letter, decode};
pub use describe::describe;
pub use path::{YearlyStep, growth_to_multiply, path, step_to_reach};
pub use path_link::{PATH_KEYS, PathLink};
pub use rate::{households_for_points, points_for_households, rate_percent};
pub use share::{ShareError, share_out, share_out_capped};
pub use table_form::{CELLS, CellError, PRINTED_CELLS, ParsedTable, RATE_CELLS, RowText, parse_row, parse_table};
/// The grid and the column mapping, so the app needs no crate of its own
/// to show a file's columns, correct them and read an .xlsx sheet.
pub use table_grid::{
    ColumnLabel, ColumnMapping, Confidence, FieldKey, Grid, HeaderSignature, MappedColumn, Meaning, Merge, Override,
    Remembered, overrides_from_text, overrides_to_text, remembered_from_text, remembered_with,
};
pub use table_link::{LinkTrouble, TableLink, query_of_rows, row_fields, table_from_query, table_to_query};
pub use target_forms::{Converted, TargetForm, from_households, from_points, to_reach_poor_rate};
pub use unit::{Counts, SubUnit, Unit};
