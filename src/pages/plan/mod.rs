//! Kế hoạch: the yearly plan, section by section in the order of real
//! plans, each with text generated from the draft's numbers (always
//! current) and text the officer writes; saved in the draft as typed.
//! Printing and the Word file are their own pages.

mod document;
mod draft;
mod editors;
mod print;
mod sections;
mod stated;
mod word;

use leptos::prelude::*;
use plan_doc::{
    LastYearText, TargetsText, check_header, check_targets, closing_line, enacting_clause, funding_summary,
    read_stated, situation, targets, to_text,
};

use crate::base::SiteBase;
use crate::components::{Autosave, Page};
use crate::i18n::{either, page_name, plan_texts, use_lang};
use crate::section::Section;
use editors::{HeaderEditor, LinesEditor, OrganisationEditor, ProseEditor, SignatureEditor};
use stated::{LastYearEditor, TargetsEditor};

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
    // What the plan states (its targets, last year) changes the generated
    // text as it is typed.
    let level = numbers.numbers.level;
    let stated = Memo::new({
        let base = numbers.numbers.clone();
        move |_| form.with(|f| draft::with_stated(&base, f).0)
    });
    let year_errors = Memo::new(move |_| form.with(|f| read_stated(&f.targets, &LastYearText::default()).2));
    let last_errors = Memo::new(move |_| form.with(|f| read_stated(&TargetsText::default(), &f.last_year).2));
    let findings = Memo::new(move |_| stated.with(check_targets));
    let situation_text = Signal::derive(move || stated.with(|n| situation(n, doc_lang)));
    let targets_text = Signal::derive(move || stated.with(|n| targets(n, doc_lang)));
    let funding_text = Signal::stored(funding_summary(
        &numbers.numbers.funding,
        numbers.numbers.year,
        doc_lang,
    ));
    let clause = move |write: fn(plan_doc::UnitLevel, &str, &str, plan_doc::Lang) -> String| {
        Signal::derive(move || form.with(|f| vec![write(level, &f.header.issuing_body, &f.header.subject, doc_lang)]))
    };

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
            <p class="hint" id="cap-don-vi">{t.level_read} " " {level.word(doc_lang)}</p>
            <LinesEditor form id="can-cu" label=t.sections[1] get=|f| &f.legal_grounds set=|f| &mut f.legal_grounds />
            <ProseEditor form id="cau-ban-hanh" label=t.enacting_heading generated=clause(enacting_clause) hint=t.clause_hint get=|f| &f.enacting set=|f| &mut f.enacting />
            <ProseEditor form id="tinh-hinh" label=t.sections[2] generated=situation_text get=|f| &f.situation set=|f| &mut f.situation />
            <LastYearEditor form errors=last_errors />
            <ProseEditor form id="muc-dich" label=t.sections[3] get=|f| &f.purpose set=|f| &mut f.purpose />
            <TargetsEditor form errors=year_errors findings />
            <ProseEditor form id="muc-tieu" label=t.sections[4] generated=targets_text get=|f| &f.objectives set=|f| &mut f.objectives />
            <ProseEditor form id="muc-tieu-chieu" label=t.dimension_targets get=|f| &f.dimension_targets set=|f| &mut f.dimension_targets />
            <ProseEditor form id="noi-dung-kh" label=t.sections[5] get=|f| &f.content set=|f| &mut f.content />
            <ProseEditor form id="kinh-phi-kh" label=t.sections[6] generated=funding_text get=|f| &f.funding_summary set=|f| &mut f.funding_summary />
            <ProseEditor form id="giai-phap" label=t.sections[7] get=|f| &f.solutions set=|f| &mut f.solutions />
            <OrganisationEditor form />
            <ProseEditor form id="cau-ket" label=t.closing_heading generated=clause(closing_line) hint=t.clause_hint get=|f| &f.closing set=|f| &mut f.closing />
            <SignatureEditor form />
            <LinesEditor form id="noi-nhan" label=t.sections[10] get=|f| &f.recipients set=|f| &mut f.recipients />
            <ProseEditor form id="phu-luc-chi-tieu" label=t.sections[11] get=|f| &f.target_annex set=|f| &mut f.target_annex />
            <ProseEditor form id="phu-luc-kinh-phi" label=t.sections[12] get=|f| &f.funding_annex set=|f| &mut f.funding_annex />
        </Page>
    }
}
