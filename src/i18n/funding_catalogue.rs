//! Texts of the project catalogue's page (`/kinh-phi/danh-muc/`), apart
//! from the funding editor's so that each bundle carries only its own. Both
//! languages side by side, so a missing one does not compile.

use super::{Lang, use_lang};

/// The project catalogue's page (`/kinh-phi/danh-muc/`).
pub struct FundingCatalogueTexts {
    pub catalogue_intro: &'static str,
    pub catalogue_caption: &'static str,
    pub col_code: &'static str,
    pub col_project: &'static str,
    pub col_basis: &'static str,
    pub col_actions: &'static str,
    /// In the order of `funding::Programme::ALL`.
    pub use_presets: [&'static str; 2],
    /// The programme whose catalogue is in use, before its name.
    pub programme: &'static str,
    pub empty_catalogue: &'static str,
    pub catalogue_empty: &'static str,
    pub edit: &'static str,
    pub add_sub: &'static str,
    pub remove: &'static str,
    pub project_form_add: &'static str,
    pub project_form_add_sub: &'static str,
    pub project_form_edit: &'static str,
    pub parent: &'static str,
    pub no_parent: &'static str,
    pub code: &'static str,
    pub name_vi: &'static str,
    pub name_en: &'static str,
    pub add_project: &'static str,
    pub save_project: &'static str,
    pub cancel: &'static str,
    pub project_added: &'static str,
    pub project_saved: &'static str,
    pub project_removed: &'static str,
    /// In the order of `funding::Programme::ALL`.
    pub presets_used: [&'static str; 2],
    pub back: &'static str,
}

const VI: FundingCatalogueTexts = FundingCatalogueTexts {
    catalogue_intro: "Kế hoạch từ năm 2026 thuộc Chương trình mục tiêu quốc gia giai đoạn 2026–2035 hợp nhất ba chương trình (Nghị quyết 257/2025/QH15); danh mục của chương trình này mới có những gì đã biết, chưa đối chiếu văn bản gốc. Danh mục 2021–2025 (Quyết định 90/QĐ-TTg) dùng cho kế hoạch các năm trước. Có thể sửa, thêm hoặc xóa dự án; kế hoạch trích dẫn chương trình của danh mục đang dùng.",
    catalogue_caption: "Danh mục dự án, tiểu dự án",
    col_code: "Mã",
    col_project: "Dự án",
    col_basis: "Căn cứ",
    col_actions: "Thao tác",
    use_presets: ["Dùng danh mục 2021–2025", "Dùng danh mục 2026–2035"],
    programme: "Chương trình của danh mục",
    empty_catalogue: "Bắt đầu từ danh mục trống",
    catalogue_empty: "Danh mục chưa có dự án nào.",
    edit: "Sửa",
    add_sub: "Thêm tiểu dự án",
    remove: "Xóa",
    project_form_add: "Thêm dự án",
    project_form_add_sub: "Thêm tiểu dự án",
    project_form_edit: "Sửa dự án",
    parent: "Thuộc dự án",
    no_parent: "(dự án độc lập)",
    code: "Mã (ví dụ DA8 hoặc DA8.TDA1)",
    name_vi: "Tên dự án",
    name_en: "Tên tiếng Anh (không bắt buộc)",
    add_project: "Thêm vào danh mục",
    save_project: "Lưu",
    cancel: "Hủy",
    project_added: "Đã thêm vào danh mục.",
    project_saved: "Đã lưu thay đổi.",
    project_removed: "Đã xóa khỏi danh mục. Các dòng kinh phí của dự án này vẫn được giữ và được đánh dấu.",
    presets_used: ["Đang dùng danh mục 2021–2025.", "Đang dùng danh mục 2026–2035."],
    back: "Về trang Kinh phí",
};

const EN: FundingCatalogueTexts = FundingCatalogueTexts {
    catalogue_intro: "Plans from 2026 belong to the 2026–2035 national target programme that merges three programmes (Nghị quyết 257/2025/QH15); its catalogue holds only what is known, not yet checked against the original texts. The 2021–2025 catalogue (Quyết định 90/QĐ-TTg) serves plans of earlier years. You can rename, add or remove projects; the plan cites the programme of the catalogue in use.",
    catalogue_caption: "Projects and sub-projects",
    col_code: "Code",
    col_project: "Project",
    col_basis: "Basis",
    col_actions: "Actions",
    use_presets: ["Use the 2021–2025 catalogue", "Use the 2026–2035 catalogue"],
    programme: "The catalogue's programme",
    empty_catalogue: "Start from an empty catalogue",
    catalogue_empty: "The catalogue has no project yet.",
    edit: "Edit",
    add_sub: "Add a sub-project",
    remove: "Remove",
    project_form_add: "Add a project",
    project_form_add_sub: "Add a sub-project",
    project_form_edit: "Edit the project",
    parent: "Under project",
    no_parent: "(a project of its own)",
    code: "Code (e.g. DA8 or DA8.TDA1)",
    name_vi: "Name (Vietnamese)",
    name_en: "English name (optional)",
    add_project: "Add to the catalogue",
    save_project: "Save",
    cancel: "Cancel",
    project_added: "Added to the catalogue.",
    project_saved: "Changes saved.",
    project_removed: "Removed from the catalogue. Its funding lines are kept and flagged.",
    presets_used: ["Using the 2021–2025 catalogue.", "Using the 2026–2035 catalogue."],
    back: "Back to Funding",
};

/// The catalogue page's texts in the current language.
pub fn funding_catalogue_texts() -> &'static FundingCatalogueTexts {
    match use_lang() {
        Lang::Vi => &VI,
        Lang::En => &EN,
    }
}
