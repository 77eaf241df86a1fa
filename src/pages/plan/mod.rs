//! Kế hoạch: the yearly plan, written on seven pages in the order of real
//! plans: its frame (header, legal grounds, enacting clause, situation,
//! closing line, signature, recipients, annexes), last year's results, its
//! purpose and targets, its targets per dimension, its content and
//! implementation, each project's section, and its outline. Each part
//! shows text generated from the draft's numbers (always current) beside
//! what the officer writes, saved in the draft as typed. Each page carries only its own parts' generators,
//! so that each stays within the first-load budget. Printing and the Word
//! file are pages of their own.

mod dimensions;
mod document;
mod draft;
mod editors;
mod outline;
mod print;
mod projects;
mod sections;
mod stated;
mod word;

use leptos::prelude::*;
use plan_doc::{
    LastYearText, PlanForm, PlanNumbers, TargetsText, UnitLevel, check_header, check_targets, closing_line,
    enacting_clause, funding_summary, read_stated, results, situation, targets, to_text,
};

use crate::base::SiteBase;
use crate::components::{Autosave, Page};
use crate::i18n::{page_name, plan_common_texts, plan_frame_texts, plan_texts, use_lang};
use crate::section::Section;
use dimensions::DimensionsEditor;
use editors::{HeaderEditor, LinesEditor, OrganisationEditor, ProseEditor, SignatureEditor};
use outline::OutlineEditor;
use projects::ProjectsEditor;
use stated::{LastYearEditor, TargetsEditor};

pub use print::PlanPrintPage;
pub use word::PlanWordPage;

/// The pages that edit the plan, in the order of its text.
const EDITING: [Section; 7] = [
    Section::Plan,
    Section::PlanResults,
    Section::PlanTargets,
    Section::PlanDimensions,
    Section::PlanWork,
    Section::PlanProjects,
    Section::PlanOutline,
];

/// What a plan editing page edits: the plan as typed and the draft's
/// numbers, in the document's language.
struct Editing {
    form: RwSignal<PlanForm>,
    /// Whether the draft holds a plan.
    stored: bool,
    numbers: PlanNumbers,
    /// The unit's name on the targets page.
    unit: String,
    doc_lang: plan_doc::Lang,
}

/// One plan editing page: the draft opened and saved as typed, the links
/// between the plan's pages, then the page's own parts.
///
/// `open` reads the draft: with its funding only for a page that shows it.
fn editing_page<V: IntoView + 'static>(
    section: Section,
    open: fn(crate::i18n::Lang) -> draft::PlanDraft,
    parts: impl FnOnce(Editing) -> V,
) -> impl IntoView {
    let t = plan_texts();
    let common = plan_common_texts();
    let lang = use_lang();
    let site = expect_context::<SiteBase>();
    let opened = open(lang);
    let form = RwSignal::new(opened.form);
    let text = Memo::new(move |_| form.with(to_text));
    let unit = opened.numbers.unit;
    let parts = parts(Editing {
        form,
        stored: opened.stored,
        numbers: opened.numbers.numbers,
        unit: unit.clone(),
        doc_lang: draft::doc_lang(lang),
    });
    let name = Signal::derive(move || {
        let subject = form.with(|f| f.header.subject.clone());
        if subject.trim().is_empty() {
            format!("{} {}", page_name(Section::Plan), unit).trim().to_owned()
        } else {
            subject
        }
    });
    let trouble = (!opened.trouble.is_empty()).then(|| {
        view! {
            <div class="problems">
                <p>{t.stored_trouble}</p>
                <ul>{opened.trouble.iter().map(|x| view! { <li>{x.message(lang)}</li> }).collect_view()}</ul>
            </div>
        }
    });
    let pages = EDITING
        .iter()
        .map(|&page| {
            let label = if page == Section::Plan {
                t.frame
            } else {
                page_name(page)
            };
            if page == section {
                view! { <li><a href=site.href(page) aria-current="page">{label}</a></li> }.into_any()
            } else {
                view! { <li><a href=site.href(page)>{label}</a></li> }.into_any()
            }
        })
        .collect_view();
    view! {
        <Page title=page_name(section)>
            <p class="lead no-print">{t.intro}</p>
            <Autosave session=opened.session text=text.into() name from_link=false />
            {trouble}
            <nav class="plan-pages no-print" aria-label=t.pages_label>
                <ol id="phan-ke-hoach">{pages}</ol>
            </nav>
            <p class="actions">
                <a class="button" id="xem-ban-in" href=site.href(Section::PlanPrint)>{common.to_print}</a>
                <a class="button" id="sang-word" href=site.href(Section::PlanWord)>{common.to_word}</a>
            </p>
            {parts}
        </Page>
    }
}

