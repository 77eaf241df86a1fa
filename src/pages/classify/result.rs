//! The result: the category, announced; then why, rule by rule; the
//! deprivations by dimension; what would change it; and how to share it.

use leptos::prelude::*;
use poverty_rules::{Assessment, Outcome, Standard, Status, Step, category_name, describe_change, describe_check};
use vn_format::format_money;

use super::CaseState;
use super::verdict::Verdict;
use crate::address::current_url;
use crate::components::StatusBadge;
use crate::i18n::{ClassifyTexts, Lang, classify_texts, pick, use_lang};

fn steps_list(steps: &[Step], lang: Lang) -> impl IntoView + use<> {
    let items = steps
        .iter()
        .map(|step| {
            view! {
                <li>
                    {pick(lang, &describe_check(&step.check))} " " <cite>{step.basis.citation()}</cite> " "
                    <StatusBadge status=step.basis.status />
                </li>
            }
        })
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

fn weakest_notice(status: Status, t: &'static ClassifyTexts) -> Option<impl IntoView + use<>> {
    (status != Status::Verified).then(|| view! { <p class="notice">{t.weakest_notice} <StatusBadge status /></p> })
}

fn income_details(a: &Assessment, standard: &Standard, lang: Lang, t: &'static ClassifyTexts) -> AnyView {
    let changes = if a.changes.is_empty() {
        view! { <p>{t.no_changes}</p> }.into_any()
    } else {
        view! { <ul>{a.changes.iter().map(|c| view! { <li>{pick(lang, &describe_change(c))}</li> }).collect_view()}</ul> }.into_any()
    };
    let not_counted = (!a.not_in_standard.is_empty())
        .then(|| view! { <p class="hint">{t.not_counted} {a.not_in_standard.join(", ")}</p> });
    view! {
        <p>{t.income_per_person_result} <strong>{format_money(a.income_per_person)}</strong></p>
        <p>{t.deprivation_count} <strong>{a.deprivation_count()}</strong></p>
        <h3>{t.steps_heading}</h3>
        {steps_list(&a.outcome.steps, lang)}
        <h3>{t.deprivations_heading}</h3>
        {deprivations_list(a, standard, lang, t)}
        {not_counted}
        <h3>{t.changes_heading}</h3>
        {changes}
        {weakest_notice(a.weakest_status, t)}
    }
    .into_any()
}

fn scores_details(outcome: &Outcome, lang: Lang, t: &'static ClassifyTexts) -> AnyView {
    let weakest = outcome
        .steps
        .iter()
        .map(|s| s.basis.status)
        .min()
        .unwrap_or(Status::Verified);
    view! {
        <h3>{t.steps_heading}</h3>
        {steps_list(&outcome.steps, lang)}
        {weakest_notice(weakest, t)}
    }
    .into_any()
}

#[component]
pub fn ResultPanel() -> impl IntoView {
    let t = classify_texts();
    let lang = use_lang();
    let CaseState { standard, verdict, .. } = expect_context();
    let copied = RwSignal::new(false);

    let summary = move || {
        let period = standard.with(|s| s.as_ref().map(|s| pick(lang, &s.name)).unwrap_or_default());
        let named = |c| format!("{} — {period}", pick(lang, &category_name(c)));
        verdict.with(|v| match v {
            Verdict::NoStandard => t.date_none.to_owned(),
            Verdict::Incomplete => t.result_incomplete.to_owned(),
            Verdict::Invalid(_) => t.result_invalid.to_owned(),
            Verdict::Income(a) => named(a.outcome.category),
            Verdict::Scores(o) => named(o.category),
        })
    };
    let details = move || {
        let standard = standard.get()?;
        let body = verdict.with(|v| match v {
            Verdict::Income(a) => Some(income_details(a, &standard, lang, t)),
            Verdict::Scores(o) => Some(scores_details(o, lang, t)),
            _ => None,
        })?;
        let local = standard
            .is_local()
            .then(|| view! { <p class="notice">{t.local_label}</p> });
        Some(view! {
            {local}
            {body}
            <p class="notice">{t.reference_notice}</p>
        })
    };
    // Every edit rewrites the address; the link shown follows it.
    let url = move || {
        verdict.track();
        current_url()
    };
    let copy = move |_| {
        let _ = window().navigator().clipboard().write_text(&current_url());
        copied.set(true);
    };

    view! {
        <section class="result" aria-labelledby="ket-qua">
            <h2 id="ket-qua">{t.result_heading}</h2>
            <p class="verdict" role="status">{summary}</p>
            {details}
            <div class="share no-print">
                <label for="lien-ket">{t.share_label}</label>
                <input id="lien-ket" type="text" readonly prop:value=url />
                <div class="actions">
                    <button type="button" on:click=copy>{move || copied.get().then_some("✓ ")} {t.copy_link}</button>
                    <button type="button" on:click=|_| { let _ = window().print(); }>{t.print}</button>
                </div>
            </div>
        </section>
    }
}
