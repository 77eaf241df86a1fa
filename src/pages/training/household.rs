//! A household case: its facts, the questions, and each question's answer
//! explained rule by rule (the classification page's explanation).

use leptos::prelude::*;
use poverty_rules::{Catalogue, Category, Income, area_name, category_name};
use training::{HouseholdCase, Question, Slide};
use vn_format::{format_integer, format_money};

use super::score;
use super::story::{answer_section, lesson, story};
use crate::components::{assessment_details, rule_step};
use crate::i18n::{Lang, classify_texts, pick, training_texts, use_lang};

/// The answers a trainee can give, in the order of the form.
const CATEGORIES: [Category; 4] = [
    Category::Poor,
    Category::NearPoor,
    Category::AverageLiving,
    Category::Other,
];

fn slug(category: Category) -> &'static str {
    match category {
        Category::Poor => "ngheo",
        Category::NearPoor => "can-ngheo",
        Category::AverageLiving => "trung-binh",
        Category::Other => "khac",
    }
}

fn standard_name(catalogue: &Catalogue, question: &Question, lang: Lang) -> String {
    catalogue
        .get(&question.standard_id)
        .map(|s| pick(lang, &s.name))
        .unwrap_or_else(|| question.standard_id.clone())
}

fn question_text(catalogue: &Catalogue, question: &Question, lang: Lang) -> String {
    let t = training_texts();
    format!(
        "{} {}{}",
        t.question_before,
        standard_name(catalogue, question, lang),
        t.question_after
    )
}

/// Area, income and members, as the story gives them.
pub fn facts(case: &HouseholdCase, lang: Lang) -> impl IntoView + use<> {
    let t = training_texts();
    let income = match case.household.income {
        Income::Household { amount, members } => view! {
            <tr><th scope="row">{t.household_income}</th><td>{format_money(amount)}</td></tr>
            <tr><th scope="row">{t.members}</th><td>{format_integer(members.into())}</td></tr>
        }
        .into_any(),
        Income::PerPerson { amount } => view! {
            <tr><th scope="row">{t.per_person_income}</th><td>{format_money(amount)}</td></tr>
        }
        .into_any(),
    };
    view! {
        <table class="facts">
            <caption>{t.facts_caption}</caption>
            <tbody>
                <tr><th scope="row">{t.area}</th><td>{pick(lang, &area_name(case.household.area))}</td></tr>
                {income}
            </tbody>
        </table>
    }
}

/// One question's answer with its explanation, rule by rule.
fn answer(case: &HouseholdCase, catalogue: &Catalogue, question: &Question, lang: Lang) -> AnyView {
    let t = training_texts();
    let explained = catalogue
        .get(&question.standard_id)
        .zip(case.assess(catalogue, question).and_then(Result::ok))
        .map(|(standard, a)| assessment_details(&a, standard, lang, classify_texts()));
    view! {
        <h3>{standard_name(catalogue, question, lang)}</h3>
        <p class="verdict">{t.answer_is} " " <strong>{pick(lang, &category_name(question.expect))}</strong></p>
        {explained}
    }
    .into_any()
}

#[component]
pub fn HouseholdExercise(case: HouseholdCase) -> impl IntoView {
    let t = training_texts();
    let lang = use_lang();
    let catalogue = Catalogue::national();
    let count = case.questions.len();
    let chosen = RwSignal::new(vec![None::<Category>; count]);
    let revealed = RwSignal::new(false);
    let missing = RwSignal::new(false);

    let questions = case
        .questions
        .iter()
        .enumerate()
        .map(|(qi, question)| {
            let options = CATEGORIES
                .into_iter()
                .map(|category| {
                    let id = format!("cau-{}-{}", qi + 1, slug(category));
                    view! {
                        <div class="choice">
                            <input
                                type="radio"
                                name=format!("cau-{}", qi + 1)
                                id=id.clone()
                                prop:checked=move || chosen.with(|c| c[qi] == Some(category))
                                prop:disabled=move || revealed.get()
                                on:change=move |_| chosen.update(|c| c[qi] = Some(category))
                            />
                            <label for=id>{pick(lang, &category_name(category))}</label>
                        </div>
                    }
                })
                .collect_view();
            view! {
                <fieldset class="choices">
                    <legend>{question_text(&catalogue, question, lang)}</legend>
                    {options}
                </fieldset>
            }
        })
        .collect_view();

    let expected: Vec<Category> = case.questions.iter().map(|q| q.expect).collect();
    let reveal = move |_| {
        let answers = chosen.get_untracked();
        if answers.iter().any(Option::is_none) {
            missing.set(true);
            return;
        }
        missing.set(false);
        score::record(answers.iter().zip(&expected).map(|(a, e)| *a == Some(*e)));
        revealed.set(true);
    };
    let again = move |_| {
        chosen.set(vec![None; count]);
        revealed.set(false);
    };

    let case = StoredValue::new(case);
    let result = move || {
        revealed.get().then(|| {
            let catalogue = Catalogue::national();
            let given = chosen.get_untracked();
            case.with_value(|case| {
                let answers = case
                    .questions
                    .iter()
                    .zip(given)
                    .map(|(question, given)| {
                        let right = given == Some(question.expect);
                        let given = given.map(|c| pick(lang, &category_name(c))).unwrap_or_default();
                        view! {
                            <p class=if right { "mark right" } else { "mark wrong" }>
                                <strong>{if right { t.right } else { t.wrong }}</strong> " " {t.you_chose} " " {given}
                            </p>
                            {answer(case, &catalogue, question, lang)}
                        }
                    })
                    .collect_view();
                view! {
                    {answers}
                    {lesson(t.lesson, &case.lesson, lang)}
                    <button type="button" id="lam-lai" on:click=again>{t.try_again}</button>
                }
            })
        })
    };

    view! {
        {case.with_value(|c| view! { {story(&c.title, &c.story, lang)} {facts(c, lang)} })}
        <form class="exercise" on:submit=|ev| ev.prevent_default()>
            {questions}
            <p class="problems" role="alert">{move || missing.get().then_some(t.answer_all)}</p>
            <button type="button" id="xem-dap-an" prop:disabled=move || revealed.get() on:click=reveal>{t.reveal}</button>
        </form>
        {answer_section(result)}
    }
}

