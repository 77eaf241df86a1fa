//! Biểu chỉ tiêu: the target annex as it prints (A4 landscape), printed,
//! written as CSV, or read from a CSV file. A file's table is saved into a
//! draft only when the user says which: replacing the current draft's
//! table, or as a new draft. Its own bundle, so the targets page does not
//! carry the CSV reader.

use crate::i18n::Lang;
use drafts::{Part, Session};
use leptos::prelude::*;
use planning::{table_from_query, table_to_query};

use super::annex::AnnexPrint;
use super::file::AnnexFiles;
use super::state::TableState;
use super::table_findings;
use crate::address::current_query;
use crate::base::SiteBase;
use crate::clock::wall_ms;
use crate::components::Page;
use crate::draft_store::{LocalStore, new_id};
use crate::i18n::{draft_texts, page_name, targets_texts, use_lang};
use crate::section::Section;

#[component]
pub fn AnnexPage() -> impl IntoView {
    let t = targets_texts();
    let d = draft_texts();
    let lang = use_lang();
    let site = expect_context::<SiteBase>();
    // The targets page links here with its table; else the current draft's.
    let opened = Session::open(&LocalStore::open(), Part::Targets);
    let link = table_from_query(&current_query())
        .or_else(|| opened.text.as_deref().and_then(table_from_query))
        .map(|(link, _)| link)
        .unwrap_or_default();
    let state = TableState::from_link(link);
    let current_name = opened.session.draft.as_ref().map(|m| m.name.clone());
    let session = StoredValue::new(opened.session);
    let imported = RwSignal::new(false);
    let problem = RwSignal::new(None::<(String, String)>);
    let targets_page = StoredValue::new(site.href(Section::Targets));

    let save = move |replace: bool| {
        let mut store = LocalStore::open();
        let text = table_to_query(&state.link());
        let name = format!(
            "{} {} {}",
            d.default_name,
            state.unit_name.get_untracked(),
            state.year.get_untracked()
        );
        let result = session.try_update_value(|s| {
            if !replace {
                s.detach();
            }
            s.save(&mut store, &text, new_id, name.trim(), wall_ms())
        });
        match result {
            Some(Ok(_)) => {
                targets_page.with_value(|page| {
                    let _ = window().location().set_href(page);
                });
            }
            Some(Err(e)) => problem.set(Some((e.message(Lang::Vi), e.message(Lang::En)))),
            None => {}
        }
    };
    let choices = move || {
        imported.get().then(|| {
            let replace = current_name.clone().map(|name| {
                view! {
                    <button type="button" id="thay-bang-ban-nhap" on:click=move |_| save(true)>
                        {format!("{} «{name}»", t.save_replace)}
                    </button>
                }
            });
            view! {
                <p>{t.save_imported}</p>
                <div class="actions">
                    {replace}
                    <button type="button" id="luu-bang-ban-nhap-moi" class="secondary" on:click=move |_| save(false)>{t.save_new_draft}</button>
                </div>
            }
        })
    };
    view! {
        <Page title=page_name(Section::Annex)>
            <p class="lead no-print">{t.annex_page_intro}</p>
            <p class="no-print"><a href=site.href(Section::Targets)>{t.back_to_table}</a></p>
            <AnnexFiles state on_import=move |_| imported.set(true) />
            {move || {
                imported.get().then(|| {
                    view! {
                        <section class="no-print" aria-labelledby="doi-chieu">
                            <h2 id="doi-chieu">{t.findings_heading}</h2>
                            <div role="status" class="findings">{table_findings(state)}</div>
                        </section>
                    }
                })
            }}
            <div class="no-print" role="status">
                {choices}
                {move || problem.get().map(|(vi, en)| view! { <p class="problems">{lang.pick(vi, en)}</p> })}
            </div>
            <AnnexPrint state />
        </Page>
    }
}
