//! Sentences generated from the numbers, in both languages. Numbers are
//! printed the Vietnamese way in both (`2.000`, `3,60%`), as on every page
//! of the site; rates are over all households of the unit.

use funding::{FundingTable, Kind, KindSplit, Source, format_amount};
use planning::{Converted, TargetForm, from_households, from_points, rate_percent, to_reach_poor_rate};
use rust_decimal::Decimal;
use vn_format::{format_integer, format_percent};

use crate::numbers::{Amount, Figures, PlanNumbers};
use lang::Lang;

pub(crate) fn count(n: u64) -> String {
    format_integer(Decimal::from(n))
}

/// `3,60%`, or `…` when there is no base.
pub(crate) fn rate(n: u64, base: u64) -> String {
    rate_percent(n, base).map_or_else(|| "…".to_owned(), |r| format_percent(r, 2))
}

pub(crate) fn points(p: Decimal) -> String {
    vn_format::format_decimal(p, 2)
}

/// "Toàn phường có 2.000 hộ, trong đó 72 hộ nghèo (tỷ lệ 3,60%) và 42 hộ
/// cận nghèo (tỷ lệ 2,10%)." with only the figures given, and, when there
/// are poor households, their make-up.
pub fn situation(numbers: &PlanNumbers, lang: Lang) -> Vec<String> {
    let f = numbers.figures();
    let unit = numbers.level.word(lang);
    let base = f.households.filter(|n| *n > 0);
    let groups: Vec<String> = [
        (f.poor, lang.pick("hộ nghèo", "poor")),
        (f.near_poor, lang.pick("hộ cận nghèo", "near-poor")),
    ]
    .iter()
    .filter_map(|(n, what)| {
        n.map(|n| match base {
            Some(base) => format!("{} {what} ({} {})", count(n), lang.pick("tỷ lệ", "rate"), rate(n, base)),
            None => format!("{} {what}", count(n)),
        })
    })
    .collect();
    let and = lang.pick(" và ", " and ");
    let first = match (base, groups.is_empty()) {
        (Some(base), true) => match lang {
            Lang::Vi => format!("Toàn {unit} có {} hộ.", count(base)),
            Lang::En => format!("The {unit} has {} households.", count(base)),
        },
        (Some(base), false) => match lang {
            Lang::Vi => format!(
                "Toàn {unit} có {} hộ, trong đó {}.",
                count(base),
                join_last(&groups, and)
            ),
            Lang::En => format!(
                "The {unit} has {} households, of which {}.",
                count(base),
                join_last(&groups, and)
            ),
        },
        (None, true) => match lang {
            Lang::Vi => format!("Chưa có số hộ dân cư của {unit} nên chưa tính được tỷ lệ."),
            Lang::En => format!("The {unit}'s number of households is not entered yet, so no rate is computed."),
        },
        (None, false) => match lang {
            Lang::Vi => format!(
                "Toàn {unit} có {}; chưa có số hộ dân cư nên chưa tính được tỷ lệ.",
                join_last(&groups, and)
            ),
            Lang::En => format!(
                "The {unit} has {} households; its number of households is not entered yet, so no rate is computed.",
                join_last(&groups, and)
            ),
        },
    };
    let mut out = vec![first];
    let parts: Vec<String> = [
        (
            f.ethnic_minority_poor,
            lang.pick("hộ dân tộc thiểu số", "ethnic-minority"),
        ),
        (
            f.social_protection_poor,
            lang.pick("hộ thuộc diện bảo trợ xã hội", "under social protection"),
        ),
        (
            f.poor_able_to_escape,
            lang.pick("hộ có khả năng thoát nghèo", "able to escape poverty"),
        ),
    ]
    .iter()
    .filter_map(|(n, what)| n.filter(|n| *n > 0).map(|n| (n, what)))
    .map(|(n, what)| match base {
        Some(base) => format!("{} {what} ({})", count(n), rate(n, base)),
        None => format!("{} {what}", count(n)),
    })
    .collect();
    if f.poor.is_some_and(|p| p > 0) && !parts.is_empty() {
        let list = join_last(&parts, and);
        out.push(match lang {
            Lang::Vi => format!("Trong số hộ nghèo có {list}."),
            Lang::En => format!("Of the poor households, {list}."),
        });
    }
    out
}

