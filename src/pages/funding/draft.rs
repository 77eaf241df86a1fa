//! What both funding pages read from the current draft: the funding as
//! stored (or the 2021–2025 catalogue and no lines), and what to tell the
//! user when it did not read. Funding is not carried in the address: only
//! the draft holds it.

use drafts::{Part, Session};
use funding::{Catalogue, FundingForm, form_from_text, form_to_text};
use leptos::prelude::*;

use super::state::FundingState;
use crate::components::Autosave;
use crate::draft_store::LocalStore;
use crate::i18n::{Lang, draft_texts};

pub struct FundingDraft {
    pub session: Session,
    pub state: FundingState,
    /// The current draft does not read at all.
    pub problem: Option<&'static str>,
    /// Parts of the stored funding that did not read.
    pub trouble: Option<String>,
}

pub fn open(lang: Lang) -> FundingDraft {
    let opened = Session::open(&LocalStore::open(), Part::Funding);
    let problem = opened.problem.as_ref().map(|_| draft_texts().unreadable_current);
    let (form, catalogue, trouble) = match opened.text.as_deref() {
        Some(text) => form_from_text(text),
        None => (
            FundingForm::default(),
            Catalogue::preset_2021_2025(),
            Default::default(),
        ),
    };
    FundingDraft {
        session: opened.session,
        state: FundingState::new(form, catalogue),
        problem,
        trouble: (!trouble.is_empty()).then(|| trouble.message(lang)),
    }
}

/// The status line of a page that edits the funding: the form and the
/// catalogue are saved together, as one part.
pub fn autosave(session: Session, state: FundingState) -> impl IntoView {
    let text = Memo::new(move |_| state.catalogue.with(|c| state.form.with(|f| form_to_text(f, c))));
    let name = Signal::derive(move || draft_texts().default_name.to_owned());
    view! { <Autosave session text=text.into() name from_link=false /> }
}
