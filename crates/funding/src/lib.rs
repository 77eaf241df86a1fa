//! The funding (kinh phí) of a yearly poverty-reduction plan: the projects
//! it funds as data (the 2021–2025 programme's as a preset, with legal basis
//! and status, or the planner's own), lines of money as typed, the local
//! counterpart with a chosen rounding, the funding table's totals, and the
//! checks real plans get wrong, each as a bilingual sentence; the form and
//! catalogue as compact text, for storage and links.
//! Amounts are in million đồng. See `docs/funding.md`.

mod amount;
mod annex_csv;
mod catalogue;
mod catalogue_text;
mod checks;
mod counterpart;
mod describe;
mod form;
mod form_text;
mod import;
mod import_columns;
mod money;
mod reading;
mod table;

pub use amount::{AMOUNT_DECIMALS, CellProblem, MAX_AMOUNT, PERCENT_DECIMALS, format_amount, format_rate};
pub use annex_csv::{AMOUNT_UNIT_LINE, FUNDING_TABLE_TITLE, write_funding_annex};
pub use catalogue::{Catalogue, CatalogueError, FIRST_USER_ID, Programme, Project, ProjectId};
pub use catalogue_text::MAX_PROJECTS;
pub use checks::{Issue, Place, check};
pub use counterpart::{CounterpartRule, Rounding, RoundingMode, RoundingStep};
pub use csv_text::Separator;
pub use describe::describe;
pub use form::{CellError, Column, FundingForm, FundingLine, Line, ParsedFunding, TotalText, TypedTotal, parse};
pub use form_text::{FORM_TEXT_VERSION, MAX_CELL, MAX_LINES, MAX_TOTALS, Trouble, form_from_text, form_to_text};
pub use import::{
    FUNDING_MAX_BYTES, FUNDING_MAX_LINES, FundingFileError, FundingImport, FundingRowError, FundingRowProblem,
    read_funding_bytes, read_funding_grid, read_funding_table,
};
pub use import_columns::FundingField;
pub use money::{Amounts, Kind, Source};
pub use reading::{FundingRead, FundingReading};
pub use table::{FundingTable, KindSplit, SubUnitSum, Sum, TableRow, funding_table};
/// The mapping's types, so the app needs no crate of its own for them.
pub use table_grid::{
    ColumnMapping, Confidence, FieldKey, Grid, HeaderSignature, Meaning, Override, Remembered, overrides_from_text,
    overrides_to_text, remembered_from_text,
};
