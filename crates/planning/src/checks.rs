//! The checks behind a target table, because real plans get them wrong:
//! rates that are not count ÷ base, bases mixed in one table, totals that
//! are not the sum of rows, breakdowns larger than their group, reductions
//! beyond the households able to escape poverty, negative year-end counts.

use rust_decimal::Decimal;
use vn_format::round_half_up;

use crate::rate::rate_percent;
use crate::unit::Counts;

/// Which base a table's rates are computed on.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum RateBase {
    /// Each row's own households: what a new table uses.
    #[default]
    Row,
    /// The whole unit's households.
    Unit,
}

/// A row as it was typed or imported: counts, and the figures a plan
/// prints that can disagree with them.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TypedRow {
    pub counts: Counts,
    pub poor_rate: Option<Decimal>,
    pub near_poor_rate: Option<Decimal>,
    /// The target reduction in poor households.
    pub reduction: Option<u64>,
    /// The same target as printed in percentage points.
    pub reduction_points: Option<Decimal>,
    /// Breakdown rates as printed: on households or on poor households,
    /// whichever the table used (the check infers it per cell).
    pub ethnic_minority_poor_rate: Option<Decimal>,
    pub social_protection_poor_rate: Option<Decimal>,
    pub poor_able_to_escape_rate: Option<Decimal>,
    /// Poor households at year end as printed: should be poor − reduction.
    pub year_end_poor: Option<u64>,
    /// Their rate as printed, on the same base as the poor rate.
    pub year_end_rate: Option<Decimal>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Column {
    Households,
    EthnicMinority,
    Poor,
    NearPoor,
    EthnicMinorityPoor,
    SocialProtectionPoor,
    PoorAbleToEscape,
    PoorRate,
    NearPoorRate,
    Reduction,
    ReductionPoints,
    EthnicMinorityPoorRate,
    SocialProtectionPoorRate,
    PoorAbleToEscapeRate,
    YearEndPoor,
    YearEndRate,
}

/// Where an issue is: a row (from 0), or the total row.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Place {
    Row(usize),
    Total,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Issue {
    /// A printed rate that is not count ÷ base at two decimals.
    RateMismatch {
        place: Place,
        column: Column,
        typed: Decimal,
        computed: Decimal,
    },
    /// Points and households of one target disagree.
    PointsDisagree {
        place: Place,
        typed: Decimal,
        computed: Decimal,
    },
    /// A typed total that is not the sum of the rows.
    TotalMismatch { column: Column, typed: u64, sum: u64 },
    /// A sub-group larger than its group (e.g. ethnic-minority poor > poor).
    ExceedsGroup { place: Place, part: Column, group: Column },
    /// Social-protection poor + poor able to escape ≠ poor.
    PartsDontAddUp { place: Place, parts: u64, poor: u64 },
    /// A reduction larger than the poor households able to escape.
    ReductionBeyondAble { place: Place, reduction: u64, able: u64 },
    /// More households lifted than there are poor: a negative end count.
    NegativeEnd { place: Place, reduction: u64, poor: u64 },
    /// Some rates are on each row's households, others on the unit's.
    MixedBases {
        row_based: Vec<usize>,
        unit_based: Vec<usize>,
    },
    /// Printed poor households at year end that are not poor − reduction.
    YearEndMismatch { place: Place, typed: u64, computed: u64 },
    /// Breakdown rates on two bases: most on `base`, the `others` on the
    /// other one, each with what it is on `base`.
    BreakdownBases {
        base: BreakdownBase,
        /// How many rates are on `base`.
        on_base: usize,
        others: Vec<OtherBase>,
    },
}

/// A breakdown rate printed on the other base than the table's.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OtherBase {
    pub place: Place,
    pub column: Column,
    pub typed: Decimal,
    /// The rate on the table's base, two decimals.
    pub on_table_base: Decimal,
}

/// What a breakdown rate (ethnic-minority poor, social-protection poor,
/// poor able to escape) is computed over.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BreakdownBase {
    /// The row's households (or the unit's, as the table's [`RateBase`]).
    Households,
    /// The row's poor households: the share of each kind among the poor.
    Poor,
}

fn rounded(value: Decimal) -> Decimal {
    round_half_up(value, 2)
}

