//! Each project's section as plans write it: what it does, the lead office
//! (chủ trì) and its partners (phối hợp), the money by kind and source from
//! the funding part, the expected disbursement, and the outputs as quantity
//! and unit; and the table of who does what, project by project. Every
//! project has exactly one lead office: none or two is a finding.

use funding::{FundingTable, Programme, Source, TableRow, format_amount};
use poverty_rules::Status;
use vn_format::{format_percent, parse_number};

use crate::document::{Align, Column, Table};
use crate::form::ProjectPlan;
use crate::sentences::{by_kind, million};
use lang::{Lang, msg};

/// Our own one-line description of each project of the 2021–2025
/// programme (Quyết định 90/QĐ-TTg), for the officer to rewrite; `None`
/// for a code it does not know (a project the planner added, or of the
/// 2026–2035 programme, whose components are not known here).
pub fn project_starter(code: &str, lang: Lang) -> Option<&'static str> {
    let (vi, en) = match code.trim() {
        "DA1" | "DA1.TDA1" => (
            "Đầu tư xây dựng, duy tu, bảo dưỡng các công trình hạ tầng thiết yếu phục vụ sản xuất, dân sinh trên địa bàn.",
            "Build and maintain the basic infrastructure that production and daily life need.",
        ),
        "DA1.TDA2" => (
            "Hỗ trợ địa bàn nghèo thoát khỏi tình trạng nghèo, đặc biệt khó khăn theo Quyết định 880/QĐ-TTg.",
            "Help poor areas leave the poor and especially difficult lists (Quyết định 880/QĐ-TTg).",
        ),
        "DA2" => (
            "Xây dựng và nhân rộng các mô hình đa dạng hóa sinh kế, giảm nghèo cho hộ nghèo, hộ cận nghèo, hộ mới thoát nghèo.",
            "Set up and spread models that diversify livelihoods for poor, near-poor and newly non-poor households.",
        ),
        "DA3" | "DA3.TDA1" => (
            "Hỗ trợ giống, vật tư, kỹ thuật và liên kết tiêu thụ để hộ nghèo, hộ cận nghèo phát triển sản xuất nông nghiệp.",
            "Provide seed, livestock, inputs, technical help and market links so that poor and near-poor households farm better.",
        ),
        "DA3.TDA2" => (
            "Cải thiện dinh dưỡng cho trẻ em, phụ nữ mang thai và phụ nữ sau sinh thuộc hộ nghèo, hộ cận nghèo.",
            "Improve the nutrition of children and of pregnant and new mothers of poor and near-poor households.",
        ),
        "DA4" | "DA4.TDA1" => (
            "Đào tạo nghề, nâng cao kỹ năng cho người lao động thuộc hộ nghèo, hộ cận nghèo, hộ mới thoát nghèo.",
            "Train workers of poor, near-poor and newly non-poor households in trades and skills.",
        ),
        "DA4.TDA2" => (
            "Hỗ trợ người lao động thuộc hộ nghèo, hộ cận nghèo đi làm việc ở nước ngoài theo hợp đồng.",
            "Help workers of poor and near-poor households work abroad under contract.",
        ),
        "DA4.TDA3" => (
            "Tư vấn, giới thiệu việc làm và kết nối cung cầu lao động để người lao động có việc làm bền vững.",
            "Advise on and find jobs, and match workers with employers, for lasting work.",
        ),
        "DA5" => (
            "Hỗ trợ xây mới, sửa chữa nhà ở cho hộ nghèo, hộ cận nghèo có khó khăn về nhà ở.",
            "Help poor and near-poor households build or repair their homes.",
        ),
        "DA6" | "DA6.TDA1" => (
            "Hỗ trợ phương tiện, dịch vụ thông tin để người dân vùng khó khăn tiếp cận thông tin.",
            "Provide the means and services by which people in difficult areas get information.",
        ),
        "DA6.TDA2" => (
            "Tuyên truyền về giảm nghèo đa chiều, khơi dậy ý chí tự lực vươn lên của người nghèo.",
            "Communicate on multidimensional poverty and encourage poor people to rise by their own efforts.",
        ),
        "DA7" | "DA7.TDA1" => (
            "Tập huấn, nâng cao năng lực cho cán bộ làm công tác giảm nghèo ở xã, thôn.",
            "Train the commune's and villages' poverty-reduction officers.",
        ),
        "DA7.TDA2" => (
            "Kiểm tra, giám sát, đánh giá việc thực hiện Chương trình; cập nhật cơ sở dữ liệu hộ nghèo, hộ cận nghèo.",
            "Inspect, monitor and evaluate the programme; keep the database of poor and near-poor households current.",
        ),
        _ => return None,
    };
    Some(lang.pick(vi, en))
}

