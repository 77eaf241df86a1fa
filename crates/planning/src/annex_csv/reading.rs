//! What reading an annex file tells the page, whole: the table, what was
//! skipped and why, what each column was read as, or why the file could
//! not be read and the header that came closest. The reader worker (the
//! app's `src/workers/reader.rs`) makes it from a CSV file's bytes, or from the grid
//! of an .xlsx workbook's sheet (`sheet-grid`, which this crate does not
//! link), and sends it as text ([`AnnexReading::to_text`]); the page reads
//! it back without the readers' code or a JSON parser in its bundle.

use lang::Lang;
use link_text::{decode, decode_both, encode, encode_both, raw_pairs};
use table_grid::{ColumnMapping, Grid, Remembered, mapping_from_text, mapping_to_text};

use super::columns::AnnexField;
use super::error::AnnexFileError;
use super::read::{
    ANNEX_MAX_BYTES, AnnexImport, closest_annex_header, closest_grid_header, read_annex_grid, read_annex_with,
};
use crate::table_form::RowText;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AnnexReading {
    Read(Box<AnnexRead>),
    Failed {
        /// `(vi, en)`.
        message: (String, String),
        /// When the columns were not understood: the rows that came
        /// closest to a header, with the corrections remembered for them,
        /// for the user to say which column is which.
        closest: Option<ColumnMapping<AnnexField>>,
    },
}

/// A file read: what the page puts in its table and tells the user.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AnnexRead {
    /// One per sub-unit, cells as typed (trimmed).
    pub rows: Vec<RowText>,
    /// The file's total row, as typed: to check, not to use.
    pub total: Option<RowText>,
    pub year: Option<i32>,
    pub unit: Option<String>,
    /// `(vi, en)`: what was skipped or ignored, rejecting nothing.
    pub notices: Vec<(String, String)>,
    /// `(vi, en)`: bad cells (row kept) and rejected rows.
    pub errors: Vec<(String, String)>,
    pub mapping: ColumnMapping<AnnexField>,
}

fn messages(e: &AnnexFileError) -> (String, String) {
    (e.message(Lang::Vi), e.message(Lang::En))
}

impl AnnexReading {
    /// Refused by its size before reading, so a huge file costs nothing.
    pub fn too_large(bytes: u64) -> Option<AnnexReading> {
        (bytes > ANNEX_MAX_BYTES).then(|| {
            AnnexReading::failed(messages(&AnnexFileError::TooLarge {
                bytes,
                max: ANNEX_MAX_BYTES,
            }))
        })
    }

    /// A file that could not be read for a reason other than its columns:
    /// `message` is `(vi, en)`, and there is no header to correct.
    pub fn failed(message: (String, String)) -> AnnexReading {
        AnnexReading::Failed { message, closest: None }
    }

    /// Reads a file's bytes with the corrections the user made to files
    /// with the same headers.
    pub fn of_bytes(bytes: Vec<u8>, remembered: &[Remembered<AnnexField>]) -> AnnexReading {
        if let Some(refused) = AnnexReading::too_large(bytes.len() as u64) {
            return refused;
        }
        match csv_text::decode(bytes) {
            Ok(text) => AnnexReading::of_text(&text, remembered),
            Err(e) => AnnexReading::failed(messages(&AnnexFileError::Encoding(e))),
        }
    }

    pub fn of_text(text: &str, remembered: &[Remembered<AnnexField>]) -> AnnexReading {
        AnnexReading::of_import(read_annex_with(text, remembered), remembered, || {
            closest_annex_header(text)
        })
    }

    /// Reads a sheet's cells (an .xlsx workbook's, by the reader worker)
    /// as [`Self::of_text`] reads a CSV file's.
    pub fn of_grid(grid: &Grid, remembered: &[Remembered<AnnexField>]) -> AnnexReading {
        AnnexReading::of_import(read_annex_grid(grid, remembered), remembered, || {
            closest_grid_header(grid)
        })
    }

    /// `closest`: the header that came closest, asked for only when the
    /// columns were not understood.
    fn of_import(
        import: Result<AnnexImport, AnnexFileError>,
        remembered: &[Remembered<AnnexField>],
        closest: impl FnOnce() -> Option<ColumnMapping<AnnexField>>,
    ) -> AnnexReading {
        match import {
            Ok(import) => AnnexReading::Read(Box::new(AnnexRead {
                errors: import
                    .errors
                    .iter()
                    .map(|e| (e.message(Lang::Vi), e.message(Lang::En)))
                    .collect(),
                rows: import.rows,
                total: import.total,
                year: import.year,
                unit: import.unit,
                notices: import.notices,
                mapping: import.mapping,
            })),
            Err(e) => AnnexReading::Failed {
                // With the corrections made so far, so that each one adds
                // to the others rather than replacing them.
                closest: matches!(e, AnnexFileError::MissingColumns { .. })
                    .then(closest)
                    .flatten()
                    .map(|mut m| {
                        m.recall(remembered);
                        m
                    }),
                message: messages(&e),
            },
        }
    }

