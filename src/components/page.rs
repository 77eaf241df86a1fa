use leptos::prelude::*;

use crate::i18n::use_texts;

/// A page's heading, also used as the document title so that tabs, history
/// and screen readers name the page.
#[component]
pub fn Page(#[prop(into)] title: Signal<&'static str>, children: Children) -> impl IntoView {
    let t = use_texts();
    Effect::new(move |_| {
        document().set_title(&format!("{} · {}", title.get(), t.get().site_name));
    });
    view! {
        <article class="page">
            <h1>{move || title.get()}</h1>
            {children()}
        </article>
    }
}
