//! A rule's history: for each threshold and indicator, its value or
//! presence in every standard in order, each with its citation; and every
//! rule whose status is not verified, for the pages that must say so.

use rust_decimal::Decimal;
use vn_format::{format_integer, format_money};

use crate::questionnaire_rules::Knob;
use crate::standard::{Area, Rule, Standard};
use lang::Text;
use lang::{LegalBasis, Status};

/// A rule's value under one standard.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RuleValue {
    /// An amount in đồng per person per month.
    Money { amount: Decimal, basis: LegalBasis },
    /// A number: points, ages, a count of deprivations or of m².
    Number { value: Decimal, basis: LegalBasis },
    /// A provision without a number, in force under the standard.
    Provision { basis: LegalBasis },
    /// An indicator of the standard, named and with its threshold.
    Indicator {
        threshold: Text,
        name_basis: LegalBasis,
        basis: LegalBasis,
    },
    /// The standard has no such rule: an indicator not (or no longer) in
    /// it, or the near-poverty line after 2020.
    Absent,
    /// The data do not say: not known here for that period.
    Unknown,
    /// The standard has the rule, but its value is not known here (a
    /// 2027–2030 threshold): cited, so that a reader with the text can
    /// check it.
    NotKnown { basis: LegalBasis },
}

impl RuleValue {
    pub fn bases(&self) -> Vec<&LegalBasis> {
        match self {
            RuleValue::Money { basis, .. }
            | RuleValue::Number { basis, .. }
            | RuleValue::Provision { basis }
            | RuleValue::NotKnown { basis } => vec![basis],
            RuleValue::Indicator { name_basis, basis, .. } => vec![name_basis, basis],
            RuleValue::Absent | RuleValue::Unknown => Vec::new(),
        }
    }

    /// `1.500.000 đồng`, `3`, `có`/`present`, `không có`/`absent`, `chưa biết`/`unknown`.
    pub fn label(&self) -> Text {
        match self {
            RuleValue::Money { amount, .. } => {
                let m = format_money(*amount);
                Text { vi: m.clone(), en: m }
            }
            RuleValue::Number { value, .. } => {
                let n = if value.fract().is_zero() {
                    format_integer(*value)
                } else {
                    vn_format::format_decimal(*value, 2)
                };
                Text { vi: n.clone(), en: n }
            }
            RuleValue::Provision { .. } | RuleValue::Indicator { .. } => Text::new("có", "present"),
            RuleValue::Absent => Text::new("không có", "absent"),
            RuleValue::Unknown | RuleValue::NotKnown { .. } => Text::new("chưa biết", "unknown"),
        }
    }
}

/// One standard's entry in a rule's history.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HistoryEntry {
    pub standard_id: String,
    /// `2022–2025`, `2026`…
    pub period: String,
    pub value: RuleValue,
}

/// A rule across the standards, in their order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RuleHistory {
    /// `income_line.rural`, `indicator.viec-lam`, `questionnaire.working_age_from`…
    pub id: String,
    pub name: Text,
    pub entries: Vec<HistoryEntry>,
}

impl RuleHistory {
    /// `700.000 đồng (2016–2020) → 1.500.000 đồng (2022–2025) → …`.
    pub fn summary(&self) -> Text {
        let part = |lang: fn(&Text) -> &String| {
            self.entries
                .iter()
                .map(|e| format!("{} ({})", lang(&e.value.label()), e.period))
                .collect::<Vec<_>>()
                .join(" → ")
        };
        Text {
            vi: format!("{}: {}", self.name.vi, part(|t| &t.vi)),
            en: format!("{}: {}", self.name.en, part(|t| &t.en)),
        }
    }
}

/// A rule whose status is not verified, where it is, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnverifiedRule {
    pub standard_id: String,
    /// As in [`RuleHistory::id`].
    pub rule_id: String,
    pub name: Text,
    pub basis: LegalBasis,
}

/// One rule of one standard, named.
struct Item {
    id: String,
    name: Text,
    value: RuleValue,
}

fn money(amount: Decimal, basis: &LegalBasis) -> RuleValue {
    RuleValue::Money {
        amount,
        basis: basis.clone(),
    }
}