/// "Thực hiện các dự án của Chương trình … (Quyết định 90/QĐ-TTg ngày
/// 18/01/2022):", before the projects' sections; the programme is the one
/// whose catalogue the funding part uses. Its basis is said to be
/// unchecked when it is not verified.
pub fn programme_citation(programme: Programme, lang: Lang) -> String {
    let name = programme.name();
    let basis = programme.basis();
    let unchecked = if basis.status == Status::Verified {
        ""
    } else {
        lang.pick(", chưa đối chiếu văn bản gốc", ", not checked against the original")
    };
    match lang {
        Lang::Vi => format!("Thực hiện các dự án của {} ({}{unchecked}):", name.vi, basis.document),
        Lang::En => format!("Projects of the {} ({}{unchecked}):", name.en, basis.document),
    }
}

/// A project's plan with its starter text, to add to the form.
pub fn project_plan(code: &str, lang: Lang) -> ProjectPlan {
    ProjectPlan {
        code: code.trim().to_owned(),
        activities: project_starter(code, lang).unwrap_or_default().to_owned(),
        ..ProjectPlan::default()
    }
}

/// What is wrong with who does what.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ProjectFinding {
    /// A funded or planned project with no lead office.
    NoLead { code: String },
    /// More than one lead office: the plan must name one.
    SeveralLeads { code: String, offices: Vec<String> },
    /// A project's plan whose code is not in the funding part's catalogue.
    NotInCatalogue { code: String },
    /// An output whose quantity does not read as a number.
    BadQuantity { code: String, quantity: String },
}

impl ProjectFinding {
    pub fn message(&self, lang: Lang) -> String {
        match self {
            ProjectFinding::NoLead { code } => msg!(lang, vi: {
                format!("{code}: chưa có cơ quan chủ trì; mỗi dự án cần đúng một cơ quan chủ trì.")
            }, en: format!("{code}: no lead office; each project needs exactly one.")),
            ProjectFinding::SeveralLeads { code, offices } => msg!(
                lang,
                "{code}: có {} cơ quan chủ trì ({}); mỗi dự án chỉ một cơ quan chủ trì, các cơ quan khác phối hợp.",
                "{code}: {} lead offices ({}); a project has one lead office, the others are partners.",
                offices.len(),
                offices.join(", ")
            ),
            ProjectFinding::NotInCatalogue { code } => msg!(
                lang,
                "{code}: không có trong danh mục dự án của phần kinh phí nên không được in.",
                "{code}: not in the funding part's catalogue of projects, so it is not printed."
            ),
            ProjectFinding::BadQuantity { code, quantity } => msg!(
                lang,
                "{code}: số lượng sản phẩm «{quantity}» không phải là số.",
                "{code}: the output quantity “{quantity}” is not a number."
            ),
        }
    }
}

fn leads(plan: &ProjectPlan) -> Vec<String> {
    offices(plan, true)
}

fn offices(plan: &ProjectPlan, lead: bool) -> Vec<String> {
    plan.offices
        .iter()
        .filter(|o| o.lead == lead && !o.office.trim().is_empty())
        .map(|o| o.office.trim().to_owned())
        .collect()
}

/// The projects the plan speaks of, in the catalogue's order: funded ones
/// and those with a plan, each with its plan when there is one.
pub fn planned<'a>(
    plans: &'a [ProjectPlan],
    funding: &'a FundingTable,
) -> impl Iterator<Item = (&'a TableRow, Option<&'a ProjectPlan>)> {
    funding.rows.iter().filter_map(move |row| {
        let plan = plans.iter().find(|p| p.code.trim() == row.code);
        (row.has_lines || plan.is_some()).then_some((row, plan))
    })
}

