use leptos::prelude::*;

use crate::i18n::use_texts;

#[component]
pub fn SiteFooter() -> impl IntoView {
    let t = use_texts();
    view! {
        <footer class="site-footer">
            <p>{move || t.get().footer_privacy}</p>
            <p>{move || t.get().footer_reference}</p>
        </footer>
    }
}
