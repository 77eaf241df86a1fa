//! Tập huấn: the workshop's case studies. A list of household cases and
//! commune tables; each as an exercise (answer, reveal, score), on a
//! projector (one step at a time) or printed (handout, answer key). Which
//! one and how comes from the address, so a trainer can share the link.

mod commune;
mod household;
mod presenter;
mod score;
mod story;

use leptos::prelude::*;
use poverty_rules::Text;
use training::{
    CommuneScenario, Exercise, HouseholdCase, Mode, Slide, commune_scenarios, household_cases, query, slides,
};

use crate::address;
use crate::base::SiteBase;
use crate::components::Page;
use crate::i18n::{Lang, page_name, pick, training_texts, use_lang};
use crate::section::Section;
use commune::{CommuneExercise, commune_sheet, commune_slide};
use household::{HouseholdExercise, household_sheet, household_slide, steps_per_question};
use presenter::Presenter;
use score::ScoreBoard;
use story::paragraphs;

/// The links to an exercise in each mode.
fn mode_links(exercise: Exercise, site: &SiteBase) -> impl IntoView + use<> {
    let t = training_texts();
    let page = site.href(Section::Training);
    let link = |mode: Mode, label: &'static str| {
        let href = format!("{page}{}", query(exercise, mode));
        view! { <li><a href=href>{label}</a></li> }
    };
    view! {
        <ul class="modes no-print">
            {link(Mode::Exercise, t.exercise)}
            {link(Mode::Presenter, t.present)}
            {link(Mode::Handout, t.handout)}
            {link(Mode::AnswerKey, t.key)}
        </ul>
    }
}

fn list(households: &[HouseholdCase], communes: &[CommuneScenario], site: &SiteBase, lang: Lang) -> AnyView {
    let t = training_texts();
    let entry = |exercise: Exercise, label: String, story: &Text| {
        view! {
            <li>
                <span class="case-title">{label}</span>
                {mode_links(exercise, site)}
                <details class="story-preview no-print">
                    <summary>{t.read_story}</summary>
                    {paragraphs(story, lang)}
                </details>
            </li>
        }
    };
    let cases = households
        .iter()
        .enumerate()
        .map(|(i, c)| {
            entry(
                Exercise::Household(i),
                format!("{} {}. {}", t.case_label, i + 1, pick(lang, &c.title)),
                &c.story,
            )
        })
        .collect_view();
    let tables = communes
        .iter()
        .enumerate()
        .map(|(i, s)| {
            entry(
                Exercise::Commune(i),
                format!("{} {}. {}", t.table_label, i + 1, pick(lang, &s.title)),
                &s.story,
            )
        })
        .collect_view();
    view! {
        <h2>{t.households_heading}</h2>
        <ol class="cases" id="tinh-huong-ho">{cases}</ol>
        <h2>{t.communes_heading}</h2>
        <ol class="cases" id="tinh-huong-xa">{tables}</ol>
        <ScoreBoard />
    }
    .into_any()
}

fn print_button() -> impl IntoView {
    view! { <button type="button" class="no-print" on:click=|_| { let _ = window().print(); }>{training_texts().print}</button> }
}

/// An exercise in the mode the address asks for.
fn exercise(
    exercise: Exercise,
    mode: Mode,
    households: Vec<HouseholdCase>,
    communes: Vec<CommuneScenario>,
    lang: Lang,
) -> AnyView {
    match (exercise, mode) {
        (Exercise::Household(i), Mode::Exercise) => {
            let case = households[i].clone();
            view! { <HouseholdExercise case /> <ScoreBoard /> }.into_any()
        }
        (Exercise::Commune(i), Mode::Exercise) => {
            let scenario = communes[i].clone();
            view! { <CommuneExercise scenario /> <ScoreBoard /> }.into_any()
        }
        (Exercise::Household(i), Mode::Presenter) => {
            let case = households[i].clone();
            let slides: Vec<Slide> = slides(&steps_per_question(&case));
            let render: Box<dyn Fn(Slide) -> AnyView + Send + Sync> =
                Box::new(move |slide| household_slide(&case, slide, lang));
            view! { <Presenter slides render /> }.into_any()
        }
        (Exercise::Commune(i), Mode::Presenter) => {
            let scenario = communes[i].clone();
            let slides: Vec<Slide> = slides(&[scenario.mistakes.len()]);
            let render: Box<dyn Fn(Slide) -> AnyView + Send + Sync> =
                Box::new(move |slide| commune_slide(&scenario, slide, lang));
            view! { <Presenter slides render /> }.into_any()
        }
        (Exercise::Household(i), sheet) => {
            let body = household_sheet(&households[i], sheet == Mode::AnswerKey, lang);
            view! { <div class="sheet">{print_button()} {body}</div> }.into_any()
        }
        (Exercise::Commune(i), sheet) => {
            let body = commune_sheet(&communes[i], sheet == Mode::AnswerKey, lang);
            view! { <div class="sheet">{print_button()} {body}</div> }.into_any()
        }
    }
}

#[component]
pub fn TrainingPage() -> impl IntoView {
    let lang = use_lang();
    let site: SiteBase = expect_context();
    provide_context(RwSignal::new(score::load()));
    let households = household_cases();
    let communes = commune_scenarios();
    let chosen = training::parse(&address::current_query(), households.len(), communes.len());
    let asked_for_one = !address::current_query().trim_start_matches('?').is_empty();

    let body = match chosen {
        Some((which, mode)) => {
            let back =
                view! { <p class="no-print"><a href=site.href(Section::Training)>{training_texts().back}</a></p> };
            let links = mode_links(which, &site);
            view! { {back} {links} {exercise(which, mode, households, communes, lang)} }.into_any()
        }
        None => {
            let missing =
                asked_for_one.then(|| view! { <p class="problems" role="alert">{training_texts().not_found}</p> });
            view! {
                <p class="lead">{training_texts().intro}</p>
                {missing}
                {list(&households, &communes, &site, lang)}
            }
            .into_any()
        }
    };
    view! { <Page title=page_name(Section::Training)>{body}</Page> }
}
