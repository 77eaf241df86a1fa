//! Chuẩn nghèo: each standard in plain words, the periods compared, the
//! legal basis and how sure we are of each rule. Printable as a leaflet.

mod history;
mod periods;
mod standard;
mod unverified;

use leptos::prelude::*;
use poverty_rules::{Catalogue, Status};

use crate::base::SiteBase;
use crate::components::{Page, StatusBadge};
use crate::i18n::{criteria_texts, page_name, pick, use_lang};
use crate::section::Section;
use history::RuleHistoryTable;
use periods::PeriodsTable;
use standard::StandardSection;
pub use unverified::UnverifiedRulesPage;

#[component]
pub fn CriteriaPage() -> impl IntoView {
    let page = criteria_texts();
    let lang = use_lang();
    let catalogue = Catalogue::national();
    let site = expect_context::<SiteBase>();
    // The page's own path before the anchor: `<base href>` would send a bare
    // `#id` to the home page.
    let here = site.href(Section::Criteria);
    let contents = catalogue
        .all()
        .iter()
        .map(|s| view! { <li><a href=format!("{here}#{}", s.id)>{pick(lang, &s.name)}</a></li> })
        .collect_view();
    let legend = [
        (Status::Secondary, page.legend_secondary),
        (Status::Unverified, page.legend_unverified),
    ]
    .into_iter()
    .map(|(status, meaning)| view! { <li><StatusBadge status /> " " {meaning}</li> })
    .collect_view();
    let sections = catalogue
        .all()
        .iter()
        .map(|s| view! { <StandardSection standard=s.clone() /> })
        .collect_view();
    view! {
        <Page title=page_name(Section::Criteria)>
            <p class="lead">{page.intro}</p>
            <nav class="contents no-print" aria-labelledby="muc-luc">
                <h2 id="muc-luc">{page.contents}</h2>
                <ul>
                    <li><a href=format!("{here}#so-sanh")>{page.compare_heading}</a></li>
                    {contents}
                    <li><a href=format!("{here}#lich-su")>{page.history_heading}</a></li>
                    <li><a href=site.href(Section::UnverifiedRules)>{page_name(Section::UnverifiedRules)}</a></li>
                    <li><a href=site.href(Section::LocalStandards)>{page_name(Section::LocalStandards)}</a></li>
                </ul>
            </nav>
            <section class="legend" aria-labelledby="muc-do">
                <h2 id="muc-do">{page.legend_heading}</h2>
                <p>{page.legend_body}</p>
                <ul>{legend}</ul>
            </section>
            <PeriodsTable catalogue=catalogue.clone() />
            {sections}
            <RuleHistoryTable catalogue=catalogue.clone() />
            <p class="no-print">
                <button type="button" on:click=|_| { let _ = window().print(); }>{page.print}</button>
            </p>
        </Page>
    }
}
