//! Keeping a household list in the current draft, only when the user asks:
//! a list may hold householders' names, so it is never saved on its own.
//! The drafts page keeps or removes it, handed the list (`list_handoff.rs`),
//! so this page carries none of the drafts' saving code; a list kept there
//! is shown here and can be opened again.

use drafts::{Part, peek_current};
use leptos::prelude::*;
use vn_format::{Decimal, format_decimal};

use crate::base::SiteBase;
use crate::draft_store::LocalStore;
use crate::i18n::households_texts;
use crate::list_handoff::hand_over;
use crate::section::Section;

/// `list` is the list on screen, if any; `open` reads a kept list again.
#[component]
pub fn KeepInDraft(list: Signal<Option<String>>, #[prop(into)] open: Callback<String>) -> impl IntoView {
    let h = households_texts();
    let to_drafts = StoredValue::new(expect_context::<SiteBase>().href(Section::Drafts));
    let kept = peek_current(&LocalStore::open(), Part::Households).filter(|p| !p.text.is_empty());
    let refused = RwSignal::new(false);

    // An empty list asks the drafts page to remove the kept one.
    let hand = move |text: String| {
        if hand_over(&text) {
            let _ = window().location().set_href(&to_drafts.get_value());
        } else {
            refused.set(true);
        }
    };
    let save = move |_| {
        if let Some(text) = list.get_untracked() {
            hand(text);
        }
    };
    let kept_line = kept.map(|kept| {
        let kb = Decimal::from(kept.text.len() as u64) / Decimal::from(1024);
        let line = format!("{} «{}» ({} KB). ", h.keep_stored, kept.draft_name, format_decimal(kb, 1));
        let text = StoredValue::new(kept.text);
        view! {
            <p id="danh-sach-da-luu">
                {line}
                <button type="button" id="mo-danh-sach" on:click=move |_| open.run(text.get_value())>{h.keep_open}</button>
                " "
                <button type="button" id="xoa-danh-sach" class="secondary" on:click=move |_| hand(String::new())>
                    {h.keep_remove}
                </button>
            </p>
        }
    });
    view! {
        <section class="no-print" aria-labelledby="giu-danh-sach">
            <h2 id="giu-danh-sach">{h.keep_heading}</h2>
            <p class="hint">{h.keep_note}</p>
            {kept_line}
            <p>
                <button type="button" id="luu-danh-sach" prop:disabled=move || list.with(Option::is_none) on:click=save>
                    {h.keep_save}
                </button>
            </p>
            <p role="status" id="thong-bao-danh-sach">{move || refused.get().then_some(h.keep_refused)}</p>
        </section>
    }
}
