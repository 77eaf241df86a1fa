//! A table read from a file (the annex, the funding table): the file
//! choice, the worksheet of a workbook, what the reading said, and every
//! column of the file as the page understood it and why, for the user to
//! correct. A correction is remembered for files with the same headers
//! and the file read again at once. The page says how a file is read (in
//! the reader worker) and what a reading does to it. The household list,
//! which streams its file, uses the column choices and the worksheet
//! choice alone.

use std::future::Future;

use leptos::prelude::*;
use leptos::task::spawn_local;
use planning::{ColumnMapping, Confidence, FieldKey, Meaning, column_letter, remembered_with};
use web_sys::{File, HtmlInputElement};

use super::TableScroll;
use crate::files::chosen_file;
use crate::i18n::{Lang, import_texts, mapping_texts, use_lang};
use crate::storage::Saved;
use crate::workers::reader::Sheets;

/// What a reading said, in both languages.
#[derive(Clone, Default)]
pub struct Report {
    pub headline: String,
    pub failed: bool,
    pub lines: Vec<(String, String)>,
}

/// The file input: its id, its label and its hint.
pub struct FileInput {
    pub id: &'static str,
    pub label: &'static str,
    pub hint: &'static str,
}

/// Keeps the user's corrections of this file's columns for the next file
/// with the same headers. `false` when the browser refused to store them.
pub fn remember<F: FieldKey>(saved: Saved, mapping: &ColumnMapping<F>) -> bool {
    saved.write(&remembered_with(&saved.read().unwrap_or_default(), mapping))
}

/// `saved`: where the corrections of columns are remembered; `fields`:
/// what a column may be read as, in the order offered, each with its name
/// `(vi, en)` (lower case, as inside a sentence); `read`: reads the file
/// in the worker, in its worksheet (else the first with data), with the
/// corrections remembered as stored; `shown`: what the newest reading does
/// to the page, what to say and the columns to show.
pub fn table_import<F, R, Read, Fut, Shown>(
    input: FileInput,
    saved: Saved,
    fields: fn() -> Vec<F>,
    field_label: fn(F) -> (String, String),
    read: Read,
    shown: Shown,
) -> impl IntoView
where
    F: FieldKey + Send + Sync + 'static,
    R: 'static,
    Read: Fn(File, Option<String>, String) -> Fut + Copy + Send + Sync + 'static,
    Fut: Future<Output = (Sheets, R)> + 'static,
    Shown: Fn(R) -> (Report, Option<ColumnMapping<F>>) + Copy + Send + Sync + 'static,
{
    let lang = use_lang();
    let report = RwSignal::new(None::<Report>);
    // The file, read again when the user corrects a column.
    let chosen = StoredValue::new_local(None::<File>);
    // A workbook's worksheets, and the one the user chose to read.
    let sheets = RwSignal::new(Sheets::default());
    let sheet = StoredValue::new(None::<String>);
    let mapping = RwSignal::new(None::<ColumnMapping<F>>);
    // Readings finish in any order: only the newest one's answer is shown.
    let newest = StoredValue::new(0u32);
    let read_again = move || {
        let Some(file) = chosen.get_value() else { return };
        newest.update_value(|n| *n = n.wrapping_add(1));
        let mine = newest.get_value();
        spawn_local(async move {
            let (in_book, reading) = read(file, sheet.get_value(), saved.read().unwrap_or_default()).await;
            if newest.get_value() == mine {
                // A chosen worksheet that cannot be read keeps the
                // choice offered, so the user can go back.
                if !in_book.names.is_empty() || sheet.get_value().is_none() {
                    sheets.set(in_book);
                }
                let (said, columns) = shown(reading);
                mapping.set(columns);
                report.set(Some(said));
            }
        });
    };
    let on_file = move |ev: leptos::ev::Event| {
        let input: HtmlInputElement = event_target(&ev);
        let Some(file) = chosen_file(&input) else { return };
        chosen.set_value(Some(file));
        sheet.set_value(None);
        read_again();
        // The same file can be chosen again after fixing it.
        input.set_value("");
    };
    let correct = move |(column, value): (usize, String)| {
        let Some(mut corrected) = mapping.get_untracked() else {
            return;
        };
        corrected.set(column, Meaning::from_key(&value).unwrap_or(Meaning::Unknown));
        remember(saved, &corrected);
        // Shown at once, so that the next correction adds to this one
        // while the file is read again.
        mapping.set(Some(corrected));
        read_again();
    };
    let said = move || {
        report.get().map(|r| {
            let class = if r.failed { "problems" } else { "notices" };
            view! {
                <p>{r.headline}</p>
                <ul class=class id="bao-cao-nhap">
                    {r.lines.into_iter().map(|(vi, en)| view! { <li>{lang.pick(vi, en)}</li> }).collect_view()}
                </ul>
            }
        })
    };
    let on_sheet = move |ev: leptos::ev::Event| {
        sheet.set_value(Some(event_target_value(&ev)));
        read_again();
    };
    let name = move |f, lang: Lang| {
        let (vi, en) = field_label(f);
        lang.pick(vi, en)
    };
    let choices = move || {
        mapping
            .get()
            .map(move |mapping| column_choices(lang, mapping, fields(), name, correct))
    };
    view! {
        <div class="field">
            <label for=input.id>{input.label}</label>
            <input
                id=input.id
                type="file"
                accept=".csv,text/csv,text/plain,.xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                on:change=on_file
            />
            <p class="hint">{input.hint}</p>
        </div>
        {move || sheet_choice(sheets.get(), on_sheet)}
        <div role="status" aria-live="polite">{said}</div>
        {choices}
    }
}

