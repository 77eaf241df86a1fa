//! planning: the target annex as CSV, the target table's and the path's
//! share links, and the figures typed on the targets and path pages.

use lang::Lang;
use planning::{
    AnnexField, AnnexReading, Meaning, Remembered, overrides_from_text, overrides_to_text, read_annex_bytes_with,
};
use planning::{
    Counts, PathLink, RateBase, RowText, Separator, TableLink, TargetForm, TypedRow, YearlyStep, check, describe,
    from_households, from_points, growth_to_multiply, households_for_points, parse_table, path, points_for_households,
    read_annex_bytes, share_out_capped, step_to_reach, table_from_query, table_to_query, to_reach_poor_rate,
    write_annex,
};
use vn_format::{parse_count, parse_number};

use crate::target::{Target, Verdict, join_fields, said, split_fields, text};

fn sample_rows() -> Vec<RowText> {
    let row = |name: &str, cells: [&str; 8], rates: [&str; 2]| RowText {
        name: name.into(),
        cells: cells.map(String::from),
        rates: rates.map(String::from),
        ..RowText::default()
    };
    vec![
        row(
            "Thôn 1 ~ Bản Mới",
            ["1.480", "300", "45", "60", "", "10", "35", "8"],
            ["3,04", ""],
        ),
        row("Thôn \"Hạ\"; 2", ["50", "", "x", "1,5", "", "", "", ""], ["", "3.5%"]),
        row("", ["", "", "", "", "", "", "", ""], ["", ""]),
    ]
}

fn annex_samples() -> Vec<Vec<u8>> {
    let rows = sample_rows();
    let mut samples = vec![
        write_annex(&rows, RateBase::Row, Separator::Semicolon).into_bytes(),
        write_annex(&rows, RateBase::Unit, Separator::Comma).into_bytes(),
        write_annex(&rows, RateBase::Row, Separator::Tab).into_bytes(),
    ];
    let titled = format!("BIỂU CHỈ TIÊU\nXã A;;\n\n{}Tổng cộng;2.000;;72\n", text(&samples[0]));
    samples.push(titled.into_bytes());
    // As printed: a title, a two-row header with merged group cells,
    // abbreviations, rates with a decimal dot, a total row.
    samples.push(include_bytes!("../../../../crates/planning/tests/data/annex-as-printed.csv").to_vec());
    samples
}

/// The checks and messages a page shows for a table.
fn check_table(rows: &[RowText], total: Option<&RowText>, base: RateBase) {
    let parsed = parse_table(rows);
    parsed.errors.iter().for_each(|e| said(e.vi.clone()));
    let total: Option<TypedRow> = total.and_then(|t| parse_table(std::slice::from_ref(t)).rows.pop());
    let names: Vec<String> = rows.iter().map(|r| r.name.clone()).collect();
    for issue in check(&parsed.rows, total.as_ref(), base) {
        said(describe(&issue, &names, Lang::Vi));
    }
}

fn annex(input: &[u8]) -> Verdict {
    // As the reader worker reads it and the page reads its answer back.
    let reading = AnnexReading::of_bytes(input.to_vec(), &[]);
    assert_eq!(AnnexReading::from_text(&reading.to_text()), Some(reading));
    let result = read_annex_bytes(input.to_vec());
    match &result {
        Ok(annex) => {
            check_table(&annex.rows, annex.total.as_ref(), RateBase::Row);
            annex.errors.iter().for_each(|e| said(e.message(Lang::Vi)));
            annex.notices.iter().for_each(|(vi, _)| said(vi.clone()));
            annex.mapping.columns.iter().for_each(|c| said(c.why.0.clone()));
            // A figure's column set aside by hand, remembered as text and
            // read again: that column is no longer read, the rows stay.
            // (Not the row numbers: without them a row "A;Tổng cộng" is the
            // total, rightly.)
            let mut mapping = annex.mapping.clone();
            let optional_figure = |f: AnnexField| !f.is_required() && f.column().is_some();
            if let Some(i) = mapping
                .columns
                .iter()
                .position(|c| c.meaning.field().is_some_and(optional_figure))
            {
                mapping.set(i, Meaning::Ignored);
                let remembered = mapping.remember();
                let stored = Remembered {
                    signature: remembered.signature.clone(),
                    overrides: overrides_from_text::<AnnexField>(&overrides_to_text(&remembered.overrides)),
                };
                assert_eq!(stored, remembered);
                let again = read_annex_bytes_with(input.to_vec(), &[stored]).expect("read once, read again");
                assert_eq!(again.mapping.columns[i].meaning, Meaning::Ignored);
                assert_eq!(again.rows.len(), annex.rows.len());
            }
        }
        Err(e) => said(e.message(Lang::Vi)),
    }
    Verdict::from(&result)
}

fn link_samples() -> Vec<Vec<u8>> {
    let link = TableLink {
        unit: "Xã Gia Lộc".into(),
        year: "2027".into(),
        base: RateBase::Unit,
        rows: sample_rows(),
        total: Some(sample_rows().remove(0)),
    };
    vec![
        table_to_query(&link).into_bytes(),
        b"?don-vi=X%C3%A3%20A&nam=2028&thon=Th%C3%B4n%201~100~~5~~~~~2&thon=B~50~~x".to_vec(),
    ]
}

