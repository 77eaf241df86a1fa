//! Totals typed by hand, as the plan prints them: of a project or the whole
//! plan, optionally of one kind or source, each beside the sum of the lines
//! and marked when the two differ.

use funding::{Column, Issue, Kind, ProjectId, Source, TotalText, format_amount};
use leptos::prelude::*;

use super::lines::project_options;
use super::names::{kind_from_slug, kind_name, kind_slug, source_from_slug, source_name, source_slug};
use super::state::{FundingState, Keyed};
use crate::components::TableScroll;
use crate::i18n::{funding_texts, use_lang};

#[component]
fn TotalRow(total: Keyed<TotalText>, state: FundingState) -> impl IntoView {
    let t = funding_texts();
    let lang = use_lang();
    let Keyed { key, text } = total;
    let index = state.total_index(key);
    let id = move |what: &str| format!("tong-{key}-{what}");
    let row_label = move || format!("{} {}", t.total_word, index.get() + 1);
    let error = Memo::new(move |_| state.cell_error(index.get(), Column::Total));
    let mismatch = move || {
        state.issues.with(|all| {
            all.iter()
                .any(|i| matches!(i, Issue::TotalMismatch { row, .. } if *row == index.get()))
        })
    };
    let sum = move || {
        let t = text.get();
        state.table.with(|table| {
            let money = match t.project {
                None => Some(table.total),
                Some(p) => table.row(p).map(|r| r.money),
            };
            money.map(|m| format_amount(m.pick(t.kind, t.source)))
        })
    };
    let kind_options = move || {
        let chosen = text.with(|t| t.kind);
        let mut options = vec![view! { <option value="" prop:selected=chosen.is_none()>{t.any_kind}</option> }];
        options.extend(Kind::ALL.map(|k| {
            view! { <option value=kind_slug(k) prop:selected=chosen == Some(k)>{kind_name(lang, k)}</option> }
        }));
        options.collect_view()
    };
    let source_options = move || {
        let chosen = text.with(|t| t.source);
        let mut options = vec![view! { <option value="" prop:selected=chosen.is_none()>{t.any_source}</option> }];
        options.extend(Source::ALL.map(|s| {
            view! { <option value=source_slug(s) prop:selected=chosen == Some(s)>{source_name(lang, s)}</option> }
        }));
        options.collect_view()
    };
    view! {
        <tr>
            <td>
                <select id=id("du-an") aria-label=move || format!("{}, {}", t.col_of, row_label()) on:change=move |ev| {
                    let project = event_target_value(&ev).parse().ok().map(ProjectId);
                    text.update(|t| t.project = project);
                }>
                    {project_options(state, move || text.with(|t| t.project), Some(t.whole_plan))}
                </select>
            </td>
            <td>
                <select id=id("loai") aria-label=move || format!("{}, {}", t.col_kind, row_label()) on:change=move |ev| {
                    let kind = kind_from_slug(&event_target_value(&ev));
                    text.update(|t| t.kind = kind);
                }>{kind_options}</select>
            </td>
            <td>
                <select id=id("nguon") aria-label=move || format!("{}, {}", t.col_source, row_label()) on:change=move |ev| {
                    let source = source_from_slug(&event_target_value(&ev));
                    text.update(|t| t.source = source);
                }>{source_options}</select>
            </td>
            <td>
                <input
                    type="text"
                    inputmode="decimal"
                    autocomplete="off"
                    class="cell"
                    id=id("so")
                    aria-label=move || format!("{}, {}", t.col_typed, row_label())
                    aria-invalid=move || (error.with(Option::is_some) || mismatch()).then_some("true")
                    aria-describedby=id("loi")
                    prop:value=move || text.with(|t| t.text.clone())
                    on:input=move |ev| {
                        let value = event_target_value(&ev);
                        text.update(|t| t.text = value);
                    }
                />
                <span class="field-error" id=id("loi")>{move || error.get().map(|e| e.message(lang))}</span>
            </td>
            <td class="num" id=id("cong")>{sum}</td>
            <td>
                <button type="button" class="secondary" id=id("xoa") aria-label=move || format!("{}: {}", t.remove, row_label()) on:click=move |_| state.remove_total(key)>
                    {t.remove}
                </button>
            </td>
        </tr>
    }
}

#[component]
pub fn TypedTotalsSection(state: FundingState) -> impl IntoView {
    let t = funding_texts();
    view! {
        <section class="no-print" aria-labelledby="tong-ghi-tay">
            <h2 id="tong-ghi-tay">{t.typed_heading}</h2>
            <p class="hint">{t.typed_intro}</p>
            <TableScroll>
                <table class="typed-totals">
                    <caption>{t.typed_caption}</caption>
                    <thead>
                        <tr>
                            <th scope="col">{t.col_of}</th>
                            <th scope="col">{t.col_kind}</th>
                            <th scope="col">{t.col_source}</th>
                            <th scope="col">{t.col_typed}</th>
                            <th scope="col">{t.col_sum}</th>
                            <td></td>
                        </tr>
                    </thead>
                    <tbody>
                        <For each=move || state.totals.get() key=|t| t.key let:total>
                            <TotalRow total=total state=state />
                        </For>
                    </tbody>
                </table>
            </TableScroll>
            <p>
                <button type="button" id="them-tong" on:click=move |_| state.add_total()>{t.add_total}</button>
            </p>
        </section>
    }
}
