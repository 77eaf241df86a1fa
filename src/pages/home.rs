use leptos::prelude::*;

use crate::base::SiteBase;
use crate::components::Page;
use crate::i18n::{home_texts, page_name};

#[component]
pub fn Home() -> impl IntoView {
    let t = home_texts();
    let site = expect_context::<SiteBase>();
    let cards = t
        .cards
        .into_iter()
        .map(|(section, summary)| {
            view! {
                <li class="card">
                    <h3>
                        <a href=site.href(section)>{page_name(section)}</a>
                    </h3>
                    <p>{summary}</p>
                </li>
            }
        })
        .collect_view();
    view! {
        <Page title=t.title>
            <p class="lead">{t.intro}</p>
            <section aria-labelledby="home-sections">
                <h2 id="home-sections">{t.sections_heading}</h2>
                <ul class="cards">{cards}</ul>
            </section>
            <section class="privacy" aria-labelledby="home-privacy">
                <h2 id="home-privacy">{t.privacy_heading}</h2>
                <p>{t.privacy_body}</p>
            </section>
        </Page>
    }
}
