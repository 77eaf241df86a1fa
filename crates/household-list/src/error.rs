//! What can be wrong with a file or a row, and the notices worth showing,
//! each with a message in Vietnamese and in English.

use csv_text::{EncodingError, place};
use lang::{Lang, msg};
use poverty_rules::InputError;
use rust_decimal::Decimal;
use vn_format::{NumberError, format_integer};

pub use csv_text::ColumnRef;

/// Why a row was rejected (one per bad cell; a row can have several).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RowProblem {
    /// A required cell is empty.
    Missing,
    /// Income or a score that does not read as a Vietnamese number.
    Number(NumberError),
    /// Read as a number, but not a possible one (negative score, income
    /// over the limit, score B not in steps of 10 or over its maximum).
    Input(InputError),
    /// The area is neither rural nor urban.
    UnknownArea(String),
    /// A yes/no cell that is neither.
    UnknownYesNo(String),
    /// Score B does not match the indicators ticked on the row.
    ScoreBMismatch {
        score_b: Decimal,
        ticked: u32,
        points: Decimal,
    },
    /// More cells than the header: some beyond it are not empty, or the
    /// row has other errors (its cells have likely shifted).
    TooManyCells {
        cells: usize,
        headers: usize,
        comma_separated: bool,
    },
    /// A quote opened in this row is never closed: the rest of the file
    /// was read as one cell.
    UnclosedQuote,
}

/// A rejected row: where, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RowError {
    /// Counting the header as row 1, as a spreadsheet numbers rows.
    pub row: u64,
    /// `None` when the problem is the row as a whole.
    pub column: Option<ColumnRef>,
    pub problem: RowProblem,
}

impl RowError {
    pub fn message(&self, lang: Lang) -> String {
        let problem = match &self.problem {
            RowProblem::Missing => msg!(lang, "ô này không được để trống.", "this cell may not be empty."),
            RowProblem::Number(e) => msg!(lang, "«{}»: {}", "“{}”: {}", e.input.trim(), e.message(lang)),
            RowProblem::Input(e) => e.message(lang),
            RowProblem::UnknownArea(v) => msg!(
                lang,
                "không rõ khu vực «{v}». Ghi «nông thôn» (hoặc NT, nong-thon) hay «thành thị» (hoặc TT, thanh-thi, đô thị).",
                "unknown area “{v}”. Write “nông thôn” (or NT, nong-thon) for rural or “thành thị” (or TT, thanh-thi, đô thị) for urban."
            ),
            RowProblem::UnknownYesNo(v) => msg!(lang, vi: {
                format!("«{v}» không phải có/không. Ghi 1, x hoặc «có» cho có; 0, «không» hoặc để trống cho không.")
            }, en: {
                format!("“{v}” is not yes or no. Write 1, x or “có” for yes; 0, “không” or nothing for no.")
            }),
            RowProblem::ScoreBMismatch {
                score_b,
                ticked,
                points,
            } => msg!(
                lang,
                "điểm B là {} nhưng dòng này đánh dấu {} chỉ số thiếu hụt, tức {} điểm. Hãy sửa điểm B hoặc các chỉ số cho khớp.",
                "score B is {} but the row ticks {} deprivation indicators, which give {} points. Correct score B or the indicators so they agree.",
                format_integer(*score_b),
                ticked,
                format_integer(*points)
            ),
            RowProblem::TooManyCells {
                cells,
                headers,
                comma_separated,
            } => msg!(lang, vi: {
                let hint = if *comma_separated {
                    " Có thể một số được viết với dấu phẩy (1,500,000): hãy viết 1.500.000, hoặc đặt ô trong ngoặc kép."
                } else {
                    ""
                };
                format!("dòng có {cells} ô nhưng tiêu đề chỉ có {headers} cột.{hint}")
            }, en: {
                let hint = if *comma_separated {
                    " A number may have been written with commas (1,500,000): write 1.500.000, or put the cell in quotes."
                } else {
                    ""
                };
                format!("the row has {cells} cells but the header has only {headers} columns.{hint}")
            }),
            RowProblem::UnclosedQuote => msg!(
                lang,
                "dấu ngoặc kép mở ở dòng này không được đóng, nên phần còn lại của tệp bị đọc thành một ô. Hãy kiểm tra dấu \" trong dòng này.",
                "a quote opened in this row is never closed, so the rest of the file was read as one cell. Check the \" marks in this row."
            ),
        };
        format!("{}: {problem}", place(self.row, self.column.as_ref(), lang))
    }
}

impl std::fmt::Display for RowError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message(Lang::Vi))
    }
}

/// A column the file must have and does not.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MissingColumn {
    Village,
    Area,
    /// Neither income nor both scores.
    IncomeOrScores,
    Income,
    ScoreA,
    ScoreB,
    /// An indicator of the chosen standard: its id and names.
    Indicator {
        id: String,
        vi: String,
        en: String,
    },
}

