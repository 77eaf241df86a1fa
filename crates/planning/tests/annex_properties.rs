//! Properties of the annex CSV: no input panics, and an export reads back.

use lang::Lang;
use planning::{
    Issue, RateBase, RowText, Separator, check, parse_table, rate_percent, read_annex, read_annex_bytes, write_annex,
};
use proptest::prelude::*;
use rust_decimal::Decimal;
use vn_format::{format_decimal, format_integer, round_half_up};

/// Text that looks like an annex often enough to reach every branch.
fn annex_like() -> impl Strategy<Value = String> {
    let token = prop_oneof![
        Just("Thôn".to_owned()),
        Just("STT".to_owned()),
        Just("Số hộ".to_owned()),
        Just("Hộ nghèo".to_owned()),
        Just("Tỷ lệ hộ nghèo (%)".to_owned()),
        Just("Hộ cận nghèo".to_owned()),
        Just("Hộ nghèo cuối năm".to_owned()),
        Just("Tổng cộng".to_owned()),
        Just("(1)".to_owned()),
        Just("Ghi chú".to_owned()),
        "[0-9.,%-]{0,7}",
        "[;,\t\"\r\n ]",
        Just("\u{feff}".to_owned()),
        "\\PC{0,3}",
    ];
    proptest::collection::vec(token, 0..80).prop_map(|t| t.concat())
}

/// A count as people type it: Vietnamese, plain, or not at all.
fn count_text() -> impl Strategy<Value = String> {
    prop_oneof![
        1 => Just(String::new()),
        3 => (0u64..2_000_000).prop_map(|n| format_integer(Decimal::from(n))),
        2 => (0u64..2_000_000).prop_map(|n| n.to_string()),
    ]
}

fn rate_text() -> impl Strategy<Value = String> {
    prop_oneof![
        2 => Just(String::new()),
        // Up to 100%: a rate over 1.000% would print a thousands dot, which
        // a rate column refuses as ambiguous.
        1 => (0i64..100_000, 0u32..=4, any::<bool>()).prop_map(|(m, scale, sign)| {
            let m = m % (100 * 10i64.pow(scale) + 1);
            let text = format_decimal(Decimal::new(m, scale), scale);
            if sign { text + "%" } else { text }
        }),
    ]
}

/// A name as a page keeps it: one space between words, never a total.
fn name() -> impl Strategy<Value = String> {
    proptest::collection::vec("[\\PC&&\\S]{1,6}", 0..4).prop_map(|words| {
        let mut name = String::from("Thôn");
        for w in words {
            name.push(' ');
            name.push_str(&w);
        }
        name
    })
}

fn row() -> impl Strategy<Value = RowText> {
    (
        name(),
        proptest::array::uniform8(count_text()),
        proptest::array::uniform2(rate_text()),
    )
        .prop_map(|(name, cells, rates)| RowText {
            name,
            cells,
            rates,
            ..RowText::default()
        })
}

fn canonical(cell: &str) -> String {
    if cell.is_empty() {
        String::new()
    } else {
        format_integer(vn_format::parse_count(cell).unwrap().into())
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(500))]

    #[test]
    fn no_text_makes_reading_panic(text in any::<String>(), like in annex_like(), bytes in any::<Vec<u8>>()) {
        for text in [text.as_str(), like.as_str()] {
            if let Ok(import) = read_annex(text) {
                for e in &import.errors {
                    prop_assert!(!e.message(Lang::Vi).is_empty() && !e.message(Lang::En).is_empty());
                }
                let parsed = parse_table(&import.rows);
                let total = import.total.clone().map(|t| parse_table(&[t]).rows.remove(0));
                check(&parsed.rows, total.as_ref(), RateBase::Unit);
                write_annex(&import.rows, RateBase::Row, Separator::Comma);
            }
        }
        let _ = read_annex_bytes(bytes);
    }

    #[test]
    fn an_export_reads_back_its_rows(
        rows in proptest::collection::vec(row(), 0..12),
        unit in any::<bool>(),
        semicolon in any::<bool>(),
    ) {
        let base = if unit { RateBase::Unit } else { RateBase::Row };
        let separator = if semicolon { Separator::Semicolon } else { Separator::Comma };
        let text = write_annex(&rows, base, separator);
        let import = read_annex(&text).unwrap();
        prop_assert!(import.errors.is_empty(), "{:?}", import.errors);
        prop_assert_eq!(import.rows.len(), rows.len());

        let before = parse_table(&rows).rows;
        let after = parse_table(&import.rows).rows;
        let unit_households: u64 = before.iter().map(|r| r.counts.households).sum();
        for ((typed, read), (b, a)) in rows.iter().zip(&import.rows).zip(before.iter().zip(&after)) {
            prop_assert_eq!(&typed.name, &read.name);
            prop_assert_eq!(typed.cells.each_ref().map(|c| canonical(c)), read.cells.clone());
            prop_assert_eq!(b.counts, a.counts);
            prop_assert_eq!(b.reduction, a.reduction);
            let base = if unit { unit_households } else { b.counts.households };
            let computed = |count| rate_percent(count, base).map(|r| round_half_up(r, 2));
            prop_assert_eq!(a.poor_rate, b.poor_rate.or(computed(b.counts.poor)));
            prop_assert_eq!(a.near_poor_rate, b.near_poor_rate.or(computed(b.counts.near_poor)));
        }

        // The total written is the sum of the rows.
        let total = import.total.clone().map(|t| parse_table(&[t]).rows.remove(0));
        prop_assert!(total.is_some());
        let issues = check(&after, total.as_ref(), base);
        prop_assert!(!issues.iter().any(|i| matches!(i, Issue::TotalMismatch { .. })), "{:?}", issues);
    }
}
