//! The reader worker (`reader.js`): tables read from the files users give
//! a page. It answers with one text the domain crate reads back
//! (`AnnexReading::from_text`, `FundingReading::from_text`,
//! `ListReading::from_text`); an annex's or a funding table's answer
//! starts with a line of its own, the worksheets of a workbook the user
//! may choose among ([`Sheets`]), empty for a CSV file.

use crate::i18n::Lang;
use funding::{FundingField, FundingReading, form_from_text};
use household_list::{HouseholdField, Importer, ListRead, ListReading, Options};
use js_sys::Array;
use link_text::{decode, decode_both, encode, encode_both, raw_pairs};
use planning::{AnnexField, AnnexReading, Grid, remembered_from_text};
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;
use web_sys::File;

use super::client::{self, Failure};
use super::{Worker, report_progress, serve};
use crate::files::read_bytes;
use crate::local_store;
use crate::standards::catalogue_with;

/// The jobs the reader knows, as the first value of the page's message.
pub const ANNEX: &str = "annex";
pub const FUNDING: &str = "funding";
pub const HOUSEHOLDS: &str = "households";
/// A workbook's first sheet with data as CSV text, for a reader that takes
/// text (the household importer, which streams a province's list).
const SHEET: &str = "sheet";

/// Sends `job` to a new reader and returns its answer, calling
/// `on_progress` with each progress report ([`client::ask`]).
pub async fn ask(job: Array, on_progress: impl Fn(&str) -> bool + 'static) -> Result<String, Failure> {
    client::ask(Worker::Reader, job, Box::new(on_progress))
        .await
        .map(|answer| answer.as_string().unwrap_or_default())
}

/// Sends a table's job ([`ANNEX`], [`FUNDING`]) to a new reader and reads
/// its answer: the workbook's worksheets on a line, then the reading
/// (`from_text`). A reader that fails, or answers what does not read,
/// gives `failed` with why.
pub async fn ask_table<R>(
    job: Array,
    from_text: fn(&str) -> Option<R>,
    failed: fn((String, String)) -> R,
) -> (Sheets, R) {
    let fail = |message| (Sheets::default(), failed(message));
    match ask(job, |_| true).await {
        Ok(text) => text
            .split_once('\n')
            .and_then(|(sheets, reading)| Some((Sheets::from_text(sheets), from_text(reading)?)))
            .unwrap_or_else(|| fail(Failure::Stopped.message(crate::i18n::reader_texts))),
        Err(e) => fail(e.message(crate::i18n::reader_texts)),
    }
}

/// A workbook's visible worksheets, in the order of its tabs, and the one
/// read: what the annex page offers to choose among.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Sheets {
    pub names: Vec<String>,
    pub read: String,
}

impl Sheets {
    /// One line: `trang=<name>` per worksheet, then `doc=<name>`.
    pub fn to_text(&self) -> String {
        self.names
            .iter()
            .map(|n| format!("trang={}", encode(n)))
            .chain((!self.read.is_empty()).then(|| format!("doc={}", encode(&self.read))))
            .collect::<Vec<_>>()
            .join("&")
    }

    /// What does not read is left out: at worst the page offers no choice.
    pub fn from_text(text: &str) -> Sheets {
        let mut sheets = Sheets::default();
        for (key, value) in raw_pairs(text) {
            match (key, decode(value)) {
                ("trang", Some(name)) => sheets.names.push(name),
                ("doc", Some(name)) => sheets.read = name,
                _ => {}
            }
        }
        sheets
    }
}

/// A workbook's sheet as CSV text ([`SHEET`]), with the workbook's
/// worksheets and the one read; or `(vi, en)` saying why not.
pub type SheetCsv = Result<(String, Sheets), (String, String)>;

/// The answer's first line when the sheet could not be read; otherwise
/// the first line is the worksheets ([`Sheets::to_text`]). The CSV text
/// follows it.
const SHEET_FAILED: &str = "khong-doc-duoc=";

