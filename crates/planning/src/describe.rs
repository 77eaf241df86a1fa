//! Each check's finding as a sentence, in Vietnamese and English, naming
//! the row and giving the right figure where there is one.

use lang::{Lang, msg};
use vn_format::{format_integer, format_percent};

use crate::checks::{BreakdownBase, Column, Issue, Place};

pub(crate) fn column_name(column: Column) -> (&'static str, &'static str) {
    match column {
        Column::Households => ("số hộ", "households"),
        Column::EthnicMinority => ("hộ dân tộc thiểu số", "ethnic-minority households"),
        Column::Poor => ("hộ nghèo", "poor households"),
        Column::NearPoor => ("hộ cận nghèo", "near-poor households"),
        Column::EthnicMinorityPoor => ("hộ nghèo dân tộc thiểu số", "ethnic-minority poor households"),
        Column::SocialProtectionPoor => (
            "hộ nghèo thuộc diện bảo trợ xã hội",
            "social-protection poor households",
        ),
        Column::PoorAbleToEscape => ("hộ nghèo có khả năng thoát nghèo", "poor households able to escape"),
        Column::PoorRate => ("tỷ lệ hộ nghèo", "poor rate"),
        Column::NearPoorRate => ("tỷ lệ hộ cận nghèo", "near-poor rate"),
        Column::Reduction => ("số hộ giảm", "reduction in households"),
        Column::ReductionPoints => ("mức giảm (điểm %)", "reduction in points"),
        Column::EthnicMinorityPoorRate => ("tỷ lệ hộ nghèo dân tộc thiểu số", "ethnic-minority poor rate"),
        Column::SocialProtectionPoorRate => (
            "tỷ lệ hộ nghèo thuộc diện bảo trợ xã hội",
            "social-protection poor rate",
        ),
        Column::PoorAbleToEscapeRate => (
            "tỷ lệ hộ nghèo có khả năng thoát nghèo",
            "rate of poor households able to escape",
        ),
        Column::YearEndPoor => ("hộ nghèo cuối năm", "poor households at year end"),
        Column::YearEndRate => ("tỷ lệ hộ nghèo cuối năm", "poor rate at year end"),
    }
}

