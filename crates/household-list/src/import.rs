//! Reading a whole list a slice at a time, so the browser can show progress
//! and the user can cancel (by dropping the [`Importer`]). [`import`] runs
//! the same steps to the end in one go.

use lang::Lang;
use std::borrow::Cow;
use std::collections::HashMap;

use csv_text::{EncodingError, Reader, Separator, strip_bom};
use poverty_rules::{Area, Category, Standard};

use table_grid::{ColumnMapping, Grid, Remembered, header_end, header_labels};

use crate::columns::{
    Columns, Evidence, EvidenceChoice, HouseholdField, RowInput, classify_household, household_mapping, is_blank,
    low_income_household,
};
use crate::error::{FileError, Notice, RowError, RowProblem, too_large};

/// 100 MB: a list of 1.000.000 households with every column is about 50 MB
/// (names and notes make it longer).
pub const DEFAULT_MAX_BYTES: u64 = 100 * 1024 * 1024;
/// A province's list: several hundred thousand households, read in the
/// reader worker; a larger one is read commune by commune.
pub const DEFAULT_MAX_ROWS: u64 = 1_000_000;
/// Rejected rows' messages kept; the rest are counted.
pub const DEFAULT_MAX_ERRORS: usize = 1_000;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Options {
    /// Larger files are refused before anything is read.
    pub max_bytes: u64,
    /// Households (non-blank rows after the header) allowed.
    pub max_rows: u64,
    /// Error messages kept; further errors are only counted.
    pub max_errors: usize,
    pub evidence: EvidenceChoice,
    /// The user's corrections to the columns of files, by header: those
    /// for this file's header apply.
    pub remembered: Vec<Remembered<HouseholdField>>,
}

impl Default for Options {
    fn default() -> Options {
        Options {
            max_bytes: DEFAULT_MAX_BYTES,
            max_rows: DEFAULT_MAX_ROWS,
            max_errors: DEFAULT_MAX_ERRORS,
            evidence: EvidenceChoice::Auto,
            remembered: Vec::new(),
        }
    }
}

/// Refuses a file by its size alone: call it before reading the file.
pub fn check_size(bytes: u64, options: &Options) -> Result<(), FileError> {
    if bytes > options.max_bytes {
        Err(FileError::TooLarge {
            bytes,
            max: options.max_bytes,
        })
    } else {
        Ok(())
    }
}

/// The file's bytes as text: UTF-8, with or without a BOM. Refuses UTF-16
/// and other encodings (Windows-1258, as older Excel saves "CSV") with a
/// message saying how to save the file again.
pub fn decode(bytes: Vec<u8>, options: &Options) -> Result<String, FileError> {
    check_size(bytes.len() as u64, options)?;
    csv_text::decode(bytes).map_err(|e| match e {
        EncodingError::Utf16 => FileError::Utf16,
        EncodingError::NotUtf8 { at } => FileError::NotUtf8 { at },
    })
}

/// What the page checks itself before the reader imports a list: its
/// size, then its encoding; `(vi, en)` when it is refused. Apart from
/// [`decode`] so that a page carries these two messages and not every
/// [`FileError`]'s.
pub fn text_for_reader(bytes: Vec<u8>, options: &Options) -> Result<String, (String, String)> {
    size_for_reader(bytes.len() as u64, options)?;
    csv_text::decode(bytes).map_err(|e| (e.message(Lang::Vi), e.message(Lang::En)))
}

/// The size check of [`text_for_reader`], before the file is read.
pub fn size_for_reader(bytes: u64, options: &Options) -> Result<(), (String, String)> {
    if bytes > options.max_bytes {
        return Err(too_large(bytes, options.max_bytes));
    }
    Ok(())
}

/// One household of the list, classified.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ListedHousehold {
    /// Its row in the file (the header is row 1).
    pub row: u64,
    /// Index into [`Import::villages`].
    pub village: u32,
    pub area: Area,
    pub evidence: Evidence,
    pub ethnic_minority: bool,
    pub social_protection: bool,
    /// Bit `i` set: deprived in [`Import::indicator_ids`]`[i]`.
    pub deprived: u64,
    pub category: Category,
    /// Its workers count as low-income workers (Nghị định 30/2025/NĐ-CP);
    /// `false` where that is not known (see [`Import::low_income_workers_known`]).
    pub low_income_workers: bool,
}