fn number(value: impl Into<Decimal>, basis: &LegalBasis) -> RuleValue {
    RuleValue::Number {
        value: value.into(),
        basis: basis.clone(),
    }
}

fn provision(basis: &LegalBasis) -> RuleValue {
    RuleValue::Provision { basis: basis.clone() }
}

fn by_area(items: &mut Vec<Item>, id: &str, vi: &str, en: &str, value: impl Fn(Area) -> RuleValue) {
    for (area, suffix, vi_area, en_area) in [
        (Area::Rural, "rural", "nông thôn", "rural"),
        (Area::Urban, "urban", "thành thị", "urban"),
    ] {
        items.push(Item {
            id: format!("{id}.{suffix}"),
            name: Text {
                vi: format!("{vi}, {vi_area}"),
                en: format!("{en}, {en_area}"),
            },
            value: value(area),
        });
    }
}

/// Every rule of a standard, named, in a fixed order; indicators last.
fn items(s: &Standard) -> Vec<Item> {
    let mut items = Vec::new();
    by_area(
        &mut items,
        "income_line",
        "Chuẩn nghèo về thu nhập",
        "Income line",
        |a| money(s.income_line.get(a), &s.income_line.basis),
    );
    by_area(
        &mut items,
        "near_poverty_line",
        "Chuẩn cận nghèo",
        "Near-poverty line",
        |a| match &s.rule {
            Rule::TwoTier {
                near_poverty_line,
                basis,
                ..
            } => money(near_poverty_line.get(a), basis),
            Rule::SingleLine { .. } => RuleValue::Absent,
        },
    );
    items.push(Item {
        id: "min_deprivations".into(),
        name: Text::new(
            "Số chỉ số thiếu hụt để là hộ nghèo",
            "Deprivations that make a household poor",
        ),
        value: number(s.rule.min_deprivations(), s.rule.basis()),
    });
    by_area(
        &mut items,
        "average_band",
        "Mức trên của hộ có mức sống trung bình",
        "Top of the average-living band",
        |a| match &s.average_band {
            Some(band) => money(band.get(a), &band.basis),
            None => RuleValue::Unknown,
        },
    );
    by_area(
        &mut items,
        "low_income_workers",
        "Mức trên của người lao động có thu nhập thấp",
        "Top of the low-income-worker band",
        |a| match &s.low_income_workers {
            Some(rule) => money(rule.top.get(a), &rule.basis),
            None => RuleValue::Unknown,
        },
    );
    by_area(
        &mut items,
        "score_a",
        "Ngưỡng điểm A của phiếu rà soát",
        "Review score A threshold",
        |a| match &s.review_scores {
            Some(form) => number(form.threshold(a), &form.basis),
            None => RuleValue::Unknown,
        },
    );
    items.push(Item {
        id: "score_b.points_per_deprivation".into(),
        name: Text::new("Điểm B cho mỗi chỉ số thiếu hụt", "Score B points per deprivation"),
        value: match &s.review_scores {
            Some(form) => number(form.points_per_deprivation, &form.basis),
            None => RuleValue::Unknown,
        },
    });
    items.push(Item {
        id: "review_procedure".into(),
        name: Text::new("Quy trình rà soát", "Review procedure"),
        value: s
            .review_scores
            .as_ref()
            .map_or(RuleValue::Unknown, |form| provision(&form.procedure)),
    });
    let rules = s.questionnaire_rules();
    let q = rules.as_ref();
    let ask = |id: &str, vi: &str, en: &str, value: &dyn Fn(&crate::QuestionnaireRules) -> RuleValue| Item {
        id: format!("questionnaire.{id}"),
        name: Text::new(vi, en),
        value: q.map_or(RuleValue::Unknown, value),
    };
    items.extend([
        ask(
            "working_age_from",
            "Tuổi bắt đầu độ tuổi lao động",
            "Working age starts at",
            &|r| number(r.working_age_from.value, &r.working_age_from.basis),
        ),
        ask(
            "retirement.men_2021",
            "Tuổi nghỉ hưu của nam năm 2021 (tháng)",
            "Men's retirement age in 2021 (months)",
            &|r| number(r.retirement.men.start_months, &r.retirement.basis),
        ),
        ask(
            "retirement.women_2021",
            "Tuổi nghỉ hưu của nữ năm 2021 (tháng)",
            "Women's retirement age in 2021 (months)",
            &|r| number(r.retirement.women.start_months, &r.retirement.basis),
        ),
        ask(
            "retirement.schedule",
            "Lộ trình tăng tuổi nghỉ hưu",
            "Schedule of the rising retirement age",
            &|r| provision(&r.retirement.schedule_basis),
        ),
        ask(
            "employment_without_contract",
            "Làm công ăn lương không có hợp đồng lao động là thiếu hụt việc làm",
            "Wage work without a labour contract deprives in employment",
            &|r| provision(&r.employment_without_contract),
        ),
        ask(
            "dependant_with_allowance",
            "Người cao tuổi, người khuyết tật hưởng trợ cấp xã hội hằng tháng là người phụ thuộc",
            "Elderly or disabled people with a monthly social allowance are dependants",
            &|r| provision(&r.dependant_with_allowance),
        ),
        ask(
            "on_the_job_training",
            "Ngoại lệ đào tạo nghề tại chỗ",
            "On-the-job training exception",
            &|r| provision(&r.on_the_job_training),
        ),
    ]);
    items.extend(Knob::ALL.map(|knob| Item {
        id: format!("questionnaire.{}", knob.field()),
        name: knob.name(),
        value: q.map(|r| knob.of(r)).map_or(RuleValue::Unknown, |t| match t.value {
            Some(v) => number(v, &t.basis),
            None => RuleValue::NotKnown { basis: t.basis.clone() },
        }),
    }));
    items.push(Item {
        id: "standard".into(),
        name: Text::new("Văn bản quy định chuẩn", "The standard's own text"),
        value: provision(&s.basis),
    });
    for i in s.indicators() {
        items.push(Item {
            id: format!("indicator.{}", i.id),
            name: Text {
                vi: format!("Chỉ số «{}»", i.name.vi),
                en: format!("Indicator “{}”", i.name.en),
            },
            value: RuleValue::Indicator {
                threshold: i.threshold.clone(),
                name_basis: i.name_basis.clone(),
                basis: i.basis.clone(),
            },
        });
    }
    items
}

