//! The plan as a Word file, made on this device. Its own bundle, so the
//! .docx writer is downloaded only by someone who asks for the file.

use leptos::prelude::*;
use plan_doc::{Block, build_document, to_docx};

use super::draft;
use super::sections::chosen_from_query;
use crate::address::current_query;
use crate::base::SiteBase;
use crate::components::Page;
use crate::files::download_bytes;
use crate::i18n::{page_name, plan_common_texts, plan_doc_texts, use_lang};
use crate::section::Section;

const DOCX: &str = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

#[component]
pub fn PlanWordPage() -> impl IntoView {
    let site = expect_context::<SiteBase>();
    let body = match draft::saved() {
        Some(saved) => word_file(saved, &site).into_any(),
        None => draft::no_plan(&site).into_any(),
    };
    // The lead first, plan or not (as on the print page).
    view! {
        <Page title=page_name(Section::PlanWord)>
            <p class="lead">{plan_doc_texts().word_intro}</p>
            {body}
        </Page>
    }
}

fn word_file(saved: draft::SavedPlan, site: &SiteBase) -> impl IntoView {
    let t = plan_doc_texts();
    let lang = use_lang();
    let chosen = chosen_from_query(&current_query());
    let numbers = saved.numbers;
    let document = build_document(&saved.form, &numbers, draft::doc_lang(lang), &chosen);
    let headings: Vec<String> = document
        .blocks
        .iter()
        .filter_map(|b| match b {
            Block::Title(text) => Some(text.clone()),
            Block::Heading { number, text, .. } => Some(format!("{number} {text}")),
            Block::AnnexStart { label, title, .. } => Some(format!("{label}: {title}")),
            _ => None,
        })
        .collect();
    let done = RwSignal::new(None::<String>);
    let make = move |_| {
        let bytes = to_docx(&document);
        let name = format!("{}-{}.docx", t.file_name, numbers.year);
        if download_bytes(&name, &bytes, DOCX).is_ok() {
            done.set(Some(format!(
                "{}: {name} ({} KB).",
                t.word_done,
                bytes.len().div_ceil(1024)
            )));
        }
    };
    view! {
            <p class="actions">
                <button type="button" id="tai-docx" on:click=make>{t.word_download}</button>
                <a href=site.href(Section::PlanPrint)>{plan_common_texts().to_print}</a>
                <a href=site.href(Section::Plan)>{t.back}</a>
            </p>
            <p role="status" id="trang-thai-docx">{move || done.get()}</p>
            <h2>{t.word_contents}</h2>
            <ul id="de-muc">{headings.into_iter().map(|h| view! { <li>{h}</li> }).collect_view()}</ul>
    }
}
