//! What the plan states beyond the targets and funding pages: the year's
//! targets in each form real plans use, and last year's targets and
//! reviews (with both standards at a change of standard). Kept as typed in
//! the plan's part of the draft; read by `plan_doc::read_stated`, a message
//! per cell that does not read, and checked against each other.

use leptos::prelude::*;
use plan_doc::{FIGURE_KEYS, FiguresText, PlanForm, StatedError, TargetFinding, TargetText, TargetsText};

use super::editors::generated_view;
use crate::components::TableScroll;
use crate::i18n::{Lang, plan_texts, use_lang};

type Targets = fn(&PlanForm) -> &TargetsText;
type TargetsMut = fn(&mut PlanForm) -> &mut TargetsText;
type Form = fn(&TargetsText) -> &TargetText;
type FormMut = fn(&mut TargetsText) -> &mut TargetText;

/// The forms of a target, in the order plans list them: the id's part,
/// and the accessors.
const FORMS: [(&str, Form, FormMut); 4] = [
    ("ngheo", |t| &t.poor, |t| &mut t.poor),
    ("can-ngheo", |t| &t.near_poor, |t| &mut t.near_poor),
    ("ca-hai", |t| &t.poor_and_near_poor, |t| &mut t.poor_and_near_poor),
    ("dtts", |t| &t.ethnic_minority_poor, |t| &mut t.ethnic_minority_poor),
];

/// One text input bound to a string of the form.
fn text_input(
    form: RwSignal<PlanForm>,
    id: String,
    label: String,
    get: impl Fn(&PlanForm) -> String + Copy + Send + Sync + 'static,
    set: impl Fn(&mut PlanForm, String) + Copy + Send + Sync + 'static,
) -> impl IntoView {
    view! {
        <input type="text" inputmode="decimal" id=id aria-label=label prop:value=move || form.with(get) on:input=move |ev| {
            let value = event_target_value(&ev);
            form.update(|f| set(f, value));
        } />
    }
}