/// The page's side of [`SHEET`]: `file` is a workbook
/// ([`household_list::is_workbook`]); `sheet`, the worksheet the user
/// chose, else the first with data.
pub async fn sheet_as_csv(file: &File, sheet: Option<String>) -> SheetCsv {
    let answer = ask(Array::of3(&SHEET.into(), file, &sheet.into()), |_| true)
        .await
        .map_err(|e| e.message(crate::i18n::reader_texts))?;
    let stopped = || Failure::Stopped.message(crate::i18n::reader_texts);
    let (first, csv) = answer.split_once('\n').ok_or_else(stopped)?;
    match first.strip_prefix(SHEET_FAILED) {
        Some(message) => Err(decode_both(message).ok_or_else(stopped)?),
        None => Ok((csv.to_owned(), Sheets::from_text(first))),
    }
}

/// The worker's side of [`SHEET`].
async fn sheet(file: File, sheet: Option<String>) -> String {
    let read = match read_bytes(&file).await {
        Ok(bytes) => match sheet.as_deref() {
            Some(name) => sheet_grid::xlsx_grid_of(&bytes, name),
            None => sheet_grid::xlsx_grid(&bytes),
        }
        .map_err(|e| (e.message(Lang::Vi), e.message(Lang::En))),
        Err(e) => Err((e.clone(), e)),
    };
    match read {
        Ok(book) => {
            let sheets = Sheets {
                names: book.sheets,
                read: book.sheet,
            };
            format!(
                "{}\n{}",
                sheets.to_text(),
                book.grid.to_csv(planning::Separator::Semicolon)
            )
        }
        Err(message) => format!("{SHEET_FAILED}{}\n", encode_both(&message)),
    }
}

/// The worker's side (`src/bin/reader.rs`).
pub fn start() {
    serve(|job| async move { JsValue::from(answer(job).await) });
}

async fn answer(job: Array) -> String {
    match job.get(0).as_string().as_deref() {
        Some(ANNEX) => {
            annex(
                job.get(1).unchecked_into(),
                &job.get(2).as_string().unwrap_or_default(),
                job.get(3).as_string(),
            )
            .await
        }
        Some(FUNDING) => {
            funding(
                job.get(1).unchecked_into(),
                &job.get(2).as_string().unwrap_or_default(),
                job.get(3).as_string(),
                &job.get(4).as_string().unwrap_or_default(),
            )
            .await
        }
        Some(SHEET) => sheet(job.get(1).unchecked_into(), job.get(2).as_string()).await,
        Some(HOUSEHOLDS) => households(
            job.get(1).as_string().unwrap_or_default(),
            &job.get(2).as_string().unwrap_or_default(),
            &job.get(3).as_string().unwrap_or_default(),
            &job.get(4).as_string().unwrap_or_default(),
        ),
        // A page never sends another kind: a reply it cannot read makes it
        // say the reader failed.
        _ => String::new(),
    }
}

/// What a table read from a file says when it cannot be read at all,
/// and where in a workbook it was read.
trait TableReading: Sized {
    /// Refused by its size before reading, so a huge file costs nothing.
    fn too_large(bytes: u64) -> Option<Self>;
    fn failed(message: (String, String)) -> Self;
    fn noting(self, notice: (String, String)) -> Self;
}

impl TableReading for AnnexReading {
    fn too_large(bytes: u64) -> Option<Self> {
        AnnexReading::too_large(bytes)
    }
    fn failed(message: (String, String)) -> Self {
        AnnexReading::failed(message)
    }
    fn noting(self, notice: (String, String)) -> Self {
        AnnexReading::noting(self, notice)
    }
}

impl TableReading for FundingReading {
    fn too_large(bytes: u64) -> Option<Self> {
        FundingReading::too_large(bytes)
    }
    fn failed(message: (String, String)) -> Self {
        FundingReading::failed(message)
    }
    fn noting(self, notice: (String, String)) -> Self {
        FundingReading::noting(self, notice)
    }
}

