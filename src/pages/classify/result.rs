//! The result: the category, announced; then why, rule by rule; the
//! deprivations by dimension; what would change it; and how to share it.

use leptos::prelude::*;
use poverty_rules::{Outcome, Status, category_name};

use super::CaseState;
use super::verdict::Verdict;
use crate::address::current_url;
use crate::components::{assessment_details, steps_list, weakest_notice};
use crate::i18n::{ClassifyTexts, Lang, classify_texts, pick, use_lang};

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
            Verdict::Income(a) => Some(assessment_details(a, &standard, lang, t)),
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