pub(crate) fn join_last(parts: &[String], last: &str) -> String {
    match parts.split_last() {
        Some((tail, [])) => tail.clone(),
        Some((tail, head)) => format!("{}{last}{tail}", head.join(", ")),
        None => String::new(),
    }
}

/// Whether the columns a form's rate is made of are given.
pub(crate) fn form_known(form: TargetForm, f: &Figures) -> bool {
    match form {
        TargetForm::Poor => f.households.is_some() && f.poor.is_some(),
        TargetForm::NearPoor => f.households.is_some() && f.near_poor.is_some(),
        TargetForm::PoorAndNearPoor => f.households.is_some() && f.poor.is_some() && f.near_poor.is_some(),
        TargetForm::EthnicMinorityPoor => f.ethnic_minority.is_some() && f.ethnic_minority_poor.is_some(),
    }
}

/// A target in both units, when its figures are given and it fits them
/// (no base, or more households than the group, gives `None`).
fn convert(form: TargetForm, amount: Amount, f: &Figures) -> Option<Converted> {
    if !form_known(form, f) {
        return None;
    }
    match amount {
        Amount::Households(n) => from_households(form, n, &f.counts()),
        Amount::Points(p) => from_points(form, p, &f.counts()),
    }
}

/// (the group, the rate's name) as the sentences say them.
pub(crate) fn words(form: TargetForm, lang: Lang) -> (&'static str, &'static str) {
    match form {
        TargetForm::Poor => lang.pick(("hộ nghèo", "tỷ lệ hộ nghèo"), ("poor households", "the poor rate")),
        TargetForm::NearPoor => lang.pick(
            ("hộ cận nghèo", "tỷ lệ hộ cận nghèo"),
            ("near-poor households", "the near-poor rate"),
        ),
        TargetForm::PoorAndNearPoor => lang.pick(
            (
                "hộ nghèo và hộ cận nghèo",
                "tỷ lệ hộ nghèo đa chiều (gồm cả hộ nghèo và hộ cận nghèo)",
            ),
            (
                "poor and near-poor households",
                "the multidimensional poverty rate (poor and near-poor together)",
            ),
        ),
        TargetForm::EthnicMinorityPoor => lang.pick(
            ("hộ nghèo dân tộc thiểu số", "tỷ lệ hộ nghèo dân tộc thiểu số"),
            ("ethnic-minority poor households", "the ethnic-minority poor rate"),
        ),
    }
}

/// The split of a combined target: in households and in points, when the
/// poor and near-poor targets are both set and fit the figures.
struct Split {
    households: String,
    points: String,
}

fn split(numbers: &PlanNumbers, f: &Figures, lang: Lang) -> Option<Split> {
    let poor = convert(TargetForm::Poor, numbers.poor_target()?, f)?;
    let near = convert(TargetForm::NearPoor, numbers.targets.near_poor?, f)?;
    Some(match lang {
        Lang::Vi => Split {
            households: format!(
                " (giảm {} hộ nghèo, {} hộ cận nghèo)",
                count(poor.households),
                count(near.households)
            ),
            points: format!(" ({}% HN, {}% CN)", points(poor.points), points(near.points)),
        },
        Lang::En => Split {
            households: format!(
                " ({} poor, {} near-poor)",
                count(poor.households),
                count(near.households)
            ),
            points: format!(" (poor {}, near-poor {})", points(poor.points), points(near.points)),
        },
    })
}

