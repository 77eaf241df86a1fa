//! Last year's results, as the plan's first part states them: the
//! review's figures at the start and the end of the year, each of last
//! year's targets against what was achieved and the percent achieved, and,
//! when the standard changed at the year-end review (the end-2026 review
//! under the 2027–2030 standard), both counts side by side with the
//! difference put down to the standard, not to the year's work.

use planning::{TargetForm, rate_percent};
use rust_decimal::Decimal;
use vn_format::format_percent;

use crate::document::{Align, Column, Table};
use crate::numbers::{Amount, Figures, Targets, UnitLevel};
use crate::sentences::{count, form_known, join_last, points, words};
use lang::Lang;

/// The end-of-year count under the new standard.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StandardChange {
    /// "chuẩn nghèo giai đoạn 2022 - 2025", as the plan names it.
    pub old_name: String,
    /// "chuẩn nghèo giai đoạn 2027 - 2030".
    pub new_name: String,
    /// The year-end review's figures under the new standard.
    pub end: Figures,
}

/// Last year: its targets and the reviews that open and close it. Results
/// are measured on the standard the targets were set on (`end`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LastYear {
    pub year: i32,
    pub start: Figures,
    pub end: Figures,
    pub targets: Targets,
    pub standard_change: Option<StandardChange>,
}

/// A group's rate over its base, when both are given and the base is not 0.
fn group_rate(form: TargetForm, f: &Figures) -> Option<(u64, Decimal)> {
    if !form_known(form, f) {
        return None;
    }
    let (group, base) = form.group_and_base(&f.counts());
    rate_percent(group, base).map(|r| (group, r))
}

/// One target against what was done: the words of the target, of what was
/// done, and the percent achieved (`None` when nothing can be computed).
struct Achieved {
    target: String,
    done: String,
    percent: Option<Decimal>,
}

fn achieved(form: TargetForm, amount: Amount, last: &LastYear, lang: Lang) -> Achieved {
    let (group, rate_name) = words(form, lang);
    let target = match (amount, lang) {
        (Amount::Households(n), Lang::Vi) => format!("giảm {} {group}", count(n)),
        (Amount::Households(n), Lang::En) => format!("reduce {group} by {}", count(n)),
        (Amount::Points(p), Lang::Vi) => format!("giảm {rate_name} {} điểm phần trăm", points(p)),
        (Amount::Points(p), Lang::En) => format!("reduce {rate_name} by {} percentage points", points(p)),
    };
    let (Some((start, start_rate)), Some((end, end_rate))) =
        (group_rate(form, &last.start), group_rate(form, &last.end))
    else {
        return Achieved {
            target,
            done: lang.pick("chưa có số liệu", "no figures").to_owned(),
            percent: None,
        };
    };
    let rates = format!(
        "{} {} → {}",
        lang.pick("tỷ lệ", "rate"),
        format_percent(start_rate, 2),
        format_percent(end_rate, 2)
    );
    let (done, percent) = if end > start {
        let rose = match lang {
            Lang::Vi => format!("tăng {} hộ ({rates})", count(end - start)),
            Lang::En => format!("up by {} households ({rates})", count(end - start)),
        };
        (rose, Some(Decimal::ZERO))
    } else {
        let fewer = start - end;
        let gained = start_rate - end_rate;
        let percent = match amount {
            Amount::Households(n) => rate_percent(fewer, n),
            Amount::Points(p) => (!p.is_zero()).then(|| gained * Decimal::ONE_HUNDRED / p),
        };
        let done = match lang {
            Lang::Vi => format!("giảm {} hộ, {} điểm phần trăm ({rates})", count(fewer), points(gained)),
            Lang::En => format!(
                "{} households fewer, {} percentage points ({rates})",
                count(fewer),
                points(gained)
            ),
        };
        (done, percent)
    };
    Achieved { target, done, percent }
}

