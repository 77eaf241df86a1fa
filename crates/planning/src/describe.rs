//! Each check's finding as a sentence, in Vietnamese and English, naming
//! the row and giving the right figure where there is one.

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

/// `(vi, en)`; `names` are the rows' names, in order.
pub fn describe(issue: &Issue, names: &[String]) -> (String, String) {
    let place = |p: &Place| match p {
        Place::Row(i) => {
            let name = names
                .get(*i)
                .filter(|n| !n.trim().is_empty())
                .cloned()
                .unwrap_or_else(|| format!("{}", i + 1));
            (format!("Dòng {name}"), format!("Row {name}"))
        }
        Place::Total => ("Dòng tổng".to_owned(), "Total row".to_owned()),
    };
    match issue {
        Issue::YearEndMismatch {
            place: p,
            typed,
            computed,
        } => {
            let (pv, pe) = place(p);
            (
                format!(
                    "{pv}: hộ nghèo cuối năm ghi {} nhưng hộ nghèo trừ số hộ giảm là {}.",
                    format_integer((*typed).into()),
                    format_integer((*computed).into())
                ),
                format!(
                    "{pe}: poor households at year end read {} but the poor minus the reduction make {}.",
                    format_integer((*typed).into()),
                    format_integer((*computed).into())
                ),
            )
        }
        Issue::BreakdownBases { base, on_base, others } => {
            let words = |b: &BreakdownBase| match b {
                BreakdownBase::Households => ("số hộ dân cư", "all households"),
                BreakdownBase::Poor => ("số hộ nghèo", "poor households"),
            };
            let other = match base {
                BreakdownBase::Households => BreakdownBase::Poor,
                BreakdownBase::Poor => BreakdownBase::Households,
            };
            let ((bv, be), (ov, oe)) = (words(base), words(&other));
            let listed = |vi: bool| {
                others
                    .iter()
                    .map(|o| {
                        let ((pv, pe), (cv, ce)) = (place(&o.place), column_name(o.column));
                        let (typed, right) = (format_percent(o.typed, 2), format_percent(o.on_table_base, 2));
                        if vi {
                            format!("{pv} ({cv}) ghi {typed}, trên {bv} là {right}")
                        } else {
                            format!("{pe} ({ce}) reads {typed}, on {be} {right}")
                        }
                    })
                    .collect::<Vec<_>>()
                    .join("; ")
            };
            let n = format_integer((*on_base as u64).into());
            (
                format!(
                    "Tỷ lệ của các nhóm hộ nghèo tính trên hai mẫu số: {n} ô trên {bv}, còn các ô sau trên {ov}: {}.",
                    listed(true)
                ),
                format!(
                    "The breakdown rates use two bases: {n} cells on {be}, and these on {oe}: {}.",
                    listed(false)
                ),
            )
        }
        Issue::RateMismatch {
            place: p,
            column,
            typed,
            computed,
        } => {
            let ((pv, pe), (cv, ce)) = (place(p), column_name(*column));
            (
                format!(
                    "{pv}: {cv} ghi {} nhưng tính ra {}.",
                    format_percent(*typed, 2),
                    format_percent(*computed, 2)
                ),
                format!(
                    "{pe}: the {ce} reads {} but works out to {}.",
                    format_percent(*typed, 2),
                    format_percent(*computed, 2)
                ),
            )
        }
        Issue::PointsDisagree {
            place: p,
            typed,
            computed,
        } => {
            let (pv, pe) = place(p);
            (
                format!(
                    "{pv}: mức giảm ghi {} nhưng số hộ giảm tương ứng {}.",
                    format_percent(*typed, 2),
                    format_percent(*computed, 2)
                ),
                format!(
                    "{pe}: the reduction reads {} but its households make {}.",
                    format_percent(*typed, 2),
                    format_percent(*computed, 2)
                ),
            )
        }
        Issue::TotalMismatch { column, typed, sum } => {
            let (cv, ce) = column_name(*column);
            (
                format!(
                    "Dòng tổng: {cv} ghi {} nhưng cộng các dòng được {}.",
                    format_integer((*typed).into()),
                    format_integer((*sum).into())
                ),
                format!(
                    "Total row: {ce} reads {} but the rows add up to {}.",
                    format_integer((*typed).into()),
                    format_integer((*sum).into())
                ),
            )
        }
        Issue::ExceedsGroup { place: p, part, group } => {
            let ((pv, pe), (av, ae), (gv, ge)) = (place(p), column_name(*part), column_name(*group));
            (
                format!("{pv}: {av} nhiều hơn {gv}."),
                format!("{pe}: {ae} exceed {ge}."),
            )
        }
        Issue::PartsDontAddUp { place: p, parts, poor } => {
            let (pv, pe) = place(p);
            (
                format!(
                    "{pv}: hộ bảo trợ xã hội cộng hộ có khả năng thoát nghèo là {}, khác số hộ nghèo {}.",
                    format_integer((*parts).into()),
                    format_integer((*poor).into())
                ),
                format!(
                    "{pe}: social-protection poor plus poor able to escape make {}, not the {} poor.",
                    format_integer((*parts).into()),
                    format_integer((*poor).into())
                ),
            )
        }
        Issue::ReductionBeyondAble {
            place: p,
            reduction,
            able,
        } => {
            let (pv, pe) = place(p);
            (
                format!(
                    "{pv}: giảm {} hộ nhưng chỉ có {} hộ nghèo có khả năng thoát nghèo; hộ bảo trợ xã hội vẫn là hộ nghèo.",
                    format_integer((*reduction).into()),
                    format_integer((*able).into())
                ),
                format!(
                    "{pe}: a reduction of {} but only {} poor households can escape; social-protection households stay poor.",
                    format_integer((*reduction).into()),
                    format_integer((*able).into())
                ),
            )
        }
        Issue::NegativeEnd {
            place: p,
            reduction,
            poor,
        } => {
            let (pv, pe) = place(p);
            (
                format!(
                    "{pv}: giảm {} hộ, nhiều hơn {} hộ nghèo hiện có: số cuối năm sẽ âm.",
                    format_integer((*reduction).into()),
                    format_integer((*poor).into())
                ),
                format!(
                    "{pe}: a reduction of {}, more than the {} poor households: the year-end count would be negative.",
                    format_integer((*reduction).into()),
                    format_integer((*poor).into())
                ),
            )
        }
        Issue::MixedBases { row_based, unit_based } => {
            let list = |rows: &[usize]| {
                rows.iter()
                    .map(|i| place(&Place::Row(*i)).0)
                    .collect::<Vec<_>>()
                    .join(", ")
            };
            let list_en = |rows: &[usize]| {
                rows.iter()
                    .map(|i| place(&Place::Row(*i)).1)
                    .collect::<Vec<_>>()
                    .join(", ")
            };
            (
                format!(
                    "Tỷ lệ trong bảng tính trên hai mẫu số khác nhau: {} theo số hộ của thôn, {} theo số hộ toàn đơn vị.",
                    list(row_based),
                    list(unit_based)
                ),
                format!(
                    "The table's rates use two different bases: {} on the village's households, {} on the whole unit's.",
                    list_en(row_based),
                    list_en(unit_based)
                ),
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
        let (vi, en) = describe(&issue, &names);
        assert_eq!(vi, "Dòng Thôn 2: tỷ lệ hộ nghèo ghi 3,40% nhưng tính ra 3,04%.");
        assert_eq!(en, "Row Thôn 2: the poor rate reads 3,40% but works out to 3,04%.");
        let (vi, _) = describe(
            &Issue::NegativeEnd {
                place: Place::Row(5),
                reduction: 12,
                poor: 10,
            },
            &names,
        );
        assert!(vi.starts_with("Dòng 6: giảm 12 hộ"));
    }
}