impl MissingColumn {
    fn vi(&self) -> String {
        match self {
            MissingColumn::Village => "thon (thôn)".into(),
            MissingColumn::Area => "khu_vuc (khu vực)".into(),
            MissingColumn::IncomeOrScores => "thu_nhap (thu nhập), hoặc cả diem_a và diem_b (điểm rà soát)".into(),
            MissingColumn::Income => "thu_nhap (thu nhập)".into(),
            MissingColumn::ScoreA => "diem_a (điểm A)".into(),
            MissingColumn::ScoreB => "diem_b (điểm B)".into(),
            MissingColumn::Indicator { id, vi, .. } => format!("{id} ({vi})"),
        }
    }

    fn en(&self) -> String {
        match self {
            MissingColumn::Village => "thon (village)".into(),
            MissingColumn::Area => "khu_vuc (area)".into(),
            MissingColumn::IncomeOrScores => "thu_nhap (income), or both diem_a and diem_b (review scores)".into(),
            MissingColumn::Income => "thu_nhap (income)".into(),
            MissingColumn::ScoreA => "diem_a (score A)".into(),
            MissingColumn::ScoreB => "diem_b (score B)".into(),
            MissingColumn::Indicator { id, en, .. } => format!("{id} ({en})"),
        }
    }
}

/// Why a whole file cannot be read. One bad row is never this.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FileError {
    TooLarge {
        bytes: u64,
        max: u64,
    },
    TooManyRows {
        max: u64,
    },
    /// Not UTF-8: the byte (from 0) where it stops being valid.
    NotUtf8 {
        at: usize,
    },
    /// UTF-16, as Excel's "Unicode text" writes.
    Utf16,
    /// No header line.
    Empty,
    MissingColumns(Vec<MissingColumn>),
    /// Two columns mean the same thing.
    DuplicateColumn {
        first: ColumnRef,
        second: ColumnRef,
    },
    /// Scores were asked for (or are all there is) but the standard has
    /// no review scoring form.
    NoScoreForm {
        standard: String,
    },
    /// More indicators than a household's 64-bit mark can hold.
    TooManyIndicators {
        count: u32,
    },
}

fn mb(bytes: u64) -> String {
    format_integer(Decimal::from(bytes / (1024 * 1024)))
}

/// A file of `bytes` over `max`, `(vi, en)`: [`FileError::TooLarge`]'s
/// message, and the page's before it reads the file.
pub(crate) fn too_large(bytes: u64, max: u64) -> (String, String) {
    (
        format!(
            "Tệp nặng {} MB, quá giới hạn {} MB. Hãy chia danh sách thành nhiều tệp (ví dụ theo thôn).",
            mb(bytes),
            mb(max)
        ),
        format!(
            "The file is {} MB, over the {} MB limit. Split the list into several files (by village, for example).",
            mb(bytes),
            mb(max)
        ),
    )
}

impl FileError {
    pub fn message(&self, lang: Lang) -> String {
        match self {
            FileError::TooLarge { bytes, max } => {
                msg!(lang, vi: too_large(*bytes, *max).0, en: too_large(*bytes, *max).1)
            }
            FileError::TooManyRows { max } => msg!(
                lang,
                "Tệp có hơn {} hộ, quá giới hạn. Hãy chia danh sách thành nhiều tệp (ví dụ theo xã hoặc theo thôn).",
                "The file has more than {} households, over the limit. Split the list into several files (by commune or village, for example).",
                format_integer(Decimal::from(*max))
            ),
            FileError::NotUtf8 { at } => EncodingError::NotUtf8 { at: *at }.message(lang),
            FileError::Utf16 => EncodingError::Utf16.message(lang),
            FileError::Empty => msg!(
                lang,
                "Tệp trống: dòng đầu phải là dòng tiêu đề các cột.",
                "The file is empty: its first line must name the columns."
            ),
            FileError::MissingColumns(missing) => msg!(lang, vi: { format!(
                "Tệp thiếu cột: {}. Dòng đầu của tệp phải có tên các cột này.",
                missing.iter().map(MissingColumn::vi).collect::<Vec<_>>().join("; ")
            ) }, en: { format!(
                "Missing columns: {}. The file's first line must name these columns.",
                missing.iter().map(MissingColumn::en).collect::<Vec<_>>().join("; ")
            ) }),
            FileError::DuplicateColumn { first, second } => msg!(lang, vi: format!(
                "Hai cột cùng một nghĩa: {} và {}. Hãy xoá hoặc đổi tên một cột.",
                first.describe(lang),
                second.describe(lang)
            ), en: format!(
                "Two columns mean the same thing: {} and {}. Delete or rename one of them.",
                first.describe(lang),
                second.describe(lang)
            )),
            FileError::NoScoreForm { standard } => msg!(
                lang,
                "Chuẩn nghèo «{standard}» không có phiếu chấm điểm rà soát: tệp cần cột thu_nhap (thu nhập bình quân đầu người/tháng).",
                "The standard “{standard}” has no review scoring form: the file needs a thu_nhap column (income per person per month)."
            ),
            FileError::TooManyIndicators { count } => msg!(lang, vi: {
                format!("Chuẩn nghèo này có {count} chỉ số thiếu hụt; chỉ tính được tối đa 64.")
            }, en: {
                format!("This standard has {count} deprivation indicators; at most 64 can be counted.")
            }),
        }
    }
}

