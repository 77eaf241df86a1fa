//! Who does what: a suggested organisation table for each level, drawn from
//! how real plans assign the work. For a commune, ward or special zone it
//! is adapted to the offices since 1/7/2025 (the labour and social office's
//! work now sits with "Phòng Văn hóa - Xã hội", finance, planning and
//! agriculture with "Phòng Kinh tế", in wards "Phòng Kinh tế, Hạ tầng và Đô
//! thị"); for a province, the departments after the 2025 mergers, poverty
//! reduction with the Sở Nông nghiệp và Môi trường; for a district (plans
//! before 1/7/2025), the offices the example plans name. It is our
//! suggestion, not law: the officer edits every row.

use crate::form::OrgRow;
use crate::unit_level::UnitLevel;
use lang::Lang;

/// Shown beside the preset.
pub const ORGANISATION_NOTE: (&str, &str) = (
    "Bảng phân công này là gợi ý của công cụ, soạn theo cách các kế hoạch thực tế thường giao việc; không phải quy định. Hãy sửa cho đúng bộ máy của địa phương.",
    "This assignment of tasks is the tool's suggestion, drawn from how real plans assign the work; it is not law. Edit it to match the local offices.",
);

/// `{unit}` is the level's word ("xã", "commune"), `{economic}` the
/// economic office's name.
const COMMUNE_ROWS: [(&str, &str, &str, &str); 8] = [
    (
        "Phòng Văn hóa - Xã hội",
        "Chủ trì, tham mưu Ủy ban nhân dân {unit} triển khai Kế hoạch; hướng dẫn rà soát hộ nghèo, hộ cận nghèo; thực hiện chính sách trợ giúp xã hội, giảm nghèo về thông tin và truyền thông; tổng hợp, báo cáo kết quả theo quy định.",
        "Office of Culture and Society",
        "Leads and advises the {unit} People's Committee on carrying out the plan; guides the review of poor and near-poor households; carries out social assistance, information and communication on poverty; compiles and reports results.",
    ),
    (
        "{economic}",
        "Tham mưu bố trí, phân bổ kinh phí và vốn đối ứng; hướng dẫn sử dụng, thanh toán, quyết toán kinh phí; chủ trì hỗ trợ phát triển sản xuất nông nghiệp, đa dạng hóa sinh kế.",
        "Economic Office",
        "Advises on allocating funds and the local counterpart; guides the use, payment and settlement of funds; leads support for agricultural production and diverse livelihoods.",
    ),
    (
        "Trạm Y tế {unit}",
        "Bảo đảm người thuộc hộ nghèo, hộ cận nghèo được cấp thẻ bảo hiểm y tế và khám, chữa bệnh theo quy định; thực hiện các hoạt động cải thiện dinh dưỡng.",
        "Health station",
        "Makes sure people of poor and near-poor households get health insurance cards and care; carries out nutrition activities.",
    ),
    (
        "Các trường học trên địa bàn",
        "Thực hiện miễn, giảm học phí và hỗ trợ chi phí học tập cho học sinh thuộc hộ nghèo, hộ cận nghèo; vận động học sinh đi học đầy đủ.",
        "Schools in the {unit}",
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
        "Ủy ban MTTQ Việt Nam {unit} và các đoàn thể",
        "Vận động nguồn lực, Quỹ \"Vì người nghèo\"; tuyên truyền, vận động hội viên vươn lên thoát nghèo; giám sát việc thực hiện chính sách giảm nghèo.",
        "Vietnam Fatherland Front Committee of the {unit} and mass organisations",
        "Raise resources and the \"For the Poor\" fund; encourage members to escape poverty; oversee poverty-reduction policies.",
    ),
    (
        "Trưởng thôn, bản, tổ dân phố",
        "Tham gia rà soát, bình xét hộ nghèo, hộ cận nghèo; nắm hoàn cảnh, nhu cầu của từng hộ; phổ biến chính sách đến người dân.",
        "Village heads",
        "Take part in reviewing and agreeing on poor and near-poor households; know each household's situation and needs; bring policies to residents.",
    ),
];

