//! The writer worker (`writer.js`): tables written as files to download,
//! an .xlsx workbook (`crates/sheet-write`, on rust_xlsxwriter) or, for
//! the annex and the funding table, their CSV files too. A workbook is written from the CSV text of
//! the same table, so one writer in the domain gives both files the same
//! figures. The worker answers with the file's bytes, or with a message in
//! both languages.
//!
//! The annex is sent as its table's text (`planning::table_to_query`, which
//! the annex page keeps anyway), and the funding as the draft stores it
//! (`funding::form_to_text`): their CSV writers (`planning::write_annex`,
//! `funding::write_funding_annex`) then stay out of those pages' first
//! loads, which had no room for them beside the buttons and the import.

use crate::i18n::Lang;
use js_sys::{Array, Uint8Array};
use leptos::prelude::*;
use sheet_write::{Group, Layout, workbook};
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;

use super::client::{self, Failure};
use super::{Worker, serve};
use crate::files::download_array;
use crate::i18n::{file_texts, use_lang, writer_texts};

/// A table to write.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Job {
    /// The target annex, as its table's text (`planning::table_to_query`):
    /// its unit and year head the workbook.
    Annex { table: String },
    /// The funding as the draft stores it (`funding::form_to_text`).
    Funding { draft: String },
    /// The household list's counts by village: the reader's answer for
    /// the list (`household_list::ListReading::to_text`, which the page
    /// keeps), and the name of the standard it was classified under.
    Households { reading: String, standard: String },
}

/// The files a job can be written as.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// The CSV file the site writes for the table.
    Csv,
    Xlsx,
}

impl Format {
    fn key(self) -> &'static str {
        match self {
            Format::Csv => "csv",
            Format::Xlsx => "xlsx",
        }
    }

    fn mime(self) -> &'static str {
        match self {
            Format::Csv => "text/csv;charset=utf-8",
            Format::Xlsx => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        }
    }
}

impl Job {
    /// The message to the worker: its kind, the format, then its values.
    fn message(self, format: Format) -> Array {
        let (kind, first, second) = match self {
            Job::Annex { table } => ("annex", table, String::new()),
            Job::Funding { draft } => ("funding", draft, String::new()),
            Job::Households { reading, standard } => ("households", reading, standard),
        };
        Array::of4(&kind.into(), &format.key().into(), &first.into(), &second.into())
    }

    /// The page's message read back; `None` for a kind no page sends.
    fn of_message(message: &Array) -> Option<(Job, Format)> {
        let text = |i| message.get(i).as_string().unwrap_or_default();
        let format = match text(1).as_str() {
            "csv" => Format::Csv,
            "xlsx" => Format::Xlsx,
            _ => return None,
        };
        let job = match text(0).as_str() {
            "annex" => Job::Annex { table: text(2) },
            "funding" => Job::Funding { draft: text(2) },
            "households" => Job::Households {
                reading: text(2),
                standard: text(3),
            },
            _ => return None,
        };
        Some((job, format))
    }

