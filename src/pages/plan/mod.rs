//! Kế hoạch: the yearly plan, section by section in the order of real
//! plans, each with text generated from the draft's numbers (always
//! current) and text the officer writes; saved in the draft as typed.
//! Printing and the Word file are their own pages.

mod document;
mod draft;
mod editors;
mod print;
mod sections;
mod word;

use leptos::prelude::*;
use plan_doc::{check_header, funding_summary, situation, targets, to_text};

use crate::base::SiteBase;
use crate::components::{Autosave, Page};
use crate::i18n::{either, page_name, plan_texts, use_lang};
use crate::section::Section;
use editors::{HeaderEditor, LinesEditor, OrganisationEditor, ProseEditor, SignatureEditor};

pub use print::PlanPrintPage;
pub use word::PlanWordPage;

#[component]
pub fn PlanPage() -> impl IntoView {
    let t = plan_texts();
    let lang = use_lang();
    let site = expect_context::<SiteBase>();
    let opened = draft::open(lang);
    let doc_lang = draft::doc_lang(lang);
    let form = RwSignal::new(opened.form);
    let text = Memo::new(move |_| form.with(to_text));
    let numbers = opened.numbers;
    let name = Signal::derive({
        let unit = numbers.unit.clone();
        move || {
            let subject = form.with(|f| f.header.subject.clone());
            if subject.trim().is_empty() {
                format!("{} {}", page_name(Section::Plan), unit).trim().to_owned()
            } else {
                subject
            }
        }
    });
    let trouble = (!opened.trouble.is_empty()).then(|| {
        view! {
            <div class="problems">
                <p>{t.stored_trouble}</p>
                <ul>{opened.trouble.iter().map(|x| view! { <li>{either(lang, x.message_vi(), x.message_en())}</li> }).collect_view()}</ul>
            </div>
        }
    });
    let header_errors = Memo::new(move |_| form.with(|f| check_header(&f.header)));
    let situation_text = situation(&numbers.numbers, doc_lang);
    let targets_text = targets(&numbers.numbers, doc_lang);
    let funding_text = funding_summary(&numbers.numbers.funding, numbers.numbers.year, doc_lang);

    view! {
        <Page title=page_name(Section::Plan)>
            <p class="lead no-print">{t.intro}</p>
            <Autosave session=opened.session text=text.into() name from_link=false />
            {trouble}
            <p class="actions">
                <a class="button" id="xem-ban-in" href=site.href(Section::PlanPrint)>{t.to_print}</a>
                <a class="button" id="sang-word" href=site.href(Section::PlanWord)>{t.to_word}</a>
            </p>
            <HeaderEditor form errors=header_errors />
            <LinesEditor form id="can-cu" label=t.sections[1] get=|f| &f.legal_grounds set=|f| &mut f.legal_grounds />
            <ProseEditor form id="tinh-hinh" label=t.sections[2] generated=situation_text get=|f| &f.situation set=|f| &mut f.situation />
            <ProseEditor form id="muc-dich" label=t.sections[3] get=|f| &f.purpose set=|f| &mut f.purpose />
            <ProseEditor form id="muc-tieu" label=t.sections[4] generated=targets_text get=|f| &f.objectives set=|f| &mut f.objectives />
            <ProseEditor form id="muc-tieu-chieu" label=t.dimension_targets get=|f| &f.dimension_targets set=|f| &mut f.dimension_targets />
            <ProseEditor form id="noi-dung-kh" label=t.sections[5] get=|f| &f.content set=|f| &mut f.content />
            <ProseEditor form id="kinh-phi-kh" label=t.sections[6] generated=funding_text get=|f| &f.funding_summary set=|f| &mut f.funding_summary />
            <ProseEditor form id="giai-phap" label=t.sections[7] get=|f| &f.solutions set=|f| &mut f.solutions />
            <OrganisationEditor form />
            <SignatureEditor form />
            <LinesEditor form id="noi-nhan" label=t.sections[10] get=|f| &f.recipients set=|f| &mut f.recipients />
            <ProseEditor form id="phu-luc-chi-tieu" label=t.sections[11] get=|f| &f.target_annex set=|f| &mut f.target_annex />
            <ProseEditor form id="phu-luc-kinh-phi" label=t.sections[12] get=|f| &f.funding_annex set=|f| &mut f.funding_annex />
        </Page>
    }
}