/// An editing page that carries no starter wording: a draft with no plan
/// gets the print's notice and a link to the plan's first page, where a
/// plan begins.
fn stored_plan_page<V: IntoView + 'static>(
    section: Section,
    open: fn(crate::i18n::Lang) -> draft::PlanDraft,
    parts: impl FnOnce(Editing) -> V,
) -> impl IntoView {
    let site = expect_context::<SiteBase>();
    editing_page(section, open, move |editing| {
        if editing.stored {
            parts(editing).into_any()
        } else {
            draft::no_plan(&site).into_any()
        }
    })
}

/// What the plan states (its targets, last year) with the draft's numbers:
/// the generated text follows it as it is typed.
fn stated(editing: &Editing) -> Memo<PlanNumbers> {
    let base = editing.numbers.clone();
    let form = editing.form;
    Memo::new(move |_| form.with(|f| draft::with_stated(&base, f).0))
}

/// The plan's frame: header, legal grounds, enacting clause, situation,
/// closing line, signature, recipients and the annexes' notes.
#[component]
pub fn PlanPage() -> impl IntoView {
    let ft = plan_frame_texts();
    let common = plan_common_texts();
    editing_page(
        Section::Plan,
        draft::open,
        move |Editing {
                  form,
                  numbers,
                  unit,
                  doc_lang,
                  ..
              }| {
            let header_errors = Memo::new(move |_| form.with(|f| check_header(&f.header)));
            // The level chosen, or read from the unit's name; every generated
            // sentence follows it as it is chosen.
            let named = UnitLevel::from_name(&unit).unwrap_or(UnitLevel::Commune);
            let level = Signal::derive(move || form.with(|f| f.level).unwrap_or(named));
            let situation_text = Signal::derive(move || {
                let mut numbers = numbers.clone();
                numbers.level = level.get();
                situation(&numbers, doc_lang)
            });
            let clause = move |write: fn(UnitLevel, &str, &str, plan_doc::Lang) -> String| {
                Signal::derive(move || {
                    let level = level.get();
                    form.with(|f| vec![write(level, &f.header.issuing_body, &f.header.subject, doc_lang)])
                })
            };
            let levels = UnitLevel::ALL
                .map(|l| {
                    let chosen = move || form.with(|f| f.level == Some(l));
                    view! { <option value=l.key() prop:selected=chosen>{l.word(doc_lang)}</option> }
                })
                .collect_view();
            view! {
                <HeaderEditor form errors=header_errors />
                <div class="field">
                    <label for="cap-don-vi">{ft.level_choose}</label>
                    <select id="cap-don-vi" on:change=move |ev| {
                        let key = event_target_value(&ev);
                        form.update(|f| f.level = UnitLevel::from_key(&key));
                    }>
                        <option value="" prop:selected=move || form.with(|f| f.level.is_none())>
                            {format!("{} ({})", ft.level_from_name, named.word(doc_lang))}
                        </option>
                        {levels}
                    </select>
                </div>
                <LinesEditor form id="can-cu" label=common.sections[1] get=|f| &f.legal_grounds set=|f| &mut f.legal_grounds />
                <ProseEditor form id="cau-ban-hanh" label=ft.enacting_heading generated=clause(enacting_clause) hint=ft.clause_hint get=|f| &f.enacting set=|f| &mut f.enacting />
                <ProseEditor form id="tinh-hinh" label=common.sections[2] generated=situation_text get=|f| &f.situation set=|f| &mut f.situation />
                <ProseEditor form id="cau-ket" label=ft.closing_heading generated=clause(closing_line) hint=ft.clause_hint get=|f| &f.closing set=|f| &mut f.closing />
                <SignatureEditor form />
                <LinesEditor form id="noi-nhan" label=common.sections[10] get=|f| &f.recipients set=|f| &mut f.recipients />
                <ProseEditor form id="phu-luc-chi-tieu" label=common.sections[11] get=|f| &f.target_annex set=|f| &mut f.target_annex />
                <ProseEditor form id="phu-luc-kinh-phi" label=common.sections[12] get=|f| &f.funding_annex set=|f| &mut f.funding_annex />
            }
        },
    )
}

