//! The local counterpart rule: the percentage as typed, the rounding mode
//! and step to pick, and the rule shown as a sentence.

use funding::{Column, RoundingMode, RoundingStep};
use leptos::prelude::*;

use super::state::FundingState;
use crate::components::radio_for;
use crate::i18n::{funding_texts, use_lang};

#[component]
pub fn CounterpartSection(state: FundingState) -> impl IntoView {
    let t = funding_texts();
    let lang = use_lang();
    let error = Memo::new(move |_| state.cell_error(0, Column::CounterpartPercent));
    let rule = move || match state.parsed.with(|p| p.counterpart) {
        Some(rule) => rule.describe(lang),
        None => t.no_counterpart.to_owned(),
    };
    view! {
        <section class="no-print" aria-labelledby="doi-ung-tieu-de">
            <h2 id="doi-ung-tieu-de">{t.counterpart_heading}</h2>
            <div class="field">
                <label for="doi-ung">{t.counterpart_percent}</label>
                <input
                    id="doi-ung"
                    type="text"
                    inputmode="decimal"
                    autocomplete="off"
                    aria-describedby="doi-ung-goi-y doi-ung-loi"
                    aria-invalid=move || error.with(Option::is_some).then_some("true")
                    prop:value=move || state.counterpart.get()
                    on:input=move |ev| state.counterpart.set(event_target_value(&ev))
                />
                <p class="field-error" id="doi-ung-loi">{move || error.get().map(|e| e.message(lang))}</p>
                <p class="hint" id="doi-ung-goi-y">{t.counterpart_hint}</p>
            </div>
            <fieldset class="choices">
                <legend>{t.rounding_mode}</legend>
                {radio_for("lam-tron", "lam-tron-nua-len", t.half_up, RoundingMode::HalfUp, state.mode)}
                {radio_for("lam-tron", "lam-tron-xuong", t.down, RoundingMode::Down, state.mode)}
                {radio_for("lam-tron", "lam-tron-len", t.up, RoundingMode::Up, state.mode)}
            </fieldset>
            <fieldset class="choices">
                <legend>{t.rounding_step}</legend>
                {radio_for("buoc", "buoc-trieu", t.step_million, RoundingStep::Million, state.step)}
                {radio_for("buoc", "buoc-tram-nghin", t.step_tenth, RoundingStep::Tenth, state.step)}
                {radio_for("buoc", "buoc-nghin", t.step_thousandth, RoundingStep::Thousandth, state.step)}
            </fieldset>
            <p role="status" id="quy-tac-doi-ung">{rule}</p>
        </section>
    }
}
