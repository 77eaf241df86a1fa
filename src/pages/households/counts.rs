//! The list counted by village, in the columns of the target annex.

use household_list::{Counts, Rates, Summary};
use leptos::prelude::*;
use planning::{RateBase, RowText, TableLink, table_to_query};
use vn_format::{Decimal, format_integer, format_percent};

use crate::i18n::{households_texts, targets_texts};

fn n(value: u64) -> String {
    format_integer(value.into())
}

fn pct(rate: Option<Decimal>) -> String {
    rate.map(|r| format_percent(r, 2)).unwrap_or_default()
}

fn cells(c: &Counts, r: &Rates) -> impl IntoView + use<> {
    view! {
        <td class="num">{n(c.households)}</td>
        <td class="num">{n(c.ethnic_minority)}</td>
        <td class="num">{n(c.poor)}</td>
        <td class="num">{pct(r.poor)}</td>
        <td class="num">{n(c.near_poor)}</td>
        <td class="num">{pct(r.near_poor)}</td>
        <td class="num">{n(c.ethnic_minority_poor)}</td>
        <td class="num">{n(c.social_protection_poor)}</td>
        <td class="num">{n(c.poor_able_to_escape)}</td>
    }
}

/// Rates over each village's own households, as a village's report shows them.
#[component]
pub fn VillageCounts(summary: Summary) -> impl IntoView {
    let t = targets_texts();
    let h = households_texts();
    let rows = summary
        .villages
        .iter()
        .map(|v| view! { <tr><th scope="row">{v.name.clone()}</th>{cells(&v.counts, &v.rates)}</tr> })
        .collect_view();
    view! {
        <div class="table-scroll">
            <table id="bang-dem">
                <caption>{h.counts_caption}</caption>
                <thead>
                    <tr>
                        <th scope="col">{t.col_name}</th>
                        <th scope="col">{t.col_households}</th>
                        <th scope="col">{t.col_em}</th>
                        <th scope="col">{t.col_poor}</th>
                        <th scope="col">{t.col_rate}</th>
                        <th scope="col">{t.col_near}</th>
                        <th scope="col">{t.col_rate}</th>
                        <th scope="col">{t.col_em_poor}</th>
                        <th scope="col">{t.col_social}</th>
                        <th scope="col">{t.col_able}</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
                <tfoot>
                    <tr class="total"><th scope="row">{t.total}</th>{cells(&summary.total, &summary.total_rates)}</tr>
                </tfoot>
            </table>
        </div>
    }
}

/// The villages' counts as rows of the target table, for the targets page's
/// link: the reduction and typed rates are left for the officer.
pub fn table_query(summary: &Summary, year: i32) -> String {
    let rows = summary
        .villages
        .iter()
        .map(|v| {
            let c = &v.counts;
            let cells = [
                c.households,
                c.ethnic_minority,
                c.poor,
                c.near_poor,
                c.ethnic_minority_poor,
                c.social_protection_poor,
                c.poor_able_to_escape,
            ]
            .map(|n| n.to_string());
            let [a, b, c, d, e, f, g] = cells;
            RowText {
                name: v.name.clone(),
                cells: [a, b, c, d, e, f, g, String::new()],
                rates: Default::default(),
            }
        })
        .collect();
    table_to_query(&TableLink {
        unit: String::new(),
        year: year.to_string(),
        base: RateBase::Row,
        rows,
    })
}
