//! The target annex (biểu chỉ tiêu) as it is printed: A4 landscape, the
//! unit's name and the year, one row per village and the total row, in the
//! column order of the official tables, on screen as it will print.

use leptos::prelude::*;
use vn_format::{format_integer, format_percent};

use super::state::TableState;
use super::table::{count_columns, rate_text, total_cells, year_end};
use crate::components::{TableScroll, count_cells, count_headers};
use crate::i18n::{count_texts, targets_texts};

#[component]
pub fn AnnexPrint(state: TableState) -> impl IntoView {
    let t = targets_texts();
    let c = count_texts();
    let n = |v: u64| format_integer(v.into());
    let unit = move || {
        let name = state.unit_name.get();
        (!name.trim().is_empty()).then_some(name)
    };
    let title = move || format!("{} {}", t.annex_title, state.year.get().trim());
    let rows = move || {
        let names = state.names();
        state.parsed.with(|p| {
            p.rows
                .iter()
                .zip(names)
                .enumerate()
                .map(|(i, (r, name))| {
                    let c = r.counts;
                    let base = state.base_of(c.households);
                    // A rate the officer typed is printed as typed; the checks on screen say if it is wrong.
                    let poor_rate = r
                        .poor_rate
                        .map(|v| format_percent(v, 2))
                        .unwrap_or_else(|| rate_text(c.poor, base));
                    let near_rate = r
                        .near_poor_rate
                        .map(|v| format_percent(v, 2))
                        .unwrap_or_else(|| rate_text(c.near_poor, base));
                    view! {
                        <tr>
                            <td class="num">{i + 1}</td>
                            <th scope="row">{name}</th>
                            {count_cells(count_columns(&c, poor_rate, near_rate))}
                            <td class="num">{n(r.reduction.unwrap_or(0))}</td>
                            <td class="num">{n(year_end(r))}</td>
                            <td class="num">{rate_text(year_end(r), base)}</td>
                        </tr>
                    }
                })
                .collect_view()
        })
    };
    view! {
        <section class="annex">
            <p class="annex-unit">{unit}</p>
            <p class="annex-title" id="bieu-tieu-de">{title}</p>
            <p class="annex-note">{t.annex_note}</p>
            <TableScroll>
                <table aria-labelledby="bieu-tieu-de">
                    <thead>
                        <tr>
                            <th scope="col">{t.col_no}</th>
                            <th scope="col">{c.col_name}</th>
                            {count_headers(c)}
                            <th scope="col">{t.col_reduction}</th>
                            <th scope="col">{t.col_end}</th>
                            <th scope="col">{t.col_end_rate}</th>
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                    <tfoot>
                        <tr class="total">
                            <td></td>
                            <th scope="row">{c.total}</th>
                            {total_cells(state)}
                        </tr>
                    </tfoot>
                </table>
            </TableScroll>
        </section>
    }
}