    /// The CSV text, and the workbook's layout: the lines above the table
    /// in Vietnamese, as the CSV's headers are (the unit, the title).
    fn csv_and_layout(self) -> (String, Layout) {
        let (csv, unit, sheet, mut title, groups) = match self {
            Job::Annex { table } => {
                let link = planning::table_from_query(&table)
                    .map(|(link, _)| link)
                    .unwrap_or_default();
                let csv = planning::write_annex(&link.rows, link.base, planning::Separator::Semicolon);
                let year = link.year.trim();
                let groups = planning::annex_groups(year)
                    .map(|(label, first, last)| Group { label, first, last })
                    .to_vec();
                let title = vec![format!("{} {year}", planning::ANNEX_TITLE)];
                (csv, link.unit, "Biểu chỉ tiêu", title, groups)
            }
            Job::Funding { draft } => {
                let (form, catalogue, _) = funding::form_from_text(&draft);
                let table = funding::funding_table(&catalogue, &funding::parse(&form).lines);
                let csv = funding::write_funding_annex(&table, funding::Separator::Semicolon);
                let title = vec![
                    funding::FUNDING_TABLE_TITLE.to_owned(),
                    funding::AMOUNT_UNIT_LINE.to_owned(),
                ];
                (csv, String::new(), "Biểu kinh phí", title, Vec::new())
            }
            Job::Households { reading, standard } => {
                // An answer that does not read gives an empty table, as an
                // empty list would: the page sends only answers it read.
                let csv = match household_list::ListReading::from_text(&reading) {
                    Some(household_list::ListReading::Read(read)) => household_list::write_village_counts(
                        &read.tallies.summary(),
                        read.low_income_workers_known,
                        planning::Separator::Semicolon,
                    ),
                    _ => String::new(),
                };
                let mut title = vec![household_list::VILLAGE_COUNTS_TITLE.to_owned()];
                title.extend(Some(standard.trim().to_owned()).filter(|s| !s.is_empty()));
                (csv, String::new(), "Số hộ theo thôn", title, Vec::new())
            }
        };
        if !unit.trim().is_empty() {
            title.insert(0, vn_format::uppercase(unit.trim()));
        }
        let layout = Layout {
            sheet: sheet.to_owned(),
            title,
            groups,
            label_columns: 2,
        };
        (csv, layout)
    }
}

/// The page's side: the file's bytes, or `(vi, en)` saying why not.
async fn write(job: Job, format: Format) -> Result<Uint8Array, (String, String)> {
    let answer = client::ask(Worker::Writer, job.message(format), Box::new(|_| true))
        .await
        .map_err(|f| f.message(writer_texts))?;
    answer.dyn_into::<Uint8Array>().map_err(|answer| {
        answer
            .as_string()
            .and_then(|text| link_text::decode_both(&text))
            .unwrap_or_else(|| Failure::Stopped.message(writer_texts))
    })
}

/// The worker's side (`src/bin/writer.rs`).
pub fn start() {
    serve(|message: Array| async move { answer(&message) });
}

fn answer(message: &Array) -> JsValue {
    // A page never sends another kind: an empty answer makes it say the
    // writer stopped.
    let Some((job, format)) = Job::of_message(message) else {
        return JsValue::from_str("");
    };
    let (csv, layout) = job.csv_and_layout();
    let bytes = match format {
        Format::Csv => Ok(csv.into_bytes()),
        Format::Xlsx => workbook(&csv, &layout),
    };
    match bytes {
        Ok(bytes) => Uint8Array::from(bytes.as_slice()).into(),
        Err(e) => JsValue::from_str(&link_text::encode_both(&(e.message(Lang::Vi), e.message(Lang::En)))),
    }
}

/// A button labelled `label` that downloads `job()` as `<file_name>` plus
/// the format's extension, saying what it is doing in a live region
/// (`<id>-trang-thai`): the worker is loaded only when it is pressed.
pub fn download_button(
    id: &'static str,
    label: &'static str,
    format: Format,
    file_name: impl Fn() -> String + Copy + 'static,
    job: impl Fn() -> Job + Copy + 'static,
) -> impl IntoView {
    let lang = use_lang();
    let t = file_texts(lang);
    // What the live region says, and whether it is a failure.
    let said = RwSignal::new((String::new(), false));
    let run = move |_| {
        if said.get_untracked().0 == t.working {
            return;
        }
        said.set((t.working.to_owned(), false));
        let name = format!("{}.{}", file_name(), format.key());
        let job = job();
        leptos::task::spawn_local(async move {
            let failure = match write(job, format).await {
                Ok(bytes) => download_array(&name, &bytes, format.mime())
                    .err()
                    .map(|_| Failure::Stopped.message(writer_texts)),
                Err(message) => Some(message),
            };
            said.set(match failure {
                None => (t.done.to_owned(), false),
                Some((vi, en)) => (lang.pick(vi, en), true),
            });
        });
    };
    let status = format!("{id}-trang-thai");
    view! {
        <button type="button" id=id class="secondary" on:click=run aria-describedby=status.clone()>
            {label}
        </button>
        <span id=status role="status" class:problems=move || said.get().1>{move || said.get().0}</span>
    }
}
