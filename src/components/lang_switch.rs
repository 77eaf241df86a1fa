use leptos::prelude::*;

use crate::i18n::{Lang, use_lang, use_locale, use_texts};
use crate::prefs;

/// Two buttons, each labelled in its own language, the current one pressed.
#[component]
pub fn LangSwitch() -> impl IntoView {
    let switch = use_locale().0;
    let current = use_lang();
    let choose = move |choice: Lang| {
        // The switch still works for this visit when storage is refused.
        prefs::save_lang(choice);
        switch.set(choice);
        // The page renders anew; keep the keyboard where it was.
        request_animation_frame(move || {
            let selector = format!("button[lang='{}']", choice.tag());
            if let Ok(Some(button)) = document().query_selector(&selector)
                && let Ok(button) = wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(button)
            {
                let _ = button.focus();
            }
        });
    };
    let option = move |choice: Lang, name: &'static str| {
        view! {
            <button type="button" lang=choice.tag() aria-pressed=(current == choice).to_string() on:click=move |_| choose(choice)>
                {name}
            </button>
        }
    };
    view! {
        <div class="lang-switch" role="group" aria-label=use_texts().language_label>
            {option(Lang::Vi, "Tiếng Việt")}
            {option(Lang::En, "English")}
        </div>
    }
}
