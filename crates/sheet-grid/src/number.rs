//! A number cell as the officer sees it: its format's decimals, a
//! percentage times 100, in Vietnamese writing (`3,94`, `1250`).

use std::str::FromStr;

use rust_decimal::{Decimal, RoundingStrategy};

/// Excel stores 15 significant digits and shows no more: `0.1 + 0.2` is
/// `0.3` on screen.
const EXCEL_DIGITS: u32 = 15;
/// Excel allows 30 decimals in a format; rust_decimal holds 28.
const MAX_DECIMALS: u32 = 28;

/// How a number format shows a number, as far as reading a table needs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Shown {
    /// `General`, and formats whose look is not a rounding (scientific,
    /// fractions, text, literals only): the stored value, to 15 digits.
    General,
    /// So many decimals, the value first multiplied by `10^shift`: 2 for
    /// each `%`, −3 for each comma scaling by a thousand (`#,##0,`).
    Fixed { decimals: u32, shift: i32 },
}

impl Shown {
    /// Reads an Excel format code (ECMA-376 §18.8.31): its first section,
    /// the one for positive numbers, whose decimals and `%` the others
    /// repeat in practice.
    pub(crate) fn of_code(code: &str) -> Shown {
        if code.trim().eq_ignore_ascii_case("general") {
            return Shown::General;
        }
        let mut chars = code.chars().peekable();
        let (mut decimals, mut shift, mut pending_commas) = (0u32, 0i32, 0i32);
        let (mut digits, mut after_point) = (false, false);
        while let Some(c) = chars.next() {
            match c {
                ';' => break,
                // A literal, an escaped character, a padding or fill
                // character: nothing about the number.
                '"' => {
                    for inner in chars.by_ref() {
                        if inner == '"' {
                            break;
                        }
                    }
                }
                '\\' | '_' | '*' => {
                    chars.next();
                }
                // A colour, a locale or a condition.
                '[' => {
                    for inner in chars.by_ref() {
                        if inner == ']' {
                            break;
                        }
                    }
                }
                'E' | 'e' if matches!(chars.peek(), Some('+' | '-')) => return Shown::General,
                '/' | '@' => return Shown::General,
                '%' => shift += 2,
                '.' if !after_point => {
                    after_point = true;
                    shift -= 3 * pending_commas;
                    pending_commas = 0;
                }
                '0' | '#' | '?' => {
                    digits = true;
                    // Commas between digits group thousands.
                    pending_commas = 0;
                    if after_point {
                        decimals += 1;
                    }
                }
                // After the last digit, before the point or the end: each
                // divides by a thousand.
                ',' if digits => pending_commas += 1,
                _ => {}
            }
        }
        if !digits {
            return Shown::General;
        }
        Shown::Fixed {
            decimals: decimals.min(MAX_DECIMALS),
            shift: shift - 3 * pending_commas,
        }
    }
}

/// The number as the format shows it, with a decimal comma and no
/// thousands separator (the readers take plain digits). A value
/// rust_decimal cannot hold (beyond ±7,9 × 10²⁸, or not finite) is written
/// as stored, unformatted: never a figure made up.
pub(crate) fn number_text(value: f64, shown: Shown) -> String {
    // The shortest text that reads back as the same double: 0.1 is "0.1".
    let stored = value.to_string();
    match Decimal::from_str(&stored) {
        Ok(decimal) => decimal_text(decimal, shown).unwrap_or_else(|| comma(stored)),
        Err(_) => comma(stored),
    }
}

/// An integer cell (the .xlsx reader gives doubles; other readers may not).
pub(crate) fn integer_text(value: i64, shown: Shown) -> String {
    decimal_text(Decimal::from(value), shown).unwrap_or_else(|| value.to_string())
}

