//! Texts of the funding table's page (`/kinh-phi/bang/`), apart from the
//! funding editor's so that each bundle carries only its own. Both
//! languages side by side, so a missing one does not compile.

use super::{Lang, use_lang};

/// The funding table's page (`/kinh-phi/bang/`).
pub struct FundingTableTexts {
    pub table_heading: &'static str,
    pub table_intro: &'static str,
    pub unit_note: &'static str,
    pub col_code: &'static str,
    pub col_project: &'static str,
    pub col_sub_unit: &'static str,
    pub table_title: &'static str,
    pub col_total: &'static str,
    pub col_expected: &'static str,
    pub grand_total: &'static str,
    pub unassigned: &'static str,
    pub nothing_yet: &'static str,
    pub sub_unit_caption: &'static str,
    pub whole_unit: &'static str,
    pub print: &'static str,
    pub download_csv: &'static str,
    pub csv_file_name: &'static str,
    pub back: &'static str,
    pub import_heading: &'static str,
    pub import_label: &'static str,
    pub import_hint: &'static str,
    /// `{lines}`, `{totals}`, `{left_out}`: counts of the file read.
    pub read_headline: &'static str,
    pub read_agrees: &'static str,
    /// `{lines}`: the file's lines.
    pub use_table: &'static str,
    /// `{typed}`: the draft's lines; `{lines}`: the file's.
    pub replace_table: &'static str,
    pub used: &'static str,
    pub undo: &'static str,
    /// The draft was saved in another tab since this page opened.
    pub conflict: &'static str,
}

const VI: FundingTableTexts = FundingTableTexts {
    table_heading: "Biểu kinh phí",
    table_intro: "Biểu kinh phí của bản nháp đang mở, cộng theo dự án, loại vốn và nguồn vốn (triệu đồng). Sửa các dòng ở trang Kinh phí, hoặc nhập cả biểu từ tệp bên dưới.",
    unit_note: "Đơn vị tính: triệu đồng. Nhập số kiểu Việt Nam: 1.234 hoặc 3,5.",
    col_code: "Mã",
    col_project: "Dự án",
    col_sub_unit: "Xã, thôn (nếu có)",
    table_title: funding::FUNDING_TABLE_TITLE,
    col_total: "Tổng cộng",
    col_expected: "Giải ngân dự kiến",
    grand_total: "Tổng cộng",
    unassigned: "Dự án không còn trong danh mục",
    nothing_yet: "Chưa có kinh phí nào.",
    sub_unit_caption: "Kinh phí theo xã, thôn (triệu đồng)",
    whole_unit: "Toàn đơn vị",
    print: "In biểu kinh phí (A4 ngang)",
    download_csv: "Tải biểu kinh phí (CSV)",
    csv_file_name: "bieu-kinh-phi",
    back: "Về trang Kinh phí",
    import_heading: "Nhập biểu kinh phí từ tệp",
    import_label: "Biểu kinh phí trong tệp CSV hoặc Excel (.xlsx)",
    import_hint: "Biểu như khi in: dòng tiêu đề một đến ba hàng (loại vốn gộp trên các nguồn vốn), mỗi dự án hoặc tiểu dự án một dòng, có thể có dòng tổng cộng. Các dòng tổng được giữ để đối chiếu. Tệp được đọc và kiểm tra trước; bản nháp chỉ thay đổi khi bạn bấm dùng biểu.",
    read_headline: "Đã đọc từ tệp {lines} dòng kinh phí và {totals} số tổng ghi sẵn; {left_out} dòng không nhập được.",
    read_agrees: "Các số tổng ghi trong tệp khớp với các dòng.",
    use_table: "Dùng biểu trong tệp ({lines} dòng)",
    replace_table: "Thay {typed} dòng đang có bằng biểu trong tệp ({lines} dòng)",
    used: "Đã dùng biểu trong tệp và lưu vào bản nháp. Sửa từng dòng ở trang Kinh phí.",
    undo: "Hoàn tác: lấy lại các dòng trước đó",
    conflict: "Bản nháp vừa được lưu ở một thẻ khác, nên biểu chưa được dùng và bản nháp giữ nguyên. Hãy tải lại trang (F5) rồi chọn tệp lại.",
};

const EN: FundingTableTexts = FundingTableTexts {
    table_heading: "Funding table",
    table_intro: "The funding table of the open draft, added up by project, kind and source (million đồng). Edit the lines on the Funding page, or import a whole table from a file below.",
    unit_note: "Amounts in million đồng. Type numbers the Vietnamese way: 1.234 or 3,5.",
    col_code: "Code",
    col_project: "Project",
    col_sub_unit: "Commune or village (if any)",
    table_title: "FUNDING TABLE OF THE SUSTAINABLE POVERTY REDUCTION PROGRAMME",
    col_total: "Total",
    col_expected: "Expected disbursement",
    grand_total: "Grand total",
    unassigned: "Projects no longer in the catalogue",
    nothing_yet: "No money yet.",
    sub_unit_caption: "Funding by commune or village (million đồng)",
    whole_unit: "Whole unit",
    print: "Print the funding table (A4 landscape)",
    download_csv: "Download the funding table (CSV)",
    csv_file_name: "bieu-kinh-phi",
    back: "Back to Funding",
    import_heading: "Import a funding table from a file",
    import_label: "Funding table in a CSV or Excel (.xlsx) file",
    import_hint: "The table as printed: a header of one to three rows (kinds of money over their sources), one row per project or sub-project, perhaps a total row. Total rows are kept to be checked. The file is read and checked first; the draft changes only when you choose to use the table.",
    read_headline: "Read from the file: {lines} funding lines and {totals} printed totals; {left_out} rows could not be imported.",
    read_agrees: "The totals printed in the file agree with the lines.",
    use_table: "Use the file's table ({lines} lines)",
    replace_table: "Replace the {typed} lines there are with the file's table ({lines} lines)",
    used: "The file's table is in use and saved in the draft. Edit its lines on the Funding page.",
    undo: "Undo: bring back the lines there were",
    conflict: "The draft was just saved in another tab, so the table was not used and the draft is unchanged. Reload the page (F5) and choose the file again.",
};

/// The funding table's texts in the current language.
pub fn funding_table_texts() -> &'static FundingTableTexts {
    match use_lang() {
        Lang::Vi => &VI,
        Lang::En => &EN,
    }
}
