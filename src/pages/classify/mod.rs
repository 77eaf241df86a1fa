//! Phân loại hộ: one household under any standard, with the reason and
//! what would change it, and the same household under every standard.

mod compare;
mod deprivations;
mod form;
mod result;
mod verdict;

use leptos::prelude::*;
use poverty_rules::{CaseForm, Catalogue, LinkProblem, Standard, from_query, to_query};

use crate::address;
use crate::clock::today;
use crate::components::Page;
use crate::i18n::{classify_texts, page_name, pick, use_lang};
use crate::section::Section;
use crate::standards::{Standards, use_standards};
use compare::CompareTable;
use deprivations::DeprivationPicker;
use deprivations::QuestionnaireLink;
use form::{AreaField, IncomeFields, StandardField};
use result::ResultPanel;
use verdict::{Verdict, verdict};

/// The form and what is derived from it, shared by the page's parts.
#[derive(Clone, Copy)]
pub struct CaseState {
    pub form: RwSignal<CaseForm>,
    pub standard: Memo<Option<Standard>>,
    pub verdict: Memo<Verdict>,
}

/// Drops what a link names but no standard knows, saying so. A local
/// standard carried by the link is built and offered for this visit.
fn check_link(form: &mut CaseForm, catalogue: &mut Catalogue, problems: &mut Vec<LinkProblem>) {
    if let Some(spec) = form.local.take() {
        if catalogue.add_local(&spec) {
            form.local = Some(spec);
        } else {
            problems.push(LinkProblem {
                key: "dp-ten".into(),
                value: spec.name.clone(),
            });
        }
    }
    if let Some(id) = &form.standard
        && catalogue.get(id).is_none()
    {
        problems.push(LinkProblem {
            key: "chuan".into(),
            value: id.clone(),
        });
        form.standard = None;
    }
    let known = |id: &String| catalogue.all().iter().any(|s| s.indicator(id).is_some());
    for id in form.deprived.iter().filter(|id| !known(id)) {
        problems.push(LinkProblem {
            key: "thieu".into(),
            value: id.clone(),
        });
    }
    form.deprived.retain(known);
}

#[component]
pub fn ClassifyPage() -> impl IntoView {
    let lang = use_lang();
    provide_context(Standards::load());
    let standards = use_standards();
    let today = today();

    let (mut initial, mut problems) = from_query(&address::current_query());
    standards
        .catalogue
        .update_untracked(|c| check_link(&mut initial, c, &mut problems));
    let form = RwSignal::new(initial);
    let standard = Memo::new(move |_| {
        let chosen = form.with(|f| f.standard.clone());
        standards
            .catalogue
            .with(|c| c.chosen_or_in_force(chosen.as_deref(), today).cloned())
    });
    let verdict = Memo::new(move |_| form.with(|f| verdict(standard.get().as_ref(), f)));
    let state = CaseState {
        form,
        standard,
        verdict,
    };
    provide_context(state);
    Effect::new(move |_| address::replace_query(&form.with(to_query)));

    let stored_problems = standards.problems.get_value();
    let stored_problems = (!stored_problems.is_empty()).then(|| {
        let items = stored_problems
            .iter()
            .map(|p| view! { <li>{pick(lang, p)}</li> })
            .collect_view();
        view! { <ul class="problems" role="alert">{items}</ul> }
    });
    let link_problems = (!problems.is_empty()).then(|| {
        view! {
            <div class="problems" role="alert">
                <h2>{classify_texts().link_problems_heading}</h2>
                <ul>{problems.iter().map(|p| view! { <li>{p.message(lang)}</li> }).collect_view()}</ul>
            </div>
        }
    });

    view! {
        <Page title=page_name(Section::Classify)>
            <p class="lead">{classify_texts().intro}</p>
            {stored_problems}
            {link_problems}
            <div class="classify-layout">
                <form class="case-form no-print" on:submit=|ev| ev.prevent_default()>
                    <StandardField today />
                    <AreaField />
                    <IncomeFields />
                    <QuestionnaireLink />
                    <DeprivationPicker />
                </form>
                <ResultPanel />
            </div>
            <CompareTable />
        </Page>
    }
}