const PROVINCE_ROWS: [(&str, &str, &str, &str); 8] = [
    (
        "Sở Nông nghiệp và Môi trường",
        "Chủ trì, tham mưu Ủy ban nhân dân tỉnh triển khai Kế hoạch; hướng dẫn rà soát hộ nghèo, hộ cận nghèo; theo dõi, tổng hợp, báo cáo kết quả theo quy định.",
        "Department of Agriculture and Environment",
        "Leads and advises the provincial People's Committee on carrying out the plan; guides the review of poor and near-poor households; follows, compiles and reports results.",
    ),
    (
        "Sở Tài chính",
        "Tham mưu bố trí, phân bổ kinh phí và vốn đối ứng của ngân sách tỉnh; hướng dẫn sử dụng, thanh toán, quyết toán kinh phí.",
        "Department of Finance",
        "Advises on allocating the provincial budget's funds and counterpart; guides the use, payment and settlement of funds.",
    ),
    (
        "Sở Dân tộc và Tôn giáo",
        "Phối hợp thực hiện chính sách giảm nghèo ở vùng đồng bào dân tộc thiểu số và miền núi.",
        "Department of Ethnic and Religious Affairs",
        "Helps carry out poverty reduction in ethnic-minority and mountain areas.",
    ),
    (
        "Sở Y tế",
        "Bảo đảm người thuộc hộ nghèo, hộ cận nghèo được cấp thẻ bảo hiểm y tế và khám, chữa bệnh theo quy định; chỉ đạo cải thiện dinh dưỡng.",
        "Department of Health",
        "Makes sure people of poor and near-poor households get health insurance cards and care; directs nutrition work.",
    ),
    (
        "Sở Giáo dục và Đào tạo",
        "Chỉ đạo miễn, giảm học phí và hỗ trợ chi phí học tập cho học sinh thuộc hộ nghèo, hộ cận nghèo.",
        "Department of Education and Training",
        "Directs tuition exemptions and learning support for pupils of poor and near-poor households.",
    ),
    (
        "Chi nhánh Ngân hàng Chính sách xã hội tỉnh",
        "Cho vay ưu đãi đối với hộ nghèo, hộ cận nghèo, hộ mới thoát nghèo có nhu cầu và đủ điều kiện.",
        "Provincial branch of the Vietnam Bank for Social Policies",
        "Lends at preferential rates to poor, near-poor and newly non-poor households that need it and qualify.",
    ),
    (
        "Ủy ban MTTQ Việt Nam tỉnh và các đoàn thể",
        "Vận động nguồn lực, Quỹ \"Vì người nghèo\"; giám sát việc thực hiện chính sách giảm nghèo.",
        "Provincial Vietnam Fatherland Front Committee and mass organisations",
        "Raise resources and the \"For the Poor\" fund; oversee poverty-reduction policies.",
    ),
    (
        "Ủy ban nhân dân các xã, phường, đặc khu",
        "Xây dựng, triển khai kế hoạch giảm nghèo của địa phương; rà soát hộ nghèo, hộ cận nghèo; báo cáo kết quả về tỉnh.",
        "People's Committees of the communes, wards and special zones",
        "Make and carry out their own poverty-reduction plans; review poor and near-poor households; report results to the province.",
    ),
];

