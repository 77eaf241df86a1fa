//! Who does what: a suggested organisation table for a commune, drawn from
//! how real plans assign the work, adapted to communes since 1/7/2025 (the
//! labour and social office's work now sits with "Phòng Văn hóa - Xã hội",
//! finance, planning and agriculture with "Phòng Kinh tế"). It is our
//! suggestion, not law: the officer edits every row.

use crate::form::OrgRow;
use crate::lang::Lang;

/// Shown beside the preset.
pub const ORGANISATION_NOTE: (&str, &str) = (
    "Bảng phân công này là gợi ý của công cụ, soạn theo cách các kế hoạch thực tế thường giao việc; không phải quy định. Hãy sửa cho đúng bộ máy của địa phương.",
    "This assignment of tasks is the tool's suggestion, drawn from how real plans assign the work; it is not law. Edit it to match the local offices.",
);

const ROWS: [(&str, &str, &str, &str); 8] = [
    (
        "Phòng Văn hóa - Xã hội",
        "Chủ trì, tham mưu Ủy ban nhân dân xã triển khai Kế hoạch; hướng dẫn rà soát hộ nghèo, hộ cận nghèo; thực hiện chính sách trợ giúp xã hội, giảm nghèo về thông tin và truyền thông; tổng hợp, báo cáo kết quả theo quy định.",
        "Office of Culture and Society",
        "Leads and advises the commune People's Committee on carrying out the plan; guides the review of poor and near-poor households; carries out social assistance, information and communication on poverty; compiles and reports results.",
    ),
    (
        "Phòng Kinh tế",
        "Tham mưu bố trí, phân bổ kinh phí và vốn đối ứng; hướng dẫn sử dụng, thanh toán, quyết toán kinh phí; chủ trì hỗ trợ phát triển sản xuất nông nghiệp, đa dạng hóa sinh kế.",
        "Economic Office",
        "Advises on allocating funds and the local counterpart; guides the use, payment and settlement of funds; leads support for agricultural production and diverse livelihoods.",
    ),
    (
        "Trạm Y tế xã",
        "Bảo đảm người thuộc hộ nghèo, hộ cận nghèo được cấp thẻ bảo hiểm y tế và khám, chữa bệnh theo quy định; thực hiện các hoạt động cải thiện dinh dưỡng.",
        "Commune health station",
        "Makes sure people of poor and near-poor households get health insurance cards and care; carries out nutrition activities.",
    ),
    (
        "Các trường học trên địa bàn",
        "Thực hiện miễn, giảm học phí và hỗ trợ chi phí học tập cho học sinh thuộc hộ nghèo, hộ cận nghèo; vận động học sinh đi học đầy đủ.",
        "Schools in the commune",
        "Carry out tuition exemptions and learning support for pupils of poor and near-poor households; encourage full attendance.",
    ),
    (
        "Công chức Tư pháp - Hộ tịch",
        "Tuyên truyền, phổ biến pháp luật; hướng dẫn người thuộc hộ nghèo, hộ cận nghèo tiếp cận trợ giúp pháp lý miễn phí.",
        "Justice and civil-status officer",
        "Spreads knowledge of the law; helps people of poor and near-poor households reach free legal aid.",
    ),
    (
        "Ngân hàng Chính sách xã hội",
        "Cho vay ưu đãi đối với hộ nghèo, hộ cận nghèo, hộ mới thoát nghèo có nhu cầu và đủ điều kiện; phối hợp kiểm tra việc sử dụng vốn vay.",
        "Vietnam Bank for Social Policies",
        "Lends at preferential rates to poor, near-poor and newly non-poor households that need it and qualify; helps check how loans are used.",
    ),
    (
        "Ủy ban MTTQ Việt Nam xã và các đoàn thể",
        "Vận động nguồn lực, Quỹ \"Vì người nghèo\"; tuyên truyền, vận động hội viên vươn lên thoát nghèo; giám sát việc thực hiện chính sách giảm nghèo.",
        "Commune Vietnam Fatherland Front Committee and mass organisations",
        "Raise resources and the \"For the Poor\" fund; encourage members to escape poverty; oversee poverty-reduction policies.",
    ),
    (
        "Trưởng thôn, bản, tổ dân phố",
        "Tham gia rà soát, bình xét hộ nghèo, hộ cận nghèo; nắm hoàn cảnh, nhu cầu của từng hộ; phổ biến chính sách đến người dân.",
        "Village heads",
        "Take part in reviewing and agreeing on poor and near-poor households; know each household's situation and needs; bring policies to residents.",
    ),
];

pub fn organisation_preset(lang: Lang) -> Vec<OrgRow> {
    ROWS.iter()
        .map(|(office_vi, tasks_vi, office_en, tasks_en)| OrgRow {
            office: lang.pick(*office_vi, *office_en).to_owned(),
            tasks: lang.pick(*tasks_vi, *tasks_en).to_owned(),
        })
        .collect()
}
