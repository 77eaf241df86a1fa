use leptos::prelude::*;

use crate::i18n::use_texts;

#[component]
pub fn SiteFooter() -> impl IntoView {
    let t = use_texts();
    view! {
        <footer class="site-footer">
            <p>{t.footer_privacy}</p>
            <p>{t.footer_reference}</p>
        </footer>
    }
}
