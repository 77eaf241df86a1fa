//! Biểu kinh phí (`/kinh-phi/bang/`): the funding table of the current
//! draft, to print on A4 landscape pages or download as CSV or .xlsx, and
//! a whole table imported from a file into the draft. The lines are edited
//! on the funding page. Its own bundle, so that the editor carries neither
//! the table, the CSV writer nor the import.

use leptos::prelude::*;

use super::draft;
use super::import::FundingImport;
use super::table::FundingTableSection;
use crate::base::SiteBase;
use crate::components::Page;
use crate::i18n::{file_texts, funding_table_texts, page_name, use_lang};
use crate::section::Section;
use crate::workers::writer::{Format, Job, download_button};

#[component]
pub fn FundingTablePage() -> impl IntoView {
    let t = funding_table_texts();
    let lang = use_lang();
    let site = expect_context::<SiteBase>();
    let opened = draft::open(lang);
    let state = opened.state;
    // Both files written in the writer worker from the draft's text, by the
    // one CSV writer, so they carry the same figures.
    let file_name = move || t.csv_file_name.to_owned();
    let job = move || Job::Funding {
        draft: state.stored_text(),
    };
    view! {
        <Page title=page_name(Section::FundingTable)>
            <p class="lead no-print">{t.table_intro}</p>
            {opened.problem.map(|m| view! { <p class="problems no-print">{m}</p> })}
            {opened.trouble.map(|m| view! { <p class="problems no-print" role="alert" id="loi-du-lieu">{m}</p> })}
            <p class="actions no-print">
                {download_button("tai-csv", t.download_csv, Format::Csv, file_name, job)}
                {download_button("tai-xlsx", file_texts(lang).xlsx, Format::Xlsx, file_name, job)}
                <a href=site.href(Section::Funding)>{t.back}</a>
            </p>
            <FundingTableSection state=state />
            <FundingImport state=state session=opened.session />
        </Page>
    }
}
