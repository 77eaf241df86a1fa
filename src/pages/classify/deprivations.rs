//! The indicators of the chosen standard, grouped by dimension, as ticks.

use leptos::prelude::*;

use poverty_rules::to_query;

use super::CaseState;
use crate::base::SiteBase;
use crate::components::StatusBadge;
use crate::i18n::{classify_texts, pick, questionnaire_texts, use_lang};
use crate::section::Section;

#[component]
pub fn DeprivationPicker() -> impl IntoView {
    let t = classify_texts();
    let lang = use_lang();
    let CaseState { form, standard, .. } = expect_context();
    let dimensions = move || {
        standard.with(|s| {
            s.iter()
                .flat_map(|s| s.dimensions.iter())
                .map(|dimension| {
                    let indicators = dimension
                        .indicators
                        .iter()
                        .map(|indicator| {
                            let id = indicator.id.clone();
                            let checked_id = id.clone();
                            let input_id = format!("chi-so-{id}");
                            view! {
                                <div class="indicator">
                                    <input
                                        type="checkbox"
                                        id=input_id.clone()
                                        prop:checked=move || form.with(|f| f.is_deprived(&checked_id))
                                        on:change=move |_| form.update(|f| f.toggle(&id))
                                    />
                                    <label for=input_id>
                                        <span class="indicator-name">{pick(lang, &indicator.name)}</span>
                                        <span class="threshold">{pick(lang, &indicator.threshold)}</span>
                                    </label>
                                    <StatusBadge status=indicator.basis.status />
                                </div>
                            }
                        })
                        .collect_view();
                    view! {
                        <fieldset class="dimension">
                            <legend>{pick(lang, &dimension.name)}</legend>
                            {indicators}
                        </fieldset>
                    }
                })
                .collect_view()
        })
    };
    view! {
        <fieldset class="deprivations">
            <legend>{t.deprivations_legend}</legend>
            <p class="hint">{t.deprivations_hint}</p>
            {dimensions}
        </fieldset>
    }
}

/// The way to the guided questionnaire, carrying the case along.
#[component]
pub fn QuestionnaireLink() -> impl IntoView {
    let t = questionnaire_texts();
    let site = expect_context::<SiteBase>();
    let CaseState { form, .. } = expect_context();
    let href = move || format!("{}?{}", site.href(Section::Questionnaire), form.with(to_query));
    view! {
        <p class="questionnaire-link">
            <a href=href>{t.summary}</a>
        </p>
    }
}
