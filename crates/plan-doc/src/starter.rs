//! Starter wording for a new plan: our own short, sober text for the
//! standard sections, for the officer to rewrite. Legal grounds are only
//! fill-in patterns: which documents a plan rests on is the officer's call.

use crate::form::{Header, Lines, Organisation, OutlinePart, PlanForm, Section, Signature};
use crate::org_preset::organisation_preset;
use crate::stated::{LastYearText, TargetsText};
use crate::unit_level::UnitLevel;
use lang::Lang;

fn section(lang: Lang, vi: &str, en: &str) -> Section {
    Section {
        included: true,
        text: lang.pick(vi, en).to_owned(),
    }
}

/// A new plan for a unit of `level`: the unit's word in the grounds, the
/// recipients and the offices ("HĐND phường", "Trạm Y tế phường").
pub fn starter(level: UnitLevel, lang: Lang) -> PlanForm {
    let s = |vi, en| section(lang, vi, en);
    let word = level.word(lang);
    let fill = |lines: Vec<String>| -> Vec<String> { lines.iter().map(|l| l.replace("{unit}", word)).collect() };
    PlanForm {
        header: Header {
            number: "   /KH-UBND".to_owned(),
            ..Header::default()
        },
        // The level stays read from the unit's name until the officer
        // chooses one.
        level: None,
        legal_grounds: Lines {
            included: true,
            lines: fill(match level {
                UnitLevel::Province => lang.pick(
                    vec![
                        "Căn cứ văn bản số … ngày …/…/… của … hướng dẫn thực hiện Chương trình mục tiêu quốc gia năm …".to_owned(),
                        "Căn cứ kết quả rà soát hộ nghèo, hộ cận nghèo năm … trên địa bàn {unit}".to_owned(),
                    ],
                    vec![
                        "Pursuant to document No. … of …/…/… of … guiding the national target programme in …".to_owned(),
                        "Pursuant to the results of the … review of poor and near-poor households in the {unit}".to_owned(),
                    ],
                ),
                _ => lang.pick(
                    vec![
                        "Căn cứ Kế hoạch số …/KH-UBND ngày …/…/… của Ủy ban nhân dân tỉnh … về thực hiện Chương trình giảm nghèo năm …".to_owned(),
                        "Căn cứ kết quả rà soát hộ nghèo, hộ cận nghèo năm … trên địa bàn {unit}".to_owned(),
                    ],
                    vec![
                        "Pursuant to Plan No. …/KH-UBND of …/…/… of the … Provincial People's Committee on the poverty-reduction programme in …".to_owned(),
                        "Pursuant to the results of the … review of poor and near-poor households in the {unit}".to_owned(),
                    ],
                ),
            }),
        },
        situation: s(
            "Nguyên nhân nghèo chủ yếu: thiếu đất sản xuất, thiếu vốn, thiếu lao động và việc làm ổn định.",
            "The main causes of poverty: lack of farmland, capital, labour and stable jobs.",
        ),
        purpose: s(
            "Triển khai đồng bộ, hiệu quả các chính sách giảm nghèo, bảo đảm đúng đối tượng, công khai, minh bạch.\n\nPhân công rõ trách nhiệm của từng cơ quan, đơn vị; huy động sự tham gia của cả hệ thống chính trị và người dân.",
            "Carry out poverty-reduction policies fully and well, reaching the right people openly and transparently.\n\nAssign clear responsibilities to each office; involve the whole political system and the residents.",
        ),
        objectives: s(
            "Giảm nghèo đa chiều, bao trùm, bền vững; hạn chế phát sinh nghèo và tái nghèo; nâng cao đời sống, thu nhập của người dân, nhất là hộ nghèo, hộ cận nghèo.",
            "Reduce multidimensional poverty inclusively and sustainably; limit new and returning poverty; raise the living standards and income of residents, above all poor and near-poor households.",
        ),
        dimension_targets: s(
            "100% người thuộc hộ nghèo, hộ cận nghèo được hỗ trợ tham gia bảo hiểm y tế.\n\n100% học sinh thuộc hộ nghèo, hộ cận nghèo được miễn, giảm học phí theo quy định.\n\n100% hộ nghèo, hộ cận nghèo có nhu cầu và đủ điều kiện được vay vốn tín dụng chính sách.",
            "100% of people of poor and near-poor households helped to join health insurance.\n\n100% of pupils of poor and near-poor households exempted from or given reduced tuition as prescribed.\n\n100% of poor and near-poor households that need it and qualify receive policy credit.",
        ),
        dimension_rows: Vec::new(),
        content: s(
            "Thực hiện đầy đủ, kịp thời các chính sách hỗ trợ hộ nghèo, hộ cận nghèo về y tế, giáo dục, nhà ở, tín dụng, trợ giúp pháp lý và trợ giúp xã hội.",
            "Carry out fully and on time the support for poor and near-poor households in health, education, housing, credit, legal aid and social assistance.",
        ),
        funding_summary: s(
            "Kinh phí được sử dụng đúng mục đích, thanh toán, quyết toán theo quy định.",
            "Funds are used for their purpose and settled as prescribed.",
        ),
        solutions: s(
            "Tăng cường tuyên truyền để người nghèo chủ động vươn lên thoát nghèo.\n\nLồng ghép các chương trình, dự án trên địa bàn; ưu tiên nguồn lực cho nơi có tỷ lệ hộ nghèo cao.\n\nKiểm tra, giám sát việc thực hiện; kịp thời tháo gỡ khó khăn.",
            "Strengthen communication so that poor people take the lead in escaping poverty.\n\nCombine the programmes and projects in the unit; give priority to the places with high poverty rates.\n\nInspect and oversee implementation; remove obstacles promptly.",
        ),
        organisation: Organisation {
            included: true,
            rows: organisation_preset(level, lang),
        },
        signature: Signature {
            included: true,
            authority: lang
                .pick("TM. ỦY BAN NHÂN DÂN", "ON BEHALF OF THE PEOPLE'S COMMITTEE")
                .to_owned(),
            delegated: String::new(),
            title: lang.pick("CHỦ TỊCH", "CHAIRPERSON").to_owned(),
            name: String::new(),
        },
        // Empty texts: the generated clause and closing line.
        enacting: Section {
            included: true,
            text: String::new(),
        },
        closing: Section {
            included: true,
            text: String::new(),
        },
        outline: Vec::new(),
        projects: Vec::new(),
        targets: TargetsText::default(),
        last_year: LastYearText::default(),
        recipients: Lines {
            included: true,
            lines: fill(match level {
                UnitLevel::Province => lang.pick(
                    vec![
                        "Bộ Nông nghiệp và Môi trường",
                        "Thường trực Tỉnh ủy, HĐND tỉnh",
                        "Chủ tịch, các Phó Chủ tịch UBND tỉnh",
                        "Các cơ quan, đơn vị có tên tại mục tổ chức thực hiện",
                        "Lưu: VT",
                    ],
                    vec![
                        "Ministry of Agriculture and Environment",
                        "Standing committees of the provincial Party Committee and People's Council",
                        "Chairperson and vice-chairpersons of the provincial People's Committee",
                        "The offices named under organisation",
                        "Archive: VT",
                    ],
                ),
                UnitLevel::District => lang.pick(
                    vec![
                        "UBND tỉnh",
                        "Thường trực Huyện ủy, HĐND huyện",
                        "Chủ tịch, các Phó Chủ tịch UBND huyện",
                        "Các cơ quan, đơn vị có tên tại mục tổ chức thực hiện",
                        "Lưu: VT, LĐTBXH",
                    ],
                    vec![
                        "Provincial People's Committee",
                        "Standing committees of the district Party Committee and People's Council",
                        "Chairperson and vice-chairpersons of the district People's Committee",
                        "The offices named under organisation",
                        "Archive: VT, LĐTBXH",
                    ],
                ),
                _ => lang.pick(
                    vec![
                        "UBND tỉnh",
                        "Thường trực Đảng ủy, HĐND {unit}",
                        "Chủ tịch, các Phó Chủ tịch UBND {unit}",
                        "Các cơ quan, đơn vị có tên tại mục tổ chức thực hiện",
                        "Lưu: VT, VHXH",
                    ],
                    vec![
                        "Provincial People's Committee",
                        "Standing committees of the {unit} Party Committee and People's Council",
                        "Chairperson and vice-chairpersons of the {unit} People's Committee",
                        "The offices named under organisation",
                        "Archive: VT, VHXH",
                    ],
                ),
            }
            .into_iter()
            .map(str::to_owned)
            .collect()),
        },
        target_annex: Section {
            included: true,
            text: String::new(),
        },
        funding_annex: Section {
            included: true,
            text: String::new(),
        },
    }
}