impl ListedHousehold {
    pub fn deprivation_count(&self) -> u32 {
        self.deprived.count_ones()
    }

    pub fn is_deprived_in(&self, indicator: usize) -> bool {
        indicator < 64 && self.deprived & (1 << indicator) != 0
    }
}

/// What a finished import gives.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Import {
    pub standard_id: String,
    /// The standard's indicators, in its order: bit `i` of a household's
    /// `deprived` is indicator `i`.
    pub indicator_ids: Vec<String>,
    /// The standard's minimum deprivations to be poor (the AF cutoff k).
    pub min_deprivations: u32,
    /// Villages in the order they first appear.
    pub villages: Vec<String>,
    pub households: Vec<ListedHousehold>,
    pub classified_by_scores: bool,
    /// Whether households whose workers count as low-income workers could
    /// be told: the standard must have the rule, and income must be known
    /// (scores do not give it).
    pub low_income_workers_known: bool,
    pub has_ethnic_minority_column: bool,
    pub has_social_protection_column: bool,
    /// Rows with at least one error, none of them kept.
    pub rejected_rows: u64,
    /// The first [`Options::max_errors`] errors, in row order.
    pub errors: Vec<RowError>,
    pub errors_not_shown: u64,
    pub notices: Vec<Notice>,
    /// What each column was read as, and why; the user may correct it.
    pub mapping: ColumnMapping<HouseholdField>,
}

/// How far an import has got.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Progress {
    /// Rows read after the header: kept, rejected and blank.
    pub rows_done: u64,
    /// Line breaks in the file after the header: a row count unless cells
    /// hold line breaks. Never below `rows_done`; exact when finished.
    pub rows_total_estimate: u64,
    /// For a progress bar that is never wrong: bytes read of the total.
    pub bytes_done: u64,
    pub bytes_total: u64,
    pub finished: bool,
}

/// An import under way. Make one with [`Importer::new`], call
/// [`Importer::step`] until `finished`, then [`Importer::finish`].
#[derive(Debug)]
pub struct Importer {
    text: String,
    state: State,
}

/// Everything but the text, so rows borrowed from the text can be stored
/// while the state changes.
#[derive(Debug)]
struct State {
    standard: Standard,
    options: Options,
    reader: Reader,
    columns: Columns,
    mapping: ColumnMapping<HouseholdField>,
    notices: Vec<Notice>,
    village_index: HashMap<String, u32>,
    villages: Vec<String>,
    households: Vec<ListedHousehold>,
    errors: Vec<RowError>,
    errors_not_shown: u64,
    rejected_rows: u64,
    blank_rows: u64,
    rows_done: u64,
    estimate: u64,
    failure: Option<FileError>,
    finished: bool,
}

/// Rows searched for the header: a title may sit above it.
const HEADER_SEARCH_ROWS: usize = 20;
/// Rows a header spans: a group (`Chỉ số thiếu hụt`) over its columns.
const MAX_HEADER_ROWS: usize = 3;

type Header = (
    std::ops::Range<usize>,
    ColumnMapping<HouseholdField>,
    Columns,
    Vec<Notice>,
);

fn filled(grid: &Grid, row: usize) -> usize {
    grid.rows[row].iter().filter(|c| !c.trim().is_empty()).count()
}

/// Whether the first non-blank line fills more cells than a title does.
fn starts_wide(grid: &Grid) -> bool {
    (0..grid.rows.len())
        .find(|&r| !grid.is_blank(r))
        .is_some_and(|r| filled(grid, r) > TITLE_CELLS)
}

/// Cells a title line fills at most: the list's name, a date, a unit.
const TITLE_CELLS: usize = 2;

/// A list refused before its rows are read, and the header that came
/// closest when its columns did not do (missing, or one field twice), for
/// the user to say which column is which.
pub type Refused = (FileError, Option<ColumnMapping<HouseholdField>>);

