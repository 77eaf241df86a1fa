//! Rates are households in a group over the base households, in percent.
//! Kept exact; rounding happens only when printed (two decimals).

use rust_decimal::Decimal;

const HUNDRED: Decimal = Decimal::ONE_HUNDRED;

/// `count / base × 100`, or `None` for an empty base.
pub fn rate_percent(count: u64, base: u64) -> Option<Decimal> {
    (base > 0).then(|| Decimal::from(count) * HUNDRED / Decimal::from(base))
}

/// A reduction of `points` percentage points over `base` households, in
/// households (exact; a plan states it rounded to whole households).
pub fn households_for_points(points: Decimal, base: u64) -> Decimal {
    points * Decimal::from(base) / HUNDRED
}

/// A reduction of `households` over `base`, in percentage points.
pub fn points_for_households(households: u64, base: u64) -> Option<Decimal> {
    rate_percent(households, base)
}

#[cfg(test)]
mod tests {
    use super::*;
    use vn_format::format_percent;

    #[test]
    fn rates_as_plans_print_them() {
        // 453 poor households of 14.905: 3,04%.
        assert_eq!(format_percent(rate_percent(453, 14_905).unwrap(), 2), "3,04%");
        assert_eq!(rate_percent(0, 100), Some(Decimal::ZERO));
        assert_eq!(rate_percent(5, 0), None);
    }

    #[test]
    fn points_and_households_convert_both_ways() {
        assert_eq!(
            households_for_points(Decimal::new(150, 2), 14_905),
            Decimal::new(223_575, 3)
        );
        let points = points_for_households(224, 14_905).unwrap();
        assert_eq!(format_percent(points, 2), "1,50%");
        assert_eq!(points_for_households(1, 0), None);
    }
}