/// One finding per project without exactly one lead office (its own, or
/// its project's for a sub-project; a project is led through its
/// sub-projects when they are in the plan), per plan of a project not in
/// the catalogue, and per output quantity that is not a number.
pub fn check_projects(plans: &[ProjectPlan], funding: &FundingTable) -> Vec<ProjectFinding> {
    let mut out = Vec::new();
    let rows: Vec<(&TableRow, Option<&ProjectPlan>)> = planned(plans, funding).collect();
    for (i, (row, plan)) in rows.iter().enumerate() {
        let leads = plan.map(leads).unwrap_or_default();
        // The work is led where it is done: a project whose sub-projects
        // are in the plan needs no lead of its own, and a sub-project may
        // take its project's one lead.
        let has_children = rows.get(i + 1).is_some_and(|(next, _)| next.depth > row.depth);
        let inherited = rows[..i]
            .iter()
            .rev()
            .scan(row.depth, |depth, (r, p)| {
                if r.depth < *depth {
                    *depth = r.depth;
                    Some(Some(*p))
                } else {
                    Some(None)
                }
            })
            .flatten()
            .any(|p| p.is_some_and(|p| self::leads(p).len() == 1));
        match leads.len() {
            1 => {}
            0 if has_children || inherited => {}
            0 => out.push(ProjectFinding::NoLead { code: row.code.clone() }),
            _ => out.push(ProjectFinding::SeveralLeads {
                code: row.code.clone(),
                offices: leads,
            }),
        }
        for output in plan.iter().flat_map(|p| &p.outputs) {
            let quantity = output.quantity.trim();
            if !quantity.is_empty() && parse_number(quantity).is_err() {
                out.push(ProjectFinding::BadQuantity {
                    code: row.code.clone(),
                    quantity: quantity.to_owned(),
                });
            }
        }
    }
    for plan in plans {
        if !funding.rows.iter().any(|r| r.code == plan.code.trim()) {
            out.push(ProjectFinding::NotInCatalogue {
                code: plan.code.trim().to_owned(),
            });
        }
    }
    out
}

/// "Cơ quan chủ trì: Phòng Kinh tế; phối hợp: Trạm Y tế, Hội Phụ nữ xã."
/// with what is given; `None` when no office is.
pub fn offices_sentence(plan: &ProjectPlan, lang: Lang) -> Option<String> {
    let (lead, partners) = (leads(plan).join(", "), offices(plan, false).join(", "));
    let lead_word = lang.pick("Cơ quan chủ trì", "Lead office");
    let partner_word = lang.pick("phối hợp", "partners");
    match (lead.is_empty(), partners.is_empty()) {
        (true, true) => None,
        (false, true) => Some(format!("{lead_word}: {lead}.")),
        (true, false) => Some(format!(
            "{}: {partners}.",
            lang.pick("Cơ quan phối hợp", "Partner offices")
        )),
        (false, false) => Some(format!("{lead_word}: {lead}; {partner_word}: {partners}.")),
    }
}

/// "Kinh phí: 550 triệu đồng (…), gồm ngân sách trung ương 500 triệu đồng,
/// ngân sách địa phương đối ứng 50 triệu đồng." and the expected
/// disbursement when a percentage was given on the funding page.
pub fn money_sentences(row: &TableRow, lang: Lang) -> Vec<String> {
    let all = row.money.all();
    let sources: Vec<String> = Source::ALL
        .iter()
        .filter(|s| !all.amounts.get(**s).is_zero())
        .map(|s| {
            let (vi, en) = s.name();
            format!(
                "{} {}",
                vn_format::lowercase_first(lang.pick(vi, en)),
                million(all.amounts.get(*s), lang)
            )
        })
        .collect();
    let of = if sources.is_empty() {
        String::new()
    } else {
        format!("{}{}", lang.pick(", gồm ", ", of which "), sources.join(", "))
    };
    let mut out = vec![format!(
        "{}: {}{}{of}.",
        money_label(lang),
        million(all.total(), lang),
        by_kind(&row.money, lang)
    )];
    if let Some(percent) = all
        .disbursement_percent()
        .filter(|_| !all.expected_disbursement.is_zero())
    {
        out.push(format!(
            "{}: {} ({}).",
            lang.pick("Dự kiến giải ngân đến cuối năm", "Expected disbursement by year end"),
            million(all.expected_disbursement, lang),
            format_percent(percent.round_dp(2), 2)
        ));
    }
    out
}

