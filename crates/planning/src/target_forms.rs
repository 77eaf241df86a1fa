//! The forms plans state a target in, each turned into households and
//! percentage points both ways: reduce the poor rate, the near-poor rate,
//! or both together by X points; reduce the ethnic-minority poor rate (over
//! ethnic-minority households) by X points; bring the poor rate down to Y%.

use rust_decimal::prelude::ToPrimitive;
use rust_decimal::{Decimal, RoundingStrategy};

use crate::rate::rate_percent;
use crate::unit::Counts;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TargetForm {
    /// Tỷ lệ hộ nghèo giảm X điểm.
    Poor,
    /// Tỷ lệ hộ cận nghèo giảm X điểm.
    NearPoor,
    /// Tỷ lệ hộ nghèo đa chiều (gồm cả hộ nghèo và hộ cận nghèo) giảm X điểm.
    PoorAndNearPoor,
    /// Tỷ lệ hộ nghèo dân tộc thiểu số giảm X điểm, over ethnic-minority households.
    EthnicMinorityPoor,
}

impl TargetForm {
    pub const ALL: [TargetForm; 4] = [
        TargetForm::Poor,
        TargetForm::NearPoor,
        TargetForm::PoorAndNearPoor,
        TargetForm::EthnicMinorityPoor,
    ];

    /// The households counted, and the households the rate is over.
    pub fn group_and_base(self, c: &Counts) -> (u64, u64) {
        match self {
            TargetForm::Poor => (c.poor, c.households),
            TargetForm::NearPoor => (c.near_poor, c.households),
            TargetForm::PoorAndNearPoor => (c.poor.saturating_add(c.near_poor), c.households),
            TargetForm::EthnicMinorityPoor => (c.ethnic_minority_poor, c.ethnic_minority),
        }
    }
}

/// A target in both units, and the rate it leaves at year end.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Converted {
    /// Whole households, as plans state them.
    pub households: u64,
    /// Percentage points, exact.
    pub points: Decimal,
    /// The group's rate at year end, exact.
    pub end_rate: Decimal,
}

fn converted(form: TargetForm, households: u64, c: &Counts) -> Option<Converted> {
    let (group, base) = form.group_and_base(c);
    Some(Converted {
        households,
        points: rate_percent(households, base)?,
        end_rate: rate_percent(group.checked_sub(households)?, base)?,
    })
}

/// A reduction of `points` in `form`, in whole households (half up).
/// `None` with no base, a negative figure, more households than the group,
/// or points too large to multiply (29 digits).
pub fn from_points(form: TargetForm, points: Decimal, c: &Counts) -> Option<Converted> {
    let (_, base) = form.group_and_base(c);
    if points.is_sign_negative() {
        return None;
    }
    let households = (points.checked_mul(Decimal::from(base))? / Decimal::ONE_HUNDRED)
        .round_dp_with_strategy(0, RoundingStrategy::MidpointAwayFromZero)
        .to_u64()?;
    converted(form, households, c)
}

/// A reduction of `households` in `form`, in points.
pub fn from_households(form: TargetForm, households: u64, c: &Counts) -> Option<Converted> {
    converted(form, households, c)
}

/// Bringing the poor rate down to `rate` percent: the fewest households
/// that leave it at or under `rate` (the year-end count rounded down).
pub fn to_reach_poor_rate(rate: Decimal, c: &Counts) -> Option<Converted> {
    if rate.is_sign_negative() || c.households == 0 {
        return None;
    }
    let end = (rate.checked_mul(Decimal::from(c.households))? / Decimal::ONE_HUNDRED)
        .floor()
        .to_u64()?;
    converted(TargetForm::Poor, c.poor.saturating_sub(end), c)
}

#[cfg(test)]
mod tests {
    use super::*;
    use vn_format::format_percent;

    fn commune() -> Counts {
        Counts {
            households: 2_000,
            ethnic_minority: 600,
            poor: 72,
            near_poor: 42,
            ethnic_minority_poor: 30,
            ..Counts::default()
        }
    }

    #[test]
    fn figures_too_large_to_multiply_cannot_convert() {
        // Found by the fuzz harness: 29-digit points or rates panicked.
        for form in TargetForm::ALL {
            assert_eq!(from_points(form, Decimal::MAX, &commune()), None);
        }
        assert_eq!(to_reach_poor_rate(Decimal::MAX, &commune()), None);
    }

    fn dec(text: &str) -> Decimal {
        text.parse().unwrap()
    }

    #[test]
    fn each_form_in_households_over_its_own_base() {
        let c = commune();
        assert_eq!(from_points(TargetForm::Poor, dec("1"), &c).unwrap().households, 20);
        assert_eq!(
            from_points(TargetForm::NearPoor, dec("0.5"), &c).unwrap().households,
            10
        );
        let both = from_points(TargetForm::PoorAndNearPoor, dec("1.5"), &c).unwrap();
        assert_eq!(
            (both.households, format_percent(both.end_rate, 2)),
            (30, "4,20%".to_owned())
        );
        // 3 points of 600 ethnic-minority households, not of all 2.000.
        let em = from_points(TargetForm::EthnicMinorityPoor, dec("3"), &c).unwrap();
        assert_eq!(
            (em.households, format_percent(em.end_rate, 2)),
            (18, "2,00%".to_owned())
        );
    }

    #[test]
    fn households_back_to_points() {
        let c = commune();
        let back = from_households(TargetForm::EthnicMinorityPoor, 18, &c).unwrap();
        assert_eq!(back.points, dec("3"));
        assert_eq!(from_households(TargetForm::Poor, 73, &c), None, "more than the poor");
    }

    #[test]
    fn reaching_a_rate_leaves_it_at_or_under_the_rate() {
        let c = commune();
        // 2,5% of 2.000 is 50: 22 households to lift, 1,10 points.
        let reach = to_reach_poor_rate(dec("2.5"), &c).unwrap();
        assert_eq!((reach.households, reach.points), (22, dec("1.1")));
        // 2,51% of 2.000 is 50,2: still 50 at most, never 51 (2,55%).
        assert_eq!(to_reach_poor_rate(dec("2.51"), &c).unwrap().households, 22);
        // A rate above today's needs nothing.
        assert_eq!(to_reach_poor_rate(dec("5"), &c).unwrap().households, 0);
        assert_eq!(to_reach_poor_rate(dec("-1"), &c), None);
        assert_eq!(to_reach_poor_rate(dec("1"), &Counts::default()), None);
    }

    #[test]
    fn half_a_household_rounds_up() {
        let c = Counts {
            households: 150,
            poor: 10,
            ..Counts::default()
        };
        // 1 point of 150 is 1,5 households: 2.
        assert_eq!(from_points(TargetForm::Poor, dec("1"), &c).unwrap().households, 2);
    }
}
