use leptos::prelude::*;
use leptos_router::components::A;

use crate::base::SiteBase;
use crate::components::Page;
use crate::i18n::use_texts;
use crate::section::Section;

#[component]
pub fn Home() -> impl IntoView {
    let t = use_texts();
    let site = expect_context::<SiteBase>();
    let cards = Section::ALL
        .into_iter()
        .filter(|s| *s != Section::Home)
        .map(|section| {
            let title = move || t.get().section(section).map(|s| s.title);
            let summary = move || t.get().section(section).map(|s| s.summary);
            view! {
                <li class="card">
                    <h3>
                        <A href=site.href(section)>{title}</A>
                    </h3>
                    <p>{summary}</p>
                </li>
            }
        })
        .collect_view();
    view! {
        <Page title=Signal::derive(move || t.get().home_title)>
            <p class="lead">{move || t.get().home_intro}</p>
            <section aria-labelledby="home-sections">
                <h2 id="home-sections">{move || t.get().home_sections_heading}</h2>
                <ul class="cards">{cards}</ul>
            </section>
            <section class="privacy" aria-labelledby="home-privacy">
                <h2 id="home-privacy">{move || t.get().privacy_heading}</h2>
                <p>{move || t.get().privacy_body}</p>
            </section>
        </Page>
    }
}