/// The header: the first rows that give every column the standard needs,
/// past title lines (blank, or filling at most [`TITLE_CELLS`] cells)
/// among the first rows. The first wide row that does not is the header
/// with columns missing: its problem is the file's.
fn find_header(grid: &Grid, separator: Separator, standard: &Standard, options: &Options) -> Result<Header, Refused> {
    let mut first_problem = None;
    let mut tried = 0;
    for start in 0..grid.rows.len() {
        if grid.is_blank(start) {
            continue;
        }
        let end = header_end(grid, start, MAX_HEADER_ROWS);
        let mut mapping = household_mapping(&header_labels(grid, start..end), standard);
        mapping.recall(&options.remembered);
        match Columns::from_mapping(&mapping, standard, options.evidence, separator) {
            Ok((columns, notices)) => return Ok((start..end, mapping, columns, notices)),
            Err(e @ FileError::MissingColumns(_)) => {
                let first = first_problem.get_or_insert((e, Some(mapping)));
                if filled(grid, start) > TITLE_CELLS {
                    return Err(first.clone());
                }
            }
            Err(e) => return Err((e, Some(mapping))),
        }
        tried += 1;
        if tried >= HEADER_SEARCH_ROWS {
            break;
        }
    }
    Err(first_problem.unwrap_or((FileError::Empty, None)))
}

fn line_breaks(text: &str) -> u64 {
    let lf = text.bytes().filter(|&b| b == b'\n').count();
    let count = if lf > 0 {
        lf
    } else {
        text.bytes().filter(|&b| b == b'\r').count()
    };
    count as u64
}

impl Importer {
    /// Checks the size and reads the header. File-level problems (too
    /// large, empty, missing or duplicate columns) are returned here.
    pub fn new(text: String, standard: &Standard, options: Options) -> Result<Importer, FileError> {
        Importer::open(text, standard, options).map_err(|(e, _)| e)
    }

    /// As [`Importer::new`], with the header that came closest when the
    /// columns did not do.
    pub fn open(text: String, standard: &Standard, options: Options) -> Result<Importer, Refused> {
        check_size(text.len() as u64, &options).map_err(|e| (e, None))?;
        if strip_bom(&text).trim().is_empty() {
            return Err((FileError::Empty, None));
        }
        // The separator of the first line first, then the others: a title
        // line may have none.
        let detected = Separator::detect(&text);
        let others = [Separator::Semicolon, Separator::Comma, Separator::Tab];
        let mut found = Err((FileError::Empty, None));
        for separator in std::iter::once(detected).chain(others.into_iter().filter(|s| *s != detected)) {
            let grid = Grid::from_csv(&text, separator, HEADER_SEARCH_ROWS * 4 + MAX_HEADER_ROWS);
            match find_header(&grid, separator, standard, &options) {
                Ok(header) => {
                    found = Ok((separator, header));
                    break;
                }
                Err((FileError::MissingColumns(_), _)) if separator != detected => {}
                // A wide first line is no title: its separator is the file's.
                Err(e @ (FileError::MissingColumns(_), _)) if starts_wide(&grid) => return Err(e),
                Err(e @ (FileError::MissingColumns(_), _)) => found = Err(e),
                Err(e) => return Err(e),
            }
        }
        let (separator, (header, mapping, columns, mut notices)) = found?;
        if header.start > 0 {
            notices.insert(
                0,
                Notice::RowsAboveHeader {
                    rows: header.start as u64,
                    header_row: header.start as u64 + 1,
                },
            );
        }
        let mut reader = Reader::new(&text, separator);
        let mut cells = Vec::new();
        for _ in 0..header.end {
            reader.next_record(&text, &mut cells);
        }
        drop(cells);
        let header_breaks = line_breaks(&text[..reader.position()]);
        let estimate = line_breaks(&text).saturating_sub(header_breaks) + u64::from(!text.ends_with(['\n', '\r']));
        let state = State {
            standard: standard.clone(),
            options,
            reader,
            columns,
            mapping,
            notices,
            village_index: HashMap::new(),
            villages: Vec::new(),
            households: Vec::with_capacity(estimate.min(DEFAULT_MAX_ROWS) as usize),
            errors: Vec::new(),
            errors_not_shown: 0,
            rejected_rows: 0,
            blank_rows: 0,
            rows_done: 0,
            estimate,
            failure: None,
            finished: false,
        };
        Ok(Importer { text, state })
    }

    pub fn progress(&self) -> Progress {
        let bytes_total = self.text.len() as u64;
        let state = &self.state;
        Progress {
            rows_done: state.rows_done,
            rows_total_estimate: if state.finished {
                state.rows_done
            } else {
                state.estimate.max(state.rows_done)
            },
            bytes_done: if state.finished {
                bytes_total
            } else {
                state.reader.position() as u64
            },
            bytes_total,
            finished: state.finished,
        }
    }

