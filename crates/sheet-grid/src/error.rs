//! Why a workbook gave no grid, said to the officer with what to do.

use lang::{Lang, msg};
use rust_decimal::Decimal;
use vn_format::format_integer;

/// A workbook that could not be read, or no sheet in it to read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SheetError {
    /// Not an .xlsx workbook (another kind of zip: .ods, .xlsb, .docx), or
    /// a damaged one.
    NotXlsx,
    /// An Excel 97–2003 workbook (.xls), which the site does not read.
    OldExcel,
    /// A workbook saved with a password: its content is encrypted.
    Encrypted,
    /// The sheet's cells could not be read: the file is damaged.
    Damaged { sheet: String },
    /// No visible worksheet has a cell with text or a figure, or the sheet
    /// asked for has none.
    Empty { sheet: Option<String> },
    /// The sheet asked for is not a worksheet of the workbook.
    NoSuchSheet { sheet: String },
    /// More cells or merged ranges than a table of the site could hold.
    TooLarge {
        sheet: String,
        max_cells: usize,
        max_merges: usize,
    },
}

const SAVE_AGAIN_VI: &str = "Hãy mở tệp trong Excel, chọn Lưu thành (Save As) «Sổ làm việc Excel (*.xlsx)» hoặc «CSV UTF-8 (phân tách bằng dấu phẩy)», rồi chọn lại tệp.";
const SAVE_AGAIN_EN: &str = "Open the file in Excel, Save As \"Excel Workbook (*.xlsx)\" or \"CSV UTF-8 (Comma delimited)\", then choose it again.";

impl SheetError {
    pub fn message(&self, lang: Lang) -> String {
        match self {
            SheetError::NotXlsx => msg!(
                lang,
                "Tệp không phải sổ làm việc Excel .xlsx, hoặc đã bị hỏng. {SAVE_AGAIN_VI}",
                "The file is not an Excel .xlsx workbook, or it is damaged. {SAVE_AGAIN_EN}"
            ),
            SheetError::OldExcel => msg!(
                lang,
                "Tệp là bảng tính Excel 97–2003 (.xls), dạng trang này chưa đọc được. {SAVE_AGAIN_VI}",
                "The file is an Excel 97–2003 workbook (.xls), which this page cannot read yet. {SAVE_AGAIN_EN}"
            ),
            SheetError::Encrypted => msg!(
                lang,
                "Tệp Excel được đặt mật khẩu nên không đọc được. Hãy mở tệp bằng mật khẩu trong Excel, lưu một bản không đặt mật khẩu dạng .xlsx hoặc CSV UTF-8, rồi chọn bản đó.",
                "The Excel file is protected by a password, so it cannot be read. Open it with its password in Excel, save a copy without a password as .xlsx or CSV UTF-8, then choose that copy."
            ),
            SheetError::Damaged { sheet } => msg!(
                lang,
                "Không đọc được các ô của trang tính «{sheet}»: tệp có thể đã bị hỏng. {SAVE_AGAIN_VI}",
                "The cells of sheet \"{sheet}\" could not be read: the file may be damaged. {SAVE_AGAIN_EN}"
            ),
            SheetError::Empty { sheet: None } => msg!(
                lang,
                "Sổ làm việc không có trang tính nào có dữ liệu. Hãy kiểm tra lại tệp đã chọn.",
                "No sheet of the workbook has any data. Check that this is the file you meant."
            ),
            SheetError::Empty { sheet: Some(sheet) } => msg!(
                lang,
                "Trang tính «{sheet}» không có dữ liệu. Hãy chọn trang có bảng chỉ tiêu.",
                "Sheet \"{sheet}\" has no data. Choose the sheet with the target table."
            ),
            SheetError::NoSuchSheet { sheet } => msg!(
                lang,
                "Sổ làm việc không có trang tính «{sheet}». Hãy chọn lại trang tính.",
                "The workbook has no sheet \"{sheet}\". Choose the sheet again."
            ),
            SheetError::TooLarge {
                sheet,
                max_cells,
                max_merges,
            } => msg!(
                lang,
                "Trang tính «{sheet}» quá lớn để đọc (quá {} ô hoặc quá {} vùng gộp ô). Hãy chép riêng bảng cần nhập sang một sổ làm việc mới, lưu dạng .xlsx hoặc CSV UTF-8, rồi chọn tệp đó.",
                "Sheet \"{sheet}\" is too large to read (over {} cells or over {} merged ranges). Copy the table to import into a new workbook, save it as .xlsx or CSV UTF-8, then choose that file.",
                count(*max_cells),
                count(*max_merges)
            ),
        }
    }
}

fn count(n: usize) -> String {
    format_integer(Decimal::from(n))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_message_says_what_to_do_in_both_languages() {
        let all = [
            SheetError::NotXlsx,
            SheetError::OldExcel,
            SheetError::Encrypted,
            SheetError::Damaged {
                sheet: "Biểu 1".into()
            },
            SheetError::Empty { sheet: None },
            SheetError::Empty {
                sheet: Some("Biểu 1".into()),
            },
            SheetError::NoSuchSheet {
                sheet: "Biểu 2".into()
            },
            SheetError::TooLarge {
                sheet: "Biểu 1".into(),
                max_cells: 1_000_000,
                max_merges: 1_000,
            },
        ];
        for e in all {
            let (vi, en) = (e.message(Lang::Vi), e.message(Lang::En));
            assert!(vi.contains("Hãy"), "{vi}");
            assert!(
                ["Open", "Check", "Choose", "Copy"].iter().any(|w| en.contains(w)),
                "{en}"
            );
            assert_ne!(vi, en);
        }
        assert!(SheetError::OldExcel.message(Lang::Vi).contains(".xls"));
        assert!(SheetError::NotXlsx.message(Lang::En).contains("CSV UTF-8"));
        let large = SheetError::TooLarge {
            sheet: "A".into(),
            max_cells: 1_000_000,
            max_merges: 1_000,
        };
        assert!(large.message(Lang::Vi).contains("quá 1.000.000 ô hoặc quá 1.000 vùng"));
        assert!(large.message(Lang::En).contains("over 1.000.000 cells"));
    }
}
