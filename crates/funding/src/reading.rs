//! What reading a funding table file tells the page, whole: the lines and
//! typed totals, what was skipped and why, each row's problems, what each
//! column was read as; or why the file could not be read, and the header
//! that came closest. The reader worker (the app's `src/workers/reader.rs`)
//! makes it from a CSV file's bytes or an .xlsx sheet's grid, and sends it
//! as text ([`FundingReading::to_text`]), as planning's `AnnexReading` is
//! sent.

use lang::Lang;
use link_text::{decode, decode_both, encode, encode_both, raw_pairs};
use table_grid::{ColumnMapping, Grid, Remembered, mapping_from_text, mapping_to_text};

use crate::catalogue::Catalogue;
use crate::checks::check;
use crate::describe::describe;
use crate::form::{FundingForm, parse};
use crate::form_text::{form_from_text, form_to_text};
use crate::import::{FUNDING_MAX_BYTES, FundingFileError, FundingImport, read_funding_bytes, read_funding_grid};
use crate::import_columns::FundingField;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FundingReading {
    Read(Box<FundingRead>),
    Failed {
        /// `(vi, en)`.
        message: (String, String),
        /// When the columns were not understood: the header that came
        /// closest, with the corrections remembered for it.
        closest: Option<ColumnMapping<FundingField>>,
    },
}

/// A file read: the form the page offers to use, and what to tell the user.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FundingRead {
    /// Lines and typed totals as printed; no counterpart rule or rounding
    /// (a table does not state them).
    pub form: FundingForm,
    /// `(vi, en)`: what was skipped or how something was read.
    pub notices: Vec<(String, String)>,
    /// `(vi, en)`: bad cells (row kept) and rows left out.
    pub errors: Vec<(String, String)>,
    /// Rows of the file left out (each has its message in `errors`).
    pub rejected: usize,
    /// `(vi, en)`: what the checks find in the draft as it would be with
    /// this table ([`FundingReading::checked`]); each says what the
    /// figure should be.
    pub checks: Vec<(String, String)>,
    pub mapping: ColumnMapping<FundingField>,
}

impl FundingRead {
    /// `draft` with this table's lines and typed totals in place of its own.
    pub fn used_in(&self, draft: &FundingForm) -> FundingForm {
        FundingForm {
            lines: self.form.lines.clone(),
            totals: self.form.totals.clone(),
            ..draft.clone()
        }
    }
}

impl FundingReading {
    /// Refused by its size before reading, so a huge file costs nothing.
    pub fn too_large(bytes: u64) -> Option<FundingReading> {
        (bytes > FUNDING_MAX_BYTES).then(|| {
            FundingReading::of_import(Err(FundingFileError::TooLarge {
                bytes,
                max: FUNDING_MAX_BYTES,
            }))
        })
    }

    /// Not read for a reason other than its columns: `message` is `(vi, en)`.
    pub fn failed(message: (String, String)) -> FundingReading {
        FundingReading::Failed { message, closest: None }
    }

    /// A CSV file's bytes, with the corrections the user made to files with
    /// the same headers.
    pub fn of_bytes(bytes: Vec<u8>, catalogue: &Catalogue, remembered: &[Remembered<FundingField>]) -> FundingReading {
        FundingReading::of_import(read_funding_bytes(bytes, catalogue, remembered))
    }

    /// A workbook sheet's cells, as [`Self::of_bytes`] reads a CSV file's.
    pub fn of_grid(grid: &Grid, catalogue: &Catalogue, remembered: &[Remembered<FundingField>]) -> FundingReading {
        FundingReading::of_import(read_funding_grid(grid, catalogue, remembered))
    }

    fn of_import(import: Result<FundingImport, FundingFileError>) -> FundingReading {
        match import {
            Ok(import) => FundingReading::Read(Box::new(FundingRead {
                rejected: import.errors.iter().filter(|e| e.rejects_row()).count(),
                errors: import
                    .errors
                    .iter()
                    .map(|e| (e.message(Lang::Vi), e.message(Lang::En)))
                    .collect(),
                form: import.form,
                notices: import.notices,
                mapping: import.mapping,
                checks: Vec::new(),
            })),
            Err(e) => FundingReading::Failed {
                message: (e.message(Lang::Vi), e.message(Lang::En)),
                closest: match e {
                    FundingFileError::MissingColumns { closest, .. } => closest,
                    _ => None,
                },
            },
        }
    }

    /// With what the checks find when the table's lines and totals take
    /// the place of `draft`'s (whose counterpart rule and rounding stay):
    /// a printed total that is not the sum of its lines, and the rest.
    pub fn checked(self, draft: &FundingForm, catalogue: &Catalogue) -> FundingReading {
        match self {
            FundingReading::Read(mut read) => {
                let parsed = parse(&read.used_in(draft));
                read.checks = check(catalogue, &parsed)
                    .iter()
                    .map(|issue| {
                        let [vi, en] = Lang::ALL.map(|lang| describe(issue, catalogue, &parsed.lines, lang));
                        (vi, en)
                    })
                    .collect();
                FundingReading::Read(read)
            }
            failed => failed,
        }
    }

