use leptos::prelude::*;

use crate::i18n::use_texts;

/// A page's heading, also used as the document title so that tabs, history
/// and screen readers name the page.
#[component]
pub fn Page(title: &'static str, children: Children) -> impl IntoView {
    let title_text = format!("{title} · {}", use_texts().site_name);
    // Pre-rendered at build time there is no document: the page's HTML
    // gets the title instead.
    #[cfg(feature = "prerender")]
    if let Some(crate::prerender::DocumentTitle(t)) = use_context() {
        t.set(title_text);
    }
    #[cfg(not(feature = "prerender"))]
    document().set_title(&title_text);
    view! {
        <article class="page">
            <h1>{title}</h1>
            {children()}
        </article>
    }
}
