use leptos::prelude::*;

use crate::base::SiteBase;
use crate::components::LangSwitch;
use crate::i18n::{page_name, use_texts};
use crate::section::Section;

/// Site name, language switch and the navigation bar, the current section
/// marked for screen readers and by style.
#[component]
pub fn SiteHeader(current: Option<Section>) -> impl IntoView {
    let t = use_texts();
    let site = expect_context::<SiteBase>();
    let current = current.map(Section::nav_entry);
    let links = Section::nav()
        .map(|section| {
            let here = (current == Some(section)).then_some("page");
            view! {
                <li>
                    <a href=site.href(section) aria-current=here>
                        {page_name(section)}
                    </a>
                </li>
            }
        })
        .collect_view();
    view! {
        <header class="site-header">
            <div class="brand">
                <a href=site.href(Section::Home)>
                    <span class="brand-name">{t.site_name}</span>
                </a>
                <span class="brand-tagline">{t.site_tagline}</span>
            </div>
            <LangSwitch />
            <nav aria-label=t.nav_label>
                <ul>{links}</ul>
            </nav>
        </header>
    }
}
