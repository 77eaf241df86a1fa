use leptos::prelude::*;

use crate::i18n::{Lang, use_locale, use_texts};
use crate::prefs;

/// Two buttons, each labelled in its own language, the current one pressed.
#[component]
pub fn LangSwitch() -> impl IntoView {
    let t = use_texts();
    let lang = use_locale().0;
    let choose = move |choice: Lang| {
        lang.set(choice);
        // The switch still works for this visit when storage is refused.
        let _ = prefs::save_lang(choice);
    };
    let option = move |choice: Lang, name: &'static str| {
        view! {
            <button
                type="button"
                lang=choice.tag()
                aria-pressed=move || (lang.get() == choice).to_string()
                on:click=move |_| choose(choice)
            >
                {name}
            </button>
        }
    };
    view! {
        <div class="lang-switch" role="group" aria-label=move || t.get().language_label>
            {option(Lang::Vi, "Tiếng Việt")}
            {option(Lang::En, "English")}
        </div>
    }
}
