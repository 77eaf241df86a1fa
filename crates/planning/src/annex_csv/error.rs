//! What can be wrong with an annex file or one of its rows, each with a
//! message in Vietnamese and English naming the row and the column as the
//! spreadsheet shows them.

use csv_text::{EncodingError, place};
use rust_decimal::Decimal;
use vn_format::{NumberError, format_decimal, format_integer};

use super::columns::AnnexField;
use lang::{Lang, msg};

pub use csv_text::ColumnRef as AnnexColumnRef;

/// What is wrong with a row.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AnnexRowProblem {
    /// A count or a rate that does not read. The row is kept with the cell
    /// as typed, for the page to mark.
    Number(NumberError),
    /// Figures but no name: the row is left out.
    NoName,
    /// Cells beyond the header that are not empty: the row's cells have
    /// likely shifted (a `1,250` in a comma-separated file). Left out.
    TooManyCells {
        cells: usize,
        headers: usize,
        comma_separated: bool,
    },
    /// A quote opened in the row and never closed: the rest of the file was
    /// read as one cell. Left out.
    UnclosedQuote,
    /// A total row after the first (a subtotal, or the total twice). Left
    /// out; the first total is kept.
    ExtraTotal { first_row: u64 },
    /// A rate like `1.250`: a dot followed by three digits may group
    /// thousands or be a decimal point. Kept as typed, to be corrected.
    AmbiguousRate { text: String },
}

/// A problem in one row of the file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AnnexRowError {
    /// As the spreadsheet numbers rows: the file's first line is row 1.
    pub row: u64,
    /// `None` when the problem is the row as a whole.
    pub column: Option<AnnexColumnRef>,
    pub problem: AnnexRowProblem,
}

impl AnnexRowError {
    /// Whether the row was left out; otherwise it was kept as typed.
    pub fn rejects_row(&self) -> bool {
        !matches!(
            self.problem,
            AnnexRowProblem::Number(_) | AnnexRowProblem::AmbiguousRate { .. }
        )
    }

    pub fn message(&self, lang: Lang) -> String {
        let problem = match &self.problem {
            AnnexRowProblem::Number(e) => msg!(
                lang,
                "«{}»: {} Dòng vẫn được nhập, ô này được đánh dấu để sửa.",
                "“{}”: {} The row is imported and the cell marked for correction.",
                e.input.trim(),
                e.message(lang)
            ),
            AnnexRowProblem::NoName => msg!(
                lang,
                "dòng có số liệu nhưng không có tên đơn vị, nên không được nhập.",
                "the row has figures but no sub-unit name, so it was not imported."
            ),
            AnnexRowProblem::TooManyCells {
                cells,
                headers,
                comma_separated,
            } => msg!(lang, vi: {
                let hint = if *comma_separated {
                    " Có thể một số được viết với dấu phẩy (1,250): hãy viết 1.250, hoặc lưu tệp với dấu chấm phẩy."
                } else {
                    ""
                };
                format!("dòng có {cells} ô nhưng tiêu đề chỉ có {headers} cột, nên không được nhập.{hint}")
            }, en: {
                let hint = if *comma_separated {
                    " A number may have been written with a comma (1,250): write 1.250, or save the file with semicolons."
                } else {
                    ""
                };
                format!("the row has {cells} cells but the header only {headers} columns, so it was not imported.{hint}")
            }),
            AnnexRowProblem::UnclosedQuote => msg!(
                lang,
                "dấu ngoặc kép mở ở dòng này không được đóng, nên phần còn lại của tệp bị đọc thành một ô và không được nhập. Hãy kiểm tra dấu \" trong dòng này.",
                "a quote opened in this row is never closed, so the rest of the file was read as one cell and not imported. Check the \" marks in this row."
            ),
            AnnexRowProblem::ExtraTotal { first_row } => msg!(
                lang,
                "đã có dòng tổng ở dòng {first_row}; dòng tổng thứ hai (hoặc dòng cộng từng phần) không được nhập.",
                "there is already a total row at row {first_row}; a second total (or a subtotal) was not imported."
            ),
            AnnexRowProblem::AmbiguousRate { text } => msg!(lang, vi: {
                let decimal = text.trim().replacen('.', ",", 1);
                format!(
                    "«{}»: không rõ dấu chấm ở đây tách hàng nghìn hay là dấu thập phân. Tỷ lệ viết với dấu phẩy thập phân: hãy ghi {decimal}. Dòng vẫn được nhập, ô này được đánh dấu để sửa.",
                    text.trim()
                )
            }, en: {
                let decimal = text.trim().replacen('.', ",", 1);
                format!(
                    "“{}”: the dot could separate thousands or be a decimal point. Write the rate with a decimal comma: {decimal}. The row is imported and the cell marked for correction.",
                    text.trim()
                )
            }),
        };
        format!("{}: {problem}", place(self.row, self.column.as_ref(), lang))
    }
}