/// Each form's figure and whether it is in households or points, then the
/// rate to reach: the year's targets (`prefix` "ct") or last year's ("nt-ct").
fn targets_table(
    form: RwSignal<PlanForm>,
    prefix: &'static str,
    caption: &'static str,
    get: Targets,
    set: TargetsMut,
) -> impl IntoView {
    let t = plan_texts();
    let rows = FORMS
        .into_iter()
        .zip(t.target_forms)
        .map(|((key, of, of_mut), label)| {
            let unit_id = format!("{prefix}-{key}-don-vi");
            let unit_label = format!("{label}: {}", t.col_unit);
            view! {
                <tr>
                    <th scope="row">{label}</th>
                    <td>{text_input(form, format!("{prefix}-{key}"), label.to_owned(), move |f| of(get(f)).value.clone(), move |f, v| of_mut(set(f)).value = v)}</td>
                    <td>
                        <select id=unit_id aria-label=unit_label on:change=move |ev| {
                            let in_points = event_target_value(&ev) == "diem";
                            form.update(|f| of_mut(set(f)).in_points = in_points);
                        }>
                            <option value="ho" selected=move || form.with(|f| !of(get(f)).in_points)>{t.unit_households}</option>
                            <option value="diem" selected=move || form.with(|f| of(get(f)).in_points)>{t.unit_points}</option>
                        </select>
                    </td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <TableScroll>
            <table class="stated">
                <caption>{caption}</caption>
                <thead>
                    <tr><th scope="col">{t.col_target}</th><th scope="col">{t.col_value}</th><th scope="col">{t.col_unit}</th></tr>
                </thead>
                <tbody>
                    {rows}
                    <tr>
                        <th scope="row">{t.target_goal}</th>
                        <td>{text_input(form, format!("{prefix}-muc-tieu-ty-le"), t.target_goal.to_owned(), move |f| get(f).poor_rate_goal.clone(), move |f, v| set(f).poor_rate_goal = v)}</td>
                        <td>"%"</td>
                    </tr>
                </tbody>
            </table>
        </TableScroll>
    }
}

/// A cell that does not read, named, in the page's language.
fn said(lang: Lang, e: &StatedError) -> String {
    e.message(super::draft::doc_lang(lang))
}

/// Messages, in the page's language, in a list that says when there are none.
fn messages(id: &'static str, lines: impl Fn() -> Vec<String> + Send + Sync + 'static) -> impl IntoView {
    view! {
        // A list given the status role would no longer be a list to its items.
        <div role="status">
            <ul class="problems" id=id>
                {move || lines().into_iter().map(|l| view! { <li>{l}</li> }).collect_view()}
            </ul>
        </div>
    }
}

/// The year's targets in each form, with what does not read (`errors`:
/// the year's cells only) and what contradicts.
#[component]
pub fn TargetsEditor(
    form: RwSignal<PlanForm>,
    errors: Memo<Vec<StatedError>>,
    findings: Memo<Vec<TargetFinding>>,
) -> impl IntoView {
    let t = plan_texts();
    let lang = use_lang();
    let said = move |e: &StatedError| said(lang, e);
    view! {
        <section class="plan-part" aria-labelledby="chi-tieu-ke-hoach">
            <h2 id="chi-tieu-ke-hoach">{t.targets_heading}</h2>
            <p class="hint">{t.targets_hint}</p>
            {targets_table(form, "ct", t.targets_caption, |f| &f.targets, |f| &mut f.targets)}
            {messages("loi-chi-tieu", move || errors.with(|all| all.iter().map(said).collect()))}
            {messages("doi-chieu-chi-tieu", move || findings.with(|all| all.iter().map(|f| lang.pick(f.vi.clone(), f.en.clone())).collect()))}
        </section>
    }
}

/// A review's seven counts, one column of the figures table.
fn figures_cell(
    form: RwSignal<PlanForm>,
    id: String,
    label: String,
    i: usize,
    of: fn(&PlanForm) -> &FiguresText,
    of_mut: fn(&mut PlanForm) -> &mut FiguresText,
) -> impl IntoView {
    view! { <td>{text_input(form, id, label, move |f| of(f)[i].clone(), move |f, v| of_mut(f)[i] = v)}</td> }
}

/// Last year: the reviews at its start and end, its targets, and at a
/// change of standard the year-end figures under the new one. `errors`:
/// last year's cells only; `results`: what the plan writes of them, as
/// they are typed.
#[component]
pub fn LastYearEditor(
    form: RwSignal<PlanForm>,
    errors: Memo<Vec<StatedError>>,
    results: Signal<Vec<String>>,
) -> impl IntoView {
    let t = plan_texts();
    let lang = use_lang();
    let rows = FIGURE_KEYS
        .iter()
        .enumerate()
        .map(|(i, (vi, en))| {
            let name = lang.pick((*vi).to_owned(), (*en).to_owned());
            let label = |column: &str| format!("{name}, {column}");
            view! {
                <tr>
                    <th scope="row">{name.clone()}</th>
                    {figures_cell(form, format!("nt-dau-{i}"), label(t.col_start), i, |f| &f.last_year.start, |f| &mut f.last_year.start)}
                    {figures_cell(form, format!("nt-cuoi-{i}"), label(t.col_end), i, |f| &f.last_year.end, |f| &mut f.last_year.end)}
                    {figures_cell(form, format!("nt-moi-{i}"), label(t.col_end_new), i, |f| &f.last_year.end_new, |f| &mut f.last_year.end_new)}
                </tr>
            }
        })
        .collect_view();
    let said = move |e: &StatedError| said(lang, e);
    let standard =
        |id: &'static str, label: &'static str, get: fn(&PlanForm) -> String, set: fn(&mut PlanForm, String)| {
            view! {
                <div class="field">
                    <label for=id>{label}</label>
                    <input type="text" id=id prop:value=move || form.with(get) on:input=move |ev| {
                        let value = event_target_value(&ev);
                        form.update(|f| set(f, value));
                    } />
                </div>
            }
        };
    view! {
        <section class="plan-part" aria-labelledby="nam-truoc">
            <h2 id="nam-truoc">{t.last_heading}</h2>
            <p class="hint">{t.last_hint}</p>
            <div class="field">
                <label for="nt-nam">{t.last_year}</label>
                <input type="text" inputmode="numeric" id="nt-nam" prop:value=move || form.with(|f| f.last_year.year.clone()) on:input=move |ev| {
                    let value = event_target_value(&ev);
                    form.update(|f| f.last_year.year = value);
                } />
            </div>
            <TableScroll>
                <table class="stated">
                    <caption>{t.last_caption}</caption>
                    <thead>
                        <tr>
                            <th scope="col">{t.col_group}</th>
                            <th scope="col">{t.col_start}</th>
                            <th scope="col">{t.col_end}</th>
                            <th scope="col">{t.col_end_new}</th>
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            </TableScroll>
            {standard("nt-chuan-cu", t.old_standard, |f| f.last_year.old_standard.clone(), |f, v| f.last_year.old_standard = v)}
            {standard("nt-chuan-moi", t.new_standard, |f| f.last_year.new_standard.clone(), |f, v| f.last_year.new_standard = v)}
            {targets_table(form, "nt-ct", t.last_targets_caption, |f| &f.last_year.targets, |f| &mut f.last_year.targets)}
            {messages("loi-nam-truoc", move || errors.with(|all| all.iter().map(said).collect()))}
            {generated_view(results)}
        </section>
    }
}
