//! What the plan pages read from the current draft: the plan as typed (or
//! the starter wording for a new one) and the numbers of the targets and
//! funding pages, so generated text always follows them.

use drafts::{Part, Session, current, load};
use plan_doc::{
    DraftNumbers, Lang, PlanForm, PlanNumbers, StatedError, TextTrouble, UnitLevel, from_text, numbers_from_funding,
    numbers_from_parts, numbers_from_targets, read_stated, starter,
};

use leptos::prelude::*;

use crate::base::SiteBase;
use crate::browser::stored_or_reading;
use crate::clock::today;
use crate::draft_store::LocalStore;
use crate::i18n::{self, plan_doc_texts};
use crate::section::Section;

pub fn doc_lang(lang: i18n::Lang) -> Lang {
    match lang {
        i18n::Lang::Vi => Lang::Vi,
        i18n::Lang::En => Lang::En,
    }
}

pub struct PlanDraft {
    pub session: Session,
    /// Whether the draft holds a plan (else `form` is the starter's, or
    /// empty for a page that does not offer it).
    pub stored: bool,
    pub form: PlanForm,
    /// Lines of the stored plan that did not read.
    pub trouble: Vec<TextTrouble>,
    pub numbers: DraftNumbers,
}

/// The numbers with what the plan itself states: the year's targets in
/// each form and last year; with the cells that do not read.
pub fn with_stated(numbers: &PlanNumbers, form: &PlanForm) -> (PlanNumbers, Vec<StatedError>) {
    let (targets, last_year, errors) = read_stated(&form.targets, &form.last_year);
    let mut numbers = numbers.clone();
    numbers.targets = targets;
    numbers.last_year = last_year;
    (numbers, errors)
}

/// The current draft's plan and the target table's numbers, or the starter
/// wording for a draft with no plan: for the plan's first page, where a
/// plan begins. A unit's level is read from the unit's name on the targets
/// page (a commune when it does not say); the year defaults to next year.
pub fn open(lang: i18n::Lang) -> PlanDraft {
    open_reading(
        lang,
        |targets, _, level| numbers_from_targets(targets, level, today().year + 1),
        starter,
    )
}

/// The current draft's plan and the numbers of its targets and funding, for
/// an editing page that shows the funding.
pub fn open_with_funding(lang: i18n::Lang) -> PlanDraft {
    open_reading(
        lang,
        |targets, funding, level| numbers_from_parts(targets, funding, level, today().year + 1),
        starter,
    )
}

/// The current draft's plan and the target table's numbers, with no
/// starter wording (a draft with no plan gets an empty form, `stored`
/// false): for the pages after the first, which send the officer to the
/// first page to begin a plan. The starter's texts and the organisation
/// preset are several kilobytes of each page's first load.
pub fn open_targets(lang: i18n::Lang) -> PlanDraft {
    open_reading(
        lang,
        |targets, _, level| numbers_from_targets(targets, level, today().year + 1),
        |_, _| PlanForm::default(),
    )
}

/// The current draft's plan and its funding alone, for the projects' page,
/// with no starter wording (as [`open_targets`]).
pub fn open_projects(lang: i18n::Lang) -> PlanDraft {
    open_reading(
        lang,
        |_, funding, level| numbers_from_funding(funding, level, today().year + 1),
        |_, _| PlanForm::default(),
    )
}

/// The current draft's plan alone, for the outline's and the dimensions'
/// pages, which show no figure of the targets or funding.
pub fn open_outline(lang: i18n::Lang) -> PlanDraft {
    open_reading(
        lang,
        |_, _, level| DraftNumbers::empty(level, today().year + 1),
        |_, _| PlanForm::default(),
    )
}

/// A page with what it states applies [`with_stated`] itself, as the plan
/// is typed. `numbers` reads the targets and funding parts at the level the
/// plan chose (`None`: read from the unit's name); `fresh` gives the form
/// of a draft with no plan yet.
fn open_reading(
    lang: i18n::Lang,
    numbers: impl FnOnce(Option<&str>, Option<&str>, Option<UnitLevel>) -> DraftNumbers,
    fresh: impl FnOnce(UnitLevel, Lang) -> PlanForm,
) -> PlanDraft {
    let store = LocalStore::open();
    let opened = Session::open(&store, Part::Plan);
    let draft = current(&store).and_then(|id| load(&store, &id).ok());
    let part = |p: Part| draft.as_ref().and_then(|d| d.parts.get(&p).map(String::as_str));
    let stored = opened.text.as_deref().map(from_text);
    let level = stored.as_ref().and_then(|(form, _)| form.level);
    let numbers = numbers(part(Part::Targets), part(Part::Funding), level);
    let written = stored.is_some();
    let (form, trouble) = stored.unwrap_or_else(|| (fresh(numbers.numbers.level, doc_lang(lang)), Vec::new()));
    PlanDraft {
        session: opened.session,
        stored: written,
        form,
        trouble,
        numbers,
    }
}

/// The current draft's plan as saved, with the numbers of its targets and
/// funding and what the plan states, for a page that only shows it (the
/// print, the Word file): `None` when the draft holds no plan yet, since
/// the starter wording is a writing aid, not a plan.
pub fn saved() -> Option<SavedPlan> {
    let store = LocalStore::open();
    let draft = current(&store).and_then(|id| load(&store, &id).ok())?;
    // Lines that do not read are shown on the editing pages, which keep them.
    let (form, _) = from_text(draft.parts.get(&Part::Plan)?);
    let part = |p: Part| draft.parts.get(&p).map(String::as_str);
    let numbers = numbers_from_parts(part(Part::Targets), part(Part::Funding), form.level, today().year + 1).numbers;
    let numbers = with_stated(&numbers, &form).0;
    Some(SavedPlan { form, numbers })
}

pub struct SavedPlan {
    pub form: PlanForm,
    pub numbers: PlanNumbers,
}

/// What the print and the Word page show when the draft holds no plan.
pub fn no_plan(site: &SiteBase) -> impl IntoView {
    let t = plan_doc_texts();
    view! {
        <p class="notice" id="chua-co-ke-hoach">{stored_or_reading(t.no_plan)} " " <a href=site.href(Section::Plan)>{t.no_plan_link}</a></p>
    }
}