/// One target sentence, in the unit the plan states it first. Without the
/// figures to convert it, only what the plan states is said.
fn target(form: TargetForm, amount: Amount, f: &Figures, split: Option<&Split>, lang: Lang) -> String {
    let (group, rate_name) = words(form, lang);
    let (sh, sp) = split.map_or(("", ""), |s| (s.households.as_str(), s.points.as_str()));
    let mut text = match (amount, convert(form, amount, f)) {
        (Amount::Households(n), Some(c)) => match lang {
            Lang::Vi => format!(
                "Giảm {} {group}{sh}, tương đương {} điểm phần trăm{sp}, {rate_name} cuối năm còn {} ({} hộ).",
                count(n),
                points(c.points),
                format_percent(c.end_rate, 2),
                count(end(form, f, n))
            ),
            Lang::En => format!(
                "Reduce {group} by {}{sh}, i.e. {} percentage points{sp}, bringing {rate_name} at year end to {} ({} households).",
                count(n),
                points(c.points),
                format_percent(c.end_rate, 2),
                count(end(form, f, n))
            ),
        },
        (Amount::Points(p), Some(c)) => match lang {
            Lang::Vi => format!(
                "Giảm {rate_name} {} điểm phần trăm{sp}, tương đương {} hộ{sh}, cuối năm còn {} ({} hộ).",
                points(p),
                count(c.households),
                format_percent(c.end_rate, 2),
                count(end(form, f, c.households))
            ),
            Lang::En => format!(
                "Reduce {rate_name} by {} percentage points{sp}, i.e. {} households{sh}, bringing it at year end to {} ({} households).",
                points(p),
                count(c.households),
                format_percent(c.end_rate, 2),
                count(end(form, f, c.households))
            ),
        },
        (Amount::Households(n), None) => match lang {
            Lang::Vi => format!("Giảm {} {group}{sh}.", count(n)),
            Lang::En => format!("Reduce {group} by {}{sh}.", count(n)),
        },
        (Amount::Points(p), None) => match lang {
            Lang::Vi => format!("Giảm {rate_name} {} điểm phần trăm{sp}.", points(p)),
            Lang::En => format!("Reduce {rate_name} by {} percentage points{sp}.", points(p)),
        },
    };
    if form == TargetForm::EthnicMinorityPoor {
        text.push_str(lang.pick(
            " Tỷ lệ tính trên tổng số hộ dân tộc thiểu số.",
            " The rate is over ethnic-minority households.",
        ));
    }
    text
}

/// The group's households left at year end (a converted target never
/// exceeds the group).
fn end(form: TargetForm, f: &Figures, reduction: u64) -> u64 {
    form.group_and_base(&f.counts()).0.saturating_sub(reduction)
}

/// The targets, one sentence per form the plan states, in the order plans
/// give them: poor, near-poor, both together with their split, the rate to
/// reach, ethnic-minority poor. Empty when the plan states none.
pub fn targets(numbers: &PlanNumbers, lang: Lang) -> Vec<String> {
    let f = numbers.figures();
    let t = &numbers.targets;
    let mut out = Vec::new();
    if let Some(amount) = numbers.poor_target() {
        out.push(target(TargetForm::Poor, amount, &f, None, lang));
    }
    if let Some(amount) = t.near_poor {
        out.push(target(TargetForm::NearPoor, amount, &f, None, lang));
    }
    if let Some(amount) = t.poor_and_near_poor {
        let split = split(numbers, &f, lang);
        out.push(target(TargetForm::PoorAndNearPoor, amount, &f, split.as_ref(), lang));
    }
    if let Some(goal) = t.poor_rate_goal {
        let reach = form_known(TargetForm::Poor, &f)
            .then(|| to_reach_poor_rate(goal, &f.counts()))
            .flatten();
        let goal = format_percent(goal, 2);
        out.push(match (lang, reach) {
            (Lang::Vi, Some(c)) => format!(
                "Đưa tỷ lệ hộ nghèo xuống còn {goal} (giảm {} hộ nghèo, tương đương {} điểm phần trăm).",
                count(c.households),
                points(c.points)
            ),
            (Lang::En, Some(c)) => format!(
                "Bring the poor rate down to {goal} ({} poor households fewer, i.e. {} percentage points).",
                count(c.households),
                points(c.points)
            ),
            (Lang::Vi, None) => format!("Đưa tỷ lệ hộ nghèo xuống còn {goal}."),
            (Lang::En, None) => format!("Bring the poor rate down to {goal}."),
        });
    }
    if let Some(amount) = t.ethnic_minority_poor {
        out.push(target(TargetForm::EthnicMinorityPoor, amount, &f, None, lang));
    }
    out
}

