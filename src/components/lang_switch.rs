use leptos::prelude::*;

use crate::i18n::{Lang, use_lang, use_locale, use_texts};
use crate::{paused, prefs};

/// Two buttons, each labelled in its own language, the current one pressed.
#[component]
pub fn LangSwitch() -> impl IntoView {
    let switch = use_locale().0;
    let current = use_lang();
    let choose = move |choice: Lang| {
        // The switch still works for this visit when storage is refused.
        prefs::save_lang(choice);
        // The page renders anew: what typing left waiting is saved first,
        // and the reader stays where they were on the page.
        paused::flush_all();
        let scrolled = window().scroll_y().unwrap_or_default();
        switch.set(choice);
        // Keep the keyboard where it was too.
        request_animation_frame(move || {
            let selector = format!("button[lang='{}']", choice.tag());
            if let Ok(Some(button)) = document().query_selector(&selector)
                && let Ok(button) = wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(button)
            {
                let _ = button.focus();
            }
            // After the focus, which scrolls its button into view.
            window().scroll_to_with_x_and_y(0.0, scrolled);
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
