use leptos::prelude::*;

use crate::base::SiteBase;
use crate::components::Page;
use crate::i18n::use_texts;
use crate::section::Section;

#[component]
pub fn Home() -> impl IntoView {
    let t = use_texts();
    let site = expect_context::<SiteBase>();
    let cards = Section::NAV
        .into_iter()
        .filter_map(|section| t.section(section).map(|texts| (section, texts)))
        .map(|(section, texts)| {
            view! {
                <li class="card">
                    <h3>
                        <a href=site.href(section)>{texts.title}</a>
                    </h3>
                    <p>{texts.summary}</p>
                </li>
            }
        })
        .collect_view();
    view! {
        <Page title=t.home_title>
            <p class="lead">{t.home_intro}</p>
            <section aria-labelledby="home-sections">
                <h2 id="home-sections">{t.home_sections_heading}</h2>
                <ul class="cards">{cards}</ul>
            </section>
            <section class="privacy" aria-labelledby="home-privacy">
                <h2 id="home-privacy">{t.privacy_heading}</h2>
                <p>{t.privacy_body}</p>
            </section>
        </Page>
    }
}
