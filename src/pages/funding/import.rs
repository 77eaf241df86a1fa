//! A funding table read from a file (CSV or .xlsx, as plans print it) in
//! the reader worker, shown with what it says and what the checks find
//! before it is used. Used, its lines and printed totals take the place of
//! the draft's (the counterpart rule and the rounding stay, a table does
//! not state them) and are saved at once, and the previous ones can be had
//! back. A save that fails changes nothing on the page either: what is
//! shown is what is stored.

use drafts::{SaveError, Session};
use funding::{FundingField, FundingForm, FundingRead, FundingReading};
use leptos::prelude::*;
use web_sys::File;

use super::state::FundingState;
use crate::clock::wall_ms;
use crate::components::{FileInput, Report, table_import};
use crate::draft_store::{LocalStore, new_id};
use crate::i18n::{draft_texts, funding_table_texts, import_texts, use_lang};
use crate::storage::Saved;
use crate::workers::reader::{FUNDING, Sheets, ask_table};

/// Reads `file` in the reader worker against the catalogue of `draft` (the
/// funding as the draft stores it).
async fn read_in_worker(
    file: File,
    sheet: Option<String>,
    remembered: String,
    draft: String,
) -> (Sheets, FundingReading) {
    let job = js_sys::Array::of5(&FUNDING.into(), &file, &remembered.into(), &sheet.into(), &draft.into());
    ask_table(job, FundingReading::from_text, FundingReading::failed).await
}

#[component]
pub fn FundingImport(state: FundingState, session: Session) -> impl IntoView {
    let t = funding_table_texts();
    let lang = use_lang();
    let it = import_texts(lang);
    // A table read and not used yet, and the form it replaced once used.
    let pending = RwSignal::new(None::<FundingForm>);
    let replaced = RwSignal::new(None::<FundingForm>);
    let session = StoredValue::new(session);
    // Why the last use or undo was not saved.
    let unsaved = RwSignal::new(None::<String>);
    let shown = move |reading: FundingReading| match reading {
        FundingReading::Read(read) => {
            let form = state.form.with_untracked(|draft| read.used_in(draft));
            let FundingRead {
                notices,
                errors,
                rejected,
                mapping,
                checks,
                ..
            } = *read;
            let mut lines = Vec::new();
            if !mapping.overrides().is_empty() {
                lines.push((it.mapping_recalled.to_owned(), it.mapping_recalled.to_owned()));
            }
            lines.extend(notices);
            lines.extend(errors);
            // What the checks find, each saying what the figure should be.
            if checks.is_empty() {
                lines.push((t.read_agrees.to_owned(), t.read_agrees.to_owned()));
            }
            lines.extend(checks);
            let headline = t
                .read_headline
                .replace("{lines}", &form.lines.len().to_string())
                .replace("{totals}", &form.totals.len().to_string())
                .replace("{left_out}", &rejected.to_string());
            pending.set(Some(form));
            let report = Report {
                headline,
                failed: false,
                lines,
            };
            (report, Some(mapping))
        }
        // The draft stays as it was; columns not understood show the
        // closest header for the user to say which is which.
        FundingReading::Failed { message, closest } => {
            pending.set(None);
            let report = Report {
                headline: it.import_failed.to_owned(),
                failed: true,
                lines: vec![message],
            };
            (report, closest)
        }
    };
    let read = move |file, sheet, remembered| {
        let draft = state.stored_text();
        read_in_worker(file, sheet, remembered, draft)
    };
    let input = FileInput {
        id: "nhap-bieu",
        label: t.import_label,
        hint: t.import_hint,
    };
    let import = table_import(
        input,
        Saved::FundingColumns,
        FundingField::all,
        FundingField::label,
        read,
        shown,
    );

    // Puts `form`'s lines and totals on the page and in the draft, or
    // neither; `true` when both.
    let put = move |form: FundingForm| {
        let before = state.form.get_untracked();
        state.replace(form.lines, form.totals);
        let text = state.stored_text();
        let mut store = LocalStore::open();
        let name = draft_texts().default_name;
        let saved = session.try_update_value(|s| s.save(&mut store, &text, new_id, name, wall_ms()));
        let problem = match saved {
            Some(Ok(_)) => None,
            Some(Err(SaveError::Conflict { .. })) => Some(t.conflict.to_owned()),
            Some(Err(e)) => Some(e.message(lang)),
            None => Some(t.conflict.to_owned()),
        };
        if problem.is_some() {
            state.replace(before.lines, before.totals);
        }
        let put = problem.is_none();
        unsaved.set(problem);
        put
    };
    let use_table = move |_| {
        let Some(form) = pending.get_untracked() else { return };
        let before = state.form.get_untracked();
        if put(form) {
            replaced.set(Some(before));
            pending.set(None);
        }
    };
    let undo = move |_| {
        let Some(form) = replaced.get_untracked() else { return };
        if put(form) {
            replaced.set(None);
        }
    };
    let apply = move || {
        pending.with(|form| {
            form.as_ref().map(|form| {
                let typed = state.lines.with(Vec::len);
                let label = if typed == 0 {
                    t.use_table.replace("{lines}", &form.lines.len().to_string())
                } else {
                    t.replace_table
                        .replace("{typed}", &typed.to_string())
                        .replace("{lines}", &form.lines.len().to_string())
                };
                view! { <button type="button" id="dung-bieu" on:click=use_table>{label}</button> }
            })
        })
    };
    let used = move || {
        let problem = unsaved
            .get()
            .map(|m| view! { <p class="problems" id="chua-luu-bieu">{m}</p> });
        let done = replaced.with(Option::is_some).then(|| {
            view! {
                <p id="da-dung-bieu">{t.used}</p>
                <button type="button" class="secondary" id="hoan-tac-bieu" on:click=undo>{t.undo}</button>
            }
        });
        (problem, done)
    };
    view! {
        <section class="no-print" aria-labelledby="nhap-tu-tep">
            <h2 id="nhap-tu-tep">{t.import_heading}</h2>
            {import}
            <div class="actions">{apply}</div>
            <div role="status" aria-live="polite">{used}</div>
        </section>
    }
}
