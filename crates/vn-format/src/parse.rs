use std::str::FromStr;

use rust_decimal::Decimal;

use crate::error::{NumberError, NumberErrorKind as Kind};

/// Spaces people type, or paste from Word, between thousands.
fn is_group_space(c: char) -> bool {
    matches!(c, ' ' | '\u{a0}' | '\u{202f}' | '\u{2009}')
}

fn is_sign(c: char) -> bool {
    matches!(c, '-' | '+' | '\u{2212}')
}

/// Parses a number written the Vietnamese way: `1234567`, `1.234.567`,
/// `1 234 567`, `3,04`, `-1.234,5`. Anything that could be read two ways
/// (`1.5`, `1,234.5`, `1,500,000`) is refused with a message, never guessed.
pub fn parse_number(input: &str) -> Result<Decimal, NumberError> {
    let err = |kind| NumberError::new(input, kind);
    let text = input.trim();
    if text.is_empty() {
        return Err(err(Kind::Empty));
    }
    let lead = input.len() - input.trim_start().len();
    let leading_chars = input[..lead].chars().count();
    for (i, c) in text.chars().enumerate() {
        if !(c.is_ascii_digit() || c == '.' || c == ',' || is_group_space(c) || is_sign(c)) {
            return Err(err(Kind::InvalidCharacter {
                ch: c,
                position: leading_chars + i + 1,
            }));
        }
    }
    let (negative, body) = match text.chars().next() {
        Some(c) if is_sign(c) => (c != '+', text[c.len_utf8()..].trim_start()),
        _ => (false, text),
    };
    if body.chars().any(is_sign) {
        return Err(err(Kind::MisplacedSign));
    }
    if body.is_empty() {
        return Err(err(Kind::Empty));
    }
    let (int_text, frac_text) = split_decimal_comma(body).map_err(err)?;
    let int_digits = ungroup(int_text).map_err(err)?;
    let mut plain = String::with_capacity(int_digits.len() + frac_text.map_or(0, str::len) + 2);
    if negative {
        plain.push('-');
    }
    plain.push_str(&int_digits);
    if let Some(frac) = frac_text {
        plain.push('.');
        plain.push_str(frac);
    }
    let mut value = Decimal::from_str_exact(&plain).map_err(|_| err(Kind::TooLarge))?;
    if value.is_zero() {
        value.set_sign_positive(true);
    }
    Ok(value)
}

/// Splits at the one decimal comma; the part after it is digits only.
fn split_decimal_comma(body: &str) -> Result<(&str, Option<&str>), Kind> {
    let Some((int_text, frac)) = body.split_once(',') else {
        return Ok((body, None));
    };
    if frac.contains(',') {
        return Err(Kind::MultipleCommas);
    }
    if frac.contains('.') {
        return Err(Kind::EnglishStyle);
    }
    if int_text.is_empty() || frac.is_empty() || !frac.bytes().all(|b| b.is_ascii_digit()) {
        return Err(Kind::MissingDigits);
    }
    Ok((int_text, Some(frac)))
}

/// Removes thousands separators, checking that every group after the first
/// has exactly three digits.
fn ungroup(int_text: &str) -> Result<String, Kind> {
    let has_dot = int_text.contains('.');
    let has_space = int_text.chars().any(is_group_space);
    if has_dot && has_space {
        return Err(Kind::MixedSeparators);
    }
    if !has_dot && !has_space {
        return Ok(int_text.to_owned());
    }
    let groups: Vec<&str> = if has_dot {
        int_text.split('.').collect()
    } else {
        int_text.split(is_group_space).collect()
    };
    if groups.iter().any(|g| g.is_empty()) {
        return Err(if has_dot && groups.len() == 2 {
            Kind::MissingDigits
        } else {
            Kind::BadGroup
        });
    }
    let first_ok = groups[0].len() <= 3;
    let rest_ok = groups[1..].iter().all(|g| g.len() == 3);
    if !(first_ok && rest_ok) {
        // `3.04` or `1.5`: a lone dot read as a decimal point.
        return Err(if has_dot && groups.len() == 2 {
            Kind::DotAsDecimal
        } else {
            Kind::BadGroup
        });
    }
    Ok(groups.concat())
}