/// The rate to reach: the share of the needed fall that came about.
fn goal_achieved(goal: Decimal, last: &LastYear, lang: Lang) -> Achieved {
    let target = match lang {
        Lang::Vi => format!("đưa tỷ lệ hộ nghèo xuống còn {}", format_percent(goal, 2)),
        Lang::En => format!("bring the poor rate down to {}", format_percent(goal, 2)),
    };
    let rates = group_rate(TargetForm::Poor, &last.start).zip(group_rate(TargetForm::Poor, &last.end));
    let Some(((_, start), (_, end))) = rates else {
        return Achieved {
            target,
            done: lang.pick("chưa có số liệu", "no figures").to_owned(),
            percent: None,
        };
    };
    let needed = start - goal;
    let percent = if needed <= Decimal::ZERO {
        // Already at or under the goal when the year began.
        (end <= goal).then_some(Decimal::ONE_HUNDRED)
    } else {
        Some(((start - end) * Decimal::ONE_HUNDRED / needed).max(Decimal::ZERO))
    };
    let done = match lang {
        Lang::Vi => format!(
            "cuối năm còn {} (đầu năm {})",
            format_percent(end, 2),
            format_percent(start, 2)
        ),
        Lang::En => format!(
            "{} at year end ({} at the start)",
            format_percent(end, 2),
            format_percent(start, 2)
        ),
    };
    Achieved { target, done, percent }
}

/// Each target last year stated, in the order `targets` gives them.
fn all_achieved(last: &LastYear, lang: Lang) -> Vec<Achieved> {
    let t = &last.targets;
    let mut out = Vec::new();
    for (form, amount) in [
        (TargetForm::Poor, t.poor),
        (TargetForm::NearPoor, t.near_poor),
        (TargetForm::PoorAndNearPoor, t.poor_and_near_poor),
    ] {
        if let Some(amount) = amount {
            out.push(achieved(form, amount, last, lang));
        }
    }
    if let Some(goal) = t.poor_rate_goal {
        out.push(goal_achieved(goal, last, lang));
    }
    if let Some(amount) = t.ethnic_minority_poor {
        out.push(achieved(TargetForm::EthnicMinorityPoor, amount, last, lang));
    }
    out
}

/// "2.000 hộ, 72 hộ nghèo (tỷ lệ 3,60%) và 42 hộ cận nghèo (tỷ lệ 2,10%)"
/// with the figures given; `None` when none is.
fn figures_clause(f: &Figures, lang: Lang) -> Option<String> {
    let base = f.households.filter(|n| *n > 0);
    let rated = |n: u64| match base {
        Some(base) => format!(
            " ({} {})",
            lang.pick("tỷ lệ", "rate"),
            format_percent(rate_percent(n, base).unwrap_or_default(), 2)
        ),
        None => String::new(),
    };
    let mut parts: Vec<String> = f
        .households
        .map(|n| format!("{} {}", count(n), lang.pick("hộ", "households")))
        .into_iter()
        .collect();
    parts.extend(
        f.poor
            .map(|n| format!("{} {}{}", count(n), lang.pick("hộ nghèo", "poor"), rated(n))),
    );
    parts.extend(
        f.near_poor
            .map(|n| format!("{} {}{}", count(n), lang.pick("hộ cận nghèo", "near-poor"), rated(n))),
    );
    (!parts.is_empty()).then(|| join_last(&parts, lang.pick(" và ", " and ")))
}

/// The sentences: the reviews at the start and end of the year, each
/// target against what was done, then the change of standard.
pub fn results(last: &LastYear, level: UnitLevel, lang: Lang) -> Vec<String> {
    let unit = level.word(lang);
    let y = last.year;
    let mut out = Vec::new();
    for (figures, vi, en) in [
        (&last.start, "Đầu năm", "At the start of"),
        (&last.end, "Cuối năm", "At the end of"),
    ] {
        if let Some(clause) = figures_clause(figures, lang) {
            out.push(match lang {
                Lang::Vi => format!("{vi} {y}, toàn {unit} có {clause}."),
                Lang::En => format!("{en} {y} the {unit} had {clause}."),
            });
        }
    }
    for a in all_achieved(last, lang) {
        let percent = a.percent.map(|p| match lang {
            Lang::Vi => format!(", đạt {} kế hoạch", format_percent(p.round_dp(2), 2)),
            Lang::En => format!(", {} of the target", format_percent(p.round_dp(2), 2)),
        });
        out.push(match lang {
            Lang::Vi => format!(
                "Chỉ tiêu {}: thực hiện {}{}.",
                a.target,
                a.done,
                percent.unwrap_or_default()
            ),
            Lang::En => format!(
                "Target: {}; achieved: {}{}.",
                a.target,
                a.done,
                percent.unwrap_or_default()
            ),
        });
    }
    if let Some(change) = &last.standard_change {
        out.extend(standard_change(last, change, level, lang));
    }
    out
}

