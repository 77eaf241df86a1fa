//! Each check's finding as a sentence, in Vietnamese and English, naming
//! the line or total and giving the right figure.

use crate::amount::{format_amount, format_rate};
use crate::catalogue::{Catalogue, ProjectId};
use crate::checks::{Issue, Place};
use crate::form::Line;
use crate::money::{Kind, Source};
use lang::{Lang, msg};

/// Inside a sentence, unlike the headings of `Kind::name`.
fn kind_words(kind: Kind, lang: Lang) -> &'static str {
    match kind {
        Kind::Investment => lang.pick("vốn đầu tư phát triển", "investment"),
        Kind::Recurrent => lang.pick("vốn sự nghiệp", "recurrent"),
    }
}

/// Inside a sentence, unlike the headings of `Source::name`.
fn source_words(source: Source, lang: Lang) -> &'static str {
    match source {
        Source::Central => lang.pick("ngân sách trung ương", "central budget"),
        Source::LocalCounterpart => lang.pick("ngân sách địa phương đối ứng", "local counterpart"),
        Source::Credit => lang.pick("vốn tín dụng chính sách", "policy credit"),
        Source::People => lang.pick("người dân đóng góp", "people's contributions"),
        Source::Other => lang.pick("nguồn khác", "other sources"),
    }
}

fn code(catalogue: &Catalogue, project: ProjectId) -> Option<&str> {
    catalogue.get(project).map(|p| p.code.as_str())
}

/// `Dòng 2 (DA1, Cải Viên, vốn đầu tư phát triển)`.
fn line_place(catalogue: &Catalogue, lines: &[Line], i: usize, lang: Lang) -> String {
    let n = i + 1;
    let Some(line) = lines.get(i) else {
        return msg!(lang, "Dòng {n}", "Line {n}");
    };
    let mut what: Vec<&str> = code(catalogue, line.project).into_iter().collect();
    what.extend(line.sub_unit.as_deref());
    what.push(kind_words(line.kind, lang));
    let what = what.join(", ");
    msg!(lang, "Dòng {n} ({what})", "Line {n} ({what})")
}

/// `Tổng của DA1 (vốn đầu tư phát triển, ngân sách trung ương)`.
fn total_place(
    catalogue: &Catalogue,
    project: Option<ProjectId>,
    kind: Option<Kind>,
    source: Option<Source>,
    lang: Lang,
) -> String {
    let total = match project {
        None => msg!(lang, "Tổng kinh phí", "The grand total"),
        Some(p) => {
            let code = code(catalogue, p).unwrap_or("?");
            msg!(lang, "Tổng của {code}", "The total of {code}")
        }
    };
    let words: Vec<&str> = kind
        .map(|k| kind_words(k, lang))
        .into_iter()
        .chain(source.map(|s| source_words(s, lang)))
        .collect();
    if words.is_empty() {
        total
    } else {
        format!("{total} ({})", words.join(", "))
    }
}

