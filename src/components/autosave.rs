//! The line every editing page shows under its title: which draft the page
//! saves into and when it last saved, or why it could not, with the choices
//! that lose nothing (another tab's save, a full storage). Saving waits for
//! a pause in typing (`paused.rs`), and never for a page being left.

use std::collections::BTreeMap;

use drafts::{Draft, Meta, SCHEMA, SaveError, Saved, Session, export_draft, load, saved_label, set_current};
use leptos::ev;
use leptos::prelude::*;

use crate::base::SiteBase;
use crate::browser::stored_or_reading;
use crate::clock::{tz_offset_minutes, wall_ms};
use crate::draft_store::{LocalStore, new_id};
use crate::files::download;
use crate::i18n::{Lang, draft_texts, use_lang};
use crate::paused::Paused;
use crate::section::Section;

#[derive(Clone, PartialEq)]
enum Status {
    /// Nothing saved since the page opened.
    Waiting,
    /// Changed; saved when typing pauses.
    Pending,
    Saved(i64),
    Quota,
    /// The draft is no longer stored (deleted in another tab, or storage
    /// cleared): what is on screen is all there is.
    Gone,
    Failed(String, String),
    /// Another tab saved this draft: the next save would be a conflict.
    OtherTab,
    Conflict(Meta),
}