const DISTRICT_ROWS: [(&str, &str, &str, &str); 7] = [
    (
        "Phòng Lao động - Thương binh và Xã hội",
        "Chủ trì, tham mưu Ủy ban nhân dân huyện triển khai Kế hoạch; hướng dẫn rà soát hộ nghèo, hộ cận nghèo; tổng hợp, báo cáo kết quả.",
        "Office of Labour, Invalids and Social Affairs",
        "Leads and advises the district People's Committee on carrying out the plan; guides the review; compiles and reports results.",
    ),
    (
        "Phòng Tài chính - Kế hoạch",
        "Tham mưu bố trí, phân bổ kinh phí và vốn đối ứng; hướng dẫn thanh toán, quyết toán.",
        "Office of Finance and Planning",
        "Advises on allocating funds and the counterpart; guides payment and settlement.",
    ),
    (
        "Phòng Nông nghiệp và Phát triển nông thôn",
        "Chủ trì hỗ trợ phát triển sản xuất, đa dạng hóa sinh kế.",
        "Office of Agriculture and Rural Development",
        "Leads support for production and diverse livelihoods.",
    ),
    (
        "Phòng Y tế, Phòng Giáo dục và Đào tạo",
        "Thực hiện chính sách bảo hiểm y tế, dinh dưỡng và hỗ trợ giáo dục cho hộ nghèo, hộ cận nghèo.",
        "Offices of Health and of Education and Training",
        "Carry out health insurance, nutrition and education support for poor and near-poor households.",
    ),
    (
        "Phòng giao dịch Ngân hàng Chính sách xã hội huyện",
        "Cho vay ưu đãi đối với hộ nghèo, hộ cận nghèo, hộ mới thoát nghèo có nhu cầu và đủ điều kiện.",
        "District office of the Vietnam Bank for Social Policies",
        "Lends at preferential rates to poor, near-poor and newly non-poor households that need it and qualify.",
    ),
    (
        "Ủy ban MTTQ Việt Nam huyện và các đoàn thể",
        "Vận động nguồn lực, Quỹ \"Vì người nghèo\"; giám sát việc thực hiện chính sách giảm nghèo.",
        "District Vietnam Fatherland Front Committee and mass organisations",
        "Raise resources and the \"For the Poor\" fund; oversee poverty-reduction policies.",
    ),
    (
        "Ủy ban nhân dân các xã, thị trấn",
        "Triển khai kế hoạch trên địa bàn; rà soát hộ nghèo, hộ cận nghèo; báo cáo kết quả về huyện.",
        "People's Committees of the communes and townships",
        "Carry out the plan locally; review poor and near-poor households; report results to the district.",
    ),
];

/// The suggested rows for a unit of `level`.
pub fn organisation_preset(level: UnitLevel, lang: Lang) -> Vec<OrgRow> {
    let economic = if level == UnitLevel::Ward {
        "Phòng Kinh tế, Hạ tầng và Đô thị"
    } else {
        "Phòng Kinh tế"
    };
    let fill = |text: &str, lang: Lang| text.replace("{unit}", level.word(lang)).replace("{economic}", economic);
    let rows: &[(&str, &str, &str, &str)] = match level {
        UnitLevel::Province => &PROVINCE_ROWS,
        UnitLevel::District => &DISTRICT_ROWS,
        UnitLevel::Commune | UnitLevel::Ward | UnitLevel::SpecialZone => &COMMUNE_ROWS,
    };
    rows.iter()
        .map(|(office_vi, tasks_vi, office_en, tasks_en)| OrgRow {
            office: fill(lang.pick(office_vi, office_en), lang),
            tasks: fill(lang.pick(tasks_vi, tasks_en), lang),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_level_has_its_own_offices() {
        let ward = organisation_preset(UnitLevel::Ward, Lang::Vi);
        assert_eq!(ward[1].office, "Phòng Kinh tế, Hạ tầng và Đô thị");
        assert_eq!(ward[2].office, "Trạm Y tế phường");
        assert!(ward[0].tasks.starts_with("Chủ trì, tham mưu Ủy ban nhân dân phường"));
        // "xã hội" stays; the commune's own word does not.
        assert!(ward.iter().all(|r| !r.office.replace("xã hội", "").contains("xã")));
        assert!(ward.iter().all(|r| !r.tasks.contains("nhân dân xã")));
        let zone = organisation_preset(UnitLevel::SpecialZone, Lang::En);
        assert_eq!(
            zone[6].office,
            "Vietnam Fatherland Front Committee of the special zone and mass organisations"
        );
        let province = organisation_preset(UnitLevel::Province, Lang::Vi);
        assert_eq!(province[0].office, "Sở Nông nghiệp và Môi trường");
        assert_eq!(province[7].office, "Ủy ban nhân dân các xã, phường, đặc khu");
        assert_eq!(
            organisation_preset(UnitLevel::District, Lang::En)[0].office,
            "Office of Labour, Invalids and Social Affairs"
        );
        for level in UnitLevel::ALL {
            for lang in [Lang::Vi, Lang::En] {
                assert!(
                    organisation_preset(level, lang)
                        .iter()
                        .all(|r| !r.office.contains('{') && !r.tasks.contains('{'))
                );
            }
        }
    }
}
