//! The list counted by village, in the columns of the target annex.

use std::sync::Arc;

use household_list::{Rates, Summary};
use leptos::prelude::*;
use planning::{Counts, RateBase, RowText, TableLink, table_to_query};
use poverty_rules::Standard;
use vn_format::{Decimal, format_integer, format_percent};

use crate::components::{Citation, CountColumns, StatusBadge, TableScroll, count_cells, count_headers};
use crate::i18n::{count_texts, households_texts, pick, use_lang};

fn pct(rate: Option<Decimal>) -> String {
    rate.map(|r| format_percent(r, 2)).unwrap_or_default()
}

fn cells(c: &Counts, r: &Rates) -> impl IntoView + use<> {
    count_cells(CountColumns {
        households: c.households,
        ethnic_minority: c.ethnic_minority,
        poor: c.poor,
        poor_rate: pct(r.poor),
        near_poor: c.near_poor,
        near_poor_rate: pct(r.near_poor),
        ethnic_minority_poor: c.ethnic_minority_poor,
        social_protection_poor: c.social_protection_poor,
        poor_able_to_escape: c.poor_able_to_escape,
    })
}

/// Rates over each village's own households, as a village's report shows them.
#[component]
pub fn VillageCounts(summary: Arc<Summary>) -> impl IntoView {
    let t = count_texts();
    let h = households_texts();
    let rows = summary
        .villages
        .iter()
        .map(|v| view! { <tr><th scope="row">{v.name.clone()}</th>{cells(&v.counts.annex, &v.rates)}</tr> })
        .collect_view();
    view! {
        <TableScroll>
            <table id="bang-dem">
                <caption>{h.counts_caption}</caption>
                <thead>
                    <tr>
                        <th scope="col">{t.col_name}</th>
                        {count_headers(t)}
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
                <tfoot>
                    <tr class="total"><th scope="row">{t.total}</th>{cells(&summary.total.annex, &summary.total_rates)}</tr>
                </tfoot>
            </table>
        </TableScroll>
    }
}

/// Households whose workers count as low-income workers, by village, with
/// what that brings and its legal basis; or why the list cannot count them.
/// `known`: the list was classified by income under a standard with the band.
#[component]
pub fn LowIncomeCounts(summary: Arc<Summary>, standard: Standard, known: bool) -> impl IntoView {
    let t = count_texts();
    let h = households_texts();
    let lang = use_lang();
    let Some(band) = standard.low_income_workers else {
        return view! { <p class="hint">{h.low_income_not_in_standard}</p> }.into_any();
    };
    if !known {
        return view! { <p class="hint">{h.low_income_by_scores}</p> }.into_any();
    }
    let count = |n: u64| format_integer(n.into());
    let rows = summary
        .villages
        .iter()
        .map(|v| view! { <tr><th scope="row">{v.name.clone()}</th><td class="num">{count(v.counts.low_income_workers)}</td></tr> })
        .collect_view();
    view! {
        <p>{h.low_income_intro} " " {pick(lang, &band.support)} " " <Citation text=band.basis.citation() /> " " <StatusBadge status=band.basis.status /></p>
        <TableScroll>
            <table id="bang-thu-nhap-thap">
                <caption>{h.low_income_caption}</caption>
                <thead>
                    <tr><th scope="col">{t.col_name}</th><th scope="col">{h.low_income_col}</th></tr>
                </thead>
                <tbody>{rows}</tbody>
                <tfoot>
                    <tr class="total"><th scope="row">{t.total}</th><td class="num">{count(summary.total.low_income_workers)}</td></tr>
                </tfoot>
            </table>
        </TableScroll>
    }
    .into_any()
}

/// The villages' counts as rows of the target table, for the targets page's
/// link: the reduction and typed rates are left for the officer.
pub fn table_query(summary: &Summary, year: i32) -> String {
    let rows = summary
        .villages
        .iter()
        .map(|v| RowText::of_counts(&v.name, &v.counts.annex))
        .collect();
    table_to_query(&TableLink {
        unit: String::new(),
        year: year.to_string(),
        base: RateBase::Row,
        rows,
        total: None,
    })
}