fn decimal_text(value: Decimal, shown: Shown) -> Option<String> {
    let value = value
        .round_sf_with_strategy(EXCEL_DIGITS, RoundingStrategy::MidpointAwayFromZero)
        .unwrap_or(value);
    let mut shown_value = match shown {
        Shown::General => value.normalize(),
        Shown::Fixed { decimals, shift } => {
            let ten = (0..shift.unsigned_abs()).try_fold(Decimal::ONE, |p, _| p.checked_mul(Decimal::TEN))?;
            let scaled = if shift >= 0 {
                value.checked_mul(ten)?
            } else {
                value.checked_div(ten)?
            };
            let mut rounded = scaled.round_dp_with_strategy(decimals, RoundingStrategy::MidpointAwayFromZero);
            rounded.rescale(decimals);
            rounded
        }
    };
    if shown_value.is_zero() {
        shown_value.set_sign_positive(true);
    }
    Some(comma(shown_value.to_string()))
}

fn comma(text: String) -> String {
    text.replacen('.', ",", 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shown(code: &str, value: f64) -> String {
        number_text(value, Shown::of_code(code))
    }

    #[test]
    fn general_is_the_stored_value_to_excels_fifteen_digits() {
        assert_eq!(shown("General", 1250.0), "1250");
        assert_eq!(shown("General", 14.62), "14,62");
        assert_eq!(shown("General", 0.1 + 0.2), "0,3");
        assert_eq!(shown("General", 14.622641509433961), "14,622641509434");
        assert_eq!(shown("General", -3.5), "-3,5");
        assert_eq!(shown("General", 0.0), "0");
        assert_eq!(shown("General", 1e-7), "0,0000001");
        assert_eq!(shown("", 2.0), "2");
    }

    #[test]
    fn a_percentage_is_its_value_times_a_hundred_with_the_formats_decimals() {
        assert_eq!(shown("0.00%", 0.0394), "3,94");
        assert_eq!(shown("0.00%", 0.03), "3,00");
        assert_eq!(shown("0.00%", 25.0 / 212.0), "11,79");
        assert_eq!(shown("0.0%", 0.0394), "3,9");
        assert_eq!(shown("0%", 0.0394), "4");
        assert_eq!(shown("0.00\\%", 3.94), "3,94", "an escaped % is a literal");
        assert_eq!(shown("0.00\"%\"", 3.94), "3,94", "a quoted % is a literal");
    }

    #[test]
    fn decimals_round_half_away_from_zero_as_excel_shows_them() {
        assert_eq!(shown("0.00", 14.622641509433961), "14,62");
        assert_eq!(shown("0.00", 0.145), "0,15", "0.145 is 0.14499… stored, 0.145 shown");
        assert_eq!(shown("0.00", -0.145), "-0,15");
        assert_eq!(shown("0.00", -0.001), "0,00", "no minus zero");
        assert_eq!(shown("#,##0", 1250.4), "1250", "grouping is not written");
        assert_eq!(shown("#,##0.00_);[Red](#,##0.00)", 3.456), "3,46");
        assert_eq!(shown("0", 14.62), "15");
        assert_eq!(shown("#,##0,", 1_250_000.0), "1250", "scaled by a thousand");
        assert_eq!(shown("0.0,,", 2_500_000.0), "2,5", "scaled by a million");
        assert_eq!(shown("[$-42A]#,##0.00", 5.0), "5,00");
    }

    #[test]
    fn formats_that_are_not_a_rounding_show_the_stored_value() {
        assert_eq!(shown("0.00E+00", 1250.0), "1250");
        assert_eq!(shown("# ?/?", 0.5), "0,5");
        assert_eq!(shown("@", 12.0), "12");
        assert_eq!(shown("\"Tổng\"", 7.0), "7");
    }

    #[test]
    fn values_beyond_a_decimal_are_written_as_stored() {
        assert_eq!(shown("0.00%", f64::NAN), "NaN");
        assert_eq!(shown("General", f64::INFINITY), "inf");
        assert_eq!(shown("General", 1e30), format!("1{}", "0".repeat(30)));
        // Within range, but a hundred times it is not.
        assert_eq!(shown("0%", 7e28), format!("7{}", "0".repeat(28)));
        assert_eq!(integer_text(-12, Shown::General), "-12");
        assert_eq!(integer_text(3, Shown::of_code("0%")), "300");
        assert_eq!(
            shown("0.0000000000000000000000000000000", 1.0),
            format!("1,{}", "0".repeat(28))
        );
    }
}
