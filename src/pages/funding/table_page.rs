//! Biểu kinh phí (`/kinh-phi/bang/`): the funding table of the current
//! draft, to print on A4 landscape pages or download as CSV. It only reads
//! the draft; the lines are edited on the funding page. Its own bundle, so
//! that the editor carries neither the table nor the CSV writer.

use funding::{Separator, write_funding_annex};
use leptos::prelude::*;

use super::draft;
use super::table::FundingTableSection;
use crate::base::SiteBase;
use crate::components::Page;
use crate::files::download;
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
    // Both files from the one CSV writer, so they carry the same figures.
    let csv = move || {
        state
            .table
            .with_untracked(|table| write_funding_annex(table, Separator::Semicolon))
    };
    let export = move |_| {
        let _ = download(&format!("{}.csv", t.csv_file_name), &csv(), "text/csv;charset=utf-8");
    };
    let file_name = move || t.csv_file_name.to_owned();
    let xlsx_job = move || Job::Funding { csv: csv() };
    view! {
        <Page title=page_name(Section::FundingTable)>
            <p class="lead no-print">{t.table_intro}</p>
            {opened.problem.map(|m| view! { <p class="problems no-print">{m}</p> })}
            {opened.trouble.map(|m| view! { <p class="problems no-print" role="alert" id="loi-du-lieu">{m}</p> })}
            <p class="actions no-print">
                <button type="button" id="tai-csv" on:click=export>{t.download_csv}</button>
                {download_button("tai-xlsx", file_texts(lang).xlsx, Format::Xlsx, file_name, xlsx_job)}
                <a href=site.href(Section::Funding)>{t.back}</a>
            </p>
            <FundingTableSection state=state />
        </Page>
    }
}