/// Last year's reviews and targets, and what the plan writes of them.
#[component]
pub fn PlanResultsPage() -> impl IntoView {
    stored_plan_page(Section::PlanResults, draft::open_targets, move |editing| {
        let Editing { form, doc_lang, .. } = editing;
        let stated = stated(&editing);
        let errors = Memo::new(move |_| form.with(|f| read_stated(&TargetsText::default(), &f.last_year).2));
        let results_text = Signal::derive(move || {
            stated.with(|n| {
                n.last_year
                    .as_ref()
                    .map_or_else(Vec::new, |last| results(last, n.level, doc_lang))
            })
        });
        view! {
            <LastYearEditor form errors results=results_text />
        }
    })
}

/// The plan's purpose, objectives and targets.
#[component]
pub fn PlanTargetsPage() -> impl IntoView {
    let common = plan_common_texts();
    stored_plan_page(Section::PlanTargets, draft::open_targets, move |editing| {
        let Editing { form, doc_lang, .. } = editing;
        let stated = stated(&editing);
        let errors = Memo::new(move |_| form.with(|f| read_stated(&f.targets, &LastYearText::default()).2));
        let findings = Memo::new(move |_| stated.with(check_targets));
        let targets_text = Signal::derive(move || stated.with(|n| targets(n, doc_lang)));
        view! {
            <ProseEditor form id="muc-dich" label=common.sections[3] get=|f| &f.purpose set=|f| &mut f.purpose />
            <TargetsEditor form errors findings />
            <ProseEditor form id="muc-tieu" label=common.sections[4] generated=targets_text get=|f| &f.objectives set=|f| &mut f.objectives />
        }
    })
}

/// The targets per dimension of deprivation: the part's text, then its
/// table.
#[component]
pub fn PlanDimensionsPage() -> impl IntoView {
    let t = plan_texts();
    stored_plan_page(
        Section::PlanDimensions,
        draft::open_outline,
        move |Editing {
                  form,
                  numbers,
                  doc_lang,
                  ..
              }| {
            view! {
                <ProseEditor form id="muc-tieu-chieu" label=t.dimension_targets get=|f| &f.dimension_targets set=|f| &mut f.dimension_targets />
                <DimensionsEditor form year=numbers.year doc_lang />
            }
        },
    )
}

/// The plan's content, its funding, solutions and who does what.
#[component]
pub fn PlanWorkPage() -> impl IntoView {
    let common = plan_common_texts();
    editing_page(
        Section::PlanWork,
        draft::open_with_funding,
        move |Editing {
                  form,
                  numbers,
                  doc_lang,
                  ..
              }| {
            let funding_text = Signal::stored(funding_summary(&numbers.funding, numbers.year, doc_lang));
            view! {
                <ProseEditor form id="noi-dung-kh" label=common.sections[5] get=|f| &f.content set=|f| &mut f.content />
                <ProseEditor form id="kinh-phi-kh" label=common.sections[6] generated=funding_text get=|f| &f.funding_summary set=|f| &mut f.funding_summary />
                <ProseEditor form id="giai-phap" label=common.sections[7] get=|f| &f.solutions set=|f| &mut f.solutions />
                <OrganisationEditor form />
            }
        },
    )
}

/// Each project's section and who does what, project by project.
#[component]
pub fn PlanProjectsPage() -> impl IntoView {
    stored_plan_page(
        Section::PlanProjects,
        draft::open_projects,
        move |Editing {
                  form,
                  numbers,
                  doc_lang,
                  ..
              }| {
            view! { <ProjectsEditor form funding=numbers.funding programme=numbers.programme doc_lang /> }
        },
    )
}

/// The body's outline: its parts reordered and renamed, parts of the
/// officer's own added.
#[component]
pub fn PlanOutlinePage() -> impl IntoView {
    stored_plan_page(
        Section::PlanOutline,
        draft::open_outline,
        move |Editing { form, doc_lang, .. }| {
            view! { <OutlineEditor form doc_lang /> }
        },
    )
}