/// A workbook (.xlsx, or an .xls the reader explains it cannot read) by
/// its first bytes, whatever the file's name, read by `of_grid`; any other
/// file by `of_csv`. In a workbook, the worksheet named `sheet`, else the
/// first with data. With the workbook's worksheets.
async fn read_table<R: TableReading>(
    file: File,
    sheet: Option<String>,
    of_csv: impl FnOnce(Vec<u8>) -> R,
    of_grid: impl FnOnce(&Grid) -> R,
) -> (Sheets, R) {
    let alone = |reading| (Sheets::default(), reading);
    if let Some(refused) = R::too_large(file.size() as u64) {
        return alone(refused);
    }
    let bytes = match read_bytes(&file).await {
        Ok(bytes) => bytes,
        Err(e) => return alone(R::failed((e.clone(), e))),
    };
    if !sheet_grid::is_workbook(&bytes) {
        return alone(of_csv(bytes));
    }
    let read = match sheet.as_deref() {
        Some(name) => sheet_grid::xlsx_grid_of(&bytes, name),
        None => sheet_grid::xlsx_grid(&bytes),
    };
    match read {
        Ok(book) => {
            let reading = of_grid(&book.grid);
            let reading = match book.notice() {
                Some(notice) => reading.noting(notice),
                None => reading,
            };
            let sheets = Sheets {
                names: book.sheets,
                read: book.sheet,
            };
            (sheets, reading)
        }
        Err(e) => alone(R::failed((e.message(Lang::Vi), e.message(Lang::En)))),
    }
}

/// `remembered`: the corrections kept for annex files, as stored;
/// `sheet`: the worksheet the user chose, if any. The answer: the
/// workbook's worksheets on a line ([`Sheets`]), then the reading.
async fn annex(file: File, remembered: &str, sheet: Option<String>) -> String {
    let remembered = remembered_from_text::<AnnexField>(remembered);
    let (sheets, reading) = read_table(
        file,
        sheet,
        |bytes| AnnexReading::of_bytes(bytes, &remembered),
        |grid| AnnexReading::of_grid(grid, &remembered),
    )
    .await;
    format!("{}\n{}", sheets.to_text(), reading.to_text())
}

/// As [`annex`], for a funding table; `draft`: the funding as the draft
/// stores it, whose catalogue the table's projects are found in, checked
/// as it would be with the table's lines.
async fn funding(file: File, remembered: &str, sheet: Option<String>, draft: &str) -> String {
    let remembered = remembered_from_text::<FundingField>(remembered);
    let (draft, catalogue, _) = form_from_text(draft);
    let (sheets, reading) = read_table(
        file,
        sheet,
        |bytes| FundingReading::of_bytes(bytes, &catalogue, &remembered),
        |grid| FundingReading::of_grid(grid, &catalogue, &remembered),
    )
    .await;
    let reading = reading.checked(&draft, &catalogue);
    format!("{}\n{}", sheets.to_text(), reading.to_text(&catalogue))
}

/// How often the page hears how far a reading has got, in milliseconds.
const PROGRESS_EVERY_MS: f64 = 100.0;
/// Rows read between looks at the clock.
const ROWS_PER_STEP: usize = 1_000;

/// `text`: the list, decoded by the page, which keeps it; `standard`: the
/// id of the standard to classify under; `local`: the device's local
/// standards, as stored; `remembered`: the corrections kept for household
/// lists' columns, as stored.
fn households(text: String, standard: &str, local: &str, remembered: &str) -> String {
    let (specs, unreadable) = local_store::from_text(local);
    let (catalogue, _, _) = catalogue_with(specs, unreadable);
    let Some(standard) = catalogue.get(standard) else {
        // The page offers only standards it has built from the same text.
        return String::new();
    };
    let options = Options {
        remembered: remembered_from_text::<HouseholdField>(remembered),
        ..Options::default()
    };
    let reading = match Importer::open(text, standard, options) {
        Err(refused) => ListReading::refused(refused),
        Ok(mut importer) => {
            let mut told = js_sys::Date::now();
            loop {
                let progress = importer.step(ROWS_PER_STEP);
                if progress.finished {
                    break;
                }
                if js_sys::Date::now() - told >= PROGRESS_EVERY_MS {
                    told = js_sys::Date::now();
                    report_progress(&progress.to_text());
                }
            }
            match importer.finish() {
                Ok(import) => ListReading::Read(Box::new(ListRead::of(&import))),
                Err(e) => ListReading::refused((e, None)),
            }
        }
    };
    reading.to_text()
}