/// Both year-end counts side by side, and the difference explained.
fn standard_change(last: &LastYear, change: &StandardChange, level: UnitLevel, lang: Lang) -> Vec<String> {
    let unit = level.word(lang);
    let y = last.year;
    let (Some(new), Some(old)) = (figures_clause(&change.end, lang), figures_clause(&last.end, lang)) else {
        return Vec::new();
    };
    let (old_name, new_name) = (change.old_name.trim(), change.new_name.trim());
    let mut out = vec![match lang {
        Lang::Vi => format!("Theo {new_name}, cuối năm {y} toàn {unit} có {new}; theo {old_name} là {old}."),
        Lang::En => format!("Under “{new_name}”, at the end of {y} the {unit} had {new}; under “{old_name}”, {old}."),
    }];
    let differences: Vec<String> = [
        (TargetForm::Poor, change.end.poor.zip(last.end.poor)),
        (TargetForm::NearPoor, change.end.near_poor.zip(last.end.near_poor)),
    ]
    .into_iter()
    .filter_map(|(form, pair)| {
        let (new, old) = pair?;
        let group = words(form, lang).0;
        let more = new >= old;
        let n = count(new.abs_diff(old));
        Some(match (lang, more) {
            (Lang::Vi, true) => format!("{group} nhiều hơn {n} hộ"),
            (Lang::Vi, false) => format!("{group} ít hơn {n} hộ"),
            (Lang::En, true) => format!("{n} more {group}"),
            (Lang::En, false) => format!("{n} fewer {group}"),
        })
    })
    .collect();
    if !differences.is_empty() {
        let list = join_last(&differences, lang.pick(", ", ", "));
        out.push(match lang {
            Lang::Vi => format!(
                "Theo chuẩn mới, {list}. Chênh lệch này do thay đổi chuẩn nghèo, không phải kết quả giảm nghèo trong năm: kết quả năm {y} được so với chỉ tiêu theo {old_name}, chỉ tiêu năm {} tính theo {new_name}.",
                y + 1
            ),
            Lang::En => format!(
                "Under the new standard there are {list}. The difference comes from the change of standard, not from the year's work: {y}'s results are set against targets under “{old_name}”, {}'s targets are under “{new_name}”.",
                y + 1
            ),
        });
    }
    out
}

/// Last year's targets against what was achieved, one row a target.
pub fn results_table(last: &LastYear, lang: Lang) -> Table {
    let spec = [
        (1, Align::Center),
        (8, Align::Left),
        (8, Align::Left),
        (3, Align::Right),
    ];
    Table {
        caption: String::new(),
        columns: spec.iter().map(|&(weight, align)| Column { weight, align }).collect(),
        header: vec![
            [
                lang.pick("STT", "No."),
                lang.pick("Chỉ tiêu", "Target"),
                lang.pick("Thực hiện", "Achieved"),
                lang.pick("Tỷ lệ đạt", "Percent achieved"),
            ]
            .map(str::to_owned)
            .to_vec(),
        ],
        rows: all_achieved(last, lang)
            .into_iter()
            .enumerate()
            .map(|(i, a)| {
                vec![
                    (i + 1).to_string(),
                    vn_format::capitalise(&a.target),
                    vn_format::capitalise(&a.done),
                    a.percent.map(|p| format_percent(p.round_dp(2), 2)).unwrap_or_default(),
                ]
            })
            .collect(),
        total: None,
    }
}

