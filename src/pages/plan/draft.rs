//! What the plan pages read from the current draft: the plan as typed (or
//! the starter wording for a new one) and the numbers of the targets and
//! funding pages, so generated text always follows them.

use drafts::{Part, Session, current, load};
use plan_doc::{
    DraftNumbers, Lang, PlanForm, PlanNumbers, StatedError, TextTrouble, from_text, numbers_from_parts, read_stated,
    starter,
};

use crate::clock::today;
use crate::draft_store::LocalStore;
use crate::i18n;

pub fn doc_lang(lang: i18n::Lang) -> Lang {
    match lang {
        i18n::Lang::Vi => Lang::Vi,
        i18n::Lang::En => Lang::En,
    }
}

pub struct PlanDraft {
    pub session: Session,
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

/// The current draft's plan and numbers (with what the plan states). A unit's level is read from the
/// unit's name on the targets page (a commune when it does not say); the
/// year defaults to next year.
pub fn open(lang: i18n::Lang) -> PlanDraft {
    let store = LocalStore::open();
    let opened = Session::open(&store, Part::Plan);
    let draft = current(&store).and_then(|id| load(&store, &id).ok());
    let part = |p: Part| draft.as_ref().and_then(|d| d.parts.get(&p).map(String::as_str));
    let numbers = numbers_from_parts(part(Part::Targets), part(Part::Funding), None, today().year + 1);
    let mut numbers = numbers;
    let (form, trouble) = match opened.text.as_deref() {
        Some(text) => from_text(text),
        None => (starter(numbers.numbers.level, doc_lang(lang)), Vec::new()),
    };
    numbers.numbers = with_stated(&numbers.numbers, &form).0;
    PlanDraft {
        session: opened.session,
        form,
        trouble,
        numbers,
    }
}
