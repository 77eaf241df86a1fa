//! Danh mục dự án (`/kinh-phi/danh-muc/`): the project catalogue of the
//! current draft's funding, edited on its own page and saved in the same
//! part as the lines, so that the funding editor does not carry the
//! catalogue editor.

use leptos::prelude::*;

use super::catalogue::CatalogueSection;
use super::draft;
use crate::base::SiteBase;
use crate::components::Page;
use crate::i18n::{funding_catalogue_texts, page_name, use_lang};
use crate::section::Section;

#[component]
pub fn FundingCataloguePage() -> impl IntoView {
    let t = funding_catalogue_texts();
    let lang = use_lang();
    let site = expect_context::<SiteBase>();
    let opened = draft::open(lang);
    let state = opened.state;
    view! {
        <Page title=page_name(Section::FundingCatalogue)>
            {draft::autosave(opened.session, state)}
            {opened.problem.map(|m| view! { <p class="problems">{m}</p> })}
            {opened.trouble.map(|m| view! { <p class="problems" role="alert" id="loi-du-lieu">{m}</p> })}
            <CatalogueSection state=state />
            <p><a href=site.href(Section::Funding)>{t.back}</a></p>
        </Page>
    }
}