impl std::fmt::Display for FileError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message(Lang::Vi))
    }
}

impl std::error::Error for FileError {}

/// Something about the file worth knowing that rejects nothing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Notice {
    /// Columns that mean nothing here (names, notes, another standard's
    /// indicators), listed once.
    UnknownColumns(Vec<ColumnRef>),
    /// No `dtts` column: ethnic-minority counts are all zero.
    NoEthnicMinorityColumn,
    /// No `btxh` column: no poor household counts as social-protection, so
    /// all poor households count as able to escape.
    NoSocialProtectionColumn,
    /// Both income and scores are there; scores were used.
    ScoresUsedIncomeIgnored,
    /// Both are there; income was used.
    IncomeUsedScoresIgnored,
    /// Rows with every cell empty, skipped without a message.
    EmptyRowsSkipped(u64),
    /// More rows were rejected than messages kept.
    MoreErrors { not_shown: u64 },
    /// Rows above the header (a title), skipped.
    RowsAboveHeader { rows: u64, header_row: u64 },
}

impl Notice {
    pub fn message(&self, lang: Lang) -> String {
        match self {
            Notice::UnknownColumns(columns) => {
                let list = columns.iter().map(|c| c.describe(lang)).collect::<Vec<_>>().join(", ");
                msg!(
                    lang,
                    "Các cột sau không dùng đến và được bỏ qua: {list}.",
                    "These columns are not used and were ignored: {list}."
                )
            }
            Notice::NoEthnicMinorityColumn => msg!(
                lang,
                "Không có cột dtts: số hộ dân tộc thiểu số được tính là 0.",
                "No dtts column: ethnic-minority households are counted as 0."
            ),
            Notice::NoSocialProtectionColumn => msg!(
                lang,
                "Không có cột btxh: không hộ nghèo nào được tính là hộ bảo trợ xã hội, nên mọi hộ nghèo được tính là có khả năng thoát nghèo.",
                "No btxh column: no poor household counts as a social-protection household, so every poor household counts as able to escape poverty."
            ),
            Notice::ScoresUsedIncomeIgnored => {
                msg!(lang, vi: "Tệp có cả thu nhập và điểm rà soát: phân loại theo điểm rà soát, cột thu nhập được bỏ qua.".into(), en: {
                    "The file has both income and review scores: households are classified by their scores; the income column is ignored.".into()
                })
            }
            Notice::IncomeUsedScoresIgnored => {
                msg!(lang, vi: "Tệp có cả thu nhập và điểm rà soát: phân loại theo thu nhập, các cột điểm được bỏ qua.".into(), en: {
                    "The file has both income and review scores: households are classified by income; the score columns are ignored.".into()
                })
            }
            Notice::EmptyRowsSkipped(n) => msg!(
                lang,
                "Bỏ qua {} dòng trống.",
                "{} empty rows skipped.",
                format_integer(Decimal::from(*n))
            ),
            Notice::MoreErrors { not_shown } => msg!(
                lang,
                "Còn {} lỗi khác không hiển thị. Hãy sửa các lỗi trên rồi nhập lại tệp.",
                "{} more errors are not shown. Correct the ones above and import the file again.",
                format_integer(Decimal::from(*not_shown))
            ),
            Notice::RowsAboveHeader { rows, header_row } => msg!(
                lang,
                "Bỏ qua {} dòng phía trên dòng tiêu đề (dòng {header_row}), như tên danh sách.",
                "{} rows above the header (row {header_row}), such as the list's title, were skipped.",
                format_integer(Decimal::from(*rows))
            ),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::import::{DEFAULT_MAX_BYTES, DEFAULT_MAX_ROWS};

    fn col(number: usize) -> ColumnRef {
        ColumnRef {
            number,
            header: "x".into(),
        }
    }

    #[test]
    fn columns_are_named_by_spreadsheet_letters() {
        assert_eq!(col(1).letter(), "A");
        assert_eq!(col(27).letter(), "AA");
    }

    #[test]
    fn file_sizes_in_megabytes() {
        let e = FileError::TooLarge {
            bytes: 120 * 1024 * 1024,
            max: DEFAULT_MAX_BYTES,
        };
        assert!(e.message(Lang::Vi).contains("120 MB") && e.message(Lang::Vi).contains("100 MB"));
        assert!(e.message(Lang::En).contains("120 MB"));
        let rows = FileError::TooManyRows { max: DEFAULT_MAX_ROWS };
        assert!(
            rows.message(Lang::Vi).contains("1.000.000"),
            "{}",
            rows.message(Lang::Vi)
        );
    }
}