    /// Reads, checks and classifies up to `max_rows` more rows (at least
    /// one).
    pub fn step(&mut self, max_rows: usize) -> Progress {
        self.state.step(&self.text, max_rows);
        self.progress()
    }

    /// Runs any steps left and gives the result.
    pub fn finish(mut self) -> Result<Import, FileError> {
        while !self.state.finished {
            self.step(usize::MAX);
        }
        self.state.into_import()
    }
}

impl State {
    fn step(&mut self, text: &str, max_rows: usize) {
        let mut cells: Vec<Cow<'_, str>> = Vec::new();
        let mut left = max_rows.max(1);
        while !self.finished && left > 0 {
            left -= 1;
            let Some(record) = self.reader.next_record(text, &mut cells) else {
                self.finished = true;
                break;
            };
            self.rows_done += 1;
            if record.unclosed_quote {
                self.reject(vec![RowError {
                    row: record.row,
                    column: None,
                    problem: RowProblem::UnclosedQuote,
                }]);
                continue;
            }
            if is_blank(&cells) {
                self.blank_rows += 1;
                continue;
            }
            let households = self.households.len() as u64 + self.rejected_rows;
            if households >= self.options.max_rows {
                self.failure = Some(FileError::TooManyRows {
                    max: self.options.max_rows,
                });
                self.finished = true;
                break;
            }
            match self.columns.read_row(record.row, &cells) {
                Ok(input) => {
                    let row = record.row;
                    match classify_household(&self.standard, input.area, &input.evidence, input.deprived.count_ones()) {
                        Ok(category) => {
                            let village = intern(&mut self.village_index, &mut self.villages, &input);
                            let low_income_workers = low_income_household(
                                &self.standard,
                                input.area,
                                &input.evidence,
                                input.deprived.count_ones(),
                            );
                            self.households.push(ListedHousehold {
                                row,
                                village,
                                area: input.area,
                                evidence: input.evidence,
                                ethnic_minority: input.ethnic_minority,
                                social_protection: input.social_protection,
                                deprived: input.deprived,
                                category,
                                low_income_workers,
                            });
                        }
                        // The row checks make this unreachable; kept so a
                        // rule added to the standard can never panic here.
                        Err(e) => self.reject(vec![RowError {
                            row,
                            column: None,
                            problem: RowProblem::Input(e),
                        }]),
                    }
                }
                Err(errors) => self.reject(errors),
            }
        }
    }

    fn reject(&mut self, errors: Vec<RowError>) {
        self.rejected_rows += 1;
        for error in errors {
            if self.errors.len() < self.options.max_errors {
                self.errors.push(error);
            } else {
                self.errors_not_shown += 1;
            }
        }
    }

    fn into_import(self) -> Result<Import, FileError> {
        if let Some(failure) = self.failure {
            return Err(failure);
        }
        let mut notices = self.notices;
        if self.blank_rows > 0 {
            notices.push(Notice::EmptyRowsSkipped(self.blank_rows));
        }
        if self.errors_not_shown > 0 {
            notices.push(Notice::MoreErrors {
                not_shown: self.errors_not_shown,
            });
        }
        Ok(Import {
            standard_id: self.standard.id.clone(),
            indicator_ids: self.standard.indicators().map(|i| i.id.clone()).collect(),
            min_deprivations: self.standard.rule.min_deprivations(),
            villages: self.villages,
            households: self.households,
            classified_by_scores: self.columns.uses_scores(),
            low_income_workers_known: self.standard.low_income_workers.is_some() && !self.columns.uses_scores(),
            has_ethnic_minority_column: self.columns.has_ethnic_minority(),
            has_social_protection_column: self.columns.has_social_protection(),
            rejected_rows: self.rejected_rows,
            errors: self.errors,
            errors_not_shown: self.errors_not_shown,
            notices,
            mapping: self.mapping,
        })
    }
}

fn intern(index: &mut HashMap<String, u32>, villages: &mut Vec<String>, input: &RowInput<'_>) -> u32 {
    if let Some(&i) = index.get(input.village.as_ref()) {
        return i;
    }
    let i = villages.len() as u32;
    villages.push(input.village.to_string());
    index.insert(input.village.to_string(), i);
    i
}

/// The whole list at once: the same steps as the [`Importer`].
pub fn import(text: String, standard: &Standard, options: Options) -> Result<Import, FileError> {
    Importer::new(text, standard, options)?.finish()
}
