use rust_decimal::{Decimal, RoundingStrategy};

/// Rounds half away from zero, the way officials round by hand
/// (3,045 → 3,05), and never yields a negative zero.
pub fn round_half_up(value: Decimal, places: u32) -> Decimal {
    let mut rounded = value.round_dp_with_strategy(places, RoundingStrategy::MidpointAwayFromZero);
    if rounded.is_zero() {
        rounded.set_sign_positive(true);
    }
    rounded
}

/// `1234567` → `1.234.567`; decimals are rounded half up.
pub fn format_integer(value: Decimal) -> String {
    format_decimal(value, 0)
}

/// `1234.5678, 2` → `1.234,57`: exactly `places` decimals after a comma.
pub fn format_decimal(value: Decimal, places: u32) -> String {
    let rounded = round_half_up(value, places);
    let digits = rounded.abs().to_string();
    let (int_part, frac_part) = match digits.split_once('.') {
        Some((i, f)) => (i, f),
        None => (digits.as_str(), ""),
    };
    let mut out = String::with_capacity(digits.len() + digits.len() / 3 + places as usize + 2);
    if rounded.is_sign_negative() {
        out.push('-');
    }
    for (i, c) in int_part.chars().enumerate() {
        if i > 0 && (int_part.len() - i) % 3 == 0 {
            out.push('.');
        }
        out.push(c);
    }
    if places > 0 {
        out.push(',');
        out.push_str(frac_part);
        for _ in frac_part.len()..places as usize {
            out.push('0');
        }
    }
    out
}

/// `3.0449, 2` → `3,04%`. The value is already in percent.
pub fn format_percent(value: Decimal, places: u32) -> String {
    let mut out = format_decimal(value, places);
    out.push('%');
    out
}

/// `1500000` → `1.500.000 đồng`.
pub fn format_money(value: Decimal) -> String {
    let mut out = format_integer(value);
    out.push_str(" đồng");
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::str::FromStr;

    fn d(s: &str) -> Decimal {
        Decimal::from_str(s).unwrap()
    }

    #[test]
    fn groups_thousands_with_dots() {
        assert_eq!(format_integer(d("0")), "0");
        assert_eq!(format_integer(d("999")), "999");
        assert_eq!(format_integer(d("1000")), "1.000");
        assert_eq!(format_integer(d("14905")), "14.905");
        assert_eq!(format_integer(d("1234567")), "1.234.567");
        assert_eq!(format_integer(d("-1234567")), "-1.234.567");
    }

    #[test]
    fn decimals_use_a_comma_and_fixed_places() {
        assert_eq!(format_decimal(d("3.04"), 2), "3,04");
        assert_eq!(format_decimal(d("3"), 2), "3,00");
        assert_eq!(format_decimal(d("1234.5"), 1), "1.234,5");
        assert_eq!(format_decimal(d("0.5"), 3), "0,500");
    }

    #[test]
    fn rounds_half_away_from_zero() {
        assert_eq!(format_decimal(d("3.045"), 2), "3,05");
        assert_eq!(format_decimal(d("3.0449"), 2), "3,04");
        assert_eq!(format_decimal(d("-3.045"), 2), "-3,05");
        assert_eq!(format_integer(d("2.5")), "3");
    }

    #[test]
    fn never_prints_negative_zero() {
        assert_eq!(format_decimal(d("-0.001"), 2), "0,00");
        assert_eq!(format_integer(d("-0.4")), "0");
    }

    #[test]
    fn percent_and_money() {
        assert_eq!(format_percent(d("3.04"), 2), "3,04%");
        assert_eq!(format_percent(d("100"), 0), "100%");
        assert_eq!(format_money(d("1500000")), "1.500.000 đồng");
    }
}