/// The printed sheet: the handout (questions with boxes to tick) or the
/// answer key (each answer explained).
pub fn household_sheet(case: &HouseholdCase, key: bool, lang: Lang) -> AnyView {
    let t = training_texts();
    let catalogue = Catalogue::national();
    let body = if key {
        let answers = case
            .questions
            .iter()
            .map(|q| answer(case, &catalogue, q, lang))
            .collect_view();
        view! { {answers} {lesson(t.lesson, &case.lesson, lang)} }.into_any()
    } else {
        let questions = case
            .questions
            .iter()
            .map(|q| {
                let boxes = CATEGORIES
                    .into_iter()
                    .map(|c| view! { <li>"☐ " {pick(lang, &category_name(c))}</li> })
                    .collect_view();
                view! { <p class="question">{question_text(&catalogue, q, lang)}</p> <ul class="boxes">{boxes}</ul> }
            })
            .collect_view();
        view! {
            <p class="write-in">{t.trainee_name}</p>
            {questions}
            <p class="write-in">{t.your_reasons}</p>
            <div class="write-space"></div>
        }
        .into_any()
    };
    view! { {story(&case.title, &case.story, lang)} {facts(case, lang)} {body} }.into_any()
}

/// How many rule steps each question's explanation has, for the slides.
pub fn steps_per_question(case: &HouseholdCase) -> Vec<usize> {
    let catalogue = Catalogue::national();
    case.questions
        .iter()
        .map(|q| {
            case.assess(&catalogue, q)
                .and_then(Result::ok)
                .map_or(0, |a| a.outcome.steps.len())
        })
        .collect()
}

/// One slide of the presenter.
pub fn household_slide(case: &HouseholdCase, slide: Slide, lang: Lang) -> AnyView {
    let t = training_texts();
    let catalogue = Catalogue::national();
    let heading = |question: &Question| view! { <h3>{standard_name(&catalogue, question, lang)}</h3> };
    match slide {
        Slide::Story => story(&case.title, &case.story, lang).into_any(),
        Slide::Question => {
            let questions = case
                .questions
                .iter()
                .map(|q| view! { <li>{question_text(&catalogue, q, lang)}</li> })
                .collect_view();
            let options = CATEGORIES
                .into_iter()
                .map(|c| view! { <li>{pick(lang, &category_name(c))}</li> })
                .collect_view();
            view! { {facts(case, lang)} <ol>{questions}</ol> <ul class="boxes">{options}</ul> }.into_any()
        }
        Slide::Answer { question } => case
            .questions
            .get(question)
            .map(|q| {
                view! {
                    {heading(q)}
                    <p class="verdict">{t.answer_is} " " <strong>{pick(lang, &category_name(q.expect))}</strong></p>
                }
            })
            .into_any(),
        Slide::Rule { question, step } => case
            .questions
            .get(question)
            .and_then(|q| {
                let a = case.assess(&catalogue, q)?.ok()?;
                let step = a.outcome.steps.get(step)?;
                Some(view! { {heading(q)} <p class="rule">{rule_step(step, lang)}</p> })
            })
            .into_any(),
        Slide::Lesson => lesson(t.lesson, &case.lesson, lang).into_any(),
    }
}
