//! Times a list of synthetic households (100.000, or as many as the first
//! argument says) under 2022–2025: reading the CSV, classifying and
//! counting, and the whole import as the site runs it.
//! `cargo run --release -p household-list --example bench [HOUSEHOLDS]`
//!
//! The list comes from `household_list::sample`, so every run reads the
//! same file.

use std::borrow::Cow;
use std::collections::HashMap;
use std::time::{Duration, Instant};

use csv_text::{Reader, Separator};
use household_list::sample::synthetic_list;
use household_list::{
    Columns, Import, Importer, ListedHousehold, Options, RowInput, classify_household, import, is_blank,
    low_income_household, summarize,
};
use poverty_rules::{Catalogue, ND07_INDICATOR_IDS};
use rust_decimal::Decimal;
use vn_format::{format_integer, format_percent};

const DEFAULT_HOUSEHOLDS: usize = 100_000;
const INDICATORS: [&str; 12] = ND07_INDICATOR_IDS;

fn ms(d: Duration) -> String {
    let micros = d.as_micros();
    format!("{}.{} ms", micros / 1000, (micros % 1000) / 100)
}

fn main() {
    let count: usize = match std::env::args().nth(1) {
        None => DEFAULT_HOUSEHOLDS,
        Some(n) => n.parse().expect("the number of households, a whole number"),
    };
    let catalogue = Catalogue::national();
    let standard = catalogue.get("nd07-2021").expect("2022–2025 standard");

    let started = Instant::now();
    let text = synthetic_list(count, 2025);
    println!(
        "generated {} households, {} bytes, in {}",
        format_integer(Decimal::from(count as u64)),
        format_integer(Decimal::from(text.len() as u64)),
        ms(started.elapsed())
    );

    // 1. Reading and checking the rows (CSV, numbers, yes/no, areas).
    let started = Instant::now();
    let separator = Separator::detect(&text);
    let mut reader = Reader::new(&text, separator);
    let mut cells: Vec<Cow<'_, str>> = Vec::new();
    reader.next_record(&text, &mut cells).expect("header");
    let (columns, _) = Columns::from_header(&cells, standard, Default::default(), separator).expect("columns");
    let mut inputs: Vec<(u64, RowInput<'_>)> = Vec::with_capacity(count);
    while let Some(record) = reader.next_record(&text, &mut cells) {
        if is_blank(&cells) {
            continue;
        }
        inputs.push((record.row, columns.read_row(record.row, &cells).expect("valid row")));
    }
    let parse = started.elapsed();

    // 2. Classifying every household and counting.
    let started = Instant::now();
    let mut index: HashMap<String, u32> = HashMap::new();
    let mut villages = Vec::new();
    let households: Vec<ListedHousehold> = inputs
        .iter()
        .map(|(row, input)| {
            let village = *index.entry(input.village.to_string()).or_insert_with(|| {
                villages.push(input.village.to_string());
                villages.len() as u32 - 1
            });
            ListedHousehold {
                row: *row,
                village,
                area: input.area,
                evidence: input.evidence,
                ethnic_minority: input.ethnic_minority,
                social_protection: input.social_protection,
                deprived: input.deprived,
                category: classify_household(standard, input.area, &input.evidence, input.deprived.count_ones())
                    .expect("classified"),
                low_income_workers: low_income_household(
                    standard,
                    input.area,
                    &input.evidence,
                    input.deprived.count_ones(),
                ),
            }
        })
        .collect();
    let classified = started.elapsed();
    let list = Import {
        standard_id: standard.id.clone(),
        indicator_ids: INDICATORS.iter().map(|s| s.to_string()).collect(),
        min_deprivations: standard.rule.min_deprivations(),
        villages,
        households,
        classified_by_scores: false,
        low_income_workers_known: standard.low_income_workers.is_some(),
        has_ethnic_minority_column: true,
        has_social_protection_column: true,
        rejected_rows: 0,
        errors: Vec::new(),
        errors_not_shown: 0,
        notices: Vec::new(),
        mapping: Default::default(),
    };
    let started = Instant::now();
    let by_parts = summarize(&list);
    let aggregate = started.elapsed();

    // 3. The whole thing as the site runs it: all at once, then in steps.
    let started = Instant::now();
    let all = import(text.clone(), standard, Options::default()).expect("import");
    let summary = all.summary();
    let total = started.elapsed();

    let started = Instant::now();
    let mut importer = Importer::new(text.clone(), standard, Options::default()).expect("importer");
    let mut steps = 0;
    while !importer.step(5_000).finished {
        steps += 1;
    }
    let stepped = importer.finish().expect("import").summary();
    let chunked = started.elapsed();

    assert_eq!(summary, by_parts);
    assert_eq!(summary, stepped);
    assert_eq!(summary.total.annex.households, count as u64);

    println!("parse (CSV → checked rows):      {}", ms(parse));
    println!("classify:                        {}", ms(classified));
    println!("aggregate (counts, profile, AF): {}", ms(aggregate));
    println!("classify + aggregate:            {}", ms(classified + aggregate));
    println!("total, import() + summary():     {}", ms(total));
    println!("total, {} steps of 5.000 rows:   {}", steps + 1, ms(chunked));

    let t = &summary.total;
    let r = &summary.total_rates;
    let pct = |v: Option<Decimal>| v.map_or("—".into(), |v| format_percent(v, 2));
    println!(
        "\n{} households in {} villages: {} poor ({}), {} near-poor ({}), {} average, {} other",
        format_integer(Decimal::from(t.annex.households)),
        summary.villages.len(),
        format_integer(Decimal::from(t.annex.poor)),
        pct(r.poor),
        format_integer(Decimal::from(t.annex.near_poor)),
        pct(r.near_poor),
        format_integer(Decimal::from(t.average_living)),
        format_integer(Decimal::from(t.other)),
    );
    let af = &summary.alkire_foster;
    let frac = |v: Option<Decimal>| v.map_or("—".into(), |v| vn_format::format_decimal(v, 4));
    println!(
        "Alkire–Foster (k = {}/{}): H = {}, A = {}, M0 = {}",
        af.cutoff,
        af.indicators,
        frac(af.headcount),
        frac(af.intensity),
        frac(af.adjusted_headcount)
    );
}
