//! Bản in: the plan as an A4 administrative document (Nghị định 30/2020),
//! the parts to print chosen with ticks, printed with the browser.

use leptos::prelude::*;
use plan_doc::{SectionId, build_document};

use super::document::DocumentView;
use super::draft;
use super::sections::{chosen_from_query, chosen_to_query};
use crate::address::{current_query, replace_query};
use crate::base::SiteBase;
use crate::components::Page;
use crate::i18n::{page_name, plan_common_texts, plan_doc_texts, use_lang};
use crate::section::Section;

#[component]
pub fn PlanPrintPage() -> impl IntoView {
    let site = expect_context::<SiteBase>();
    let body = match draft::saved() {
        Some(saved) => printed(saved, &site).into_any(),
        None => draft::no_plan(&site).into_any(),
    };
    // The lead first, plan or not: the page says what it is for while the
    // draft is still being read.
    view! {
        <Page title=page_name(Section::PlanPrint)>
            <p class="lead no-print">{plan_doc_texts().print_intro}</p>
            {body}
        </Page>
    }
}

fn printed(opened: draft::SavedPlan, site: &SiteBase) -> impl IntoView {
    let t = plan_doc_texts();
    let lang = use_lang();
    let doc_lang = draft::doc_lang(lang);
    let chosen = RwSignal::new(chosen_from_query(&current_query()));
    Effect::new(move |_| replace_query(&chosen.with(|c| chosen_to_query(c))));
    let form = opened.form;
    let numbers = opened.numbers;
    let ticks = SectionId::ALL
        .iter()
        .zip(plan_common_texts().sections)
        .enumerate()
        .map(|(i, (&id, label))| {
            let box_id = format!("in-phan-{i}");
            view! {
                <div class="choice">
                    <input type="checkbox" id=box_id.clone() prop:checked=move || chosen.with(|c| c.contains(&id)) on:change=move |ev| {
                        let on = event_target_checked(&ev);
                        chosen.update(|c| {
                            c.retain(|x| *x != id);
                            if on {
                                c.push(id);
                            }
                        });
                    } />
                    <label for=box_id>{label}</label>
                </div>
            }
        })
        .collect_view();
    let document = move || {
        let document = chosen.with(|c| build_document(&form, &numbers, doc_lang, c));
        view! { <DocumentView document /> }
    };
    // The print serif (docs/print-font.md) is asked for once the page is
    // interactive, so its 44 KB are not part of the first load, and are
    // there by the time the officer prints.
    let serif = RwSignal::new(false);
    Effect::new(move |_| serif.set(true));
    let word_page = site.href(Section::PlanWord);
    let word = move || format!("{word_page}?{}", chosen.with(|c| chosen_to_query(c)));
    view! {
            <div class="no-print">
                <fieldset class="choices">
                    <legend>{t.choose_sections}</legend>
                    {ticks}
                </fieldset>
                <p class="actions">
                    <button type="button" id="in-ke-hoach" on:click=move |_| { let _ = window().print(); }>{t.print}</button>
                    <a class="button" id="sang-word" href=word>{plan_common_texts().to_word}</a>
                    <a href=site.href(Section::Plan)>{t.back}</a>
                </p>
            </div>
            <div class="doc" class:serif=move || serif.get() lang=if doc_lang == plan_doc::Lang::Vi { "vi" } else { "en" }>{document}</div>
    }
}
