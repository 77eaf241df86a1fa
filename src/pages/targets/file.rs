//! The annex in and out: a CSV or .xlsx file imported into the table
//! (typed rates, year-end figures and the total row kept, to be checked),
//! read in the reader worker, with every column of the file shown as the
//! page understood it and why, for the user to correct; the table
//! downloaded as CSV, and the printed annex.

use leptos::prelude::*;
use leptos::task::spawn_local;
use planning::{
    AnnexField, AnnexRead, AnnexReading, ColumnMapping, Confidence, FieldKey, Meaning, column_letter,
    remembered_from_text, remembered_to_text, table_to_query,
};
use web_sys::{File, HtmlInputElement};

use super::state::TableState;
use crate::components::TableScroll;
use crate::files::chosen_file;
use crate::i18n::{Lang, either, file_texts, reader_texts, targets_texts, use_lang};
use crate::storage::Saved;
use crate::workers::client::Failure;
use crate::workers::reader::{ANNEX, Sheets, ask};
use crate::workers::writer::{Format, Job, download_button};

/// What the last import said, in both languages.
#[derive(Clone, Default)]
struct Report {
    headline: String,
    failed: bool,
    lines: Vec<(String, String)>,
}

/// Keeps the user's corrections of this file's columns for the next file
/// with the same headers (none kept: the line goes). `false` when the
/// browser refused to store them.
fn remember(mapping: &ColumnMapping<AnnexField>) -> bool {
    let mut all = remembered_from_text(&Saved::AnnexColumns.read().unwrap_or_default());
    all.retain(|r| r.signature != mapping.signature);
    all.push(mapping.remember());
    Saved::AnnexColumns.write(&remembered_to_text(&all))
}

/// Reads `file` in the reader worker, with the corrections remembered; in
/// a workbook, the worksheet `sheet` (else the first with data). With the
/// workbook's worksheets.
async fn read_in_worker(file: &File, sheet: Option<String>) -> (Sheets, AnnexReading) {
    let remembered = Saved::AnnexColumns.read().unwrap_or_default();
    let job = js_sys::Array::of4(&ANNEX.into(), file, &remembered.into(), &sheet.into());
    let failed = |message| (Sheets::default(), AnnexReading::failed(message));
    match ask(job, |_| true).await {
        Ok(text) => text
            .split_once('\n')
            .and_then(|(sheets, reading)| Some((Sheets::from_text(sheets), AnnexReading::from_text(reading)?)))
            .unwrap_or_else(|| failed(Failure::Stopped.message(reader_texts))),
        Err(e) => failed(e.message(reader_texts)),
    }
}