/// Two targets of the plan that do not agree, in both languages.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TargetFinding {
    pub vi: String,
    pub en: String,
}

/// Where the plan's targets contradict each other, as real plans do: the
/// poor and near-poor target together against its two parts, and the rate
/// to reach against the poor target. Only targets the figures convert are
/// compared; each form's own arithmetic is `planning`'s.
pub fn check_targets(numbers: &PlanNumbers) -> Vec<TargetFinding> {
    let f = numbers.figures();
    let t = &numbers.targets;
    let poor = numbers.poor_target().and_then(|a| convert(TargetForm::Poor, a, &f));
    let near = t.near_poor.and_then(|a| convert(TargetForm::NearPoor, a, &f));
    let both = t
        .poor_and_near_poor
        .and_then(|a| convert(TargetForm::PoorAndNearPoor, a, &f));
    let mut out = Vec::new();
    if let (Some(poor), Some(near), Some(both)) = (poor, near, both) {
        let parts = poor.households.saturating_add(near.households);
        if parts != both.households {
            out.push(TargetFinding {
                vi: format!(
                    "Chỉ tiêu giảm hộ nghèo và hộ cận nghèo là {} hộ, nhưng chỉ tiêu hộ nghèo ({} hộ) cộng chỉ tiêu hộ cận nghèo ({} hộ) là {} hộ.",
                    count(both.households),
                    count(poor.households),
                    count(near.households),
                    count(parts)
                ),
                en: format!(
                    "The poor and near-poor target is {} households, but the poor target ({}) and the near-poor target ({}) add up to {}.",
                    count(both.households),
                    count(poor.households),
                    count(near.households),
                    count(parts)
                ),
            });
        }
    }
    let reach = t
        .poor_rate_goal
        .filter(|_| form_known(TargetForm::Poor, &f))
        .and_then(|goal| to_reach_poor_rate(goal, &f.counts()).map(|c| (goal, c)));
    if let (Some(poor), Some((goal, reach))) = (poor, reach)
        && poor.households < reach.households
    {
        let goal = format_percent(goal, 2);
        out.push(TargetFinding {
            vi: format!(
                "Để đưa tỷ lệ hộ nghèo xuống còn {goal} cần giảm {} hộ nghèo, nhiều hơn chỉ tiêu giảm {} hộ nghèo.",
                count(reach.households),
                count(poor.households)
            ),
            en: format!(
                "Bringing the poor rate down to {goal} needs {} fewer poor households, more than the target of {}.",
                count(reach.households),
                count(poor.households)
            ),
        });
    }
    out
}

pub(crate) fn million(amount: Decimal, lang: Lang) -> String {
    format!("{} {}", format_amount(amount), lang.pick("triệu đồng", "million đồng"))
}

/// "… (vốn đầu tư phát triển 300 triệu đồng, vốn sự nghiệp 200 triệu đồng)":
/// the kinds with money, or nothing when there is only one.
pub(crate) fn by_kind(money: &KindSplit, lang: Lang) -> String {
    let kinds: Vec<String> = Kind::ALL
        .iter()
        .filter(|k| !money.get(**k).total().is_zero())
        .map(|k| {
            let (vi, en) = k.name();
            format!(
                "{} {}",
                vn_format::lowercase_first(lang.pick(vi, en)),
                million(money.get(*k).total(), lang)
            )
        })
        .collect();
    if kinds.len() < 2 {
        return String::new();
    }
    format!(" ({})", kinds.join(", "))
}

