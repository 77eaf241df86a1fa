//! The funding lines: one row per line, each in its own signal, with the
//! project, sub-unit, kind, the five sources' amounts as typed, the
//! counterpart worked out at the set rate beside the typed one, and the
//! expected disbursement. A cell that does not read is marked and its
//! message shown beside it.

use funding::{Column, FundingLine, Issue, Kind, ProjectId, Source, format_amount};
use leptos::prelude::*;

use super::names::{column_name, kind_slug, source_name, source_slug};
use super::state::{FundingState, Keyed};
use crate::browser::stored_or_reading;
use crate::components::TableScroll;
use crate::i18n::{funding_texts, use_lang};

/// The catalogue as `<option>`s, the chosen one selected; a project that is
/// gone is kept as an option so the line still shows what it was for.
/// `none` adds a first option with the empty value (the whole plan).
pub fn project_options(
    state: FundingState,
    chosen: impl Fn() -> Option<ProjectId> + Send + Sync + 'static,
    none: Option<&'static str>,
) -> impl IntoView {
    let t = funding_texts();
    move || {
        let chosen = chosen();
        let (mut options, known): (Vec<(String, String, bool)>, bool) = state.catalogue.with(|c| {
            let options = c
                .projects
                .iter()
                .map(|p| {
                    let indent = if p.parent.is_some() { "\u{a0}\u{a0}" } else { "" };
                    (
                        p.id.0.to_string(),
                        format!("{indent}{} — {}", p.code, p.name.vi),
                        Some(p.id) == chosen,
                    )
                })
                .collect();
            (options, chosen.is_none_or(|id| c.get(id).is_some()))
        });
        if let Some(id) = chosen.filter(|_| !known) {
            options.insert(0, (id.0.to_string(), t.unknown_project.to_owned(), true));
        }
        if let Some(label) = none {
            options.insert(0, (String::new(), label.to_owned(), chosen.is_none()));
        }
        options
            .into_iter()
            .map(|(value, label, selected)| view! { <option value=value prop:selected=selected>{label}</option> })
            .collect_view()
    }
}

