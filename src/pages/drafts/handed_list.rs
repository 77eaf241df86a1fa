//! A household list handed over by the household-list page
//! (`list_handoff.rs`): kept in the current draft, or in a new one when there
//! is none, as that page's "keep" asks; an empty list removes the kept one.
//! The result is told with the page's other messages.

use crate::i18n::Lang;
use drafts::{Part, Session};
use leptos::prelude::*;

use super::Drafts;
use crate::base::SiteBase;
use crate::clock::wall_ms;
use crate::draft_store::{LocalStore, new_id};
use crate::i18n::{draft_texts, drafts_page_texts};
use crate::list_handoff::take;
use crate::section::Section;

/// Keeps the list handed over, if any, and offers the way back to it.
#[component]
pub fn HandedList(state: Drafts) -> impl IntoView {
    let t = drafts_page_texts();
    let site = expect_context::<SiteBase>();
    let text = take();
    if let Some(text) = &text {
        keep(state, text);
    }
    text.map(|_| {
        view! {
            <p><a id="ve-danh-sach-ho" href=site.href(Section::Households)>{t.back_to_list}</a></p>
        }
    })
}

fn keep(state: Drafts, text: &str) {
    let mut store = LocalStore::open();
    let mut session = Session::open(&store, Part::Households).session;
    match session.save(&mut store, text, new_id, draft_texts().default_name, wall_ms()) {
        Ok(_) => {
            let name = session.draft.map(|m| m.name).unwrap_or_default();
            if text.is_empty() {
                state.say(
                    format!("Đã xoá danh sách hộ khỏi bản nháp «{name}»."),
                    format!("Removed the household list from the draft “{name}”."),
                );
            } else {
                state.say(
                    format!("Đã lưu danh sách hộ vào bản nháp «{name}»."),
                    format!("Saved the household list in the draft “{name}”."),
                );
            }
        }
        Err(e) => state.say(e.message(Lang::Vi), e.message(Lang::En)),
    }
    state.refresh();
}
