//! Properties for any input: nothing panics, counts add up, sub-groups
//! never exceed their group, contributions to M0 add up to 100%.

use lang::Lang;
mod common;

use common::{INDICATORS_2022, nd07};
use household_list::{Importer, Options, Summary, import};
use poverty_rules::{Area, Category, Facts, classify};
use proptest::prelude::*;
use rust_decimal::Decimal;

/// Text made mostly of what matters to the parser.
fn csv_like() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just(",".to_owned()),
        Just(";".to_owned()),
        Just("\t".to_owned()),
        Just("\"".to_owned()),
        Just("\"\"".to_owned()),
        Just("\n".to_owned()),
        Just("\r\n".to_owned()),
        Just("\r".to_owned()),
        Just("\u{feff}".to_owned()),
        Just("x".to_owned()),
        Just("có".to_owned()),
        Just("NT".to_owned()),
        Just("thành thị".to_owned()),
        Just("1.500.000".to_owned()),
        Just("1,5".to_owned()),
        Just("-3".to_owned()),
        Just("Thôn 1".to_owned()),
        "[0-9.,]{1,12}",
        "\\PC{0,6}",
    ];
    prop::collection::vec(piece, 0..60).prop_map(|pieces| pieces.concat())
}

fn header(sep: char) -> String {
    common::header_2022(&sep.to_string())
}

/// The same invariants for every summary.
fn check_summary(s: &Summary) -> Result<(), TestCaseError> {
    let mut households = 0;
    for v in s.villages.iter().map(|v| &v.counts).chain([&s.total]) {
        prop_assert_eq!(
            v.annex.poor + v.annex.near_poor + v.average_living + v.other,
            v.annex.households
        );
        prop_assert!(v.annex.ethnic_minority <= v.annex.households);
        prop_assert!(
            v.annex.ethnic_minority_poor <= v.annex.poor && v.annex.ethnic_minority_poor <= v.annex.ethnic_minority
        );
        prop_assert!(v.annex.social_protection_poor <= v.annex.poor);
        prop_assert_eq!(
            v.annex.poor_able_to_escape + v.annex.social_protection_poor,
            v.annex.poor
        );
    }
    for v in &s.villages {
        households += v.counts.annex.households;
        prop_assert!(v.counts.annex.households > 0);
        for (group, size) in [
            (
                &v.profile.poor_and_near_poor,
                v.counts.annex.poor + v.counts.annex.near_poor,
            ),
            (&v.profile.poor, v.counts.annex.poor),
        ] {
            prop_assert_eq!(group.households, size);
            prop_assert!(group.indicators.iter().all(|i| i.deprived <= size));
        }
        for (p, b) in v
            .profile
            .poor
            .indicators
            .iter()
            .zip(&v.profile.poor_and_near_poor.indicators)
        {
            prop_assert!(p.deprived <= b.deprived);
        }
    }
    prop_assert_eq!(households, s.total.annex.households);
    let rate_sum: Decimal = s.villages.iter().filter_map(|v| v.rates_of_unit.poor).sum();
    if let Some(total) = s.total_rates.poor {
        prop_assert!((rate_sum - total).abs() < Decimal::new(1, 20));
    }
    let af = &s.alkire_foster;
    prop_assert_eq!(af.households, s.total.annex.households);
    prop_assert!(af.identified <= af.households);
    for i in &af.by_indicator {
        prop_assert!(i.censored_count <= af.identified);
    }
    if let (Some(h), Some(a), Some(m0)) = (af.headcount, af.intensity, af.adjusted_headcount) {
        prop_assert!(h <= Decimal::ONE && a <= Decimal::ONE && m0 <= h);
        prop_assert!((h * a - m0).abs() < Decimal::new(1, 20), "{} × {} ≠ {}", h, a, m0);
        let k = Decimal::from(af.cutoff) / Decimal::from(af.indicators);
        prop_assert!(a >= k - Decimal::new(1, 20), "A below k/d");
        let total: Decimal = af.by_indicator.iter().filter_map(|i| i.contribution_percent).sum();
        prop_assert!(
            (total - Decimal::ONE_HUNDRED).abs() < Decimal::new(1, 20),
            "contributions {}",
            total
        );
    }
    Ok(())
}

#[derive(Debug, Clone)]
struct Row {
    village: u8,
    urban: bool,
    income: u32,
    dtts: bool,
    btxh: bool,
    ticks: u16,
}

fn row() -> impl Strategy<Value = Row> {
    (
        0u8..4,
        any::<bool>(),
        0u32..4_000_000,
        any::<bool>(),
        any::<bool>(),
        0u16..4096,
    )
        .prop_map(|(village, urban, income, dtts, btxh, ticks)| Row {
            village,
            urban,
            income,
            dtts,
            btxh,
            ticks,
        })
}