/// Parts many plans add to the standard ones.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UsualPart {
    /// Kết quả thực hiện năm trước và đánh giá.
    Results,
    /// Bối cảnh: the year's advantages and difficulties.
    Context,
    /// Quan điểm.
    Viewpoint,
}

impl UsualPart {
    pub const ALL: [UsualPart; 3] = [UsualPart::Results, UsualPart::Context, UsualPart::Viewpoint];
}

/// A usual part with our own starter wording, for the officer to add to
/// the outline and rewrite. "# " starts a numbered sub-heading.
pub fn usual_part(part: UsualPart, lang: Lang) -> OutlinePart {
    let (title, text) = match part {
        UsualPart::Results => lang.pick(
            (
                "KẾT QUẢ THỰC HIỆN NĂM TRƯỚC VÀ ĐÁNH GIÁ",
                "# Kết quả đạt được\n\nKết quả thực hiện các chỉ tiêu, chính sách và dự án giảm nghèo năm trước so với kế hoạch.\n\n# Tồn tại, hạn chế và nguyên nhân\n\nNhững chỉ tiêu, nhiệm vụ chưa đạt và nguyên nhân chủ quan, khách quan.\n\n# Bài học kinh nghiệm",
            ),
            (
                "LAST YEAR'S RESULTS AND ASSESSMENT",
                "# Results\n\nLast year's targets, policies and projects against the plan.\n\n# Shortcomings and their causes\n\nWhat was not achieved, and why.\n\n# Lessons learnt",
            ),
        ),
        UsualPart::Context => lang.pick(
            (
                "BỐI CẢNH",
                "Những thuận lợi, khó khăn của địa phương trong năm kế hoạch: điều kiện tự nhiên, kinh tế - xã hội, nguồn lực và các chương trình cùng thực hiện trên địa bàn.",
            ),
            (
                "CONTEXT",
                "The unit's advantages and difficulties in the plan's year: natural conditions, economy and society, resources, and the programmes carried out alongside.",
            ),
        ),
        UsualPart::Viewpoint => lang.pick(
            (
                "QUAN ĐIỂM",
                "Giảm nghèo là nhiệm vụ của cả hệ thống chính trị và toàn xã hội; người dân, hộ nghèo là chủ thể.\n\nƯu tiên nguồn lực cho địa bàn và đối tượng khó khăn nhất; lồng ghép với các chương trình khác trên địa bàn.",
            ),
            (
                "VIEWPOINT",
                "Poverty reduction is the task of the whole political system and society; residents and poor households lead it.\n\nResources go first to the hardest-hit places and people, combined with the other programmes in the unit.",
            ),
        ),
    };
    OutlinePart::Custom {
        included: true,
        title: title.to_owned(),
        text: text.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_starter_speaks_of_its_own_level() {
        let ward = starter(UnitLevel::Ward, Lang::Vi);
        assert_eq!(
            ward.legal_grounds.lines[1],
            "Căn cứ kết quả rà soát hộ nghèo, hộ cận nghèo năm … trên địa bàn phường"
        );
        assert_eq!(ward.recipients.lines[1], "Thường trực Đảng ủy, HĐND phường");
        assert_eq!(ward.organisation.rows[2].office, "Trạm Y tế phường");
        let province = starter(UnitLevel::Province, Lang::Vi);
        assert_eq!(province.recipients.lines[0], "Bộ Nông nghiệp và Môi trường");
        assert_eq!(province.organisation.rows[0].office, "Sở Nông nghiệp và Môi trường");
        let zone = starter(UnitLevel::SpecialZone, Lang::En);
        assert_eq!(
            zone.recipients.lines[2],
            "Chairperson and vice-chairpersons of the special zone People's Committee"
        );
        for level in UnitLevel::ALL {
            for lang in [Lang::Vi, Lang::En] {
                let form = starter(level, lang);
                assert!(
                    form.legal_grounds
                        .lines
                        .iter()
                        .chain(&form.recipients.lines)
                        .all(|l| !l.contains('{'))
                );
            }
        }
    }
}