/// The reviews' figures side by side: start, end, and, when the standard
/// changed, the end under the new standard and the difference. A figure
/// not given is a blank cell.
pub fn review_table(last: &LastYear, lang: Lang) -> Table {
    let y = last.year;
    let end = match lang {
        Lang::Vi => format!("Cuối năm {y}"),
        Lang::En => format!("End of {y}"),
    };
    let start = match lang {
        Lang::Vi => format!("Đầu năm {y}"),
        Lang::En => format!("Start of {y}"),
    };
    let change = last.standard_change.as_ref();
    let mut header = vec![lang.pick("Nội dung", "Figure").to_owned(), start];
    match change {
        None => header.push(end),
        Some(c) => header.extend([
            format!("{end} ({})", c.old_name.trim()),
            format!("{end} ({})", c.new_name.trim()),
            lang.pick("Chênh lệch", "Difference").to_owned(),
        ]),
    }
    let opt = |n: Option<u64>| n.map(count).unwrap_or_default();
    let rate = |n: Option<u64>, f: &Figures| {
        n.zip(f.households)
            .and_then(|(n, base)| rate_percent(n, base))
            .map(|r| format_percent(r, 2))
            .unwrap_or_default()
    };
    type Pick = fn(&Figures) -> Option<u64>;
    let lines: [(&str, &str, Pick, bool); 5] = [
        ("Số hộ dân cư", "Households", |f| f.households, false),
        ("Hộ nghèo", "Poor", |f| f.poor, false),
        ("Tỷ lệ hộ nghèo", "Poor rate", |f| f.poor, true),
        ("Hộ cận nghèo", "Near-poor", |f| f.near_poor, false),
        ("Tỷ lệ hộ cận nghèo", "Near-poor rate", |f| f.near_poor, true),
    ];
    let rows = lines
        .iter()
        .map(|(vi, en, pick, is_rate)| {
            let cell = |f: &Figures| if *is_rate { rate(pick(f), f) } else { opt(pick(f)) };
            let mut row = vec![lang.pick(*vi, *en).to_owned(), cell(&last.start), cell(&last.end)];
            if let Some(c) = change {
                row.push(cell(&c.end));
                row.push(if *is_rate {
                    String::new()
                } else {
                    pick(&c.end)
                        .zip(pick(&last.end))
                        .map(|(new, old)| {
                            let sign = if new >= old { "+" } else { "-" };
                            format!("{sign}{}", count(new.abs_diff(old)))
                        })
                        .unwrap_or_default()
                });
            }
            row
        })
        .collect();
    let mut spec = vec![(6, Align::Left)];
    spec.extend(std::iter::repeat_n((3, Align::Right), header.len() - 1));
    Table {
        caption: String::new(),
        columns: spec.iter().map(|&(weight, align)| Column { weight, align }).collect(),
        header: vec![header],
        rows,
        total: None,
    }
}

#[cfg(test)]
mod tests {
    use planning::Counts;

    use super::*;

    fn dec(text: &str) -> Decimal {
        text.parse().unwrap()
    }

    fn figures(households: u64, poor: u64, near_poor: u64, ethnic_minority: u64, ethnic_minority_poor: u64) -> Figures {
        Figures::known(Counts {
            households,
            poor,
            near_poor,
            ethnic_minority,
            ethnic_minority_poor,
            ..Counts::default()
        })
    }

    /// 2026: 72 poor of 2.000 households at the start, 54 of 2.020 at the
    /// end; every form of target.
    fn year() -> LastYear {
        LastYear {
            year: 2026,
            start: figures(2_000, 72, 42, 600, 30),
            end: figures(2_020, 54, 40, 610, 20),
            targets: Targets {
                poor: Some(Amount::Households(20)),
                near_poor: Some(Amount::Points(dec("0.5"))),
                poor_and_near_poor: Some(Amount::Points(dec("1.5"))),
                poor_rate_goal: Some(dec("2.5")),
                ethnic_minority_poor: Some(Amount::Points(dec("3"))),
            },
            standard_change: None,
        }
    }