    /// With a word on where the table came from (which sheet of a
    /// workbook was read): the first notice of a reading, or said after
    /// the message of a failure.
    pub fn noting(self, (vi, en): (String, String)) -> AnnexReading {
        match self {
            AnnexReading::Read(mut read) => {
                read.notices.insert(0, (vi, en));
                AnnexReading::Read(read)
            }
            AnnexReading::Failed { message, closest } => AnnexReading::Failed {
                message: (format!("{} {vi}", message.0), format!("{} {en}", message.1)),
                closest,
            },
        }
    }

    /// `key=value` pairs joined by `&`, values percent-encoded; a row's
    /// cells joined by `~`, each encoded.
    pub fn to_text(&self) -> String {
        let pair = |key: &str, value: &str| format!("{key}={}", encode(value));
        let both = |key: &str, message: &(String, String)| format!("{key}={}", encode_both(message));
        let mut pairs = Vec::new();
        match self {
            AnnexReading::Read(read) => {
                let AnnexRead {
                    rows,
                    total,
                    year,
                    unit,
                    notices,
                    errors,
                    mapping,
                } = read.as_ref();
                pairs.extend(rows.iter().map(|r| format!("thon={}", row_text(r))));
                pairs.extend(total.iter().map(|r| format!("tong={}", row_text(r))));
                pairs.extend(year.iter().map(|y| pair("nam", &y.to_string())));
                pairs.extend(unit.iter().map(|u| pair("don-vi", u)));
                pairs.extend(notices.iter().map(|n| both("luu-y", n)));
                pairs.extend(errors.iter().map(|e| both("loi", e)));
                pairs.push(pair("cot", &mapping_to_text(mapping)));
            }
            AnnexReading::Failed { message, closest } => {
                pairs.push(both("khong-doc-duoc", message));
                pairs.extend(closest.iter().map(|m| pair("gan-nhat", &mapping_to_text(m))));
            }
        }
        pairs.join("&")
    }

    /// `None` when the text is not one [`Self::to_text`] wrote.
    pub fn from_text(text: &str) -> Option<AnnexReading> {
        let mut rows = Vec::new();
        let (mut total, mut year, mut unit, mut mapping, mut failed, mut closest) =
            (None, None, None, None, None, None);
        let (mut notices, mut errors) = (Vec::new(), Vec::new());
        for (key, raw) in raw_pairs(text) {
            match key {
                "thon" => rows.push(read_row(raw)?),
                "tong" => total = Some(read_row(raw)?),
                "nam" => year = Some(decode(raw)?.parse().ok()?),
                "don-vi" => unit = Some(decode(raw)?),
                "luu-y" => notices.push(decode_both(raw)?),
                "loi" => errors.push(decode_both(raw)?),
                "cot" => mapping = Some(mapping_from_text(&decode(raw)?)?),
                "khong-doc-duoc" => failed = Some(decode_both(raw)?),
                "gan-nhat" => closest = Some(mapping_from_text(&decode(raw)?)?),
                _ => return None,
            }
        }
        match (failed, mapping) {
            (Some(message), None) => Some(AnnexReading::Failed { message, closest }),
            (None, Some(mapping)) => Some(AnnexReading::Read(Box::new(AnnexRead {
                rows,
                total,
                year,
                unit,
                notices,
                errors,
                mapping,
            }))),
            _ => None,
        }
    }
}

fn row_text(row: &RowText) -> String {
    std::iter::once(&row.name)
        .chain(&row.cells)
        .chain(&row.rates)
        .chain(&row.printed)
        .map(|v| encode(v))
        .collect::<Vec<_>>()
        .join("~")
}

fn read_row(raw: &str) -> Option<RowText> {
    let mut values = raw.split('~').map(decode);
    let mut row = RowText {
        name: values.next()??,
        ..RowText::default()
    };
    for slot in row
        .cells
        .iter_mut()
        .chain(row.rates.iter_mut())
        .chain(row.printed.iter_mut())
    {
        *slot = values.next()??;
    }
    values.next().is_none().then_some(row)
}