/// The rows as a file, in any of the ways spreadsheets write one.
fn write(rows: &[Row], sep: char, line_end: &str, quote_all: bool, vietnamese: bool) -> String {
    let q = |s: String| {
        if quote_all {
            format!("\"{}\"", s.replace('"', "\"\""))
        } else {
            s
        }
    };
    let mut lines = vec![header(sep)];
    for r in rows {
        let income = if vietnamese {
            vn_format::format_integer(Decimal::from(r.income))
        } else {
            r.income.to_string()
        };
        let mut cells = vec![
            q(format!("Thôn \"{}\"", r.village)),
            q(if r.urban { "thành thị" } else { "nông thôn" }.into()),
            q(income),
            q(if r.dtts { "có" } else { "" }.into()),
            q(if r.btxh { "x" } else { "0" }.into()),
        ];
        for i in 0..12 {
            cells.push(q(if r.ticks & (1 << i) != 0 { "x" } else { "" }.into()));
        }
        if !quote_all {
            cells[0] = format!("\"Thôn \"\"{}\"\"\"", r.village);
        }
        lines.push(cells.join(&sep.to_string()));
    }
    lines.join(line_end)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(500))]

    #[test]
    fn no_text_ever_panics(body in csv_like(), with_header in any::<bool>(), sep in prop_oneof![Just(','), Just(';')]) {
        let text = if with_header { format!("{}\n{body}", header(sep)) } else { body };
        if let Ok(list) = import(text.clone(), nd07(), Options::default()) {
            for e in &list.errors {
                prop_assert!(e.message(Lang::Vi).starts_with("Dòng ") && e.message(Lang::En).starts_with("Row "));
                prop_assert!(e.row >= 2);
            }
            check_summary(&list.summary())?;
        }
    }

    #[test]
    fn chunks_of_any_size_give_the_same_result(body in csv_like(), chunk in 1usize..7) {
        let text = format!("{}\n{body}", header(','));
        let all = import(text.clone(), nd07(), Options::default());
        let mut importer = Importer::new(text, nd07(), Options::default()).unwrap();
        let mut last = importer.progress();
        while !last.finished {
            let p = importer.step(chunk);
            prop_assert!(p.rows_done <= p.rows_total_estimate && p.bytes_done <= p.bytes_total);
            prop_assert!(p.rows_done > last.rows_done || p.finished);
            last = p;
        }
        prop_assert_eq!(importer.finish(), all);
    }

    #[test]
    fn every_written_household_is_read_back_and_classified(
        rows in prop::collection::vec(row(), 0..40),
        sep in prop_oneof![Just(','), Just(';'), Just('\t')],
        line_end in prop_oneof![Just("\n"), Just("\r\n")],
        quote_all in any::<bool>(),
        vietnamese in any::<bool>(),
    ) {
        let sep = if vietnamese && sep == ',' && !quote_all { ';' } else { sep };
        let text = write(&rows, sep, line_end, quote_all, vietnamese);
        let list = import(text, nd07(), Options::default()).unwrap();
        prop_assert_eq!(&list.errors, &vec![]);
        prop_assert_eq!(list.households.len(), rows.len());
        for (h, r) in list.households.iter().zip(&rows) {
            let area = if r.urban { Area::Urban } else { Area::Rural };
            let expected = classify(nd07(), &Facts {
                area,
                income_per_person: Decimal::from(r.income),
                deprivations: r.ticks.count_ones(),
            }).category;
            prop_assert_eq!(h.category, expected);
            prop_assert_eq!(h.deprived, u64::from(r.ticks));
            prop_assert_eq!(&list.villages[h.village as usize], &format!("Thôn \"{}\"", r.village));
        }
        let s = list.summary();
        check_summary(&s)?;
        let poor = rows.iter().zip(&list.households).filter(|(_, h)| h.category == Category::Poor);
        prop_assert_eq!(s.total.annex.social_protection_poor, poor.clone().filter(|(r, _)| r.btxh).count() as u64);
        prop_assert_eq!(s.total.annex.ethnic_minority_poor, poor.filter(|(r, _)| r.dtts).count() as u64);
        let identified = rows.iter().filter(|r| r.ticks.count_ones() >= 3).count() as u64;
        prop_assert_eq!(s.alkire_foster.identified, identified);
        prop_assert_eq!(s.indicator_ids.len(), INDICATORS_2022.len());
    }

    #[test]
    fn every_row_is_kept_rejected_or_blank(
        rows in prop::collection::vec(row(), 1..20),
        damage in prop::collection::vec((0usize..20, 0usize..17, "\\PC{0,4}"), 0..10),
    ) {
        let text = write(&rows, ';', "\n", false, true);
        let mut lines: Vec<Vec<String>> = text.lines().map(|l| l.split(';').map(str::to_owned).collect()).collect();
        for (r, c, cell) in damage {
            let r = 1 + r % rows.len();
            lines[r][c] = cell.replace(['"', ';', '\n', '\r'], "");
        }
        let text = lines.iter().map(|l| l.join(";")).collect::<Vec<_>>().join("\n");
        let list = import(text, nd07(), Options::default()).unwrap();
        let blank = list.notices.iter().find_map(|n| match n {
            household_list::Notice::EmptyRowsSkipped(n) => Some(*n),
            _ => None,
        }).unwrap_or(0);
        prop_assert_eq!(list.households.len() as u64 + list.rejected_rows + blank, rows.len() as u64);
        let rejected: std::collections::BTreeSet<u64> = list.errors.iter().map(|e| e.row).collect();
        prop_assert_eq!(rejected.len() as u64, list.rejected_rows);
        prop_assert!(list.households.iter().all(|h| !rejected.contains(&h.row)));
        check_summary(&list.summary())?;
    }
}