    #[test]
    fn every_target_against_what_was_achieved() {
        assert_eq!(
            results(&year(), UnitLevel::Commune, Lang::Vi),
            [
                "Đầu năm 2026, toàn xã có 2.000 hộ, 72 hộ nghèo (tỷ lệ 3,60%) và 42 hộ cận nghèo (tỷ lệ 2,10%).",
                "Cuối năm 2026, toàn xã có 2.020 hộ, 54 hộ nghèo (tỷ lệ 2,67%) và 40 hộ cận nghèo (tỷ lệ 1,98%).",
                "Chỉ tiêu giảm 20 hộ nghèo: thực hiện giảm 18 hộ, 0,93 điểm phần trăm (tỷ lệ 3,60% → 2,67%), đạt 90,00% kế hoạch.",
                "Chỉ tiêu giảm tỷ lệ hộ cận nghèo 0,50 điểm phần trăm: thực hiện giảm 2 hộ, 0,12 điểm phần trăm (tỷ lệ 2,10% → 1,98%), đạt 23,96% kế hoạch.",
                "Chỉ tiêu giảm tỷ lệ hộ nghèo đa chiều (gồm cả hộ nghèo và hộ cận nghèo) 1,50 điểm phần trăm: thực hiện giảm 20 hộ, 1,05 điểm phần trăm (tỷ lệ 5,70% → 4,65%), đạt 69,77% kế hoạch.",
                "Chỉ tiêu đưa tỷ lệ hộ nghèo xuống còn 2,50%: thực hiện cuối năm còn 2,67% (đầu năm 3,60%), đạt 84,25% kế hoạch.",
                "Chỉ tiêu giảm tỷ lệ hộ nghèo dân tộc thiểu số 3,00 điểm phần trăm: thực hiện giảm 10 hộ, 1,72 điểm phần trăm (tỷ lệ 5,00% → 3,28%), đạt 57,38% kế hoạch.",
            ]
        );
        assert_eq!(
            results(&year(), UnitLevel::Commune, Lang::En),
            [
                "At the start of 2026 the commune had 2.000 households, 72 poor (rate 3,60%) and 42 near-poor (rate 2,10%).",
                "At the end of 2026 the commune had 2.020 households, 54 poor (rate 2,67%) and 40 near-poor (rate 1,98%).",
                "Target: reduce poor households by 20; achieved: 18 households fewer, 0,93 percentage points (rate 3,60% → 2,67%), 90,00% of the target.",
                "Target: reduce the near-poor rate by 0,50 percentage points; achieved: 2 households fewer, 0,12 percentage points (rate 2,10% → 1,98%), 23,96% of the target.",
                "Target: reduce the multidimensional poverty rate (poor and near-poor together) by 1,50 percentage points; achieved: 20 households fewer, 1,05 percentage points (rate 5,70% → 4,65%), 69,77% of the target.",
                "Target: bring the poor rate down to 2,50%; achieved: 2,67% at year end (3,60% at the start), 84,25% of the target.",
                "Target: reduce the ethnic-minority poor rate by 3,00 percentage points; achieved: 10 households fewer, 1,72 percentage points (rate 5,00% → 3,28%), 57,38% of the target.",
            ]
        );
    }

    #[test]
    fn each_level_names_its_unit() {
        for level in UnitLevel::ALL {
            let vi = &results(&year(), level, Lang::Vi)[0];
            assert!(
                vi.starts_with(&format!("Đầu năm 2026, toàn {} có", level.word(Lang::Vi))),
                "{vi}"
            );
            let en = &results(&year(), level, Lang::En)[0];
            assert!(
                en.starts_with(&format!("At the start of 2026 the {} had", level.word(Lang::En))),
                "{en}"
            );
        }
    }

    #[test]
    fn poverty_that_rose_or_figures_not_given() {
        let mut rose = year();
        rose.end.poor = Some(80);
        rose.targets = Targets {
            poor: Some(Amount::Households(20)),
            ..Targets::default()
        };
        assert_eq!(
            results(&rose, UnitLevel::Ward, Lang::Vi)[2],
            "Chỉ tiêu giảm 20 hộ nghèo: thực hiện tăng 8 hộ (tỷ lệ 3,60% → 3,96%), đạt 0,00% kế hoạch."
        );
        assert_eq!(
            results(&rose, UnitLevel::Ward, Lang::En)[2],
            "Target: reduce poor households by 20; achieved: up by 8 households (rate 3,60% → 3,96%), 0,00% of the target."
        );
        let mut unknown = year();
        unknown.end = Figures::default();
        let said = results(&unknown, UnitLevel::Province, Lang::Vi);
        assert_eq!(said.len(), 6, "no year-end sentence");
        assert_eq!(said[1], "Chỉ tiêu giảm 20 hộ nghèo: thực hiện chưa có số liệu.");
        assert_eq!(
            results(&unknown, UnitLevel::Province, Lang::En)[1],
            "Target: reduce poor households by 20; achieved: no figures."
        );
    }