/// Every column of the file: its letter, its heading (group › column),
/// what it is read as (a choice among `fields`, each called by `name` in
/// lower case), and why. `on_change` gets the column and the choice's key.
pub fn column_choices<F: FieldKey + 'static>(
    lang: Lang,
    mapping: ColumnMapping<F>,
    fields: Vec<F>,
    name: impl Fn(F, Lang) -> String + Copy,
    on_change: impl Fn((usize, String)) + Copy + 'static,
) -> impl IntoView {
    let t = mapping_texts(lang);
    let rows = mapping
        .columns
        .into_iter()
        .enumerate()
        .map(|(i, column)| {
            let letter = column_letter(i + 1);
            let id = format!("cot-{}", letter.to_ascii_lowercase());
            let chosen = column.meaning.key();
            let option = move |value: String, label: String| {
                let selected = value == chosen;
                view! { <option value=value selected=selected>{label}</option> }
            };
            let options = fields
                .iter()
                .map(|f| option.clone()(f.key(), vn_format::capitalise(&name(*f, lang))))
                .chain([
                    option.clone()("-".to_owned(), t.mapping_ignored.to_owned()),
                    option("?".to_owned(), t.mapping_unknown.to_owned()),
                ])
                .collect_view();
            let sureness = match column.confidence {
                Confidence::FromContext => Some(t.mapping_from_context),
                Confidence::Ambiguous => Some(t.mapping_ambiguous),
                Confidence::Sure | Confidence::Unknown => None,
            };
            let why = lang.pick(column.why.0.clone(), column.why.1.clone());
            let why = match sureness {
                Some(s) if why.is_empty() => s.to_owned(),
                Some(s) => format!("{why} ({s})"),
                None => why,
            };
            let label = format!("{} {letter}", t.mapping_col_file);
            view! {
                <tr class:changed=column.overridden() class:unknown=column.meaning == Meaning::Unknown>
                    <th scope="row">{letter.clone()}</th>
                    <td lang="vi">{column.label.text()}</td>
                    <td>
                        <select
                            id=id
                            aria-label=label
                            on:change=move |ev| {
                                // Reading again draws this table anew: not
                                // from inside the handler of one of its own
                                // selects, which the new table disposes.
                                let value = event_target_value(&ev);
                                spawn_local(async move { on_change((i, value)) });
                            }
                        >
                            {options}
                        </select>
                    </td>
                    <td>{why}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <p class="hint">{t.mapping_hint}</p>
        <TableScroll>
            <table id="cot-trong-tep">
                <caption>{t.mapping_caption}</caption>
                <thead>
                    <tr>
                        <th scope="col">{t.mapping_col_file}</th>
                        <th scope="col">{t.mapping_col_heading}</th>
                        <th scope="col">{t.mapping_col_read_as}</th>
                        <th scope="col">{t.mapping_col_why}</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </TableScroll>
    }
}

/// The worksheet read, to choose another, when a workbook has several
/// (`#trang-tinh`): `on_change` gets the choice's event.
pub fn sheet_choice(
    Sheets { names, read }: Sheets,
    on_change: impl Fn(leptos::ev::Event) + 'static,
) -> Option<impl IntoView> {
    let t = import_texts(use_lang());
    (names.len() > 1).then(|| {
        let options = names
            .into_iter()
            .map(|name| {
                let selected = name == read;
                let label = name.clone();
                view! { <option value=name selected=selected>{label}</option> }
            })
            .collect_view();
        view! {
            <div class="field">
                <label for="trang-tinh">{t.sheet_label}</label>
                <select id="trang-tinh" on:change=on_change>{options}</select>
            </div>
        }
    })
}
