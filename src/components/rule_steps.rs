//! A household's classification explained rule by rule: each step with its
//! legal basis and status, the deprivations by dimension, what would change
//! the result. Shared by the classification page and the training cases.

use leptos::prelude::*;
use poverty_rules::{
    Assessment, LowIncomeCheck, Standard, Status, Step, describe_change, describe_check, describe_low_income,
};
use vn_format::format_money;

use crate::components::{Citation, StatusBadge};
use crate::i18n::{ClassifyTexts, Lang, pick};

/// One rule step: what was compared, the basis, its status.
pub fn rule_step(step: &Step, lang: Lang) -> impl IntoView + use<> {
    view! {
        {pick(lang, &describe_check(&step.check))} " " <Citation text=step.basis.citation() /> " "
        <StatusBadge status=step.basis.status />
    }
}

pub fn steps_list(steps: &[Step], lang: Lang) -> impl IntoView + use<> {
    let items = steps
        .iter()
        .map(|step| view! { <li>{rule_step(step, lang)}</li> })
        .collect_view();
    view! { <ol class="steps">{items}</ol> }
}

fn deprivations_list(a: &Assessment, standard: &Standard, lang: Lang, t: &'static ClassifyTexts) -> AnyView {
    if a.deprivations.is_empty() {
        return view! { <p>{t.none_deprived}</p> }.into_any();
    }
    let rows = a
        .deprivations
        .iter()
        .map(|d| {
            let name = standard
                .dimensions
                .iter()
                .find(|x| x.id == d.dimension_id)
                .map(|x| pick(lang, &x.name));
            let names: Vec<String> = d
                .indicator_ids
                .iter()
                .filter_map(|id| standard.indicator(id))
                .map(|i| pick(lang, &i.name))
                .collect();
            view! { <li><strong>{name}</strong> ": " {names.join("; ")}</li> }
        })
        .collect_view();
    view! { <ul>{rows}</ul> }.into_any()
}

/// Said wherever a rule behind the result is not verified.
pub fn weakest_notice(status: Status, t: &'static ClassifyTexts) -> Option<impl IntoView + use<>> {
    (status != Status::Verified).then(|| view! { <p class="notice">{t.weakest_notice} <StatusBadge status /></p> })
}

/// The whole explanation of a household classified by its income.
pub fn assessment_details(a: &Assessment, standard: &Standard, lang: Lang, t: &'static ClassifyTexts) -> AnyView {
    let changes = if a.changes.is_empty() {
        view! { <p>{t.no_changes}</p> }.into_any()
    } else {
        view! { <ul>{a.changes.iter().map(|c| view! { <li>{pick(lang, &describe_change(c))}</li> }).collect_view()}</ul> }.into_any()
    };
    // Said only of a household it concerns: one above the line and within
    // the band, under a standard that counts them (2022–2026).
    let low_income = match &a.low_income {
        LowIncomeCheck::Counted { basis, .. } => Some(view! {
            <section id="lao-dong-thu-nhap-thap" aria-labelledby="ldtnt">
                <h3 id="ldtnt">{t.low_income_heading}</h3>
                <p>
                    {pick(lang, &describe_low_income(&a.low_income))} " " <Citation text=basis.citation() /> " "
                    <StatusBadge status=basis.status />
                </p>
            </section>
        }),
        _ => None,
    };
    let not_counted = (!a.not_in_standard.is_empty())
        .then(|| view! { <p class="hint">{t.not_counted} {a.not_in_standard.join(", ")}</p> });
    view! {
        <p>{t.income_per_person_result} <strong>{format_money(a.income_per_person)}</strong></p>
        <p>{t.deprivation_count} <strong>{a.deprivation_count()}</strong></p>
        <h3>{t.steps_heading}</h3>
        {steps_list(&a.outcome.steps, lang)}
        {low_income}
        <h3>{t.deprivations_heading}</h3>
        {deprivations_list(a, standard, lang, t)}
        {not_counted}
        <h3>{t.changes_heading}</h3>
        {changes}
        {weakest_notice(a.weakest_status, t)}
    }
    .into_any()
}
