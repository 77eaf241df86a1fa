//! Household lists (danh sách hộ) as officers export them from a
//! spreadsheet: a CSV file read row by row with a message in Vietnamese and
//! English for each bad cell, every household classified under a chosen
//! poverty standard, then counted by village (thôn) and for the whole unit,
//! with the deprivation profile of poor and near-poor households and the
//! Alkire–Foster measures.
//!
//! Pure domain code: no web, no floating point (every rate is a
//! `rust_decimal::Decimal`). The columns are documented in
//! `docs/household-list.md`.
//!
//! ```text
//! let mut importer = Importer::new(text, &standard, Options::default())?;
//! while !importer.step(5_000).finished { /* show progress, yield */ }
//! let list = importer.finish()?;     // or import(text, &standard, options)
//! let summary = list.summary();
//! ```

mod af;
mod columns;
mod error;
mod import;
mod results_csv;
pub mod sample;
mod summary;
mod wire;

pub use af::{AfCounts, AfIndicator, AlkireFoster, af_counts, alkire_foster};
pub use columns::{
    Columns, Evidence, EvidenceChoice, HouseholdField, MAX_INDICATORS, RowInput, classify_household, field_label,
    household_mapping, is_blank, low_income_household, parse_area, parse_yes_no,
};
pub use error::{ColumnRef, FileError, MissingColumn, Notice, RowError, RowProblem};
pub use import::{
    DEFAULT_MAX_BYTES, DEFAULT_MAX_ERRORS, DEFAULT_MAX_ROWS, Import, Importer, ListedHousehold, Options, Progress,
    Refused, check_size, decode, import, size_for_reader, text_for_reader,
};
pub use results_csv::{VILLAGE_COUNTS_TITLE, write_village_counts};
pub use summary::{
    GroupProfile, IndicatorShare, ListCounts, Profile, Rates, Summary, Tallies, Tally, VillageSummary, percent,
    summarize,
};
/// The mapping's types, so the app needs no crate of its own for them.
pub use table_grid::{
    ColumnMapping, Confidence, FieldKey, HeaderSignature, Meaning, Override, Remembered, is_workbook,
    overrides_from_text, overrides_to_text,
};
pub use wire::{ListRead, ListReading};