/// A rate typed with or without its `%` sign: `3,04%` → 3,04.
pub fn parse_percent(input: &str) -> Result<Decimal, NumberError> {
    let text = input.trim_end();
    let text = text.strip_suffix('%').unwrap_or(text);
    parse_number(text).map_err(|e| NumberError::new(input, e.kind))
}

/// An amount in đồng, optionally followed by its unit (`đ`, `đồng`, `VNĐ`,
/// `₫`). Negative amounts are refused.
pub fn parse_money(input: &str) -> Result<Decimal, NumberError> {
    let text = strip_currency(input.trim_end());
    let value = parse_number(text).map_err(|e| NumberError::new(input, e.kind))?;
    if value.is_sign_negative() {
        return Err(NumberError::new(input, Kind::Negative));
    }
    Ok(value)
}

fn strip_currency(text: &str) -> &str {
    // Spelled out rather than lower-cased: Unicode case tables cost the
    // browser download more than this list.
    const UNITS: [&str; 11] = ["đồng", "Đồng", "ĐỒNG", "vnđ", "VNĐ", "Vnđ", "vnd", "VND", "đ", "Đ", "₫"];
    for unit in UNITS {
        if let Some(number) = text.strip_suffix(unit) {
            return number.trim_end();
        }
    }
    text
}

/// A whole, non-negative count (households, people). A comma is refused
/// unless the decimals are zeros, and `1,234` is refused as ambiguous.
pub fn parse_count(input: &str) -> Result<u64, NumberError> {
    let err = |kind| NumberError::new(input, kind);
    let value = parse_number(input)?;
    if value.is_sign_negative() {
        return Err(err(Kind::Negative));
    }
    if let Some((int_text, frac)) = input.trim().split_once(',') {
        let looks_english = frac.len() == 3 && int_text.trim_start_matches(['+']).len() <= 3;
        if looks_english && !int_text.contains('.') {
            return Err(err(Kind::AmbiguousComma));
        }
    }
    if !value.fract().is_zero() {
        return Err(err(Kind::NotWhole));
    }
    u64::from_str(&value.trunc().to_string()).map_err(|_| err(Kind::TooLarge))
}

#[cfg(test)]
mod tests {
    use super::*;
    use lang::Lang;

    fn d(s: &str) -> Decimal {
        Decimal::from_str(s).unwrap()
    }

    fn kind(input: &str) -> Kind {
        parse_number(input).unwrap_err().kind
    }

    #[test]
    fn accepts_the_three_ways_people_type_a_whole_number() {
        assert_eq!(parse_number("1234567").unwrap(), d("1234567"));
        assert_eq!(parse_number("1.234.567").unwrap(), d("1234567"));
        assert_eq!(parse_number("1 234 567").unwrap(), d("1234567"));
        assert_eq!(parse_number("1\u{a0}234\u{a0}567").unwrap(), d("1234567"));
        assert_eq!(parse_number("  14.905 ").unwrap(), d("14905"));
    }

    #[test]
    fn a_comma_is_the_decimal_separator() {
        assert_eq!(parse_number("3,04").unwrap(), d("3.04"));
        assert_eq!(parse_number("1.234,5").unwrap(), d("1234.5"));
        assert_eq!(parse_number("0,5").unwrap(), d("0.5"));
        assert_eq!(parse_number("1,234").unwrap(), d("1.234"));
    }

    #[test]
    fn signs_only_at_the_start() {
        assert_eq!(parse_number("-1.234").unwrap(), d("-1234"));
        assert_eq!(parse_number("\u{2212}2,5").unwrap(), d("-2.5"));
        assert_eq!(parse_number("+7").unwrap(), d("7"));
        assert_eq!(parse_number("-0").unwrap().to_string(), "0");
        assert_eq!(kind("1-2"), Kind::MisplacedSign);
        assert_eq!(kind("--1"), Kind::MisplacedSign);
        assert_eq!(kind("-"), Kind::Empty);
    }

