//! The annex in and out: a CSV or .xlsx file imported into the table
//! (typed rates, year-end figures and the total row kept, to be checked),
//! read in the reader worker, with every column of the file shown as the
//! page understood it and why, for the user to correct; the table
//! downloaded as CSV, and the printed annex.

use leptos::prelude::*;
use planning::{AnnexField, AnnexRead, AnnexReading, table_to_query};
use web_sys::File;

use super::state::TableState;
use crate::components::{FileInput, Report, table_import};
use crate::i18n::{file_texts, import_texts, targets_texts, use_lang};
use crate::storage::Saved;
use crate::workers::reader::{ANNEX, Sheets, ask_table};
use crate::workers::writer::{Format, Job, download_button};

/// Reads `file` in the reader worker with the corrections `remembered`
/// (as stored); in a workbook, the worksheet `sheet` (else the first with
/// data). With the workbook's worksheets.
async fn read_in_worker(file: File, sheet: Option<String>, remembered: String) -> (Sheets, AnnexReading) {
    let job = js_sys::Array::of4(&ANNEX.into(), &file, &remembered.into(), &sheet.into());
    ask_table(job, AnnexReading::from_text, AnnexReading::failed).await
}

/// `on_import` runs after a file's table has replaced the one shown.
#[component]
pub fn AnnexFiles(state: TableState, #[prop(into)] on_import: Callback<()>) -> impl IntoView {
    let t = targets_texts();
    let lang = use_lang();
    let it = import_texts(lang);
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
                lines.push((it.mapping_recalled.to_owned(), it.mapping_recalled.to_owned()));
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
            on_import.run(());
            let report = Report {
                headline,
                failed: false,
                lines,
            };
            (report, Some(read_as))
        }
        // What was shown stays; columns not understood show the closest
        // header for the user to say which is which.
        AnnexReading::Failed { message, closest } => {
            let report = Report {
                headline: it.import_failed.to_owned(),
                failed: true,
                lines: vec![message],
            };
            (report, closest)
        }
    };
    // Both files written in the writer worker, from the table's text.
    let file_name = move || format!("{}-{}", t.file_name, state.year.get_untracked().trim());
    let job = move || Job::Annex {
        table: table_to_query(&state.link()),
    };
    let print = move |_| {
        let _ = window().print();
    };
    let input = FileInput {
        id: "nhap-bang",
        label: t.import_label,
        hint: t.import_hint,
    };
    let label = |f: AnnexField| {
        let (vi, en) = f.label();
        (vi.to_owned(), en.to_owned())
    };
    let import = table_import(
        input,
        Saved::AnnexColumns,
        || AnnexField::ALL.to_vec(),
        label,
        read_in_worker,
        shown,
    );
    view! {
        <section class="no-print" aria-labelledby="tep-bang">
            <h2 id="tep-bang">{t.file_heading}</h2>
            {import}
            <div class="actions">
                {download_button("tai-bang", t.export, Format::Csv, file_name, job)}
                {download_button("tai-xlsx", file_texts(lang).xlsx, Format::Xlsx, file_name, job)}
                <button type="button" id="in-bieu" class="secondary" on:click=print>{t.print}</button>
            </div>
        </section>
    }
}
