//! Biểu kinh phí (`/kinh-phi/bang/`): the funding table of the current
//! draft, to print on A4 landscape pages or download as CSV. It only reads
//! the draft; the lines are edited on the funding page. Its own bundle, so
//! that the editor carries neither the table nor the CSV writer.

use drafts::{Part, Session};
use funding::{Catalogue, FundingForm, Separator, form_from_text, write_funding_annex};
use leptos::prelude::*;

use super::state::FundingState;
use super::table::FundingTableSection;
use crate::base::SiteBase;
use crate::components::Page;
use crate::draft_store::LocalStore;
use crate::files::download;
use crate::i18n::{draft_texts, either, funding_texts, use_lang};
use crate::section::Section;

#[component]
pub fn FundingTablePage() -> impl IntoView {
    let t = funding_texts();
    let lang = use_lang();
    let site = expect_context::<SiteBase>();
    let opened = Session::open(&LocalStore::open(), Part::Funding);
    let draft_problem = opened.problem.as_ref().map(|_| draft_texts().unreadable_current);
    let (form, catalogue, trouble) = match opened.text.as_deref() {
        Some(text) => form_from_text(text),
        None => (
            FundingForm::default(),
            Catalogue::preset_2021_2025(),
            Default::default(),
        ),
    };
    let trouble = (!trouble.is_empty()).then(|| either(lang, trouble.message_vi(), trouble.message_en()));
    let state = FundingState::new(form, catalogue);
    let export = move |_| {
        let text = state
            .table
            .with_untracked(|table| write_funding_annex(table, Separator::Semicolon));
        let _ = download(&format!("{}.csv", t.csv_file_name), &text, "text/csv;charset=utf-8");
    };
    view! {
        <Page title=t.table_heading>
            <p class="lead no-print">{t.table_intro}</p>
            {draft_problem.map(|m| view! { <p class="problems no-print">{m}</p> })}
            {trouble.map(|m| view! { <p class="problems no-print" role="alert" id="loi-du-lieu">{m}</p> })}
            <p class="actions no-print">
                <button type="button" id="tai-csv" on:click=export>{t.download_csv}</button>
                <a href=site.href(Section::Funding)>{t.back}</a>
            </p>
            <FundingTableSection state=state />
        </Page>
    }
}
