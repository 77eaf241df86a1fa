//! Keeping a household list in the current draft, only when the user asks:
//! a list may hold householders' names, so it is never saved on its own.
//! A list kept there can be opened again or removed.

use drafts::{Part, Session};
use leptos::prelude::*;
use vn_format::{Decimal, format_decimal};

use crate::draft_store::{LocalStore, new_id, now_ms};
use crate::i18n::{draft_texts, either, households_texts, use_lang};

/// `list` is the list on screen, if any; `open` reads a kept list again.
#[component]
pub fn KeepInDraft(list: Signal<Option<String>>, #[prop(into)] open: Callback<String>) -> impl IntoView {
    let h = households_texts();
    let lang = use_lang();
    let opened = Session::open(&LocalStore::open(), Part::Households);
    let kept = RwSignal::new(opened.text.filter(|t| !t.is_empty()));
    let session = StoredValue::new(opened.session);
    let message = RwSignal::new(None::<String>);

    let write = move |text: String, done: String| {
        let result = session.try_update_value(|s| {
            s.save(
                &mut LocalStore::open(),
                &text,
                new_id,
                draft_texts().default_name,
                now_ms(),
            )
        });
        match result {
            Some(Ok(_)) => {
                kept.set((!text.is_empty()).then_some(text));
                message.set(Some(done));
            }
            Some(Err(e)) => message.set(Some(either(lang, e.message_vi(), e.message_en()))),
            None => {}
        }
    };
    let draft_name = move || {
        session
            .with_value(|s| s.draft.as_ref().map(|m| m.name.clone()))
            .unwrap_or_default()
    };
    let save = move |_| {
        if let Some(text) = list.get_untracked() {
            write(text, format!("{} «{}».", h.keep_saved, draft_name()));
        }
    };
    let remove = move |_| write(String::new(), h.keep_removed.to_owned());
    let reopen = move |_| {
        if let Some(text) = kept.get_untracked() {
            open.run(text);
        }
    };
    let kept_line = move || {
        kept.with(|k| k.as_ref().map(|text| text.len())).map(|bytes| {
            let kb = Decimal::from(bytes as u64) / Decimal::from(1024);
            view! {
                <p id="danh-sach-da-luu">
                    {format!("{} «{}» ({} KB). ", h.keep_stored, draft_name(), format_decimal(kb, 1))}
                    <button type="button" id="mo-danh-sach" on:click=reopen>{h.keep_open}</button>
                    " "
                    <button type="button" id="xoa-danh-sach" class="secondary" on:click=remove>{h.keep_remove}</button>
                </p>
            }
        })
    };
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
            <p role="status" id="thong-bao-danh-sach">{move || message.get()}</p>
        </section>
    }
}