/// "Kinh phí: 550 triệu đồng.": a project's money in one line, for the
/// editor; the print says it by kind and source (`money_sentences`).
pub fn money_total(row: &TableRow, lang: Lang) -> String {
    format!("{}: {}.", money_label(lang), million(row.money.all().total(), lang))
}

fn money_label(lang: Lang) -> &'static str {
    lang.pick("Kinh phí", "Funding")
}

/// "20 hộ được hỗ trợ bò giống": quantity, unit and what, as given;
/// outputs with none of them are left out.
fn output_items(plan: &ProjectPlan) -> Vec<String> {
    plan.outputs
        .iter()
        .map(|o| {
            [o.quantity.trim(), o.unit.trim(), o.what.trim()]
                .iter()
                .filter(|t| !t.is_empty())
                .copied()
                .collect::<Vec<_>>()
                .join(" ")
        })
        .filter(|t| !t.is_empty())
        .collect()
}

/// "Sản phẩm: 20 hộ được hỗ trợ bò giống; 1 lớp tập huấn."
pub fn outputs_sentence(plan: &ProjectPlan, lang: Lang) -> Option<String> {
    let items = output_items(plan);
    (!items.is_empty()).then(|| format!("{}: {}.", lang.pick("Sản phẩm", "Outputs"), items.join("; ")))
}

/// Who does what, project by project: lead, partners, money, expected
/// disbursement and outputs; in million đồng.
pub fn projects_table(plans: &[ProjectPlan], funding: &FundingTable, lang: Lang) -> Table {
    let spec = [
        (1, Align::Center),
        (6, Align::Left),
        (4, Align::Left),
        (4, Align::Left),
        (3, Align::Right),
        (3, Align::Right),
        (5, Align::Left),
    ];
    let rows = planned(plans, funding)
        .enumerate()
        .map(|(i, (row, plan))| {
            let all = row.money.all();
            let disbursed = if all.expected_disbursement.is_zero() {
                String::new()
            } else {
                format_amount(all.expected_disbursement)
            };
            let outputs = plan.map(|p| output_items(p).join("; ")).unwrap_or_default();
            vec![
                (i + 1).to_string(),
                format!("{} - {}", row.code, lang.pick(&row.name.vi, &row.name.en)),
                plan.map(|p| leads(p).join(", ")).unwrap_or_default(),
                plan.map(|p| offices(p, false).join(", ")).unwrap_or_default(),
                format_amount(all.total()),
                disbursed,
                outputs,
            ]
        })
        .collect();
    Table {
        caption: lang.pick("Đơn vị tính: triệu đồng", "In million đồng").to_owned(),
        columns: spec.iter().map(|&(weight, align)| Column { weight, align }).collect(),
        header: vec![
            [
                lang.pick("STT", "No."),
                lang.pick("Dự án", "Project"),
                lang.pick("Cơ quan chủ trì", "Lead office"),
                lang.pick("Cơ quan phối hợp", "Partners"),
                lang.pick("Kinh phí", "Funding"),
                lang.pick("Dự kiến giải ngân", "Expected disbursement"),
                lang.pick("Sản phẩm", "Outputs"),
            ]
            .map(str::to_owned)
            .to_vec(),
        ],
        rows,
        total: None,
    }
}

#[cfg(test)]
mod tests {
    use funding::{Amounts, Catalogue, Kind, Line, ProjectId, funding_table};
    use rust_decimal::Decimal;

    use super::*;
    use crate::form::{Output, ProjectOffice};

    /// DA3.TDA1 (id 31): 500 central + 50 local, 80% expected disbursed;
    /// DA6.TDA2 (id 62): 100 central, no percentage.
    fn funding() -> FundingTable {
        let line = |project, central: i64, local: i64, disbursement: Option<i64>| Line {
            project: ProjectId(project),
            sub_unit: None,
            kind: Kind::Recurrent,
            amounts: Amounts {
                central: Decimal::from(central),
                local_counterpart: Decimal::from(local),
                ..Amounts::default()
            },
            disbursement: disbursement.map(Decimal::from),
        };
        funding_table(
            &Catalogue::preset_2021_2025(),
            &[line(31, 500, 50, Some(80)), line(62, 100, 0, None)],
        )
    }

