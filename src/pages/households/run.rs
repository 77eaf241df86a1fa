//! Reading a household list in the reader worker (`src/workers/reader.rs`): the
//! page keeps painting and the cancel button keeps working however long the
//! list, and the importer stays out of the page's bundle. A newer run
//! (another file, another standard, cancel) stops the older one's worker at
//! its next progress report.

use std::sync::Arc;

use household_list::{ColumnMapping, HouseholdField, ListRead, ListReading, Progress, Summary};
use leptos::prelude::*;

use crate::clock::since_start_ms;
use crate::i18n::reader_texts;
use crate::storage::Saved;
use crate::workers::client::Failure;
use crate::workers::reader::{HOUSEHOLDS, ask};

/// A finished import, as the page shows it.
#[derive(Clone, Debug)]
pub struct Loaded {
    /// The worker's answer: messages, rejected rows, how it classified.
    pub read: ListRead,
    /// The same as the worker sent it, for the writer to count again.
    pub answer: String,
    /// Made on the page from the answer's tallies; shared, not copied, by
    /// the tables that show it.
    pub summary: Arc<Summary>,
    /// From the user's choice to the result: reading the file, classifying
    /// and counting, in whole milliseconds.
    pub elapsed_ms: u64,
}

#[derive(Clone, Debug)]
pub enum Phase {
    Idle,
    Reading(Progress),
    Done(Box<Loaded>),
    /// `(vi, en)`, and when the columns did not do, the header that came
    /// closest, for the user to say which column is which.
    Failed(String, String, Option<ColumnMapping<HouseholdField>>),
    Cancelled,
}

impl Phase {
    /// Reading `bytes_total` bytes, nothing done yet.
    pub fn starting(bytes_total: u64) -> Phase {
        Phase::Reading(Progress {
            rows_done: 0,
            rows_total_estimate: 0,
            bytes_done: 0,
            bytes_total,
            finished: false,
        })
    }
}

/// Reads `text` under the standard `standard_id`, reporting into `phase`,
/// for as long as `generation` still holds `mine`. `started` (from
/// [`since_start_ms`]) is when the user asked, so the time shown is what
/// they waited.
pub async fn run(
    text: String,
    standard_id: String,
    phase: RwSignal<Phase>,
    generation: RwSignal<u32>,
    mine: u32,
    started: f64,
) {
    let still_mine = move || generation.get_untracked() == mine;
    // The worker has no storage: it is sent the local standards to build
    // the same catalogue as the page.
    let local = Saved::LocalStandards.read().unwrap_or_default();
    let remembered = Saved::HouseholdColumns.read().unwrap_or_default();
    let job = js_sys::Array::of5(
        &HOUSEHOLDS.into(),
        &text.into(),
        &standard_id.into(),
        &local.into(),
        &remembered.into(),
    );
    let answer = ask(job, move |report| {
        if let Some(progress) = Progress::from_text(report).filter(|_| still_mine()) {
            phase.set(Phase::Reading(progress));
        }
        still_mine()
    })
    .await;
    if !still_mine() {
        return;
    }
    let next = match answer.map(|text| (ListReading::from_text(&text), text)) {
        Ok((Some(ListReading::Read(read)), answer)) => Phase::Done(Box::new(Loaded {
            summary: Arc::new(read.tallies.summary()),
            read: *read,
            answer,
            elapsed_ms: (since_start_ms() - started).max(0.0) as u64,
        })),
        Ok((
            Some(ListReading::Failed {
                message: (vi, en),
                closest,
            }),
            _,
        )) => Phase::Failed(vi, en, closest),
        Ok((None, _)) => failed(Failure::Stopped),
        Err(e) => failed(e),
    };
    phase.set(next);
}

fn failed(failure: Failure) -> Phase {
    let (vi, en) = failure.message(reader_texts);
    Phase::Failed(vi, en, None)
}