/// The finding in `lang`; `lines` are the parsed lines, to name the line
/// an issue is on.
pub fn describe(issue: &Issue, catalogue: &Catalogue, lines: &[Line], lang: Lang) -> String {
    match issue {
        Issue::TotalMismatch {
            project,
            kind,
            source,
            typed,
            sum,
            ..
        } => {
            let p = total_place(catalogue, *project, *kind, *source, lang);
            let (typed, sum) = (format_amount(*typed), format_amount(*sum));
            msg!(
                lang,
                "{p} ghi {typed} triệu đồng nhưng cộng các dòng được {sum} triệu đồng.",
                "{p} reads {typed} million đồng but its lines add up to {sum} million đồng."
            )
        }
        Issue::CounterpartMismatch {
            line,
            rule,
            central,
            typed,
            expected,
        } => {
            let p = line_place(catalogue, lines, *line, lang);
            let rounding = rule.rounding.describe(lang);
            let percent = format_rate(rule.percent);
            let (central, typed, expected) = (format_amount(*central), format_amount(*typed), format_amount(*expected));
            msg!(
                lang,
                "{p}: vốn đối ứng ngân sách địa phương ghi {typed} triệu đồng; {percent} của {central} triệu đồng ngân sách trung ương, {rounding}, là {expected} triệu đồng.",
                "{p}: the local counterpart reads {typed} million đồng; {percent} of the {central} million đồng of central budget, {rounding}, is {expected} million đồng."
            )
        }
        Issue::UnknownProject {
            place: Place::Line(i), ..
        } => {
            let p = line_place(catalogue, lines, *i, lang);
            msg!(
                lang,
                "{p}: dự án của dòng không có trong danh mục (có thể đã bị xóa); số tiền chỉ được cộng vào tổng kinh phí.",
                "{p}: its project is not in the catalogue (it may have been removed); its money counts only in the grand total."
            )
        }
        Issue::UnknownProject {
            place: Place::Total(i), ..
        } => {
            let n = i + 1;
            msg!(
                lang,
                "Tổng nhập ở ô {n}: dự án không có trong danh mục (có thể đã bị xóa) nên không kiểm tra được.",
                "Typed total {n}: its project is not in the catalogue (it may have been removed), so it cannot be checked."
            )
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::counterpart::{CounterpartRule, Rounding};
    use crate::money::Amounts;
    use rust_decimal::Decimal;

    fn d(s: &str) -> Decimal {
        s.parse().unwrap()
    }

    fn line(project: u32, sub_unit: Option<&str>, kind: Kind) -> Line {
        Line {
            project: ProjectId(project),
            sub_unit: sub_unit.map(str::to_owned),
            kind,
            amounts: Amounts::default(),
            disbursement: None,
        }
    }

    #[test]
    fn a_wrong_total_names_what_it_totals_and_the_right_sum() {
        let c = Catalogue::preset_2021_2025();
        let issue = Issue::TotalMismatch {
            row: 0,
            project: Some(ProjectId(10)),
            kind: Some(Kind::Investment),
            source: Some(Source::Central),
            typed: d("71283"),
            sum: d("71282.5"),
        };
        let (vi, en) = (describe(&issue, &c, &[], Lang::Vi), describe(&issue, &c, &[], Lang::En));
        assert_eq!(
            vi,
            "Tổng của DA1 (vốn đầu tư phát triển, ngân sách trung ương) ghi 71.283 triệu đồng nhưng cộng các dòng được 71.282,5 triệu đồng."
        );
        assert_eq!(
            en,
            "The total of DA1 (investment, central budget) reads 71.283 million đồng but its lines add up to 71.282,5 million đồng."
        );
        let grand = Issue::TotalMismatch {
            row: 0,
            project: None,
            kind: None,
            source: None,
            typed: d("84249"),
            sum: d("84250"),
        };
        assert!(describe(&grand, &c, &[], Lang::Vi).starts_with("Tổng kinh phí ghi 84.249 triệu đồng"));
    }

    #[test]
    fn a_wrong_counterpart_gives_the_rule_and_the_expected_value() {
        let c = Catalogue::preset_2021_2025();
        let issue = Issue::CounterpartMismatch {
            line: 1,
            rule: CounterpartRule {
                percent: d("10"),
                rounding: Rounding::default(),
            },
            central: d("4855"),
            typed: d("485"),
            expected: d("486"),
        };
        let lines = [
            line(10, None, Kind::Investment),
            line(20, Some("Xã Cải Viên"), Kind::Recurrent),
        ];
        let (vi, en) = (
            describe(&issue, &c, &lines, Lang::Vi),
            describe(&issue, &c, &lines, Lang::En),
        );
        assert_eq!(
            vi,
            "Dòng 2 (DA2, Xã Cải Viên, vốn sự nghiệp): vốn đối ứng ngân sách địa phương ghi 485 triệu đồng; 10% của 4.855 triệu đồng ngân sách trung ương, làm tròn đến hàng triệu đồng, phần lẻ từ 0,5 triệu đồng trở lên thì làm tròn lên, là 486 triệu đồng."
        );
        assert_eq!(
            en,
            "Line 2 (DA2, Xã Cải Viên, recurrent): the local counterpart reads 485 million đồng; 10% of the 4.855 million đồng of central budget, rounded to whole millions, a fraction of 0,5 million or more rounding up, is 486 million đồng."
        );
    }

    #[test]
    fn an_unknown_project_is_named_by_its_line() {
        let c = Catalogue::preset_2021_2025();
        let issue = Issue::UnknownProject {
            place: Place::Line(0),
            project: ProjectId(999),
        };
        let (vi, en) = (
            describe(&issue, &c, &[line(999, None, Kind::Recurrent)], Lang::Vi),
            describe(&issue, &c, &[line(999, None, Kind::Recurrent)], Lang::En),
        );
        assert!(vi.starts_with("Dòng 1 (vốn sự nghiệp): dự án của dòng không có trong danh mục"));
        assert!(en.starts_with("Line 1 (recurrent): its project"));
        let vi = describe(
            &Issue::UnknownProject {
                place: Place::Total(2),
                project: ProjectId(999),
            },
            &c,
            &[],
            Lang::Vi,
        );
        assert!(vi.starts_with("Tổng nhập ở ô 3:"));
    }
}
