use super::texts::{NavTexts, SectionTexts, Texts};

pub const TEXTS: Texts = Texts {
    site_name: "Giảm nghèo bền vững",
    site_tagline: "Công cụ lập kế hoạch giảm nghèo cho xã, thôn và người dân",
    skip_to_content: "Bỏ qua, đến nội dung chính",
    nav: NavTexts {
        label: "Các phần của trang",
        home: "Trang chủ",
    },
    language_label: "Ngôn ngữ",
    home_title: "Công cụ lập kế hoạch giảm nghèo bền vững",
    home_intro: "Dành cho cán bộ xã, giảng viên tập huấn và người dân: xác định hộ nghèo theo chuẩn nghèo đa chiều, thử các phương án chỉ tiêu, soạn và in kế hoạch giảm nghèo hằng năm.",
    home_sections_heading: "Bạn muốn làm gì?",
    privacy_heading: "Dữ liệu ở lại trên máy của bạn",
    privacy_body: "Trang chạy hoàn toàn trong trình duyệt. Không có tài khoản, không có máy chủ nhận dữ liệu: những gì bạn nhập chỉ được lưu trên thiết bị này, và chỉ khi bạn lưu.",
    building_notice: "Phần này đang được xây dựng. Trang chưa tính toán gì ở đây: công cụ chỉ được đưa lên khi đã kiểm thử đầy đủ.",
    not_found_title: "Không tìm thấy trang",
    not_found_body: "Địa chỉ này không có trên trang. Có thể đường liên kết đã cũ hoặc bị gõ sai.",
    not_found_link: "Về trang chủ",
    footer_privacy: "Dữ liệu bạn nhập không rời khỏi thiết bị này.",
    footer_reference: "Kết quả trên trang chỉ để tham khảo, không thay thế kết quả rà soát chính thức.",
    classify: SectionTexts {
        title: "Phân loại hộ",
        summary: "Xác định hộ nghèo, hộ cận nghèo, hộ có mức sống trung bình theo chuẩn nghèo đa chiều của từng giai đoạn, kèm căn cứ pháp lý và điều gì làm thay đổi kết quả.",
    },
    criteria: SectionTexts {
        title: "Chuẩn nghèo",
        summary: "Giải thích dễ hiểu về chuẩn nghèo đa chiều các giai đoạn: chuẩn thu nhập, các chiều và chỉ số thiếu hụt, căn cứ pháp lý.",
    },
    targets: SectionTexts {
        title: "Chỉ tiêu",
        summary: "Thử các phương án chỉ tiêu cho xã và các thôn: tỷ lệ, mức giảm, giao chỉ tiêu, lộ trình nhiều năm và kiểm tra số liệu.",
    },
    funding: SectionTexts {
        title: "Kinh phí",
        summary: "Kinh phí theo dự án, tiểu dự án và nguồn vốn, có tổng cộng và kiểm tra.",
    },
    plan: SectionTexts {
        title: "Kế hoạch",
        summary: "Soạn kế hoạch giảm nghèo hằng năm và in khổ A4 theo thể thức văn bản hành chính (Nghị định 30/2020/NĐ-CP).",
    },
    drafts: SectionTexts {
        title: "Bản nháp",
        summary: "Lưu bản nháp trên trình duyệt, xuất ra tệp, nhập lại từ tệp và chia sẻ phương án bằng đường liên kết.",
    },
    training: SectionTexts {
        title: "Tập huấn",
        summary: "Tình huống mẫu và bài tập cho các lớp tập huấn cán bộ.",
    },
};
