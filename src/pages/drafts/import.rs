//! Importing drafts from a file: read and checked first, then shown draft
//! by draft; a draft that would replace one kept here waits for the user's
//! choice (skipped unless they choose), and nothing is written until they
//! confirm.

use crate::i18n::Lang;
use drafts::{
    Choice, FileError, ImportItem, ImportOutcome, ImportStatus, MAX_FILE_BYTES, apply_import, plan_import, read_file,
};
use leptos::prelude::*;
use leptos::task::spawn_local;
use web_sys::HtmlInputElement;

use super::Drafts;
use crate::components::TableScroll;
use crate::draft_store::{LocalStore, new_id};
use crate::files::{chosen_file, read_bytes};
use crate::i18n::{DraftsPageTexts, drafts_page_texts, use_lang};

#[derive(Clone, Copy, PartialEq, Eq)]
enum Pick {
    Import,
    Replace,
    KeepBoth,
    Skip,
}

/// What a draft of the file will do unless the user changes it: never a
/// replacement.
fn default_pick(status: &ImportStatus) -> Pick {
    match status {
        ImportStatus::New => Pick::Import,
        _ => Pick::Skip,
    }
}

fn status_text(t: &'static DraftsPageTexts, status: &ImportStatus) -> &'static str {
    match status {
        ImportStatus::New => t.import_new,
        ImportStatus::Identical => t.import_identical,
        ImportStatus::Clash { .. } => t.import_clash,
        ImportStatus::Unreadable(_) => t.import_unreadable,
    }
}

#[component]
pub fn ImportPanel(state: Drafts) -> impl IntoView {
    let t = drafts_page_texts();
    let lang = use_lang();
    // The plan: each draft of the file with the user's pick.
    let plan = RwSignal::new(Vec::<(ImportItem, RwSignal<Pick>)>::new());
    let problems = RwSignal::new(Vec::<(String, String)>::new());

    let on_file = move |ev: leptos::ev::Event| {
        let input: HtmlInputElement = event_target(&ev);
        let Some(file) = chosen_file(&input) else { return };
        input.set_value("");
        // Refused by its size before reading, so a huge file costs nothing.
        let size = file.size() as usize;
        spawn_local(async move {
            plan.set(Vec::new());
            if size > MAX_FILE_BYTES {
                let e = FileError::TooLarge { bytes: size };
                return problems.set(vec![(e.message(Lang::Vi), e.message(Lang::En))]);
            }
            let bytes = match read_bytes(&file).await {
                Ok(bytes) => bytes,
                Err(e) => return problems.set(vec![(e.clone(), e)]),
            };
            match read_file(&bytes) {
                Ok(found) => {
                    problems.set(
                        found
                            .refused
                            .iter()
                            .map(|r| (r.message(Lang::Vi), r.message(Lang::En)))
                            .collect(),
                    );
                    let items = plan_import(&LocalStore::open(), &found);
                    plan.set(
                        items
                            .into_iter()
                            .map(|item| {
                                let pick = RwSignal::new(default_pick(&item.status));
                                (item, pick)
                            })
                            .collect(),
                    );
                }
                Err(e) => problems.set(vec![(e.message(Lang::Vi), e.message(Lang::En))]),
            }
        });
    };
    let confirm = move |_| {
        let chosen: Vec<(ImportItem, Choice)> = plan.with_untracked(|items| {
            items
                .iter()
                .map(|(item, pick)| {
                    let choice = match pick.get_untracked() {
                        Pick::Import | Pick::Replace => Choice::Replace,
                        Pick::KeepBoth => Choice::KeepBoth(new_id()),
                        Pick::Skip => Choice::Skip,
                    };
                    (item.clone(), choice)
                })
                .collect()
        });
        let results = apply_import(&mut LocalStore::open(), &chosen);
        let written = results
            .iter()
            .filter(|r| matches!(r, Ok(ImportOutcome::Written(_))))
            .count();
        let mut messages: Vec<(String, String)> = results
            .iter()
            .filter_map(|r| r.as_ref().err())
            .map(|e| (e.message(Lang::Vi), e.message(Lang::En)))
            .collect();
        messages.insert(
            0,
            (
                format!("Đã nhập {written} bản nháp."),
                format!("Imported {written} draft(s)."),
            ),
        );
        problems.set(messages);
        plan.set(Vec::new());
        state.refresh();
    };

    let rows = move || {
        plan.get()
            .into_iter()
            .enumerate()
            .map(|(i, (item, pick))| {
                let name = format!("import-{i}");
                let choices: Vec<(Pick, &'static str)> = match item.status {
                    ImportStatus::New => vec![(Pick::Import, t.pick_import), (Pick::Skip, t.pick_skip)],
                    ImportStatus::Identical => vec![(Pick::Skip, t.pick_skip)],
                    ImportStatus::Clash { .. } => vec![
                        (Pick::Skip, t.pick_skip),
                        (Pick::Replace, t.pick_replace),
                        (Pick::KeepBoth, t.pick_keep_both),
                    ],
                    ImportStatus::Unreadable(_) => vec![(Pick::Skip, t.pick_skip), (Pick::KeepBoth, t.pick_keep_both)],
                };
                let radios = choices
                    .into_iter()
                    .map(|(value, label)| {
                        let id = format!("{name}-{}", value as u8);
                        view! {
                            <span class="choice">
                                <input type="radio" name=name.clone() id=id.clone() prop:checked=move || pick.get() == value on:change=move |_| pick.set(value) />
                                <label for=id>{label}</label>
                            </span>
                        }
                    })
                    .collect_view();
                view! {
                    <tr>
                        <th scope="row">{item.draft.meta.name.clone()}</th>
                        <td>{status_text(t, &item.status)}</td>
                        <td><fieldset class="choices"><legend class="visually-hidden">{item.draft.meta.name.clone()}</legend>{radios}</fieldset></td>
                    </tr>
                }
            })
            .collect_view()
    };
    let has_plan = move || plan.with(|p| !p.is_empty());
    view! {
        <div class="field">
            <label for="nhap-ban-nhap">{t.import_label}</label>
            <input id="nhap-ban-nhap" type="file" accept=".json,application/json" on:change=on_file />
        </div>
        <div role="status" aria-live="polite">
            <ul class="notices" id="bao-cao-nhap-ban-nhap">
                {move || problems.get().into_iter().map(|(vi, en)| view! { <li>{lang.pick(vi, en)}</li> }).collect_view()}
            </ul>
        </div>
        <Show when=has_plan>
            <TableScroll>
                <table id="ke-hoach-nhap">
                    <caption>{t.import_caption}</caption>
                    <thead>
                        <tr>
                            <th scope="col">{t.col_name}</th>
                            <th scope="col">{t.import_col_status}</th>
                            <th scope="col">{t.import_col_choice}</th>
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            </TableScroll>
            <button type="button" id="xac-nhan-nhap" on:click=confirm>{t.import_confirm}</button>
        </Show>
    }
}