    fn office(name: &str, lead: bool) -> ProjectOffice {
        ProjectOffice {
            office: name.into(),
            lead,
        }
    }

    fn cows() -> ProjectPlan {
        ProjectPlan {
            code: "DA3.TDA1".into(),
            activities: "Hỗ trợ bò giống.".into(),
            offices: vec![
                office("Phòng Kinh tế", true),
                office("Hội Nông dân xã", false),
                office("Trưởng thôn", false),
            ],
            outputs: vec![
                Output {
                    quantity: "20".into(),
                    unit: "hộ".into(),
                    what: "được hỗ trợ bò giống".into(),
                },
                Output {
                    quantity: "1".into(),
                    unit: "lớp".into(),
                    what: "tập huấn kỹ thuật".into(),
                },
            ],
        }
    }

    fn row(code: &str) -> TableRow {
        funding().rows.into_iter().find(|r| r.code == code).unwrap()
    }

    #[test]
    fn a_project_has_exactly_one_lead_office() {
        let f = funding();
        let mut two = cows();
        two.offices[1].lead = true;
        let stray = ProjectPlan {
            code: "DA99".into(),
            ..ProjectPlan::default()
        };
        let findings = check_projects(&[cows(), stray], &f);
        // DA3 and DA6 are led through their sub-projects; DA6.TDA2 has none.
        assert_eq!(
            findings,
            [
                ProjectFinding::NoLead {
                    code: "DA6.TDA2".into()
                },
                ProjectFinding::NotInCatalogue { code: "DA99".into() },
            ]
        );
        // A sub-project takes its project's one lead.
        let da6 = ProjectPlan {
            code: "DA6".into(),
            offices: vec![office("Phòng Văn hóa - Xã hội", true)],
            ..ProjectPlan::default()
        };
        assert_eq!(check_projects(&[cows(), da6], &f), []);
        let findings = check_projects(&[two], &f);
        let several = ProjectFinding::SeveralLeads {
            code: "DA3.TDA1".into(),
            offices: vec!["Phòng Kinh tế".into(), "Hội Nông dân xã".into()],
        };
        assert!(findings.contains(&several));
        assert_eq!(
            several.message(Lang::Vi),
            "DA3.TDA1: có 2 cơ quan chủ trì (Phòng Kinh tế, Hội Nông dân xã); mỗi dự án chỉ một cơ quan chủ trì, các cơ quan khác phối hợp."
        );
        assert_eq!(
            several.message(Lang::En),
            "DA3.TDA1: 2 lead offices (Phòng Kinh tế, Hội Nông dân xã); a project has one lead office, the others are partners."
        );
        let none = ProjectFinding::NoLead { code: "DA6".into() };
        assert_eq!(
            none.message(Lang::Vi),
            "DA6: chưa có cơ quan chủ trì; mỗi dự án cần đúng một cơ quan chủ trì."
        );
        assert_eq!(
            none.message(Lang::En),
            "DA6: no lead office; each project needs exactly one."
        );
        let mut bad = cows();
        bad.outputs[0].quantity = "hai mươi".into();
        assert!(check_projects(&[bad], &f).contains(&ProjectFinding::BadQuantity {
            code: "DA3.TDA1".into(),
            quantity: "hai mươi".into()
        }));
    }