/// The funding summary: the total by kind, by source, then one line per
/// funded project (sub-projects are in the content section).
pub fn funding_summary(table: &FundingTable, year: i32, lang: Lang) -> Vec<String> {
    let total = table.total.all().total();
    if total.is_zero() {
        return vec![
            lang.pick("Chưa có kinh phí nào được lập.", "No funding has been entered.")
                .to_owned(),
        ];
    }
    let mut out = vec![match lang {
        Lang::Vi => format!(
            "Tổng kinh phí thực hiện Kế hoạch năm {year} là {}{}.",
            million(total, lang),
            by_kind(&table.total, lang)
        ),
        Lang::En => format!(
            "The plan's total funding for {year} is {}{}.",
            million(total, lang),
            by_kind(&table.total, lang)
        ),
    }];
    let sources: Vec<String> = Source::ALL
        .iter()
        .map(|s| (s, table.total.all().amounts.get(*s)))
        .filter(|(_, amount)| !amount.is_zero())
        .map(|(s, amount)| {
            let (vi, en) = s.name();
            format!(
                "{} {}",
                vn_format::lowercase_first(lang.pick(vi, en)),
                million(amount, lang)
            )
        })
        .collect();
    out.push(format!(
        "{}{}.",
        lang.pick("Theo nguồn vốn: ", "By source: "),
        sources.join("; ")
    ));
    for row in table.rows.iter().filter(|r| r.depth == 0 && r.has_lines) {
        out.push(format!(
            "{} - {}: {}.",
            row.code,
            lang.pick(&row.name.vi, &row.name.en),
            million(row.money.all().total(), lang)
        ));
    }
    let unassigned = table.unassigned.all().total();
    if !unassigned.is_zero() {
        out.push(format!(
            "{}{}.",
            lang.pick(
                "Kinh phí của dự án không còn trong danh mục: ",
                "Funding of projects no longer in the catalogue: "
            ),
            million(unassigned, lang)
        ));
    }
    out
}

#[cfg(test)]
mod tests {
    use funding::FundingTable;
    use planning::Counts;

    use super::*;
    use crate::numbers::{TargetRow, Targets, UnitLevel};

    /// 2.000 households (600 ethnic-minority), 72 poor, 42 near-poor, 30
    /// ethnic-minority poor, as `planning`'s target-form tests.
    fn unit(level: UnitLevel, targets: Targets) -> PlanNumbers {
        PlanNumbers {
            level,
            year: 2027,
            rows: vec![TargetRow {
                name: "A".into(),
                figures: Figures::known(Counts {
                    households: 2_000,
                    ethnic_minority: 600,
                    poor: 72,
                    near_poor: 42,
                    ethnic_minority_poor: 30,
                    social_protection_poor: 0,
                    poor_able_to_escape: 0,
                }),
                poor_reduction: None,
            }],
            targets,
            funding: FundingTable::default(),
            programme: funding::Programme::default(),
            last_year: None,
        }
    }

    fn dec(text: &str) -> Decimal {
        text.parse().unwrap()
    }

    #[test]
    fn the_situation_names_every_level() {
        let expected = [
            (UnitLevel::Commune, "Toàn xã có", "The commune has"),
            (UnitLevel::Ward, "Toàn phường có", "The ward has"),
            (UnitLevel::SpecialZone, "Toàn đặc khu có", "The special zone has"),
            (UnitLevel::Province, "Toàn tỉnh có", "The province has"),
            (UnitLevel::District, "Toàn huyện có", "The district has"),
        ];
        for (level, vi, en) in expected {
            let n = unit(level, Targets::default());
            assert_eq!(
                situation(&n, Lang::Vi)[0],
                format!("{vi} 2.000 hộ, trong đó 72 hộ nghèo (tỷ lệ 3,60%) và 42 hộ cận nghèo (tỷ lệ 2,10%).")
            );
            assert_eq!(
                situation(&n, Lang::En)[0],
                format!("{en} 2.000 households, of which 72 poor (rate 3,60%) and 42 near-poor (rate 2,10%).")
            );
        }
        let ward = unit(UnitLevel::Ward, Targets::default());
        assert!(situation(&ward, Lang::Vi).iter().all(|s| !s.contains("xã")));
    }

