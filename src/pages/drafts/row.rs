//! One draft in the list: its name (renamed in place), when it was last
//! saved, its size, and what can be done with it.

use drafts::{Meta, Part, delete, duplicate, export_draft, load, rename, saved_label, set_current};
use leptos::prelude::*;

use super::{Drafts, kilobytes};
use crate::base::SiteBase;
use crate::clock::{tz_offset_minutes, wall_ms};
use crate::draft_store::{LocalStore, new_id};
use crate::files::download;
use crate::i18n::{Lang, draft_texts, drafts_page_texts, use_lang};
use crate::local_store;
use crate::section::Section;

#[component]
pub fn DraftRow(meta: Meta, state: Drafts) -> impl IntoView {
    let t = drafts_page_texts();
    let d = draft_texts();
    let lang = use_lang();
    let site = expect_context::<SiteBase>();
    let id = meta.id.clone();
    let is_current = {
        let id = id.as_str().to_owned();
        move || state.current.get().as_deref() == Some(id.as_str())
    };
    let saved = saved_label(lang, meta.saved_at_ms, tz_offset_minutes(), wall_ms());
    let size = state.usage.with_untracked(|u| {
        u.drafts
            .iter()
            .find(|x| x.id == id.as_str())
            .map(|x| kilobytes(x.bytes))
            .unwrap_or_default()
    });
    let editing = RwSignal::new(false);
    let name = RwSignal::new(meta.name.clone());

    let work_on = {
        let id = id.clone();
        move |_| {
            let mut store = LocalStore::open();
            set_current(&mut store, &id);
            // The plan's local standards come with it (see local_store.rs).
            if let Some(text) = load(&store, &id)
                .ok()
                .and_then(|d| d.parts.get(&Part::LocalStandards).cloned())
            {
                local_store::take_from_draft(&text);
            }
            let _ = window().location().set_href(&site.href(Section::Targets));
        }
    };
    let save_name = {
        let id = id.clone();
        move |ev: leptos::ev::SubmitEvent| {
            ev.prevent_default();
            match rename(&mut LocalStore::open(), &id, &name.get_untracked()) {
                Ok(_) => editing.set(false),
                Err(e) => state.say(e.message(Lang::Vi), e.message(Lang::En)),
            }
            state.refresh();
        }
    };
    let copy = {
        let (id, old) = (id.clone(), meta.name.clone());
        move |_| {
            let copy_name = format!("{old}{}", d.copy_suffix);
            match duplicate(&mut LocalStore::open(), &id, &new_id(), &copy_name, wall_ms()) {
                Ok(m) => state.say(format!("Đã tạo «{}».", m.name), format!("Made “{}”.", m.name)),
                Err(e) => state.say(e.message(Lang::Vi), e.message(Lang::En)),
            }
            state.refresh();
        }
    };
    let remove = {
        let (id, old) = (id.clone(), meta.name.clone());
        move |_| {
            match delete(&mut LocalStore::open(), &id) {
                Ok(deleted) => {
                    state.undo.set(Some(deleted));
                    state.say(format!("Đã xóa «{old}»."), format!("Deleted “{old}”."));
                }
                Err(e) => state.say(e.message(Lang::Vi), e.message(Lang::En)),
            }
            state.refresh();
        }
    };
    let export = {
        let id = id.clone();
        move |_| {
            let store = LocalStore::open();
            match load(&store, &id) {
                Ok(draft) => {
                    let file = export_draft(&draft, wall_ms());
                    let _ = download(&format!("{}-{id}.json", d.file_name), &file, "application/json");
                }
                Err(e) => state.say(e.message(Lang::Vi), e.message(Lang::En)),
            }
        }
    };
    let label = format!("{}: {}", t.col_name, meta.name);
    let title = {
        let current = is_current.clone();
        move || {
            if editing.get() {
                view! {
                    <form class="inline-form" on:submit=save_name.clone()>
                        <input type="text" maxlength="200" aria-label=label.clone() prop:value=move || name.get() on:input=move |ev| name.set(event_target_value(&ev)) />
                        <button type="submit">{t.save_name}</button>
                    </form>
                }
                .into_any()
            } else {
                view! {
                    <span class="draft-name">{name.get()}</span>
                    {current().then(|| view! { <span class="status status-current">{t.current}</span> })}
                }
                .into_any()
            }
        }
    };
    // Every button names its draft for screen readers.
    let named = |action: &str| format!("{action}: {}", meta.name);
    view! {
        <tr data-id=id.as_str().to_owned()>
            <th scope="row">{title}</th>
            <td>{saved}</td>
            <td class="num">{size} " KB"</td>
            <td class="actions">
                <button type="button" class="work" aria-label=named(t.work_on) on:click=work_on>{t.work_on}</button>
                <button type="button" class="secondary rename" aria-label=named(t.rename) on:click=move |_| editing.update(|e| *e = !*e)>{t.rename}</button>
                <button type="button" class="secondary copy" aria-label=named(t.duplicate) on:click=copy>{t.duplicate}</button>
                <button type="button" class="secondary export" aria-label=named(t.export_one) on:click=export>{t.export_one}</button>
                <button type="button" class="secondary delete" aria-label=named(t.delete) on:click=remove>{t.delete}</button>
            </td>
        </tr>
    }
}