    #[test]
    fn refuses_what_could_be_read_two_ways() {
        assert_eq!(kind("1.5"), Kind::DotAsDecimal);
        assert_eq!(kind("3.04"), Kind::DotAsDecimal);
        assert_eq!(kind("1,234.5"), Kind::EnglishStyle);
        assert_eq!(kind("1,500,000"), Kind::MultipleCommas);
    }

    #[test]
    fn refuses_malformed_groups() {
        assert_eq!(kind("1.23.456"), Kind::BadGroup);
        assert_eq!(kind("1234.567.890"), Kind::BadGroup);
        assert_eq!(kind("1.234 567"), Kind::MixedSeparators);
        assert_eq!(kind("1..234"), Kind::BadGroup);
        assert_eq!(kind("1  234"), Kind::BadGroup);
        assert_eq!(kind("1."), Kind::MissingDigits);
        assert_eq!(kind(",5"), Kind::MissingDigits);
        assert_eq!(kind("5,"), Kind::MissingDigits);
    }

    #[test]
    fn names_the_first_bad_character_and_where_it_is() {
        assert_eq!(kind(""), Kind::Empty);
        assert_eq!(kind("   "), Kind::Empty);
        assert_eq!(kind("12a4"), Kind::InvalidCharacter { ch: 'a', position: 3 });
        assert_eq!(kind("  1,5k"), Kind::InvalidCharacter { ch: 'k', position: 6 });
        assert_eq!(kind("một"), Kind::InvalidCharacter { ch: 'm', position: 1 });
    }

    #[test]
    fn refuses_numbers_beyond_decimal_range() {
        assert_eq!(kind(&"9".repeat(40)), Kind::TooLarge);
    }

    #[test]
    fn percent_with_or_without_sign() {
        assert_eq!(parse_percent("3,04%").unwrap(), d("3.04"));
        assert_eq!(parse_percent("3,04 %").unwrap(), d("3.04"));
        assert_eq!(parse_percent("12").unwrap(), d("12"));
        let e = parse_percent("3.04%").unwrap_err();
        assert_eq!(e.kind, Kind::DotAsDecimal);
        assert_eq!(e.input, "3.04%");
    }

    #[test]
    fn money_with_units_never_negative() {
        assert_eq!(parse_money("1.500.000").unwrap(), d("1500000"));
        assert_eq!(parse_money("1.500.000 đồng").unwrap(), d("1500000"));
        assert_eq!(parse_money("1.500.000đ").unwrap(), d("1500000"));
        assert_eq!(parse_money("2 000 000 VNĐ").unwrap(), d("2000000"));
        assert_eq!(parse_money("700000₫").unwrap(), d("700000"));
        assert_eq!(parse_money("-5").unwrap_err().kind, Kind::Negative);
        assert!(matches!(
            parse_money("5 USD").unwrap_err().kind,
            Kind::InvalidCharacter { ch: 'U', .. }
        ));
    }

    #[test]
    fn counts_are_whole_and_not_negative() {
        assert_eq!(parse_count("14.905").unwrap(), 14905);
        assert_eq!(parse_count("0").unwrap(), 0);
        assert_eq!(parse_count("5,0").unwrap(), 5);
        assert_eq!(parse_count("1,5").unwrap_err().kind, Kind::NotWhole);
        assert_eq!(parse_count("1,234").unwrap_err().kind, Kind::AmbiguousComma);
        assert_eq!(parse_count("1,000").unwrap_err().kind, Kind::AmbiguousComma);
        assert_eq!(parse_count("-3").unwrap_err().kind, Kind::Negative);
        assert_eq!(parse_count(&"9".repeat(25)).unwrap_err().kind, Kind::TooLarge);
    }

    #[test]
    fn every_error_has_a_message_in_both_languages() {
        for input in ["", "x", "1-2", "1.23.4", "1.2 345", "1.5", "1,2.3", "1,2,3", ",5"] {
            let e = parse_number(input).unwrap_err();
            assert!(!e.message(Lang::Vi).is_empty() && !e.message(Lang::En).is_empty());
            assert_ne!(e.message(Lang::Vi), e.message(Lang::En));
        }
        let e = parse_count("1,234").unwrap_err();
        assert!(e.message(Lang::Vi).contains("1,234"));
        assert_eq!(e.to_string(), e.message(Lang::Vi));
    }
}