    #[test]
    fn the_section_says_who_what_money_and_outputs() {
        let plan = cows();
        assert_eq!(
            offices_sentence(&plan, Lang::Vi).unwrap(),
            "Cơ quan chủ trì: Phòng Kinh tế; phối hợp: Hội Nông dân xã, Trưởng thôn."
        );
        assert_eq!(
            offices_sentence(&plan, Lang::En).unwrap(),
            "Lead office: Phòng Kinh tế; partners: Hội Nông dân xã, Trưởng thôn."
        );
        assert_eq!(offices_sentence(&ProjectPlan::default(), Lang::Vi), None);
        assert_eq!(
            money_sentences(&row("DA3.TDA1"), Lang::Vi),
            [
                "Kinh phí: 550 triệu đồng, gồm ngân sách trung ương 500 triệu đồng, ngân sách địa phương đối ứng 50 triệu đồng.",
                "Dự kiến giải ngân đến cuối năm: 440 triệu đồng (80,00%).",
            ]
        );
        assert_eq!(
            money_sentences(&row("DA3.TDA1"), Lang::En),
            [
                "Funding: 550 million đồng, of which central budget 500 million đồng, local counterpart 50 million đồng.",
                "Expected disbursement by year end: 440 million đồng (80,00%).",
            ]
        );
        // No percentage typed: no disbursement is said.
        assert_eq!(money_sentences(&row("DA6.TDA2"), Lang::Vi).len(), 1);
        // The editor's one line: the total the first sentence begins with.
        assert_eq!(money_total(&row("DA3.TDA1"), Lang::Vi), "Kinh phí: 550 triệu đồng.");
        assert_eq!(money_total(&row("DA3.TDA1"), Lang::En), "Funding: 550 million đồng.");
        assert_eq!(
            outputs_sentence(&plan, Lang::Vi).unwrap(),
            "Sản phẩm: 20 hộ được hỗ trợ bò giống; 1 lớp tập huấn kỹ thuật."
        );
        assert_eq!(
            outputs_sentence(&plan, Lang::En).unwrap(),
            "Outputs: 20 hộ được hỗ trợ bò giống; 1 lớp tập huấn kỹ thuật."
        );
    }

    #[test]
    fn the_table_has_a_row_per_funded_or_planned_project() {
        let table = projects_table(&[cows()], &funding(), Lang::Vi);
        let codes: Vec<&str> = table.rows.iter().map(|r| r[1].split(' ').next().unwrap()).collect();
        assert_eq!(codes, ["DA3", "DA3.TDA1", "DA6", "DA6.TDA2"]);
        assert_eq!(
            table.rows[1][2..],
            [
                "Phòng Kinh tế",
                "Hội Nông dân xã, Trưởng thôn",
                "550",
                "440",
                "20 hộ được hỗ trợ bò giống; 1 lớp tập huấn kỹ thuật"
            ]
        );
        assert_eq!(table.rows[3][5], "", "no disbursement typed");
        assert_eq!(
            projects_table(&[cows()], &funding(), Lang::En).header[0][2],
            "Lead office"
        );
    }

    #[test]
    fn the_plan_cites_the_programme_of_its_catalogue() {
        assert_eq!(
            programme_citation(Programme::Sustainable2021To2025, Lang::Vi),
            "Thực hiện các dự án của Chương trình mục tiêu quốc gia giảm nghèo bền vững giai đoạn 2021 - 2025 (Quyết định 90/QĐ-TTg ngày 18/01/2022):"
        );
        assert_eq!(
            programme_citation(Programme::Sustainable2021To2025, Lang::En),
            "Projects of the National Target Programme for Sustainable Poverty Reduction 2021–2025 (Quyết định 90/QĐ-TTg ngày 18/01/2022):"
        );
        let merged = programme_citation(Programme::Merged2026To2035, Lang::Vi);
        assert!(merged.starts_with("Thực hiện các dự án của Chương trình mục tiêu quốc gia giai đoạn 2026 - 2035"));
        assert!(merged.contains("Nghị quyết 257/2025/QH15"));
        assert!(
            merged.ends_with(", chưa đối chiếu văn bản gốc):"),
            "not verified: {merged}"
        );
        assert!(programme_citation(Programme::Merged2026To2035, Lang::En).contains("2026–2035"));
    }

    #[test]
    fn every_project_of_the_2021_2025_programme_has_starter_text() {
        for project in Catalogue::preset_2021_2025().projects {
            for lang in [Lang::Vi, Lang::En] {
                assert!(project_starter(&project.code, lang).is_some(), "{}", project.code);
            }
        }
        assert_eq!(project_starter("DA99", Lang::Vi), None);
        assert_eq!(
            project_plan("DA5", Lang::Vi).activities,
            project_starter("DA5", Lang::Vi).unwrap()
        );
    }
}
