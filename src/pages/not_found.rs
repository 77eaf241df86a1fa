use leptos::prelude::*;

use crate::base::SiteBase;
use crate::components::Page;
use crate::i18n::home_texts;
use crate::section::Section;

#[component]
pub fn NotFound() -> impl IntoView {
    let t = home_texts();
    let site = expect_context::<SiteBase>();
    view! {
        <Page title=t.not_found_title>
            <p>{t.not_found_body}</p>
            <p>
                <a href=site.href(Section::Home)>{t.not_found_link}</a>
            </p>
        </Page>
    }
}
