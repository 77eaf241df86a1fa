//! The result: the category, announced; then why, rule by rule; the
//! deprivations by dimension; what would change it; and how to share it.

use leptos::prelude::*;
use poverty_rules::{Assessment, Outcome, Standard, Status, Step, category_name, describe_change, describe_check};
use vn_format::format_money;

use super::CaseState;
use super::link::current_url;
use super::verdict::Verdict;
use crate::components::StatusBadge;
use crate::i18n::{Lang, pick, use_locale, use_texts};

fn steps_list(steps: &[Step], lang: Lang) -> impl IntoView + use<> {
    let items = steps
        .iter()
        .map(|step| {
            let text = pick(lang, &describe_check(&step.check));
            view! {
                <li>
                    {text} " " <cite>{step.basis.citation()}</cite> " " <StatusBadge status=step.basis.status />
                </li>
            }
        })
        .collect_view();
    view! { <ol class="steps">{items}</ol> }
}

fn deprivations_list(assessment: &Assessment, standard: &Standard, lang: Lang, t: &'static crate::i18n::ClassifyTexts) -> AnyView {
    if assessment.deprivations.is_empty() {
        return view! { <p>{t.none_deprived}</p> }.into_any();
    }
    let rows = assessment
        .deprivations
        .iter()
        .map(|d| {
            let dimension = standard.dimensions.iter().find(|x| x.id == d.dimension_id);
            let name = dimension.map(|x| pick(lang, &x.name)).unwrap_or_default();
            let indicators = d
                .indicator_ids
                .iter()
                .filter_map(|id| standard.indicator(id))
                .map(|i| pick(lang, &i.name))
                .collect::<Vec<_>>()
                .join("; ");
            view! { <li><strong>{name}</strong>": " {indicators}</li> }
        })
        .collect_view();
    view! { <ul>{rows}</ul> }.into_any()
}

#[component]
pub fn ResultPanel() -> impl IntoView {
    let t = use_texts();
    let lang = use_locale().0;
    let CaseState { standard, verdict, .. } = expect_context();
    let copied = RwSignal::new(false);

    let summary = move || {
        let texts = &t.get().classify_page;
        let period = standard.with(|s| s.as_ref().map(|s| pick(lang.get(), &s.name)).unwrap_or_default());
        verdict.with(|v| match v {
            Verdict::NoStandard => texts.date_none.to_owned(),
            Verdict::Incomplete => texts.result_incomplete.to_owned(),
            Verdict::Invalid(_) => texts.result_invalid.to_owned(),
            Verdict::Income(a) => format!("{} — {period}", pick(lang.get(), &category_name(a.outcome.category))),
            Verdict::Scores(o) => format!("{} — {period}", pick(lang.get(), &category_name(o.category))),
        })
    };

    let details = move || {
        let lang = lang.get();
        let texts = &t.get().classify_page;
        let standard = standard.get()?;
        let local = standard.is_local().then(|| view! { <p class="notice">{texts.local_label}</p> });
        let body = verdict.with(|v| match v {
            Verdict::Income(a) => {
                let changes = if a.changes.is_empty() {
                    view! { <p>{texts.no_changes}</p> }.into_any()
                } else {
                    let items = a.changes.iter().map(|c| view! { <li>{pick(lang, &describe_change(c))}</li> }).collect_view();
                    view! { <ul>{items}</ul> }.into_any()
                };
                let not_counted = (!a.not_in_standard.is_empty()).then(|| view! { <p class="hint">{texts.not_counted} {a.not_in_standard.join(", ")}</p> });
                Some(view! {
                    <p>{texts.income_per_person_result} <strong>{format_money(a.income_per_person.round())}</strong></p>
                    <p>{texts.deprivation_count} <strong>{a.deprivation_count()}</strong></p>
                    <h3>{texts.steps_heading}</h3>
                    {steps_list(&a.outcome.steps, lang)}
                    <h3>{texts.deprivations_heading}</h3>
                    {deprivations_list(a, &standard, lang, texts)}
                    {not_counted}
                    <h3>{texts.changes_heading}</h3>
                    {changes}
                    {weakest_notice(a.weakest_status, texts)}
                }.into_any())
            }
            Verdict::Scores(outcome) => Some(scores_details(outcome, lang, texts).into_any()),
            _ => None,
        })?;
        Some(view! {
            {local}
            {body}
            <p class="notice">{texts.reference_notice}</p>
        })
    };

    let share = move || {
        let texts = &t.get().classify_page;
        // Read the verdict so the link shown follows every edit.
        verdict.track();
        let url = current_url();
        let copy_url = url.clone();
        view! {
            <div class="share no-print">
                <label for="lien-ket">{texts.share_label}</label>
                <input id="lien-ket" type="text" readonly prop:value=url />
                <div class="actions">
                    <button type="button" on:click=move |_| {
                        let _ = window().navigator().clipboard().write_text(&copy_url);
                        copied.set(true);
                    }>{move || if copied.get() { "✓ " } else { "" }} {texts.copy_link}</button>
                    <button type="button" on:click=|_| { let _ = window().print(); }>{texts.print}</button>
                </div>
            </div>
        }
    };

    view! {
        <section class="result" aria-labelledby="ket-qua">
            <h2 id="ket-qua">{move || t.get().classify_page.result_heading}</h2>
            <p class="verdict" role="status">{summary}</p>
            {details}
            {share}
        </section>
    }
}

fn weakest_notice(status: Status, texts: &'static crate::i18n::ClassifyTexts) -> Option<impl IntoView + use<>> {
    (status != Status::Verified).then(|| view! { <p class="notice">{texts.weakest_notice} <StatusBadge status=status /></p> })
}

fn scores_details(outcome: &Outcome, lang: Lang, texts: &'static crate::i18n::ClassifyTexts) -> impl IntoView + use<> {
    let weakest = outcome.steps.iter().map(|s| s.basis.status).min().unwrap_or(Status::Verified);
    view! {
        <h3>{texts.steps_heading}</h3>
        {steps_list(&outcome.steps, lang)}
        {weakest_notice(weakest, texts)}
    }
}