    /// With a word on where the table came from (which sheet of a
    /// workbook was read): the first notice, or said after a failure.
    pub fn noting(self, (vi, en): (String, String)) -> FundingReading {
        match self {
            FundingReading::Read(mut read) => {
                read.notices.insert(0, (vi, en));
                FundingReading::Read(read)
            }
            FundingReading::Failed { message, closest } => FundingReading::Failed {
                message: (format!("{} {vi}", message.0), format!("{} {en}", message.1)),
                closest,
            },
        }
    }

    /// `key=value` pairs joined by `&`, values percent-encoded; the form as
    /// the draft stores it, with `catalogue`, the one it was read against.
    pub fn to_text(&self, catalogue: &Catalogue) -> String {
        let pair = |key: &str, value: &str| format!("{key}={}", encode(value));
        let both = |key: &str, message: &(String, String)| format!("{key}={}", encode_both(message));
        let mut pairs = Vec::new();
        match self {
            FundingReading::Read(read) => {
                let FundingRead {
                    form,
                    notices,
                    errors,
                    rejected,
                    mapping,
                    checks,
                } = read.as_ref();
                pairs.push(pair("bieu", &form_to_text(form, catalogue)));
                pairs.extend(notices.iter().map(|n| both("luu-y", n)));
                pairs.extend(errors.iter().map(|e| both("loi", e)));
                pairs.push(pair("bo", &rejected.to_string()));
                pairs.extend(checks.iter().map(|c| both("kiem-tra", c)));
                pairs.push(pair("cot", &mapping_to_text(mapping)));
            }
            FundingReading::Failed { message, closest } => {
                pairs.push(both("khong-doc-duoc", message));
                pairs.extend(closest.iter().map(|m| pair("gan-nhat", &mapping_to_text(m))));
            }
        }
        pairs.join("&")
    }

    /// `None` when the text is not one [`Self::to_text`] wrote.
    pub fn from_text(text: &str) -> Option<FundingReading> {
        let (mut form, mut rejected, mut mapping, mut failed, mut closest) = (None, 0, None, None, None);
        let (mut notices, mut errors, mut checks) = (Vec::new(), Vec::new(), Vec::new());
        for (key, raw) in raw_pairs(text) {
            match key {
                "bieu" => {
                    let (read, _, trouble) = form_from_text(&decode(raw)?);
                    form = trouble.is_empty().then_some(read);
                }
                "luu-y" => notices.push(decode_both(raw)?),
                "loi" => errors.push(decode_both(raw)?),
                "kiem-tra" => checks.push(decode_both(raw)?),
                "bo" => rejected = decode(raw)?.parse().ok()?,
                "cot" => mapping = Some(mapping_from_text(&decode(raw)?)?),
                "khong-doc-duoc" => failed = Some(decode_both(raw)?),
                "gan-nhat" => closest = Some(mapping_from_text(&decode(raw)?)?),
                _ => return None,
            }
        }
        match (failed, form, mapping) {
            (Some(message), None, None) => Some(FundingReading::Failed { message, closest }),
            (None, Some(form), Some(mapping)) => Some(FundingReading::Read(Box::new(FundingRead {
                form,
                notices,
                errors,
                rejected,
                mapping,
                checks,
            }))),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const FILE: &str = include_str!("../tests/data/funding-as-printed.csv");

    #[test]
    fn a_reading_crosses_as_text_whole() {
        let c = Catalogue::preset_2021_2025();
        let wrong = FILE.replace(";1.340;;;;1.340;1.200;", ";1.340;;;;1.340;1.210;");
        let read = FundingReading::of_bytes(wrong.into_bytes(), &c, &[])
            .noting(("Trang «A».".into(), "Sheet “A”.".into()))
            .checked(&FundingForm::default(), &c);
        let FundingReading::Read(r) = &read else {
            panic!("{read:?}")
        };
        assert_eq!((r.form.lines.len(), r.rejected), (4, 0));
        assert_eq!(r.notices[0].0, "Trang «A».");
        assert_eq!(r.checks.len(), 1, "{:?}", r.checks);
        assert!(
            r.checks[0].0.contains("1.210") && r.checks[0].0.contains("1.200"),
            "{:?}",
            r.checks
        );
        assert_eq!(FundingReading::from_text(&read.to_text(&c)), Some(read));
    }

    #[test]
    fn columns_not_understood_come_with_the_closest_header_to_correct() {
        let c = Catalogue::preset_2021_2025();
        let read = FundingReading::of_bytes("Tên;Số tiền\nDA2;100\n".as_bytes().to_vec(), &c, &[]);
        let FundingReading::Failed {
            message,
            closest: Some(closest),
        } = &read
        else {
            panic!("{read:?}")
        };
        assert!(message.0.starts_with("Không tìm thấy dòng tiêu đề"), "{message:?}");
        assert_eq!(closest.columns.len(), 2);
        assert_eq!(FundingReading::from_text(&read.to_text(&c)), Some(read));
        let refused = FundingReading::too_large(FUNDING_MAX_BYTES + 1).unwrap();
        assert_eq!(FundingReading::from_text(&refused.to_text(&c)), Some(refused));
    }

    #[test]
    fn a_text_it_did_not_write_is_refused() {
        for text in ["", "bieu=x", "cot=&khong-doc-duoc=a", "la=1", "khong-doc-duoc=%ZZ"] {
            assert_eq!(FundingReading::from_text(text), None, "{text}");
        }
    }
}
