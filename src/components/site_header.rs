use leptos::prelude::*;
use leptos_router::components::A;

use crate::base::SiteBase;
use crate::components::LangSwitch;
use crate::i18n::use_texts;
use crate::section::Section;

/// Site name, language switch and the navigation bar.
#[component]
pub fn SiteHeader() -> impl IntoView {
    let t = use_texts();
    let site = expect_context::<SiteBase>();
    let links = Section::ALL
        .into_iter()
        .map(|section| {
            view! {
                <li>
                    <A href=site.href(section) exact=true>
                        {t.nav_label(section)}
                    </A>
                </li>
            }
        })
        .collect_view();
    view! {
        <header class="site-header">
            <div class="brand">
                <A href=site.href(Section::Home) exact=true>
                    <span class="brand-name">{t.site_name}</span>
                </A>
                <span class="brand-tagline">{t.site_tagline}</span>
            </div>
            <LangSwitch />
            <nav aria-label=t.nav.label>
                <ul>{links}</ul>
            </nav>
        </header>
    }
}
