//! Texts of the home page and of the page shown for an unknown address,
//! both in the home bundle alone: every other bundle carries the site's
//! shared [`Texts`](super::Texts) but not these (about 1 KB brotli each).

use super::{Lang, use_lang};
use crate::section::Section;

pub struct HomeTexts {
    pub title: &'static str,
    pub intro: &'static str,
    pub sections_heading: &'static str,
    pub privacy_heading: &'static str,
    pub privacy_body: &'static str,
    /// What each section of the navigation bar but home does, for its
    /// card, in the bar's order.
    pub cards: [(Section, &'static str); 7],
    // An unknown address
    pub not_found_title: &'static str,
    pub not_found_body: &'static str,
    pub not_found_link: &'static str,
}

const VI: HomeTexts = HomeTexts {
    title: "Công cụ lập kế hoạch giảm nghèo bền vững",
    intro: "Dành cho cán bộ xã, giảng viên tập huấn và người dân: xác định hộ nghèo theo chuẩn nghèo đa chiều, thử các phương án chỉ tiêu, soạn và in kế hoạch giảm nghèo hằng năm.",
    sections_heading: "Bạn muốn làm gì?",
    privacy_heading: "Dữ liệu ở lại trên máy của bạn",
    privacy_body: "Trang chạy hoàn toàn trong trình duyệt. Không có tài khoản, không có máy chủ nhận dữ liệu: những gì bạn nhập chỉ được lưu trên thiết bị này, và chỉ khi bạn lưu.",
    cards: [
        (
            Section::Classify,
            "Xác định hộ nghèo, hộ cận nghèo, hộ có mức sống trung bình theo chuẩn nghèo đa chiều của từng giai đoạn, kèm căn cứ pháp lý và điều gì làm thay đổi kết quả.",
        ),
        (
            Section::Criteria,
            "Giải thích dễ hiểu về chuẩn nghèo đa chiều các giai đoạn: chuẩn thu nhập, các chiều và chỉ số thiếu hụt, căn cứ pháp lý.",
        ),
        (
            Section::Targets,
            "Thử các phương án chỉ tiêu cho xã và các thôn: tỷ lệ, mức giảm, giao chỉ tiêu, lộ trình nhiều năm và kiểm tra số liệu.",
        ),
        (
            Section::Funding,
            "Kinh phí theo dự án, tiểu dự án và nguồn vốn, có tổng cộng và kiểm tra.",
        ),
        (
            Section::Plan,
            "Soạn kế hoạch giảm nghèo hằng năm và in khổ A4 theo thể thức văn bản hành chính (Nghị định 30/2020/NĐ-CP).",
        ),
        (
            Section::Drafts,
            "Lưu bản nháp trên trình duyệt, xuất ra tệp, nhập lại từ tệp và chia sẻ phương án bằng đường liên kết.",
        ),
        (
            Section::Training,
            "Tình huống mẫu và bài tập cho các lớp tập huấn cán bộ.",
        ),
    ],
    not_found_title: "Không tìm thấy trang",
    not_found_body: "Địa chỉ này không có trên trang. Có thể đường liên kết đã cũ hoặc bị gõ sai.",
    not_found_link: "Về trang chủ",
};

const EN: HomeTexts = HomeTexts {
    title: "Sustainable poverty-reduction planning tool",
    intro: "For commune officers, trainers and citizens: classify a household under the multidimensional poverty standard, try target scenarios, and draft and print the yearly poverty-reduction plan.",
    sections_heading: "What would you like to do?",
    privacy_heading: "Your data stays on your device",
    privacy_body: "The site runs entirely in your browser. There is no account and no server receiving data: what you enter is stored only on this device, and only when you save it.",
    cards: [
        (
            Section::Classify,
            "Find whether a household is poor (hộ nghèo), near-poor (hộ cận nghèo) or of average living standard under each period's multidimensional standard, with the legal basis and what would change the result.",
        ),
        (
            Section::Criteria,
            "The multidimensional poverty standards (chuẩn nghèo) of each period in plain language: income lines, dimensions and deprivation indicators, legal basis.",
        ),
        (
            Section::Targets,
            "Try target scenarios for a commune and its villages: rates, reductions, sharing targets out (giao chỉ tiêu), multi-year paths and arithmetic checks.",
        ),
        (
            Section::Funding,
            "Funding (kinh phí) by project, sub-project and source, with totals and checks.",
        ),
        (
            Section::Plan,
            "Draft the yearly poverty-reduction plan (kế hoạch) and print it on A4 in the administrative format of Decree 30/2020/NĐ-CP.",
        ),
        (
            Section::Drafts,
            "Keep drafts in the browser, export them to a file, import them back, and share a scenario by link.",
        ),
        (
            Section::Training,
            "Case studies and exercises for officer training workshops.",
        ),
    ],
    not_found_title: "Page not found",
    not_found_body: "There is no page at this address. The link may be old or mistyped.",
    not_found_link: "Back to the home page",
};

/// The home page's texts in the current language.
pub fn home_texts() -> &'static HomeTexts {
    match use_lang() {
        Lang::Vi => &VI,
        Lang::En => &EN,
    }
}