impl std::fmt::Display for AnnexRowError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message(Lang::Vi))
    }
}

/// Why a whole file cannot be read as an annex. One bad row is never this.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AnnexFileError {
    TooLarge {
        bytes: u64,
        max: u64,
    },
    /// More sub-unit rows than any annex has.
    TooManyRows {
        max: u64,
    },
    Encoding(EncodingError),
    /// Nothing but blank lines.
    Empty,
    /// No line within the first rows names every required column. `row`
    /// is the line that came closest.
    MissingColumns {
        row: u64,
        missing: Vec<AnnexField>,
    },
    /// Two columns of the header mean the same thing.
    DuplicateColumn {
        field: AnnexField,
        first: AnnexColumnRef,
        second: AnnexColumnRef,
    },
}

fn megabytes(bytes: u64) -> String {
    format_decimal(Decimal::from(bytes) / Decimal::from(1024 * 1024), 1)
}

fn accepted(field: AnnexField) -> String {
    field
        .headers()
        .iter()
        .map(|h| format!("«{h}»"))
        .collect::<Vec<_>>()
        .join(", ")
}

impl AnnexFileError {
    pub fn message(&self, lang: Lang) -> String {
        match self {
            AnnexFileError::TooLarge { bytes, max } => msg!(
                lang,
                "Tệp nặng {} MB, quá giới hạn {} MB của một biểu chỉ tiêu. Hãy kiểm tra đã chọn đúng tệp.",
                "The file is {} MB, over the {} MB limit for a target annex. Check that this is the right file.",
                megabytes(*bytes),
                megabytes(*max)
            ),
            AnnexFileError::TooManyRows { max } => msg!(
                lang,
                "Tệp có hơn {} dòng đơn vị, quá giới hạn của một biểu chỉ tiêu. Hãy kiểm tra đã chọn đúng tệp.",
                "The file has more than {} sub-unit rows, over the limit for a target annex. Check that this is the right file.",
                format_integer(Decimal::from(*max))
            ),
            AnnexFileError::Encoding(e) => e.message(lang),
            AnnexFileError::Empty => msg!(
                lang,
                "Tệp trống: cần một dòng tiêu đề ghi tên các cột, rồi mỗi đơn vị một dòng.",
                "The file is empty: it needs a header line naming the columns, then one line per sub-unit."
            ),
            AnnexFileError::MissingColumns { row, missing } => msg!(lang, vi: { format!(
                "Không tìm thấy dòng tiêu đề có đủ các cột bắt buộc (dòng {row} gần nhất). Thiếu: {}.",
                missing
                    .iter()
                    .map(|f| format!("{} (ghi một trong: {})", f.label().0, accepted(*f)))
                    .collect::<Vec<_>>()
                    .join("; ")
            ) }, en: { format!(
                "No header line has every required column (row {row} came closest). Missing: {}.",
                missing
                    .iter()
                    .map(|f| format!("{} (headed one of: {})", f.label().1, accepted(*f)))
                    .collect::<Vec<_>>()
                    .join("; ")
            ) }),
            AnnexFileError::DuplicateColumn { field, first, second } => msg!(lang, vi: format!(
                "Hai cột cùng là {}: {} và {}. Hãy xoá hoặc đổi tên một cột.",
                field.label().0,
                first.describe(lang),
                second.describe(lang)
            ), en: format!(
                "Two columns both hold the {}: {} and {}. Delete or rename one of them.",
                field.label().1,
                first.describe(lang),
                second.describe(lang)
            )),
        }
    }
}

impl std::fmt::Display for AnnexFileError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message(Lang::Vi))
    }
}

impl std::error::Error for AnnexFileError {}