fn field_name(lang: Lang, field: AnnexField) -> String {
    let (vi, en) = field.label();
    let name = if lang == Lang::Vi { vi } else { en };
    // Labels are lower case where they sit inside a sentence.
    let mut chars = name.chars();
    chars
        .next()
        .map(|c| c.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

/// Every column of the file: its letter, its heading (group › column),
/// what it is read as (a choice), and why.
#[component]
fn ColumnChoices(
    mapping: ColumnMapping<AnnexField>,
    #[prop(into)] on_change: Callback<(usize, String)>,
) -> impl IntoView {
    let t = targets_texts();
    let lang = use_lang();
    let rows = mapping
        .columns
        .into_iter()
        .enumerate()
        .map(|(i, column)| {
            let letter = column_letter(i + 1);
            let id = format!("cot-{}", letter.to_lowercase());
            let chosen = column.meaning.key();
            let option = move |value: String, label: String| {
                let selected = value == chosen;
                view! { <option value=value selected=selected>{label}</option> }
            };
            let options = AnnexField::ALL
                .into_iter()
                .map(|f| option.clone()(f.key(), field_name(lang, f)))
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
            let why = either(lang, column.why.0.clone(), column.why.1.clone());
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
                                spawn_local(async move { on_change.run((i, value)) });
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

/// `on_import` runs after a file's table has replaced the one shown.
#[component]
pub fn AnnexFiles(state: TableState, #[prop(into)] on_import: Callback<()>) -> impl IntoView {
    let t = targets_texts();
    let lang = use_lang();
    let report = RwSignal::new(None::<Report>);
    // The file, read again when the user corrects a column.
    let chosen = StoredValue::new_local(None::<File>);
    // A workbook's worksheets, and the one the user chose to read.
    let sheets = RwSignal::new(Sheets::default());
    let sheet = StoredValue::new(None::<String>);
    let mapping = RwSignal::new(None::<ColumnMapping<AnnexField>>);

    let shown = move |reading: AnnexReading| match reading {
        AnnexReading::Read(read) => {
            let AnnexRead {
                rows,
                total,
                year,
                unit,
                notices,
                errors,
                mapping: read_as,
            } = *read;
            let mut lines = Vec::new();
            if !read_as.overrides().is_empty() {
                lines.push((t.mapping_recalled.to_owned(), t.mapping_recalled.to_owned()));
            }
            let stated: Vec<String> = [unit.clone(), year.map(|y| y.to_string())]
                .into_iter()
                .flatten()
                .collect();
            if !stated.is_empty() {
                let line = format!("{} {}.", t.title_states, stated.join(", "));
                lines.push((line.clone(), line));
            }
            lines.extend(notices);
            lines.extend(errors);
            if total.is_some() {
                lines.push((t.total_kept.to_owned(), t.total_kept.to_owned()));
            }
            let headline = format!("{} {} {}.", t.imported, rows.len(), t.rows_word);
            // What the title states fills what the page has not been told.
            if let Some(unit) = unit.filter(|_| state.unit_name.with_untracked(|u| u.trim().is_empty())) {
                state.unit_name.set(unit);
            }
            if let Some(year) = year {
                state.year.set(year.to_string());
            }
            state.replace(rows, total);
            mapping.set(Some(read_as));
            on_import.run(());
            Report {
                headline,
                failed: false,
                lines,
            }
        }
        // What was shown stays; columns not understood show the closest
        // header for the user to say which is which.
        AnnexReading::Failed { message, closest } => {
            mapping.set(closest);
            Report {
                headline: t.import_failed.to_owned(),
                failed: true,
                lines: vec![message],
            }
        }
    };
    // Readings finish in any order: only the newest one's answer is shown.
    let newest = StoredValue::new(0u32);
    let read = move || {
        let Some(file) = chosen.get_value() else { return };
        newest.update_value(|n| *n = n.wrapping_add(1));
        let mine = newest.get_value();
        spawn_local(async move {
            let (in_book, reading) = read_in_worker(&file, sheet.get_value()).await;
            if newest.get_value() == mine {
                // A chosen worksheet that cannot be read keeps the choice
                // offered, so the user can go back.
                if !in_book.names.is_empty() || sheet.get_value().is_none() {
                    sheets.set(in_book);
                }
                report.set(Some(shown(reading)));
            }
        });
    };
    let on_file = move |ev: leptos::ev::Event| {
        let input: HtmlInputElement = event_target(&ev);
        let Some(file) = chosen_file(&input) else { return };
        chosen.set_value(Some(file));
        sheet.set_value(None);
        read();
        // The same file can be chosen again after fixing it.
        input.set_value("");
    };
    let correct = move |(column, value): (usize, String)| {
        let Some(mut corrected) = mapping.get_untracked() else {
            return;
        };
        corrected.set(column, Meaning::from_key(&value).unwrap_or(Meaning::Unknown));
        remember(&corrected);
        // Shown at once, so that the next correction adds to this one
        // while the file is read again.
        mapping.set(Some(corrected));
        read();
    };
    // Both files written in the writer worker, from the table's text.
    let file_name = move || format!("{}-{}", t.file_name, state.year.get_untracked().trim());
    let job = move || Job::Annex {
        table: table_to_query(&state.link()),
    };
    let print = move |_| {
        let _ = window().print();
    };
    let said = move || {
        report.get().map(|r| {
            let class = if r.failed { "problems" } else { "notices" };
            view! {
                <p>{r.headline}</p>
                <ul class=class id="bao-cao-nhap">
                    {r.lines.into_iter().map(|(vi, en)| view! { <li>{either(lang, vi, en)}</li> }).collect_view()}
                </ul>
            }
        })
    };
    // Only a workbook of several worksheets offers the choice.
    let sheet_choice = move || {
        let Sheets { names, read: current } = sheets.get();
        (names.len() > 1).then(|| {
            let options = names
                .into_iter()
                .map(|name| {
                    let selected = name == current;
                    let label = name.clone();
                    view! { <option value=name selected=selected>{label}</option> }
                })
                .collect_view();
            view! {
                <div class="field">
                    <label for="trang-tinh">{t.sheet_label}</label>
                    <select id="trang-tinh" on:change=move |ev| {
                        sheet.set_value(Some(event_target_value(&ev)));
                        read();
                    }>{options}</select>
                </div>
            }
        })
    };
    let choices = move || {
        mapping
            .get()
            .map(|mapping| view! { <ColumnChoices mapping on_change=correct /> })
    };
    view! {
        <section class="no-print" aria-labelledby="tep-bang">
            <h2 id="tep-bang">{t.file_heading}</h2>
            <div class="field">
                <label for="nhap-bang">{t.import_label}</label>
                <input
                    id="nhap-bang"
                    type="file"
                    accept=".csv,text/csv,text/plain,.xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                    on:change=on_file
                />
                <p class="hint">{t.import_hint}</p>
            </div>
            {sheet_choice}
            <div role="status" aria-live="polite">{said}</div>
            {choices}
            <div class="actions">
                {download_button("tai-bang", t.export, Format::Csv, file_name, job)}
                {download_button("tai-xlsx", file_texts(lang).xlsx, Format::Xlsx, file_name, job)}
                <button type="button" id="in-bieu" class="secondary" on:click=print>{t.print}</button>
            </div>
        </section>
    }
}
