//! Bản nháp: every draft kept in this browser, with the time it was last
//! saved and the room it takes; make, rename, copy, delete (with undo),
//! choose the one the pages work on, and move drafts as files. A household
//! list the household-list page hands over is kept here (`handed_list.rs`).

mod handed_list;
mod import;
mod row;

use drafts::{Deleted, Listing, create, current, export_file, list, load, restore, usage};
use leptos::ev;
use leptos::prelude::*;
use vn_format::{Decimal, format_decimal};

use crate::browser::{DRAWN_AT_BUILD, stored_or_reading};
use crate::clock::wall_ms;
use crate::components::{Page, TableScroll};
use crate::draft_store::{LocalStore, new_id};
use crate::files::download;
use crate::i18n::{Lang, draft_texts, drafts_page_texts, page_name, use_lang};
use crate::section::Section;
use handed_list::HandedList;
use import::ImportPanel;
use row::DraftRow;

/// Kilobytes with one decimal, as the page shows sizes.
pub fn kilobytes(bytes: u64) -> String {
    format_decimal(Decimal::from(bytes) / Decimal::from(1024), 1)
}

/// What the page shows, read anew after every change here or in another tab.
#[derive(Clone, Copy)]
pub struct Drafts {
    pub listing: RwSignal<Listing>,
    pub current: RwSignal<Option<String>>,
    pub usage: RwSignal<drafts::Usage>,
    /// The last action's message (vi, en), announced.
    pub message: RwSignal<Option<(String, String)>>,
    pub undo: RwSignal<Option<Deleted>>,
}

impl Drafts {
    fn new() -> Drafts {
        let drafts = Drafts {
            listing: RwSignal::new(Listing::default()),
            current: RwSignal::new(None),
            usage: RwSignal::new(drafts::Usage::default()),
            message: RwSignal::new(None),
            undo: RwSignal::new(None),
        };
        drafts.refresh();
        drafts
    }

    /// Reads the store again. Listing sets aside drafts that do not read.
    pub fn refresh(&self) {
        let mut store = LocalStore::open();
        self.listing.set(list(&mut store));
        self.current.set(current(&store).map(|id| id.as_str().to_owned()));
        self.usage.set(usage(&store));
    }

    pub fn say(&self, vi: String, en: String) {
        self.message.set(Some((vi, en)));
    }
}

#[component]
pub fn DraftsPage() -> impl IntoView {
    let t = drafts_page_texts();
    let d = draft_texts();
    let lang = use_lang();
    let state = Drafts::new();
    let listener = window_event_listener(ev::storage, move |_| state.refresh());
    on_cleanup(move || listener.remove());

    let new_name = RwSignal::new(String::new());
    let make = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let mut store = LocalStore::open();
        let name = new_name.get_untracked();
        match create(&mut store, &new_id(), &name, wall_ms()) {
            Ok(meta) => {
                drafts::set_current(&mut store, &meta.id);
                new_name.set(String::new());
                state.say(
                    format!("Đã tạo bản nháp «{}» và chọn nó để làm việc.", meta.name),
                    format!("Made the draft “{}” and chose it to work on.", meta.name),
                );
            }
            Err(e) => state.say(e.message(Lang::Vi), e.message(Lang::En)),
        }
        state.refresh();
    };
    let export_all = move |_| {
        let store = LocalStore::open();
        let all: Vec<_> = state
            .listing
            .get_untracked()
            .drafts
            .iter()
            .filter_map(|m| load(&store, &m.id).ok())
            .collect();
        let file = export_file(&all, wall_ms());
        let _ = download(&format!("{}-tat-ca.json", d.file_name), &file, "application/json");
    };
    let undo = move |_| {
        if let Some(deleted) = state.undo.get_untracked() {
            let mut store = LocalStore::open();
            match restore(&mut store, &deleted) {
                Ok(()) => state.say(
                    "Đã hoàn tác: bản nháp đã trở lại.".into(),
                    "Undone: the draft is back.".into(),
                ),
                Err(e) => state.say(e.message(Lang::Vi), e.message(Lang::En)),
            }
            state.undo.set(None);
            state.refresh();
        }
    };

    let rows = move || {
        state
            .listing
            .get()
            .drafts
            .into_iter()
            .map(|meta| view! { <DraftRow meta state /> })
            .collect_view()
    };
    let empty = move || state.listing.with(|l| l.drafts.is_empty());
    let set_aside = move || {
        let aside = state.listing.get().set_aside;
        (!aside.is_empty()).then(|| {
            view! {
                <section aria-labelledby="dat-rieng">
                    <h2 id="dat-rieng">{t.set_aside_heading}</h2>
                    <p>{t.set_aside_intro}</p>
                    <ul class="problems" id="ban-nhap-loi">
                        {aside.iter().map(|a| view! { <li>{a.message(lang)}</li> }).collect_view()}
                    </ul>
                </section>
            }
        })
    };
    // Drawn at build time, the line above already says it is reading.
    let used = move || {
        let usage = state.usage.get();
        (!DRAWN_AT_BUILD).then(|| format!("{} {} KB.", t.usage, kilobytes(usage.total_bytes())))
    };

    view! {
        <Page title=page_name(Section::Drafts)>
            <p class="lead">{t.intro}</p>
            <div role="status" aria-live="polite" id="thong-bao-ban-nhap">
                {move || state.message.get().map(|(vi, en)| view! { <p>{lang.pick(vi, en)}</p> })}
                {move || state.undo.get().map(|_| view! { <button type="button" id="hoan-tac" on:click=undo>{t.undo}</button> })}
            </div>
            <HandedList state />
            <form class="inline-form" on:submit=make>
                <div class="field">
                    <label for="ten-moi">{t.new_label}</label>
                    <input id="ten-moi" type="text" maxlength="200" prop:value=move || new_name.get() on:input=move |ev| new_name.set(event_target_value(&ev)) />
                </div>
                <button type="submit" id="tao-ban-nhap">{t.create}</button>
            </form>
            <TableScroll>
                <table class="drafts" id="danh-sach-ban-nhap">
                    <caption>{t.caption}</caption>
                    <thead>
                        <tr>
                            <th scope="col">{t.col_name}</th>
                            <th scope="col">{t.col_saved}</th>
                            <th scope="col">{t.col_size}</th>
                            <th scope="col">{t.col_actions}</th>
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            </TableScroll>
            <Show when=empty>
                <p>{stored_or_reading(t.none)}</p>
            </Show>
            <p id="dung-luong">{used}</p>
            <section aria-labelledby="tep-ban-nhap">
                <h2 id="tep-ban-nhap">{t.files_heading}</h2>
                <p>{t.files_intro}</p>
                <div class="actions">
                    <button type="button" id="tai-tat-ca" on:click=export_all>{t.export_all}</button>
                </div>
                <ImportPanel state />
            </section>
            {set_aside}
        </Page>
    }
}
