use leptos::prelude::*;
use leptos_router::components::A;

use crate::base::SiteBase;
use crate::components::Page;
use crate::i18n::use_texts;
use crate::section::Section;

#[component]
pub fn NotFound() -> impl IntoView {
    let t = use_texts();
    let site = expect_context::<SiteBase>();
    view! {
        <Page title=Signal::derive(move || t.get().not_found_title)>
            <p>{move || t.get().not_found_body}</p>
            <p>
                <A href=site.href(Section::Home)>{move || t.get().not_found_link}</A>
            </p>
        </Page>
    }
}
