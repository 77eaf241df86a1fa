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
use crate::i18n::{funding_table_texts, page_name, use_lang};
use crate::section::Section;

#[component]
pub fn FundingTablePage() -> impl IntoView {
    let t = funding_table_texts();
    let lang = use_lang();
    let site = expect_context::<SiteBase>();
    let opened = draft::open(lang);
    let state = opened.state;
    let export = move |_| {
        let text = state
            .table
            .with_untracked(|table| write_funding_annex(table, Separator::Semicolon));
        let _ = download(&format!("{}.csv", t.csv_file_name), &text, "text/csv;charset=utf-8");
    };
    view! {
        <Page title=page_name(Section::FundingTable)>
            <p class="lead no-print">{t.table_intro}</p>
            {opened.problem.map(|m| view! { <p class="problems no-print">{m}</p> })}
            {opened.trouble.map(|m| view! { <p class="problems no-print" role="alert" id="loi-du-lieu">{m}</p> })}
            <p class="actions no-print">
                <button type="button" id="tai-csv" on:click=export>{t.download_csv}</button>
                <a href=site.href(Section::Funding)>{t.back}</a>
            </p>
            <FundingTableSection state=state />
        </Page>
    }
}
