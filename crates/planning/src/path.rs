//! Multi-year paths of a rate: a yearly reduction in points, or in percent
//! of the previous year; the yearly step that reaches a goal; the growth
//! that multiplies income by a factor. Plans write "%/năm" and almost
//! always mean percentage points: both readings are computed.

use rust_decimal::Decimal;

const HUNDRED: Decimal = Decimal::ONE_HUNDRED;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum YearlyStep {
    /// "giảm X điểm phần trăm mỗi năm".
    Points(Decimal),
    /// "giảm X% so với năm trước": a relative cut.
    PercentOfPrevious(Decimal),
}

/// The rate at the end of each year from `start_year`, never below zero.
pub fn path(start_year: i32, start_rate: Decimal, years: u32, step: YearlyStep) -> Vec<(i32, Decimal)> {
    let mut rate = start_rate;
    let mut out = vec![(start_year, rate)];
    for year in 1..=years {
        // Saturating: figures typed with 29 digits, or a year near the
        // largest, give a path at the limits rather than a panic.
        rate = match step {
            YearlyStep::Points(points) => rate.saturating_sub(points),
            YearlyStep::PercentOfPrevious(percent) => rate.saturating_sub(rate.saturating_mul(percent) / HUNDRED),
        }
        .max(Decimal::ZERO);
        out.push((start_year.saturating_add_unsigned(year), rate));
    }
    out
}

/// The yearly step that takes `start` to `goal` in `years`, in both
/// readings: (points per year, percent of the previous year).
pub fn step_to_reach(start: Decimal, goal: Decimal, years: u32) -> Option<(Decimal, Decimal)> {
    if years == 0 || start <= Decimal::ZERO || goal < Decimal::ZERO {
        return None;
    }
    let points = (start - goal) / Decimal::from(years);
    // (1 − p)^years = goal / start.
    let keep = nth_root(goal.checked_div(start)?, years)?;
    Some((points, (Decimal::ONE - keep).checked_mul(HUNDRED)?))
}

/// The yearly growth, in percent, that multiplies a value by `factor` in
/// `years` ("thu nhập tăng gấp đôi": factor 2).
pub fn growth_to_multiply(factor: Decimal, years: u32) -> Option<Decimal> {
    if years == 0 || factor <= Decimal::ZERO {
        return None;
    }
    (nth_root(factor, years)? - Decimal::ONE).checked_mul(HUNDRED)
}

/// `x^(1/n)` for `x ≥ 0` by bisection, to well past the two decimals plans
/// print; plain Decimal arithmetic, no floats.
fn nth_root(x: Decimal, n: u32) -> Option<Decimal> {
    if x < Decimal::ZERO {
        return None;
    }
    let (mut low, mut high) = (Decimal::ZERO, x.max(Decimal::ONE));
    let power = |base: Decimal| checked_pow(base, n);
    for _ in 0..90 {
        // Halves first: `low + high` overflows near `Decimal::MAX`.
        let mid = low / Decimal::TWO + high / Decimal::TWO;
        match power(mid) {
            Some(p) if p <= x => low = mid,
            _ => high = mid,
        }
    }
    Some(low.round_dp(10))
}

/// `base^n` by squaring, so a span of billions of years (a typo in a year)
/// takes 32 steps rather than freezing the page; `None` on overflow.
fn checked_pow(mut base: Decimal, mut n: u32) -> Option<Decimal> {
    let mut acc = Decimal::ONE;
    while n > 0 {
        if n & 1 == 1 {
            acc = acc.checked_mul(base)?;
        }
        n >>= 1;
        if n > 0 {
            base = base.checked_mul(base)?;
        }
    }
    Some(acc)
}

#[cfg(test)]
mod tests {
    use super::*;
    use vn_format::format_percent;

    fn d(s: &str) -> Decimal {
        s.parse().unwrap()
    }

    #[test]
    fn a_five_year_path_in_points_stops_at_zero() {
        let p = path(2026, d("3.04"), 5, YearlyStep::Points(d("0.8")));
        let rates: Vec<String> = p.iter().map(|(_, r)| format_percent(*r, 2)).collect();
        assert_eq!(rates, ["3,04%", "2,24%", "1,44%", "0,64%", "0,00%", "0,00%"]);
        assert_eq!(p.last().unwrap().0, 2031);
    }

    #[test]
    fn a_relative_cut_shrinks_more_slowly() {
        let p = path(2026, d("10"), 2, YearlyStep::PercentOfPrevious(d("10")));
        assert_eq!(p[1].1, d("9"));
        assert_eq!(p[2].1, d("8.1"));
    }

    #[test]
    fn the_step_to_reach_a_goal_in_both_readings() {
        let (points, percent) = step_to_reach(d("10"), d("5"), 5).unwrap();
        assert_eq!(points, d("1"));
        // (1 − p)^5 = 0,5 → p ≈ 12,94%.
        assert_eq!(format_percent(percent, 2), "12,94%");
        assert!(step_to_reach(d("10"), d("5"), 0).is_none());
    }

    #[test]
    fn a_goal_billions_of_years_away_is_computed_at_once() {
        // Goal year typed as 4294969322 for 2026: 4.294.967.296 years.
        let started = std::time::Instant::now();
        let (_, percent) = step_to_reach(d("10"), d("5"), u32::MAX).unwrap();
        assert!(percent >= Decimal::ZERO && percent < d("0.0001"), "{percent}");
        assert!(growth_to_multiply(d("2"), u32::MAX).is_some());
        assert!(started.elapsed().as_secs() < 1, "took {:?}", started.elapsed());
    }

    #[test]
    fn figures_at_the_limits_of_a_decimal_do_not_overflow() {
        // Found by the fuzz harness: each of these panicked.
        let p = path(i32::MAX, Decimal::MIN, 2, YearlyStep::Points(Decimal::MAX));
        assert_eq!(p.last(), Some(&(i32::MAX, Decimal::ZERO)));
        let p = path(2026, Decimal::MAX, 1, YearlyStep::PercentOfPrevious(Decimal::MIN));
        assert_eq!(p[1], (2027, Decimal::MAX));
        assert_eq!(
            step_to_reach(d("0.0000000000000000000000000001"), Decimal::MAX, 1),
            None
        );
        assert_eq!(step_to_reach(d("1"), Decimal::MAX, 1), None);
        assert_eq!(growth_to_multiply(Decimal::MAX, 1), None);
        assert!(growth_to_multiply(Decimal::MAX, 30).is_some());
    }

    #[test]
    fn doubling_income_in_five_years_needs_about_14_87_percent_a_year() {
        assert_eq!(format_percent(growth_to_multiply(d("2"), 5).unwrap(), 2), "14,87%");
        assert_eq!(growth_to_multiply(d("1"), 3).unwrap(), Decimal::ZERO);
    }
}