#[component]
fn LineRow(line: Keyed<FundingLine>, state: FundingState) -> impl IntoView {
    let t = funding_texts();
    let lang = use_lang();
    let Keyed { key, text } = line;
    let index = state.line_index(key);
    let row_label = move || {
        let project = text.with(|l| l.project);
        format!("{} {} ({})", t.line_word, index.get() + 1, state.code(project))
    };
    let id = move |what: &str| format!("dong-{key}-{what}");
    let cell_input = move |column: Column, slug: &'static str| {
        let error = Memo::new(move |_| state.cell_error(index.get(), column));
        let flagged = move || {
            error.with(Option::is_some)
                || (column == Column::Amount(Source::LocalCounterpart)
                    && state.issues.with(|all| {
                        all.iter()
                            .any(|i| matches!(i, Issue::CounterpartMismatch { line, .. } if *line == index.get()))
                    }))
        };
        let error_id = id(&format!("{slug}-loi"));
        let value = move || {
            text.with(|l| match column {
                Column::Amount(source) => l.amounts[source_index(source)].clone(),
                _ => l.disbursement.clone(),
            })
        };
        view! {
            <td>
                <input
                    type="text"
                    inputmode="decimal"
                    autocomplete="off"
                    class="cell"
                    id=id(slug)
                    aria-label=move || format!("{}, {}", column_name(t, lang, column), row_label())
                    aria-invalid=move || flagged().then_some("true")
                    aria-describedby=move || error.with(Option::is_some).then(|| error_id.clone())
                    prop:value=value
                    on:input=move |ev| {
                        let value = event_target_value(&ev);
                        text.update(|l| match column {
                            Column::Amount(source) => l.amounts[source_index(source)] = value,
                            _ => l.disbursement = value,
                        });
                    }
                />
                <span class="field-error" id=id(&format!("{slug}-loi"))>
                    {move || error.get().map(|e| e.message(lang))}
                </span>
            </td>
        }
    };
    // The counterpart at the set rate, when the line has central money.
    let expected = move || {
        let rule = state.parsed.with(|p| p.counterpart)?;
        let central = state
            .parsed
            .with(|p| p.lines.get(index.get()).map(|l| l.amounts.central))?;
        (!central.is_zero()).then(|| format_amount(rule.expected(central)))
    };
    let amount = |source: Source| cell_input(Column::Amount(source), source_slug(source));
    view! {
        <tr>
            <td class="num">{move || index.get() + 1}</td>
            <td>
                <select
                    id=id("du-an")
                    class="project"
                    aria-label=move || format!("{}, {} {}", t.col_project, t.line_word, index.get() + 1)
                    on:change=move |ev| {
                        if let Ok(project) = event_target_value(&ev).parse() {
                            text.update(|l| l.project = ProjectId(project));
                        }
                    }
                >
                    {project_options(state, move || Some(text.with(|l| l.project)), None)}
                </select>
            </td>
            <td>
                <input
                    type="text"
                    class="sub-unit"
                    id=id("xa")
                    aria-label=move || format!("{}, {}", t.col_sub_unit, row_label())
                    prop:value=move || text.with(|l| l.sub_unit.clone().unwrap_or_default())
                    on:input=move |ev| {
                        let value = event_target_value(&ev);
                        text.update(|l| l.sub_unit = Some(value));
                    }
                />
            </td>
            <td>
                <select
                    id=id("loai")
                    aria-label=move || format!("{}, {}", t.col_kind, row_label())
                    on:change=move |ev| {
                        if let Some(kind) = super::names::kind_from_slug(&event_target_value(&ev)) {
                            text.update(|l| l.kind = kind);
                        }
                    }
                >
                    {Kind::ALL
                        .map(|kind| {
                            let label = if kind == Kind::Investment { t.investment_short } else { t.recurrent_short };
                            view! { <option value=kind_slug(kind) prop:selected=move || text.with(|l| l.kind == kind)>{label}</option> }
                        })
                        .collect_view()}
                </select>
            </td>
            {amount(Source::Central)}
            {amount(Source::LocalCounterpart)}
            <td class="num computed" id=id("doi-ung-tinh")>{expected}</td>
            {amount(Source::Credit)}
            {amount(Source::People)}
            {amount(Source::Other)}
            {cell_input(Column::Disbursement, "giai-ngan")}
            <td>
                <button
                    type="button"
                    class="secondary"
                    id=id("xoa")
                    aria-label=move || format!("{}: {}", t.remove_line, row_label())
                    on:click=move |_| state.remove_line(key)
                >
                    {t.remove_line}
                </button>
            </td>
        </tr>
    }
}

fn source_index(source: Source) -> usize {
    Source::ALL.iter().position(|s| *s == source).unwrap_or(0)
}

#[component]
pub fn LinesSection(state: FundingState) -> impl IntoView {
    let t = funding_texts();
    let lang = use_lang();
    let header = move |source: Source| view! { <th scope="col">{source_name(lang, source)}</th> };
    view! {
        <section class="no-print" aria-labelledby="cac-dong">
            <h2 id="cac-dong">{t.lines_heading}</h2>
            <p class="hint">{t.unit_note}</p>
            <TableScroll>
                <table class="funding-lines">
                    <caption>{t.lines_caption}</caption>
                    <thead>
                        <tr>
                            <th scope="col">{t.col_no}</th>
                            <th scope="col">{t.col_project}</th>
                            <th scope="col">{t.col_sub_unit}</th>
                            <th scope="col">{t.col_kind}</th>
                            {header(Source::Central)}
                            {header(Source::LocalCounterpart)}
                            <th scope="col">{t.col_expected_counterpart}</th>
                            {header(Source::Credit)}
                            {header(Source::People)}
                            {header(Source::Other)}
                            <th scope="col">{t.col_disbursement}</th>
                            <td></td>
                        </tr>
                    </thead>
                    <tbody>
                        <For each=move || state.lines.get() key=|l| l.key let:line>
                            <LineRow line=line state=state />
                        </For>
                    </tbody>
                </table>
            </TableScroll>
            {move || state.lines.with(Vec::is_empty).then(|| view! { <p class="hint">{stored_or_reading(t.no_lines)}</p> })}
            <p>
                <button type="button" id="them-dong" on:click=move |_| state.add_line()>{t.add_line}</button>
            </p>
        </section>
    }
}