    #[test]
    fn a_figure_not_given_is_left_out_never_zero() {
        let mut n = unit(UnitLevel::Ward, Targets::default());
        n.rows[0].figures.near_poor = None;
        assert_eq!(
            situation(&n, Lang::Vi)[0],
            "Toàn phường có 2.000 hộ, trong đó 72 hộ nghèo (tỷ lệ 3,60%)."
        );
        assert_eq!(
            situation(&n, Lang::En)[0],
            "The ward has 2.000 households, of which 72 poor (rate 3,60%)."
        );
        n.rows[0].figures.poor = None;
        assert_eq!(situation(&n, Lang::Vi), ["Toàn phường có 2.000 hộ."]);
        assert_eq!(situation(&n, Lang::En), ["The ward has 2.000 households."]);
        // No target given: none is said ("Giảm 0 hộ nghèo" before).
        assert!(targets(&n, Lang::Vi).is_empty() && targets(&n, Lang::En).is_empty());
        let mut counts_only = unit(UnitLevel::Province, Targets::default());
        counts_only.rows[0].figures.households = None;
        assert_eq!(
            situation(&counts_only, Lang::Vi),
            [
                "Toàn tỉnh có 72 hộ nghèo và 42 hộ cận nghèo; chưa có số hộ dân cư nên chưa tính được tỷ lệ.",
                "Trong số hộ nghèo có 30 hộ dân tộc thiểu số.",
            ]
        );
        assert_eq!(
            situation(&counts_only, Lang::En),
            [
                "The province has 72 poor and 42 near-poor households; its number of households is not entered yet, so no rate is computed.",
                "Of the poor households, 30 ethnic-minority.",
            ]
        );
    }

    #[test]
    fn the_make_up_of_the_poor_lists_groups_given() {
        let mut n = unit(UnitLevel::SpecialZone, Targets::default());
        n.rows[0].figures.social_protection_poor = Some(10);
        assert_eq!(
            situation(&n, Lang::Vi)[1],
            "Trong số hộ nghèo có 30 hộ dân tộc thiểu số (1,50%) và 10 hộ thuộc diện bảo trợ xã hội (0,50%)."
        );
        assert_eq!(
            situation(&n, Lang::En)[1],
            "Of the poor households, 30 ethnic-minority (1,50%) and 10 under social protection (0,50%)."
        );
    }

    #[test]
    fn poor_and_near_poor_in_households_and_in_points() {
        let households = Targets {
            poor: Some(Amount::Households(20)),
            near_poor: Some(Amount::Households(10)),
            ..Targets::default()
        };
        let n = unit(UnitLevel::Commune, households);
        assert_eq!(
            targets(&n, Lang::Vi),
            [
                "Giảm 20 hộ nghèo, tương đương 1,00 điểm phần trăm, tỷ lệ hộ nghèo cuối năm còn 2,60% (52 hộ).",
                "Giảm 10 hộ cận nghèo, tương đương 0,50 điểm phần trăm, tỷ lệ hộ cận nghèo cuối năm còn 1,60% (32 hộ).",
            ]
        );
        assert_eq!(
            targets(&n, Lang::En),
            [
                "Reduce poor households by 20, i.e. 1,00 percentage points, bringing the poor rate at year end to 2,60% (52 households).",
                "Reduce near-poor households by 10, i.e. 0,50 percentage points, bringing the near-poor rate at year end to 1,60% (32 households).",
            ]
        );
        let points = Targets {
            poor: Some(Amount::Points(dec("1"))),
            near_poor: Some(Amount::Points(dec("0.5"))),
            ..Targets::default()
        };
        let n = unit(UnitLevel::Ward, points);
        assert_eq!(
            targets(&n, Lang::Vi),
            [
                "Giảm tỷ lệ hộ nghèo 1,00 điểm phần trăm, tương đương 20 hộ, cuối năm còn 2,60% (52 hộ).",
                "Giảm tỷ lệ hộ cận nghèo 0,50 điểm phần trăm, tương đương 10 hộ, cuối năm còn 1,60% (32 hộ).",
            ]
        );
        assert_eq!(
            targets(&n, Lang::En),
            [
                "Reduce the poor rate by 1,00 percentage points, i.e. 20 households, bringing it at year end to 2,60% (52 households).",
                "Reduce the near-poor rate by 0,50 percentage points, i.e. 10 households, bringing it at year end to 1,60% (32 households).",
            ]
        );
    }