/// A link read, written and read again gives the same table.
fn link(input: &[u8]) -> Verdict {
    let Some((link, trouble)) = table_from_query(&text(input)) else {
        return Verdict::Refused;
    };
    if !trouble.is_empty() {
        said(trouble.message(Lang::Vi));
    }
    check_table(&link.rows, link.total.as_ref(), link.base);
    let again = table_from_query(&table_to_query(&link)).map(|(l, _)| l);
    assert_eq!(again.as_ref(), Some(&link));
    Verdict::Accepted
}

fn path_link_samples() -> Vec<Vec<u8>> {
    let link = PathLink {
        rate: "8,50".into(),
        households: "1.200".into(),
        relative: true,
        ..PathLink::default()
    };
    vec![
        link.to_query().into_bytes(),
        b"ty-le=3%2C04&nam=2028&so-nam=99999999999999999999999&gap=%C3&cach-hieu=tuong-doi&ty-le=1".to_vec(),
    ]
}

/// Any address gives the path page its inputs; written and read again,
/// they are the same.
fn path_link(input: &[u8]) -> Verdict {
    let link = PathLink::from_query(&text(input));
    assert_eq!(PathLink::from_query(&link.to_query()), link);
    Verdict::Accepted
}

fn figure_samples() -> Vec<Vec<u8>> {
    vec![
        join_fields(&[
            "3,04",
            "2026",
            "5",
            "0,8",
            "1,5",
            "2",
            "1,2",
            "30",
            "1.480;300;45;60;12;10;35",
        ]),
        join_fields(&["10", "2025", "30", "10", "0", "0,5", "100", "1.480", "0;0;0;0;0;0;0"]),
    ]
}

/// The unit's counts as the table gives them, from `;`-joined counts.
fn counts(text: &str) -> Counts {
    let mut n = text.split(';').map(|t| parse_count(t).unwrap_or(0));
    let mut next = || n.next().unwrap_or(0);
    Counts {
        households: next(),
        ethnic_minority: next(),
        poor: next(),
        near_poor: next(),
        ethnic_minority_poor: next(),
        social_protection_poor: next(),
        poor_able_to_escape: next(),
    }
}

/// The figures parsed and used as the targets, path and target-forms
/// pages use them (`src/pages/`), limits included.
fn figures(input: &[u8]) -> Verdict {
    let [rate, year, years, step, goal, factor, points, households, unit] = split_fields(input);
    let c = counts(&unit);
    let number = |t: &str| parse_number(t).ok();
    let count = |t: &str| parse_count(t).ok();
    let mut used = false;
    if let (Some(rate), Some(year), Some(n), Some(step)) = (
        number(&rate),
        count(&year).and_then(|y| i32::try_from(y).ok()),
        count(&years).and_then(|n| u32::try_from(n).ok()).filter(|n| *n <= 30),
        number(&step),
    ) {
        path(year, rate, n, YearlyStep::Points(step));
        path(year, rate, n, YearlyStep::PercentOfPrevious(step));
        used = true;
    }
    if let (Some(rate), Some(goal), Some(n)) = (number(&rate), number(&goal), count(&years)) {
        step_to_reach(rate, goal, u32::try_from(n).unwrap_or(u32::MAX));
    }
    if let (Some(factor), Some(n)) = (number(&factor), count(&years)) {
        growth_to_multiply(factor, u32::try_from(n).unwrap_or(u32::MAX));
    }
    if let Some(p) = number(&points) {
        households_for_points(p, c.households);
        for form in TargetForm::ALL {
            from_points(form, p, &c);
        }
        to_reach_poor_rate(p, &c);
        used = true;
    }
    if let Some(h) = count(&households) {
        points_for_households(h, c.households);
        for form in TargetForm::ALL {
            from_households(form, h, &c);
        }
        let _ = share_out_capped(
            h,
            &[c.poor, c.poor_able_to_escape, h],
            &[c.poor, c.households, u64::MAX],
        );
        used = true;
    }
    Verdict::accepted_if(used)
}

pub fn all() -> Vec<Target> {
    vec![
        Target {
            name: "target annex CSV",
            reads: "`read_annex_bytes` (and as the reader worker answers, read back), then `parse_table`, `check` and `describe` as the annex page does",
            cost: 8,
            samples: annex_samples,
            run: annex,
        },
        Target {
            name: "target table link",
            reads: "`table_from_query` (share link and stored targets part), then the table's checks",
            cost: 1,
            samples: link_samples,
            run: link,
        },
        Target {
            name: "path link",
            reads: "`PathLink::from_query` (the path page's address, the targets page's link to it)",
            cost: 1,
            samples: path_link_samples,
            run: path_link,
        },
        Target {
            name: "target and path figures",
            reads: "figures typed on the targets, forms and path pages, parsed as the pages do, into `path`, `step_to_reach`, `growth_to_multiply`, `households_for_points`, `from_points`, `to_reach_poor_rate`, `share_out_capped`",
            cost: 2,
            samples: figure_samples,
            run: figures,
        },
    ]
}
