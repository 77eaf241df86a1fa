//! The editable village table: counts and printed rates as typed, computed
//! rates and year-end counts beside them, the total row, and every cell
//! that a check concerns marked for screen readers and the eye.

use leptos::prelude::*;
use planning::{Column, Counts, RowText, TypedRow, rate_percent};
use vn_format::{format_integer, format_percent};

use super::pager::{TablePager, page_rows};
use super::state::{Row, Slot, TableState, counts_of, reduction_of};
use crate::components::{CountColumns, TableScroll, count_cells, count_headers};
use crate::i18n::{CountTexts, TargetsTexts, count_texts, targets_texts};

pub fn column_label(t: &'static TargetsTexts, c: &'static CountTexts, column: Column) -> &'static str {
    match column {
        Column::Households => c.col_households,
        Column::EthnicMinority => c.col_em,
        Column::Poor => c.col_poor,
        Column::NearPoor => c.col_near,
        Column::EthnicMinorityPoor => c.col_em_poor,
        Column::SocialProtectionPoor => c.col_social,
        Column::PoorAbleToEscape => c.col_able,
        Column::PoorRate => c.col_poor_rate,
        Column::NearPoorRate => c.col_near_rate,
        _ => t.col_reduction,
    }
}

pub fn rate_text(count: u64, base: u64) -> String {
    rate_percent(count, base)
        .map(|r| format_percent(r, 2))
        .unwrap_or_default()
}

/// Poor households left at the end of the year.
pub fn year_end(row: &TypedRow) -> u64 {
    row.counts.poor.saturating_sub(row.reduction.unwrap_or(0))
}

/// A row's count columns with its rates as given.
pub fn count_columns(c: &Counts, poor_rate: String, near_poor_rate: String) -> CountColumns {
    CountColumns {
        households: c.households,
        ethnic_minority: c.ethnic_minority,
        poor: c.poor,
        poor_rate,
        near_poor: c.near_poor,
        near_poor_rate,
        ethnic_minority_poor: c.ethnic_minority_poor,
        social_protection_poor: c.social_protection_poor,
        poor_able_to_escape: c.poor_able_to_escape,
    }
}

/// The total row's cells after its heading, on screen and in print: the
/// sums, rates over the unit's households, the reduction and the year end.
/// Read from the parsed table alone: a view that followed both the table
/// and the totals worked out from it would miss an edit of the reduction
/// alone (the totals' counts unchanged), as Leptos checks a memo it reaches
/// through another only once.
pub fn total_cells(state: TableState) -> impl IntoView {
    move || {
        let (c, reduction) = state.parsed.with(|p| (counts_of(p), reduction_of(p)));
        let end = c.poor.saturating_sub(reduction);
        let columns = count_columns(
            &c,
            rate_text(c.poor, c.households),
            rate_text(c.near_poor, c.households),
        );
        view! {
            {count_cells(columns)}
            <td class="num">{format_integer(reduction.into())}</td>
            <td class="num">{format_integer(end.into())}</td>
            <td class="num">{rate_text(end, c.households)}</td>
        }
    }
}

/// The cells of a row, in the annex's column order.
const LAYOUT: [Slot; 10] = [
    Slot::Count(0),
    Slot::Count(1),
    Slot::Count(2),
    Slot::Rate(0),
    Slot::Count(3),
    Slot::Rate(1),
    Slot::Count(4),
    Slot::Count(5),
    Slot::Count(6),
    Slot::Count(7),
];

#[component]
fn VillageRow(row: Row, state: TableState) -> impl IntoView {
    let t = targets_texts();
    let c = count_texts();
    let Row { key, text, parsed, .. } = row;
    // This row's figures only: typing elsewhere leaves this row alone.
    let typed = Memo::new(move |_| parsed.with(|p| p.0.clone()));
    let cell = move |slot: Slot| {
        let column = slot.column();
        let invalid = move || row.is_flagged(column).then_some("true");
        let label = move || format!("{}, {}", column_label(t, c, column), text.with(|r| r.name.clone()));
        let placeholder = move || match slot {
            Slot::Rate(i) => {
                let c = typed.get().counts;
                let count = if i == 0 { c.poor } else { c.near_poor };
                rate_text(count, state.base_of(c.households))
            }
            Slot::Count(_) => String::new(),
        };
        let mode = if matches!(slot, Slot::Rate(_)) {
            "decimal"
        } else {
            "numeric"
        };
        view! {
            <td>
                <input
                    type="text"
                    inputmode=mode
                    autocomplete="off"
                    class="cell"
                    aria-label=label
                    aria-invalid=invalid
                    placeholder=placeholder
                    prop:value=move || text.with(|r| slot.text(r))
                    on:input=move |ev| {
                        let value = event_target_value(&ev);
                        text.update(|r| slot.set(r, value));
                    }
                />
            </td>
        }
    };
    view! {
        <tr>
            <th scope="row">
                <input
                    type="text"
                    class="name"
                    aria-label=c.col_name
                    prop:value=move || text.with(|r| r.name.clone())
                    on:input=move |ev| {
                        let value = event_target_value(&ev);
                        text.update(|r| r.name = value);
                    }
                />
            </th>
            {LAYOUT.map(cell).collect_view()}
            <td class="num">{move || format_integer(year_end(&typed.get()).into())}</td>
            <td class="num">{move || { let r = typed.get(); rate_text(year_end(&r), state.base_of(r.counts.households)) }}</td>
            <td>
                <button type="button" class="secondary" on:click=move |_| state.remove(key)>{t.remove_row}</button>
            </td>
        </tr>
    }
}

#[component]
pub fn TargetTable(state: TableState, caption: Signal<String>, page: RwSignal<usize>) -> impl IntoView {
    let t = targets_texts();
    let c = count_texts();
    let shown = move || {
        let p = page.get();
        state.rows.with(|v| v[page_rows(p, v.len())].to_vec())
    };
    let total_row = move || {
        view! {
            <tr class="total">
                <th scope="row">{c.total}</th>
                {total_cells(state)}
                <td></td>
            </tr>
        }
    };
    view! {
        <TablePager state=state page=page />
        <TableScroll>
            <table class="targets no-print">
                <caption>{caption}</caption>
                <thead>
                    <tr>
                        <th scope="col">{c.col_name}</th>
                        {count_headers(c)}
                        <th scope="col">{t.col_reduction}</th>
                        <th scope="col">{t.col_end}</th>
                        <th scope="col">{t.col_end_rate}</th>
                        <td></td>
                    </tr>
                </thead>
                <tbody>
                    <For each=shown key=|r| r.key let:row>
                        <VillageRow row=row state=state />
                    </For>
                </tbody>
                <tfoot>{total_row}</tfoot>
            </table>
        </TableScroll>
        <p class="hint no-print">{t.rate_hint}</p>
    }
}

/// A blank village row named "Thôn n".
pub fn blank_row(t: &'static TargetsTexts, n: u32) -> RowText {
    RowText {
        name: format!("{}{n}", t.new_row),
        ..RowText::default()
    }
}
