//! Whatever the site prints, it must read back as the same value.

use proptest::prelude::*;
use vn_format::{
    Decimal, format_decimal, format_integer, format_percent, parse_count, parse_number, parse_percent, round_half_up,
};

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn integers_read_back(n in any::<i64>()) {
        let value = Decimal::from(n);
        prop_assert_eq!(parse_number(&format_integer(value)).unwrap(), value);
    }

    #[test]
    fn counts_read_back(n in any::<u64>()) {
        prop_assert_eq!(parse_count(&format_integer(Decimal::from(n))).unwrap(), n);
    }

    #[test]
    fn decimals_read_back_rounded(mantissa in any::<i64>(), scale in 0u32..10, places in 0u32..6) {
        let value = Decimal::new(mantissa, scale);
        let printed = format_decimal(value, places);
        prop_assert_eq!(parse_number(&printed).unwrap(), round_half_up(value, places));
    }

    #[test]
    fn percents_read_back(mantissa in -1_000_000i64..1_000_000, places in 0u32..4) {
        let value = Decimal::new(mantissa, 4);
        let printed = format_percent(value, places);
        prop_assert_eq!(parse_percent(&printed).unwrap(), round_half_up(value, places));
    }

    #[test]
    fn no_input_panics(input in "\\PC{0,40}") {
        let _ = parse_number(&input);
        let _ = parse_count(&input);
        let _ = parse_percent(&input);
        let _ = vn_format::parse_money(&input);
    }

    #[test]
    fn number_like_input_never_panics(input in "[-+0-9., %đ\u{a0}]{0,30}") {
        let _ = parse_number(&input);
        let _ = parse_count(&input);
        let _ = vn_format::parse_money(&input);
    }
}