/// The finding in `lang`; `names` are the rows' names, in order.
pub fn describe(issue: &Issue, names: &[String], lang: Lang) -> String {
    let place = |p: &Place| match p {
        Place::Row(i) => {
            let name = names
                .get(*i)
                .filter(|n| !n.trim().is_empty())
                .cloned()
                .unwrap_or_else(|| format!("{}", i + 1));
            msg!(lang, "Dòng {name}", "Row {name}")
        }
        Place::Total => msg!(lang, "Dòng tổng", "Total row"),
    };
    let column = |c: Column| {
        let (vi, en) = column_name(c);
        lang.pick(vi, en)
    };
    let n = |v: u64| format_integer(v.into());
    match issue {
        Issue::YearEndMismatch {
            place: p,
            typed,
            computed,
        } => {
            let (p, typed, computed) = (place(p), n(*typed), n(*computed));
            msg!(
                lang,
                "{p}: hộ nghèo cuối năm ghi {typed} nhưng hộ nghèo trừ số hộ giảm là {computed}.",
                "{p}: poor households at year end read {typed} but the poor minus the reduction make {computed}."
            )
        }
        Issue::BreakdownBases { base, on_base, others } => {
            let words = |b: &BreakdownBase| match b {
                BreakdownBase::Households => msg!(lang, "số hộ dân cư", "all households"),
                BreakdownBase::Poor => msg!(lang, "số hộ nghèo", "poor households"),
            };
            let other = match base {
                BreakdownBase::Households => BreakdownBase::Poor,
                BreakdownBase::Poor => BreakdownBase::Households,
            };
            let (b, o) = (words(base), words(&other));
            let listed = others
                .iter()
                .map(|x| {
                    let (p, c) = (place(&x.place), column(x.column));
                    let (typed, right) = (format_percent(x.typed, 2), format_percent(x.on_table_base, 2));
                    msg!(
                        lang,
                        "{p} ({c}) ghi {typed}, trên {b} là {right}",
                        "{p} ({c}) reads {typed}, on {b} {right}"
                    )
                })
                .collect::<Vec<_>>()
                .join("; ");
            let count = n(*on_base as u64);
            msg!(
                lang,
                "Tỷ lệ của các nhóm hộ nghèo tính trên hai mẫu số: {count} ô trên {b}, còn các ô sau trên {o}: {listed}.",
                "The breakdown rates use two bases: {count} cells on {b}, and these on {o}: {listed}."
            )
        }
        Issue::RateMismatch {
            place: p,
            column: c,
            typed,
            computed,
        } => {
            let (p, c) = (place(p), column(*c));
            let (typed, computed) = (format_percent(*typed, 2), format_percent(*computed, 2));
            msg!(
                lang,
                "{p}: {c} ghi {typed} nhưng tính ra {computed}.",
                "{p}: the {c} reads {typed} but works out to {computed}."
            )
        }
        Issue::PointsDisagree {
            place: p,
            typed,
            computed,
        } => {
            let p = place(p);
            let (typed, computed) = (format_percent(*typed, 2), format_percent(*computed, 2));
            msg!(
                lang,
                "{p}: mức giảm ghi {typed} nhưng số hộ giảm tương ứng {computed}.",
                "{p}: the reduction reads {typed} but its households make {computed}."
            )
        }
        Issue::TotalMismatch { column: c, typed, sum } => {
            let (c, typed, sum) = (column(*c), n(*typed), n(*sum));
            msg!(
                lang,
                "Dòng tổng: {c} ghi {typed} nhưng cộng các dòng được {sum}.",
                "Total row: {c} reads {typed} but the rows add up to {sum}."
            )
        }
        Issue::ExceedsGroup { place: p, part, group } => {
            let (p, a, g) = (place(p), column(*part), column(*group));
            msg!(lang, "{p}: {a} nhiều hơn {g}.", "{p}: {a} exceed {g}.")
        }
        Issue::PartsDontAddUp { place: p, parts, poor } => {
            let (p, parts, poor) = (place(p), n(*parts), n(*poor));
            msg!(
                lang,
                "{p}: hộ bảo trợ xã hội cộng hộ có khả năng thoát nghèo là {parts}, khác số hộ nghèo {poor}.",
                "{p}: social-protection poor plus poor able to escape make {parts}, not the {poor} poor."
            )
        }
        Issue::ReductionBeyondAble {
            place: p,
            reduction,
            able,
        } => {
            let (p, reduction, able) = (place(p), n(*reduction), n(*able));
            msg!(
                lang,
                "{p}: giảm {reduction} hộ nhưng chỉ có {able} hộ nghèo có khả năng thoát nghèo; hộ bảo trợ xã hội vẫn là hộ nghèo.",
                "{p}: a reduction of {reduction} but only {able} poor households can escape; social-protection households stay poor."
            )
        }
        Issue::NegativeEnd {
            place: p,
            reduction,
            poor,
        } => {
            let (p, reduction, poor) = (place(p), n(*reduction), n(*poor));
            msg!(
                lang,
                "{p}: giảm {reduction} hộ, nhiều hơn {poor} hộ nghèo hiện có: số cuối năm sẽ âm.",
                "{p}: a reduction of {reduction}, more than the {poor} poor households: the year-end count would be negative."
            )
        }
        Issue::MixedBases { row_based, unit_based } => {
            let list = |rows: &[usize]| {
                rows.iter()
                    .map(|i| place(&Place::Row(*i)))
                    .collect::<Vec<_>>()
                    .join(", ")
            };
            let (rows, unit) = (list(row_based), list(unit_based));
            msg!(
                lang,
                "Tỷ lệ trong bảng tính trên hai mẫu số khác nhau: {rows} theo số hộ của thôn, {unit} theo số hộ toàn đơn vị.",
                "The table's rates use two different bases: {rows} on the village's households, {unit} on the whole unit's."
            )
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal::Decimal;

    #[test]
    fn names_the_row_and_the_right_figure() {
        let issue = Issue::RateMismatch {
            place: Place::Row(1),
            column: Column::PoorRate,
            typed: Decimal::new(34, 1),
            computed: Decimal::new(304, 2),
        };
        let names = vec!["Thôn 1".to_owned(), "Thôn 2".to_owned()];
        assert_eq!(
            describe(&issue, &names, Lang::Vi),
            "Dòng Thôn 2: tỷ lệ hộ nghèo ghi 3,40% nhưng tính ra 3,04%."
        );
        assert_eq!(
            describe(&issue, &names, Lang::En),
            "Row Thôn 2: the poor rate reads 3,40% but works out to 3,04%."
        );
        let vi = describe(
            &Issue::NegativeEnd {
                place: Place::Row(5),
                reduction: 12,
                poor: 10,
            },
            &names,
            Lang::Vi,
        );
        assert!(vi.starts_with("Dòng 6: giảm 12 hộ"));
    }
}
