//! The funding table (biểu kinh phí): the lines added up by project (each
//! project with its sub-projects), by kind and by source, the grand total,
//! and by commune or village when lines name one. Shown on screen and
//! printed on A4 landscape pages.

use funding::{KindSplit, Source, format_amount, format_rate};
use leptos::prelude::*;

use super::names::{kind_name, source_name};
use super::state::FundingState;
use crate::browser::stored_or_reading;
use crate::components::TableScroll;
use crate::i18n::{Lang, funding_table_texts, pick, use_lang};

/// A group's money in the table's column order: total, by kind, by source,
/// expected disbursement in money and percent.
fn money_cells(money: &KindSplit) -> impl IntoView + use<> {
    let all = money.all();
    let mut cells = vec![format_amount(all.total())];
    cells.extend(funding::Kind::ALL.map(|k| format_amount(money.get(k).total())));
    cells.extend(Source::ALL.map(|s| format_amount(all.amounts.get(s))));
    cells.push(format_amount(all.expected_disbursement));
    cells.push(all.disbursement_percent().map(format_rate).unwrap_or_default());
    cells
        .into_iter()
        .map(|c| view! { <td class="num">{c}</td> })
        .collect_view()
}

fn money_headers(lang: Lang) -> impl IntoView {
    let t = funding_table_texts();
    view! {
        <th scope="col">{t.col_total}</th>
        {funding::Kind::ALL.map(|k| view! { <th scope="col">{kind_name(lang, k)}</th> }).collect_view()}
        {Source::ALL.map(|s| view! { <th scope="col">{source_name(lang, s)}</th> }).collect_view()}
        <th scope="col">{t.col_expected}</th>
        <th scope="col">"%"</th>
    }
}

#[component]
pub fn FundingTableSection(state: FundingState) -> impl IntoView {
    let t = funding_table_texts();
    let lang = use_lang();
    let rows = move || {
        state.table.with(|table| {
            let mut rows: Vec<AnyView> = table
                .rows
                .iter()
                .filter(|r| r.has_lines)
                .map(|r| {
                    let sub = r.depth > 0;
                    view! {
                        <tr class:sub=sub>
                            <td>{r.code.clone()}</td>
                            <th scope="row">{pick(lang, &r.name)}</th>
                            {money_cells(&r.money)}
                        </tr>
                    }
                    .into_any()
                })
                .collect();
            if !table.unassigned.all().total().is_zero() {
                rows.push(
                    view! {
                        <tr>
                            <td>"?"</td>
                            <th scope="row">{t.unassigned}</th>
                            {money_cells(&table.unassigned)}
                        </tr>
                    }
                    .into_any(),
                );
            }
            rows.collect_view()
        })
    };
    let by_sub_unit = move || {
        state.table.with(|table| {
            (!table.by_sub_unit.is_empty()).then(|| {
                let rows = table
                    .by_sub_unit
                    .iter()
                    .map(|s| {
                        view! {
                            <tr>
                                <th scope="row">{s.name.clone()}</th>
                                {money_cells(&s.money)}
                            </tr>
                        }
                    })
                    .collect_view();
                let whole = {
                    let rest = table.not_by_sub_unit();
                    (!rest.all().total().is_zero()).then(|| {
                        view! {
                            <tr>
                                <th scope="row">{t.whole_unit}</th>
                                {money_cells(&rest)}
                            </tr>
                        }
                    })
                };
                view! {
                    <table class="funding-table" id="bieu-theo-xa">
                        <caption>{t.sub_unit_caption}</caption>
                        <thead>
                            <tr>
                                <th scope="col">{t.col_sub_unit}</th>
                                {money_headers(lang)}
                            </tr>
                        </thead>
                        <tbody>{rows}{whole}</tbody>
                    </table>
                }
            })
        })
    };
    let empty = move || {
        state
            .table
            .with(|table| table.total.all().total().is_zero() && table.rows.iter().all(|r| !r.has_lines))
            .then(|| view! { <p class="hint no-print">{stored_or_reading(t.nothing_yet)}</p> })
    };
    view! {
        <section class="annex funding-annex" aria-labelledby="bieu-kinh-phi">
            <h2 id="bieu-kinh-phi" class="no-print">{t.table_heading}</h2>
            <p class="annex-title print-only">{t.table_title}</p>
            <p class="annex-note print-only">{t.unit_note.split('.').next().unwrap_or_default()}</p>
            <TableScroll>
                <table class="funding-table" id="bieu-tong">
                    <caption>{t.table_heading}</caption>
                    <thead>
                        <tr>
                            <th scope="col">{t.col_code}</th>
                            <th scope="col">{t.col_project}</th>
                            {money_headers(lang)}
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                    <tfoot>
                        <tr class="total">
                            <td></td>
                            <th scope="row">{t.grand_total}</th>
                            {move || state.table.with(|table| money_cells(&table.total))}
                        </tr>
                    </tfoot>
                </table>
                {by_sub_unit}
            </TableScroll>
            {empty}
            <p class="no-print">
                <button type="button" id="in-bieu" on:click=move |_| {
                    let _ = window().print();
                }>{t.print}</button>
            </p>
        </section>
    }
}