/// Saves `text` into the session's draft whenever it changes (not when the
/// page first shows it). `name` names a draft the first save makes.
#[component]
pub fn Autosave(session: Session, text: Signal<String>, name: Signal<String>, from_link: bool) -> impl IntoView {
    let t = draft_texts();
    let lang = use_lang();
    let site = expect_context::<SiteBase>();
    let session = StoredValue::new(session);
    let status = RwSignal::new(Status::Waiting);
    let draft_name = RwSignal::new(session.with_value(|s| s.draft.as_ref().map(|m| m.name.clone())));

    // The name shown follows the session: a first save or a copy changes it.
    let settle = move |result: Option<Result<Saved, SaveError>>| {
        draft_name.set(session.with_value(|s| s.draft.as_ref().map(|m| m.name.clone())));
        status.set(match result {
            Some(Ok(saved)) => Status::Saved(saved.saved_at_ms),
            Some(Err(SaveError::Conflict { theirs })) => Status::Conflict(theirs),
            Some(Err(SaveError::Quota)) => Status::Quota,
            Some(Err(SaveError::NotFound)) => Status::Gone,
            Some(Err(e)) => Status::Failed(e.message(Lang::Vi), e.message(Lang::En)),
            None => Status::Waiting,
        });
    };
    let save_as = move |text: &str, name: &str| {
        let mut store = LocalStore::open();
        settle(session.try_update_value(|s| s.save(&mut store, text, new_id, name, wall_ms())));
    };
    let save = move |text: &str| save_as(text, &name.get_untracked());
    let later = Paused::new(move || save(&text.get_untracked()));
    Effect::new(move |seen: Option<()>| {
        // Read, not only tracked: a memo that was never read has no sources
        // of its own, so it would never tell this effect of a change.
        text.with(|_| ());
        if seen.is_some() {
            if matches!(status.get_untracked(), Status::Waiting | Status::Saved(_)) {
                status.set(Status::Pending);
            }
            later.schedule();
        }
    });

    // Another tab's save shows at once, not only at this page's next save.
    let listener = window_event_listener(ev::storage, move |e| {
        let key = e.key().unwrap_or_default();
        let ours = session.with_value(|s| s.concerns(&key));
        let newer = session.with_value(|s| {
            let store = LocalStore::open();
            s.draft
                .as_ref()
                .and_then(|m| load(&store, &m.id).ok())
                .is_some_and(|d| d.meta.revision != s.base_revision)
        });
        if ours && newer && !matches!(status.get_untracked(), Status::Conflict(_)) {
            status.set(Status::OtherTab);
        }
    });
    on_cleanup(move || listener.remove());

    let load_theirs = move |_| {
        let mut store = LocalStore::open();
        if let Some(meta) = session.with_value(|s| s.draft.clone()) {
            set_current(&mut store, &meta.id);
        }
        // Without the address's own state, the page opens the draft as stored.
        let location = window().location();
        let _ = location.set_href(&location.pathname().unwrap_or_default());
    };
    let keep_mine = move |_| {
        let mut store = LocalStore::open();
        let text = text.get_untracked();
        settle(session.try_update_value(|s| s.save_over(&mut store, &text, wall_ms())));
    };
    let save_as_new = move |suffix: &str| {
        let old = draft_name.get_untracked().unwrap_or_else(|| name.get_untracked());
        session.update_value(|s| s.detach());
        save_as(&text.get_untracked(), &format!("{old}{suffix}"));
    };
    let save_copy = move |_| save_as_new(t.copy_suffix);
    // The stored draft is gone: this page's part becomes a draft of that name.
    let save_again = move |_| save_as_new("");
    // The whole draft as a file, this page's part as it is on screen.
    let download_draft = move |_| {
        let store = LocalStore::open();
        let part = session.with_value(|s| s.part);
        let mut draft = session
            .with_value(|s| s.draft.as_ref().and_then(|m| load(&store, &m.id).ok()))
            .unwrap_or_else(|| Draft {
                meta: Meta {
                    id: new_id(),
                    name: name.get_untracked(),
                    saved_at_ms: wall_ms(),
                    revision: 1,
                    schema: SCHEMA,
                },
                parts: BTreeMap::new(),
            });
        draft.parts.insert(part, text.get_untracked());
        let file = export_draft(&draft, wall_ms());
        let _ = download(&format!("{}.json", t.file_name), &file, "application/json");
    };
    let retry = move |_| save(&text.get_untracked());

    let line = move || {
        let named = draft_name
            .get()
            .map(|n| format!("{} «{n}»", t.draft_word))
            .unwrap_or_default();
        match status.get() {
            Status::Waiting if draft_name.get().is_none() => (if from_link {
                t.from_link
            } else {
                stored_or_reading(t.not_saved_yet)
            })
            .to_owned(),
            Status::Waiting => named,
            Status::Pending if named.is_empty() => t.saving.to_owned(),
            Status::Pending => format!("{named} · {}", t.saving),
            Status::Saved(at) => {
                let label = saved_label(lang, at, tz_offset_minutes(), wall_ms());
                format!("{named} · {label}")
            }
            Status::Quota => t.quota.to_owned(),
            Status::Gone => SaveError::NotFound.message(lang),
            Status::Failed(vi, en) => lang.pick(vi, en),
            Status::OtherTab => t.other_tab.to_owned(),
            Status::Conflict(theirs) => lang.pick(
                SaveError::Conflict { theirs: theirs.clone() }.message(Lang::Vi),
                SaveError::Conflict { theirs }.message(Lang::En),
            ),
        }
    };
    let choices = move || match status.get() {
        Status::Conflict(_) | Status::OtherTab => view! {
            <button type="button" id="lay-ban-kia" on:click=load_theirs>{t.load_theirs}</button>
            <button type="button" id="giu-ban-minh" class="secondary" on:click=keep_mine>{t.keep_mine}</button>
            <button type="button" id="luu-ban-moi" class="secondary" on:click=save_copy>{t.save_as_new}</button>
        }
        .into_any(),
        Status::Gone => view! {
            <button type="button" id="luu-ban-moi" on:click=save_again>{t.save_as_new}</button>
            <button type="button" id="tai-ban-nhap" class="secondary" on:click=download_draft>{t.download}</button>
        }
        .into_any(),
        Status::Quota | Status::Failed(..) => view! {
            <button type="button" id="tai-ban-nhap" on:click=download_draft>{t.download}</button>
            <button type="button" id="thu-luu-lai" class="secondary" on:click=retry>{t.retry}</button>
        }
        .into_any(),
        _ => ().into_any(),
    };
    let alert = move || {
        matches!(
            status.get(),
            Status::Quota | Status::Gone | Status::Failed(..) | Status::Conflict(_) | Status::OtherTab
        )
    };
    view! {
        <div class="autosave no-print" class:alert=alert>
            <p role="status" id="trang-thai-luu">{line}</p>
            <div class="actions">{choices}</div>
            <p><a href=site.href(Section::Drafts)>{t.manage}</a></p>
        </div>
    }
}
