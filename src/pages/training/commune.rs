//! A commune's target table: the trainee ticks the rows they think wrong,
//! then sees the planted mistakes and what the site's table checks say.

use leptos::prelude::*;
use planning::{Place, describe};
use training::{CommuneScenario, NamedRow, Slide};
use vn_format::{Decimal, format_decimal, format_integer, format_percent};

use super::score;
use super::story::{answer_section, lesson, story};
use crate::components::{TableScroll, findings};
use crate::i18n::{Lang, pick, training_texts, use_lang};

fn place_id(place: Place) -> String {
    match place {
        Place::Row(i) => format!("sai-{}", i + 1),
        Place::Total => "sai-tong".to_owned(),
    }
}

fn count(n: u64) -> String {
    format_integer(Decimal::from(n))
}

fn rate(value: Option<Decimal>) -> String {
    value.map(|v| format_percent(v, 2)).unwrap_or_default()
}

/// A row's name: a village's is its Vietnamese name (`lang="vi"`); the
/// total row's is the page's word for it, in the page's language.
fn row_name(place: Place, named: &NamedRow) -> (String, Option<&'static str>) {
    match place {
        Place::Total => (training_texts().total.to_owned(), None),
        Place::Row(_) => (named.name.clone(), Some("vi")),
    }
}

/// The table as typed; `last` fills the last column of each row.
fn table(scenario: &CommuneScenario, lang: Lang, last: impl Fn(Place, &str) -> AnyView) -> AnyView {
    let t = training_texts();
    let line = |place: Place, named: &NamedRow| {
        let r = &named.row;
        let (name, name_lang) = row_name(place, named);
        let cell = last(place, &name);
        view! {
            <tr class=if place == Place::Total { "total" } else { "" }>
                <th scope="row" lang=name_lang>{name}</th>
                <td>{count(r.counts.households)}</td>
                <td>{count(r.counts.poor)}</td>
                <td>{rate(r.poor_rate)}</td>
                <td>{count(r.counts.near_poor)}</td>
                <td>{rate(r.near_poor_rate)}</td>
                <td>{r.reduction.map(count)}</td>
                <td>{r.reduction_points.map(|p| format_decimal(p, 2))}</td>
                <td>{cell}</td>
            </tr>
        }
    };
    let rows = scenario
        .rows
        .iter()
        .enumerate()
        .map(|(i, r)| line(Place::Row(i), r))
        .collect_view();
    let total = line(Place::Total, &scenario.total);
    let caption = pick(lang, &scenario.title).to_owned();
    view! {
        <TableScroll>
            <table class="commune-table">
                <caption>{caption}</caption>
                <thead>
                    <tr>
                        <th scope="col">{t.village}</th>
                        <th scope="col">{t.households}</th>
                        <th scope="col">{t.poor}</th>
                        <th scope="col">{t.poor_rate}</th>
                        <th scope="col">{t.near_poor}</th>
                        <th scope="col">{t.near_poor_rate}</th>
                        <th scope="col">{t.reduction}</th>
                        <th scope="col">{t.reduction_points}</th>
                        <th scope="col">{t.row_wrong}</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
                <tfoot>{total}</tfoot>
            </table>
        </TableScroll>
    }
    .into_any()
}

/// The planted mistakes, and what the checks found.
fn answer(scenario: &CommuneScenario, lang: Lang) -> impl IntoView + use<> {
    let t = training_texts();
    let mistakes = if scenario.mistakes.is_empty() {
        view! { <p>{t.no_mistakes}</p> }.into_any()
    } else {
        let items = scenario
            .mistakes
            .iter()
            .map(|m| view! { <li>{pick(lang, &m.note)}</li> })
            .collect_view();
        view! { <ol class="mistakes">{items}</ol> }.into_any()
    };
    let names = scenario.names();
    let lines = scenario
        .issues()
        .iter()
        .map(|issue| describe(issue, &names, lang))
        .collect();
    let checks = findings(lines, t.no_issues);
    view! {
        <h3>{t.mistakes_heading}</h3>
        {mistakes}
        <h3>{t.checks_heading}</h3>
        {checks}
    }
}