fn column_value(c: &Counts, column: Column) -> u64 {
    match column {
        Column::Households => c.households,
        Column::EthnicMinority => c.ethnic_minority,
        Column::Poor => c.poor,
        Column::NearPoor => c.near_poor,
        Column::EthnicMinorityPoor => c.ethnic_minority_poor,
        Column::SocialProtectionPoor => c.social_protection_poor,
        Column::PoorAbleToEscape => c.poor_able_to_escape,
        _ => 0,
    }
}

const COUNT_COLUMNS: [Column; 7] = [
    Column::Households,
    Column::EthnicMinority,
    Column::Poor,
    Column::NearPoor,
    Column::EthnicMinorityPoor,
    Column::SocialProtectionPoor,
    Column::PoorAbleToEscape,
];

/// Part ⊆ group relations every row must respect.
const INCLUDED: [(Column, Column); 7] = [
    (Column::EthnicMinority, Column::Households),
    (Column::Poor, Column::Households),
    (Column::NearPoor, Column::Households),
    (Column::EthnicMinorityPoor, Column::Poor),
    (Column::EthnicMinorityPoor, Column::EthnicMinority),
    (Column::SocialProtectionPoor, Column::Poor),
    (Column::PoorAbleToEscape, Column::Poor),
];

fn row_issues(place: Place, row: &TypedRow, base: u64, issues: &mut Vec<Issue>) {
    let c = &row.counts;
    for (part, group) in INCLUDED {
        if column_value(c, part) > column_value(c, group) {
            issues.push(Issue::ExceedsGroup { place, part, group });
        }
    }
    if c.poor.saturating_add(c.near_poor) > c.households && c.poor <= c.households && c.near_poor <= c.households {
        issues.push(Issue::ExceedsGroup {
            place,
            part: Column::NearPoor,
            group: Column::Households,
        });
    }
    let parts = c.social_protection_poor.saturating_add(c.poor_able_to_escape);
    if parts > 0 && parts != c.poor {
        issues.push(Issue::PartsDontAddUp {
            place,
            parts,
            poor: c.poor,
        });
    }
    for (column, typed, count) in [
        (Column::PoorRate, row.poor_rate, c.poor),
        (Column::NearPoorRate, row.near_poor_rate, c.near_poor),
    ] {
        if let (Some(typed), Some(computed)) = (typed, rate_percent(count, base)) {
            let computed = rounded(computed);
            if typed != computed {
                issues.push(Issue::RateMismatch {
                    place,
                    column,
                    typed,
                    computed,
                });
            }
        }
    }
    if let Some(reduction) = row.reduction {
        if reduction > c.poor {
            issues.push(Issue::NegativeEnd {
                place,
                reduction,
                poor: c.poor,
            });
        } else if reduction > c.poor_able_to_escape && parts > 0 {
            issues.push(Issue::ReductionBeyondAble {
                place,
                reduction,
                able: c.poor_able_to_escape,
            });
        }
        if let (Some(typed), Some(computed)) = (row.reduction_points, rate_percent(reduction, base)) {
            let computed = rounded(computed);
            if typed != computed {
                issues.push(Issue::PointsDisagree { place, typed, computed });
            }
        }
    }
    let year_end = c.poor.saturating_sub(row.reduction.unwrap_or(0));
    if let Some(typed) = row.year_end_poor.filter(|t| *t != year_end) {
        issues.push(Issue::YearEndMismatch {
            place,
            typed,
            computed: year_end,
        });
    }
    if let (Some(typed), Some(computed)) = (row.year_end_rate, rate_percent(year_end, base)) {
        let computed = rounded(computed);
        if typed != computed {
            issues.push(Issue::RateMismatch {
                place,
                column: Column::YearEndRate,
                typed,
                computed,
            });
        }
    }
}

/// The breakdown rates a row prints, with their counts.
fn breakdown_rates(row: &TypedRow) -> [(Column, Option<Decimal>, u64); 3] {
    let c = &row.counts;
    [
        (
            Column::EthnicMinorityPoorRate,
            row.ethnic_minority_poor_rate,
            c.ethnic_minority_poor,
        ),
        (
            Column::SocialProtectionPoorRate,
            row.social_protection_poor_rate,
            c.social_protection_poor,
        ),
        (
            Column::PoorAbleToEscapeRate,
            row.poor_able_to_escape_rate,
            c.poor_able_to_escape,
        ),
    ]
}

/// A printed breakdown rate, the base(s) it matches, and what it would be
/// on each: `(households, poor)`.
struct BreakdownCell {
    place: Place,
    column: Column,
    typed: Decimal,
    on_households: Option<Decimal>,
    on_poor: Option<Decimal>,
}