    #[test]
    fn both_together_with_their_split() {
        let t = Targets {
            poor: Some(Amount::Households(20)),
            near_poor: Some(Amount::Points(dec("0.5"))),
            poor_and_near_poor: Some(Amount::Points(dec("1.5"))),
            ..Targets::default()
        };
        let n = unit(UnitLevel::Province, t.clone());
        assert_eq!(
            targets(&n, Lang::Vi)[2],
            "Giảm tỷ lệ hộ nghèo đa chiều (gồm cả hộ nghèo và hộ cận nghèo) 1,50 điểm phần trăm (1,00% HN, 0,50% CN), tương đương 30 hộ (giảm 20 hộ nghèo, 10 hộ cận nghèo), cuối năm còn 4,20% (84 hộ)."
        );
        assert_eq!(
            targets(&n, Lang::En)[2],
            "Reduce the multidimensional poverty rate (poor and near-poor together) by 1,50 percentage points (poor 1,00, near-poor 0,50), i.e. 30 households (20 poor, 10 near-poor), bringing it at year end to 4,20% (84 households)."
        );
        let households = Targets {
            poor_and_near_poor: Some(Amount::Households(30)),
            ..t
        };
        let n = unit(UnitLevel::District, households);
        assert_eq!(
            targets(&n, Lang::Vi)[2],
            "Giảm 30 hộ nghèo và hộ cận nghèo (giảm 20 hộ nghèo, 10 hộ cận nghèo), tương đương 1,50 điểm phần trăm (1,00% HN, 0,50% CN), tỷ lệ hộ nghèo đa chiều (gồm cả hộ nghèo và hộ cận nghèo) cuối năm còn 4,20% (84 hộ)."
        );
        assert_eq!(
            targets(&n, Lang::En)[2],
            "Reduce poor and near-poor households by 30 (20 poor, 10 near-poor), i.e. 1,50 percentage points (poor 1,00, near-poor 0,50), bringing the multidimensional poverty rate (poor and near-poor together) at year end to 4,20% (84 households)."
        );
        // Alone, without the poor and near-poor targets: no split.
        let alone = Targets {
            poor_and_near_poor: Some(Amount::Households(30)),
            ..Targets::default()
        };
        let n = unit(UnitLevel::SpecialZone, alone);
        assert_eq!(
            targets(&n, Lang::Vi),
            [
                "Giảm 30 hộ nghèo và hộ cận nghèo, tương đương 1,50 điểm phần trăm, tỷ lệ hộ nghèo đa chiều (gồm cả hộ nghèo và hộ cận nghèo) cuối năm còn 4,20% (84 hộ)."
            ]
        );
    }

    #[test]
    fn the_rate_to_reach_and_the_ethnic_minority_rate() {
        let t = Targets {
            poor_rate_goal: Some(dec("2.5")),
            ethnic_minority_poor: Some(Amount::Points(dec("3"))),
            ..Targets::default()
        };
        let n = unit(UnitLevel::Commune, t);
        assert_eq!(
            targets(&n, Lang::Vi),
            [
                "Đưa tỷ lệ hộ nghèo xuống còn 2,50% (giảm 22 hộ nghèo, tương đương 1,10 điểm phần trăm).",
                "Giảm tỷ lệ hộ nghèo dân tộc thiểu số 3,00 điểm phần trăm, tương đương 18 hộ, cuối năm còn 2,00% (12 hộ). Tỷ lệ tính trên tổng số hộ dân tộc thiểu số.",
            ]
        );
        assert_eq!(
            targets(&n, Lang::En),
            [
                "Bring the poor rate down to 2,50% (22 poor households fewer, i.e. 1,10 percentage points).",
                "Reduce the ethnic-minority poor rate by 3,00 percentage points, i.e. 18 households, bringing it at year end to 2,00% (12 households). The rate is over ethnic-minority households.",
            ]
        );
        let em_households = Targets {
            ethnic_minority_poor: Some(Amount::Households(18)),
            ..Targets::default()
        };
        let n = unit(UnitLevel::Ward, em_households);
        assert_eq!(
            targets(&n, Lang::Vi),
            [
                "Giảm 18 hộ nghèo dân tộc thiểu số, tương đương 3,00 điểm phần trăm, tỷ lệ hộ nghèo dân tộc thiểu số cuối năm còn 2,00% (12 hộ). Tỷ lệ tính trên tổng số hộ dân tộc thiểu số."
            ]
        );
    }

