//! vn-format: numbers, money, rates, counts and dates as people type them.

use lang::Lang;
use vn_format::{Date, Decimal, format_decimal, format_integer, parse_count, parse_money, parse_number, parse_percent};

use crate::target::{Target, Verdict, text};

fn samples() -> Vec<Vec<u8>> {
    [
        "1.234.567",
        "1 234 567",
        "  14.905 ",
        "3,04",
        "-1.234,5",
        "\u{2212}2,5",
        "+7",
        "3,04 %",
        "1.500.000 đồng",
        "2 000 000 VNĐ",
        "700000₫",
        "5,0",
        "0",
        "79.228.162.514.264.337.593.543.950.335",
        "0,0000000000000000000000000001",
    ]
    .map(|s| s.as_bytes().to_vec())
    .to_vec()
}

fn date_samples() -> Vec<Vec<u8>> {
    [
        "15/03/2021",
        " 15/3/2021 ",
        "29/02/2024",
        "2021-03-15",
        "9999-12-31",
        "01/01/0001",
    ]
    .map(|s| s.as_bytes().to_vec())
    .to_vec()
}

/// A number read is printed and read again to the same value.
fn reads_back(value: Decimal) {
    let printed = format_decimal(value, value.scale());
    assert_eq!(parse_number(&printed), Ok(value), "printed as «{printed}»");
}

fn number(input: &[u8]) -> Verdict {
    let result = parse_number(&text(input));
    match &result {
        Ok(value) => reads_back(*value),
        Err(e) => assert!(!e.message(Lang::Vi).is_empty() && !e.message(Lang::En).is_empty()),
    }
    Verdict::from(&result)
}

fn money(input: &[u8]) -> Verdict {
    let result = parse_money(&text(input));
    if let Ok(value) = &result {
        assert!(!value.is_sign_negative() || value.is_zero());
        reads_back(*value);
    }
    Verdict::from(&result)
}

fn percent(input: &[u8]) -> Verdict {
    let result = parse_percent(&text(input));
    if let Ok(value) = &result {
        reads_back(*value);
    }
    Verdict::from(&result)
}

fn count(input: &[u8]) -> Verdict {
    let result = parse_count(&text(input));
    if let Ok(n) = &result {
        let printed = format_integer(Decimal::from(*n));
        assert_eq!(parse_count(&printed), Ok(*n), "printed as «{printed}»");
    }
    Verdict::from(&result)
}

fn date(input: &[u8]) -> Verdict {
    let text = text(input);
    let vi = Date::parse_vi(&text);
    let iso = Date::parse_iso(&text);
    for date in vi.iter().chain(&iso) {
        assert_eq!(Date::parse_vi(&date.format_vi()), Ok(*date));
        assert_eq!(Date::parse_iso(&date.to_iso()), Ok(*date));
    }
    if let Err(e) = &vi {
        assert!(!e.message(Lang::Vi).is_empty());
    }
    Verdict::from(&vi.or(iso))
}

pub fn all() -> Vec<Target> {
    vec![
        Target {
            name: "vn-format number",
            reads: "`parse_number`: a number typed the Vietnamese way",
            cost: 1,
            samples,
            run: number,
        },
        Target {
            name: "vn-format money",
            reads: "`parse_money`: an amount with or without its unit",
            cost: 1,
            samples,
            run: money,
        },
        Target {
            name: "vn-format percent",
            reads: "`parse_percent`: a rate with or without `%`",
            cost: 1,
            samples,
            run: percent,
        },
        Target {
            name: "vn-format count",
            reads: "`parse_count`: a whole count of households or people",
            cost: 1,
            samples,
            run: count,
        },
        Target {
            name: "vn-format date",
            reads: "`Date::parse_vi` and `Date::parse_iso`",
            cost: 1,
            samples: date_samples,
            run: date,
        },
    ]
}