impl BreakdownCell {
    fn matches(&self, base: BreakdownBase) -> bool {
        let value = match base {
            BreakdownBase::Households => self.on_households,
            BreakdownBase::Poor => self.on_poor,
        };
        value == Some(self.typed)
    }

    /// The one base it matches, if only one.
    fn base(&self) -> Option<BreakdownBase> {
        match (
            self.matches(BreakdownBase::Households),
            self.matches(BreakdownBase::Poor),
        ) {
            (true, false) => Some(BreakdownBase::Households),
            (false, true) => Some(BreakdownBase::Poor),
            _ => None,
        }
    }
}

/// Breakdown rates: each matched against households and poor households;
/// a table using both is flagged, and a rate matching neither is flagged
/// with its value on the base most of the table uses (households on a tie).
fn breakdown_issues(cells: &[BreakdownCell], issues: &mut Vec<Issue>) {
    let on = |base| cells.iter().filter(|c| c.base() == Some(base)).count();
    let (on_households, on_poor) = (on(BreakdownBase::Households), on(BreakdownBase::Poor));
    let (table_base, other_base) = if on_poor > on_households {
        (BreakdownBase::Poor, BreakdownBase::Households)
    } else {
        (BreakdownBase::Households, BreakdownBase::Poor)
    };
    for cell in cells {
        if cell.matches(BreakdownBase::Households) || cell.matches(BreakdownBase::Poor) {
            continue;
        }
        let computed = match table_base {
            BreakdownBase::Households => cell.on_households,
            BreakdownBase::Poor => cell.on_poor,
        };
        if let Some(computed) = computed.or(cell.on_households) {
            issues.push(Issue::RateMismatch {
                place: cell.place,
                column: cell.column,
                typed: cell.typed,
                computed,
            });
        }
    }
    let others: Vec<OtherBase> = cells
        .iter()
        .filter(|c| c.base() == Some(other_base))
        .filter_map(|c| {
            let on_table_base = match table_base {
                BreakdownBase::Households => c.on_households,
                BreakdownBase::Poor => c.on_poor,
            }?;
            Some(OtherBase {
                place: c.place,
                column: c.column,
                typed: c.typed,
                on_table_base,
            })
        })
        .collect();
    if on_households > 0 && on_poor > 0 {
        issues.push(Issue::BreakdownBases {
            base: table_base,
            on_base: on(table_base),
            others,
        });
    }
}

fn breakdown_cells(place: Place, row: &TypedRow, households: u64, cells: &mut Vec<BreakdownCell>) {
    for (column, typed, count) in breakdown_rates(row) {
        if let Some(typed) = typed {
            cells.push(BreakdownCell {
                place,
                column,
                typed,
                on_households: rate_percent(count, households).map(rounded),
                on_poor: rate_percent(count, row.counts.poor).map(rounded),
            });
        }
    }
}

/// Which base a typed rate was computed on, if either.
fn base_of(row: &TypedRow, unit_households: u64) -> Option<RateBase> {
    let typed = row.poor_rate?;
    let matches = |base| rate_percent(row.counts.poor, base).map(rounded) == Some(typed);
    match (matches(row.counts.households), matches(unit_households)) {
        (true, false) => Some(RateBase::Row),
        (false, true) => Some(RateBase::Unit),
        _ => None,
    }
}

