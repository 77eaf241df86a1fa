//! Rates are households in a group over the base households, in percent.
//! Kept exact; rounding happens only when printed (two decimals).

use rust_decimal::Decimal;

const HUNDRED: Decimal = Decimal::ONE_HUNDRED;

/// `count / base × 100`, or `None` for an empty base.
pub fn rate_percent(count: u64, base: u64) -> Option<Decimal> {
    (base > 0).then(|| Decimal::from(count) * HUNDRED / Decimal::from(base))
}

/// A reduction of `points` percentage points over `base` households, in
/// households (exact; a plan states it rounded to whole households). Past
/// what a `Decimal` holds (points typed with 29 digits) the result is
/// the largest it holds, of the same sign, rather than a panic.
pub fn households_for_points(points: Decimal, base: u64) -> Decimal {
    let base = Decimal::from(base);
    match points.checked_mul(base) {
        Some(product) => product / HUNDRED,
        None => (points / HUNDRED).saturating_mul(base),
    }
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
    fn points_with_29_digits_do_not_overflow() {
        // Found by the fuzz harness: the targets page panicked on
        // `79.228.162.514.264.337.593.543.950.335` points over 1.480 households.
        assert_eq!(households_for_points(Decimal::MAX, 1_480), Decimal::MAX);
        assert_eq!(households_for_points(Decimal::MIN, 1_480), Decimal::MIN);
        assert_eq!(households_for_points(Decimal::from(2), 1_480), Decimal::new(296, 1));
    }

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