    #[test]
    fn targets_that_contradict_each_other_are_found() {
        let t = Targets {
            poor: Some(Amount::Households(20)),
            near_poor: Some(Amount::Households(10)),
            poor_and_near_poor: Some(Amount::Points(dec("1.6"))),
            poor_rate_goal: Some(dec("2.5")),
            ..Targets::default()
        };
        let n = unit(UnitLevel::Commune, t.clone());
        assert_eq!(
            check_targets(&n),
            [
                TargetFinding {
                    vi: "Chỉ tiêu giảm hộ nghèo và hộ cận nghèo là 32 hộ, nhưng chỉ tiêu hộ nghèo (20 hộ) cộng chỉ tiêu hộ cận nghèo (10 hộ) là 30 hộ.".into(),
                    en: "The poor and near-poor target is 32 households, but the poor target (20) and the near-poor target (10) add up to 30.".into(),
                },
                TargetFinding {
                    vi: "Để đưa tỷ lệ hộ nghèo xuống còn 2,50% cần giảm 22 hộ nghèo, nhiều hơn chỉ tiêu giảm 20 hộ nghèo.".into(),
                    en: "Bringing the poor rate down to 2,50% needs 22 fewer poor households, more than the target of 20.".into(),
                },
            ]
        );
        let agreeing = Targets {
            poor: Some(Amount::Households(22)),
            poor_and_near_poor: Some(Amount::Households(32)),
            ..t
        };
        assert_eq!(check_targets(&unit(UnitLevel::Ward, agreeing)), []);
    }

    #[test]
    fn without_the_figures_only_the_target_is_said() {
        let t = Targets {
            poor: Some(Amount::Points(dec("1"))),
            near_poor: Some(Amount::Households(10)),
            poor_and_near_poor: Some(Amount::Points(dec("1.5"))),
            poor_rate_goal: Some(dec("2.5")),
            ethnic_minority_poor: Some(Amount::Households(500)),
        };
        let mut n = unit(UnitLevel::Commune, t);
        n.rows[0].figures.households = None;
        assert_eq!(
            targets(&n, Lang::Vi),
            [
                "Giảm tỷ lệ hộ nghèo 1,00 điểm phần trăm.",
                "Giảm 10 hộ cận nghèo.",
                "Giảm tỷ lệ hộ nghèo đa chiều (gồm cả hộ nghèo và hộ cận nghèo) 1,50 điểm phần trăm.",
                "Đưa tỷ lệ hộ nghèo xuống còn 2,50%.",
                // More than the 30 ethnic-minority poor: stated, not computed.
                "Giảm 500 hộ nghèo dân tộc thiểu số. Tỷ lệ tính trên tổng số hộ dân tộc thiểu số.",
            ]
        );
        assert_eq!(
            targets(&n, Lang::En),
            [
                "Reduce the poor rate by 1,00 percentage points.",
                "Reduce near-poor households by 10.",
                "Reduce the multidimensional poverty rate (poor and near-poor together) by 1,50 percentage points.",
                "Bring the poor rate down to 2,50%.",
                "Reduce ethnic-minority poor households by 500. The rate is over ethnic-minority households.",
            ]
        );
    }
}