    fn changed() -> LastYear {
        LastYear {
            standard_change: Some(StandardChange {
                old_name: "chuẩn nghèo giai đoạn 2022 - 2025".into(),
                new_name: "chuẩn nghèo giai đoạn 2027 - 2030".into(),
                end: figures(2_020, 80, 36, 610, 25),
            }),
            ..year()
        }
    }

    #[test]
    fn a_change_of_standard_is_shown_side_by_side_and_explained() {
        let vi = results(&changed(), UnitLevel::Commune, Lang::Vi);
        assert_eq!(
            vi[vi.len() - 2..],
            [
                "Theo chuẩn nghèo giai đoạn 2027 - 2030, cuối năm 2026 toàn xã có 2.020 hộ, 80 hộ nghèo (tỷ lệ 3,96%) và 36 hộ cận nghèo (tỷ lệ 1,78%); theo chuẩn nghèo giai đoạn 2022 - 2025 là 2.020 hộ, 54 hộ nghèo (tỷ lệ 2,67%) và 40 hộ cận nghèo (tỷ lệ 1,98%).",
                "Theo chuẩn mới, hộ nghèo nhiều hơn 26 hộ, hộ cận nghèo ít hơn 4 hộ. Chênh lệch này do thay đổi chuẩn nghèo, không phải kết quả giảm nghèo trong năm: kết quả năm 2026 được so với chỉ tiêu theo chuẩn nghèo giai đoạn 2022 - 2025, chỉ tiêu năm 2027 tính theo chuẩn nghèo giai đoạn 2027 - 2030.",
            ]
        );
        let en = results(&changed(), UnitLevel::Commune, Lang::En);
        assert_eq!(
            en[en.len() - 2..],
            [
                "Under “chuẩn nghèo giai đoạn 2027 - 2030”, at the end of 2026 the commune had 2.020 households, 80 poor (rate 3,96%) and 36 near-poor (rate 1,78%); under “chuẩn nghèo giai đoạn 2022 - 2025”, 2.020 households, 54 poor (rate 2,67%) and 40 near-poor (rate 1,98%).",
                "Under the new standard there are 26 more poor households, 4 fewer near-poor households. The difference comes from the change of standard, not from the year's work: 2026's results are set against targets under “chuẩn nghèo giai đoạn 2022 - 2025”, 2027's targets are under “chuẩn nghèo giai đoạn 2027 - 2030”.",
            ]
        );
    }

    #[test]
    fn the_tables_side_by_side_and_target_by_target() {
        let review = review_table(&changed(), Lang::Vi);
        assert_eq!(
            review.header[0],
            [
                "Nội dung",
                "Đầu năm 2026",
                "Cuối năm 2026 (chuẩn nghèo giai đoạn 2022 - 2025)",
                "Cuối năm 2026 (chuẩn nghèo giai đoạn 2027 - 2030)",
                "Chênh lệch",
            ]
        );
        assert_eq!(review.rows[1], ["Hộ nghèo", "72", "54", "80", "+26"]);
        assert_eq!(review.rows[2], ["Tỷ lệ hộ nghèo", "3,60%", "2,67%", "3,96%", ""]);
        assert_eq!(review.rows[3], ["Hộ cận nghèo", "42", "40", "36", "-4"]);
        let plain = review_table(&year(), Lang::En);
        assert_eq!(plain.header[0], ["Figure", "Start of 2026", "End of 2026"]);
        let mut blank = year();
        blank.start.near_poor = None;
        assert_eq!(review_table(&blank, Lang::Vi).rows[3], ["Hộ cận nghèo", "", "40"]);
        let table = results_table(&year(), Lang::Vi);
        assert_eq!(table.rows.len(), 5);
        assert_eq!(
            table.rows[0],
            [
                "1",
                "Giảm 20 hộ nghèo",
                "Giảm 18 hộ, 0,93 điểm phần trăm (tỷ lệ 3,60% → 2,67%)",
                "90,00%"
            ]
        );
        assert_eq!(results_table(&year(), Lang::En).header[0][3], "Percent achieved");
    }
}