/// Every rule across `standards` (in their order, as the catalogue keeps
/// them), each with its value or presence in every standard. An indicator
/// comes in the order it first appears; where a standard lacks it, it is
/// [`RuleValue::Absent`].
pub fn rule_histories(standards: &[Standard]) -> Vec<RuleHistory> {
    let mut histories: Vec<RuleHistory> = Vec::new();
    for (n, s) in standards.iter().enumerate() {
        for item in items(s) {
            let entry = HistoryEntry {
                standard_id: s.id.clone(),
                period: s.period.clone(),
                value: item.value,
            };
            match histories.iter_mut().find(|h| h.id == item.id) {
                Some(h) => h.entries.push(entry),
                None => {
                    // Absent from every standard before this one.
                    let mut entries: Vec<HistoryEntry> = standards[..n]
                        .iter()
                        .map(|earlier| HistoryEntry {
                            standard_id: earlier.id.clone(),
                            period: earlier.period.clone(),
                            value: RuleValue::Absent,
                        })
                        .collect();
                    entries.push(entry);
                    histories.push(RuleHistory {
                        id: item.id,
                        name: item.name,
                        entries,
                    });
                }
            }
        }
        // An indicator this standard dropped.
        for h in histories.iter_mut().filter(|h| h.entries.len() == n) {
            h.entries.push(HistoryEntry {
                standard_id: s.id.clone(),
                period: s.period.clone(),
                value: RuleValue::Absent,
            });
        }
    }
    histories
}

/// Every rule of `standards` whose basis is not verified (an indicator's
/// name and threshold count apart), in the standards' order.
pub fn unverified_rules(standards: &[Standard]) -> Vec<UnverifiedRule> {
    standards
        .iter()
        .flat_map(|s| {
            items(s).into_iter().flat_map(move |item| {
                item.value
                    .bases()
                    .into_iter()
                    .filter(|b| b.status != Status::Verified)
                    .map(|basis| UnverifiedRule {
                        standard_id: s.id.clone(),
                        rule_id: item.id.clone(),
                        name: item.name.clone(),
                        basis: basis.clone(),
                    })
                    .collect::<Vec<_>>()
            })
        })
        .collect()
}