#[component]
pub fn CommuneExercise(scenario: CommuneScenario) -> impl IntoView {
    let t = training_texts();
    let lang = use_lang();
    let ticked = RwSignal::new(Vec::<Place>::new());
    let revealed = RwSignal::new(false);
    let scenario = StoredValue::new(scenario);

    let tick = move |place: Place, name: &str| {
        let id = place_id(place);
        let wrong = scenario.with_value(|s| s.wrong_places().contains(&place));
        view! {
            <input
                type="checkbox"
                id=id.clone()
                prop:checked=move || ticked.with(|t| t.contains(&place))
                prop:disabled=move || revealed.get()
                on:change=move |_| ticked.update(|t| match t.iter().position(|p| *p == place) {
                    Some(i) => { t.remove(i); }
                    None => t.push(place),
                })
            />
            <label for=id class="visually-hidden"><span lang=(place != Place::Total).then_some("vi")>{name.to_owned()}</span> ": " {t.row_wrong}</label>
            {move || (revealed.get() && wrong).then_some(" ✗")}
        }
        .into_any()
    };
    let reveal = move |_| {
        let right = scenario.with_value(|s| ticked.with_untracked(|t| s.is_right(t)));
        score::record([right]);
        revealed.set(true);
    };
    let again = move |_| {
        ticked.set(Vec::new());
        revealed.set(false);
    };
    let result = move || {
        revealed.get().then(|| {
            let right = scenario.with_value(|s| ticked.with_untracked(|t| s.is_right(t)));
            scenario.with_value(|s| {
                view! {
                    <p class=if right { "mark right" } else { "mark wrong" }><strong>{if right { t.right } else { t.wrong }}</strong></p>
                    {answer(s, lang)}
                    {lesson(t.lesson, &s.lesson, lang)}
                    <button type="button" id="lam-lai" on:click=again>{t.try_again}</button>
                }
            })
        })
    };

    view! {
        {scenario.with_value(|s| story(&s.title, &s.story, lang))}
        <form class="exercise" on:submit=|ev| ev.prevent_default()>
            <p>{t.tick_wrong_rows}</p>
            {scenario.with_value(|s| table(s, lang, tick))}
            <button type="button" id="xem-dap-an" prop:disabled=move || revealed.get() on:click=reveal>{t.reveal}</button>
        </form>
        {answer_section(result)}
    }
}

/// The printed sheet: the table with boxes to tick, or the answer key.
pub fn commune_sheet(scenario: &CommuneScenario, key: bool, lang: Lang) -> AnyView {
    let t = training_texts();
    let wrong = scenario.wrong_places();
    let mark = move |place: Place, _: &str| {
        let text = if !key {
            "☐"
        } else if wrong.contains(&place) {
            "✗"
        } else {
            ""
        };
        view! { {text} }.into_any()
    };
    let body = if key {
        view! { {answer(scenario, lang)} {lesson(t.lesson, &scenario.lesson, lang)} }.into_any()
    } else {
        view! { <p class="write-in">{t.trainee_name}</p> <p class="write-in">{t.your_reasons}</p> <div class="write-space"></div> }
            .into_any()
    };
    view! {
        {story(&scenario.title, &scenario.story, lang)}
        {table(scenario, lang, mark)}
        {body}
    }
    .into_any()
}

/// One slide of the presenter: the planted mistakes are its rule steps.
pub fn commune_slide(scenario: &CommuneScenario, slide: Slide, lang: Lang) -> AnyView {
    let t = training_texts();
    match slide {
        Slide::Story => story(&scenario.title, &scenario.story, lang).into_any(),
        Slide::Question => {
            view! { <p>{t.tick_wrong_rows}</p> {table(scenario, lang, |_, _| ().into_any())} }.into_any()
        }
        Slide::Answer { .. } if scenario.mistakes.is_empty() => {
            view! { <p class="verdict">{t.no_mistakes}</p> }.into_any()
        }
        Slide::Answer { .. } => view! { <h3>{t.mistakes_heading}</h3> }.into_any(),
        Slide::Rule { step, .. } => scenario
            .mistakes
            .get(step)
            .map(|m| view! { <p class="rule">{pick(lang, &m.note)}</p> })
            .into_any(),
        Slide::Lesson => lesson(t.lesson, &scenario.lesson, lang).into_any(),
    }
}