/// Every issue of a table, rows first, then its total row.
pub fn check(rows: &[TypedRow], total: Option<&TypedRow>, base: RateBase) -> Vec<Issue> {
    let sum = rows.iter().fold(Counts::default(), |acc, r| acc + r.counts);
    let mut issues = Vec::new();
    let (mut row_based, mut unit_based) = (Vec::new(), Vec::new());
    let mut breakdown = Vec::new();
    for (i, row) in rows.iter().enumerate() {
        let row_base = match base {
            RateBase::Row => row.counts.households,
            RateBase::Unit => sum.households,
        };
        row_issues(Place::Row(i), row, row_base, &mut issues);
        breakdown_cells(Place::Row(i), row, row_base, &mut breakdown);
        match base_of(row, sum.households) {
            Some(RateBase::Row) => row_based.push(i),
            Some(RateBase::Unit) => unit_based.push(i),
            None => {}
        }
    }
    if !row_based.is_empty() && !unit_based.is_empty() {
        issues.push(Issue::MixedBases { row_based, unit_based });
    }
    if let Some(total) = total {
        for column in COUNT_COLUMNS {
            let (typed, summed) = (column_value(&total.counts, column), column_value(&sum, column));
            if typed != summed {
                issues.push(Issue::TotalMismatch {
                    column,
                    typed,
                    sum: summed,
                });
            }
        }
        if let Some(typed) = total.reduction {
            let summed = rows
                .iter()
                .fold(0u64, |a, r| a.saturating_add(r.reduction.unwrap_or(0)));
            if typed != summed {
                issues.push(Issue::TotalMismatch {
                    column: Column::Reduction,
                    typed,
                    sum: summed,
                });
            }
        }
        let summed = TypedRow {
            counts: sum,
            ..total.clone()
        };
        row_issues(Place::Total, &summed, sum.households, &mut issues);
        breakdown_cells(Place::Total, &summed, sum.households, &mut breakdown);
    }
    breakdown_issues(&breakdown, &mut issues);
    issues
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Decimal {
        s.parse().unwrap()
    }

    fn village(households: u64, poor: u64, social: u64) -> TypedRow {
        TypedRow {
            counts: Counts {
                households,
                poor,
                social_protection_poor: social,
                poor_able_to_escape: poor - social,
                ..Counts::default()
            },
            ..TypedRow::default()
        }
    }

    #[test]
    fn a_consistent_table_has_no_issues() {
        let mut a = village(14_905, 453, 100);
        a.poor_rate = Some(d("3.04"));
        a.reduction = Some(224);
        a.reduction_points = Some(d("1.50"));
        assert_eq!(check(&[a.clone()], Some(&a), RateBase::Row), vec![]);
    }

    #[test]
    fn a_wrong_rate_is_flagged_with_what_it_should_be() {
        let mut a = village(14_905, 453, 0);
        a.poor_rate = Some(d("3.4"));
        assert_eq!(
            check(&[a], None, RateBase::Row),
            vec![Issue::RateMismatch {
                place: Place::Row(0),
                column: Column::PoorRate,
                typed: d("3.4"),
                computed: d("3.04")
            }]
        );
    }

    #[test]
    fn totals_breakdowns_and_reductions() {
        let mut a = village(100, 10, 4);
        a.counts.ethnic_minority_poor = 11;
        a.reduction = Some(8);
        let b = village(50, 5, 0);
        let mut total = village(150, 16, 4);
        total.counts.poor_able_to_escape = 11;
        let issues = check(&[a, b], Some(&total), RateBase::Row);
        assert!(issues.contains(&Issue::ExceedsGroup {
            place: Place::Row(0),
            part: Column::EthnicMinorityPoor,
            group: Column::Poor
        }));
        assert!(issues.contains(&Issue::ReductionBeyondAble {
            place: Place::Row(0),
            reduction: 8,
            able: 6
        }));
        assert!(issues.contains(&Issue::TotalMismatch {
            column: Column::Poor,
            typed: 16,
            sum: 15
        }));
    }

    #[test]
    fn a_typed_total_reduction_is_the_sum_of_the_rows_reductions() {
        let mut a = village(100, 10, 0);
        a.reduction = Some(3);
        let b = village(50, 5, 0);
        let mut total = village(150, 15, 0);
        total.reduction = Some(4);
        assert_eq!(
            check(&[a.clone(), b.clone()], Some(&total), RateBase::Row),
            vec![Issue::TotalMismatch {
                column: Column::Reduction,
                typed: 4,
                sum: 3
            }]
        );
        total.reduction = Some(3);
        assert_eq!(check(&[a, b], Some(&total), RateBase::Row), vec![]);
    }

    #[test]
    fn mixed_bases_are_named() {
        let mut a = village(100, 10, 0);
        a.poor_rate = Some(d("10.00"));
        let mut b = village(100, 5, 0);
        b.poor_rate = Some(d("2.50"));
        let issues = check(&[a, b], None, RateBase::Row);
        assert!(issues.contains(&Issue::MixedBases {
            row_based: vec![0],
            unit_based: vec![1]
        }));
    }

    #[test]
    fn lifting_more_than_the_poor_ends_negative() {
        let mut a = village(100, 10, 0);
        a.reduction = Some(11);
        assert_eq!(
            check(&[a], None, RateBase::Row),
            vec![Issue::NegativeEnd {
                place: Place::Row(0),
                reduction: 11,
                poor: 10
            }]
        );
    }
}
