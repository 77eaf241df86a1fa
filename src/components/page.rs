use leptos::prelude::*;

use crate::i18n::use_texts;

/// A page's heading, also used as the document title so that tabs, history
/// and screen readers name the page.
#[component]
pub fn Page(title: &'static str, children: Children) -> impl IntoView {
    document().set_title(&format!("{title} · {}", use_texts().site_name));
    view! {
        <article class="page">
            <h1>{title}</h1>
            {children()}
        </article>
    }
}
