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
}

const VI: FundingTableTexts = FundingTableTexts {
    table_heading: "Biểu kinh phí",
    table_intro: "Biểu kinh phí của bản nháp đang mở, cộng theo dự án, loại vốn và nguồn vốn (triệu đồng). Sửa các dòng ở trang Kinh phí; biểu này luôn theo các dòng đã lưu.",
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
};

const EN: FundingTableTexts = FundingTableTexts {
    table_heading: "Funding table",
    table_intro: "The funding table of the open draft, added up by project, kind and source (million đồng). Edit the lines on the Funding page; this table always follows the saved lines.",
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
};

/// The funding table's texts in the current language.
pub fn funding_table_texts() -> &'static FundingTableTexts {
    match use_lang() {
        Lang::Vi => &VI,
        Lang::En => &EN,
    }
}
