//! Reading a household list in the reader worker (`src/reader/`): the
//! page keeps painting and the cancel button keeps working however long the
//! list, and the importer stays out of the page's bundle. A newer run
//! (another file, another standard, cancel) stops the older one's worker at
//! its next progress report.

use household_list::{ListReading, Progress, Summary};
use leptos::prelude::*;

use crate::clock::now_ms;
use crate::reader::HOUSEHOLDS;
use crate::reader::client::{Failure, ask_with_progress};
use crate::storage::Saved;

/// A finished import, as the page shows it.
#[derive(Clone, Debug)]
pub struct Loaded {
    pub summary: Summary,
    pub rejected_rows: u64,
    /// Row messages kept (vi, en), and how many more were only counted.
    pub errors: Vec<(String, String)>,
    pub errors_not_shown: u64,
    pub notices: Vec<(String, String)>,
    pub classified_by_scores: bool,
    /// From the user's choice to the result: reading the file, classifying
    /// and counting, in whole milliseconds.
    pub elapsed_ms: u64,
}

#[derive(Clone, Debug)]
pub enum Phase {
    Idle,
    Reading(Progress),
    Done(Box<Loaded>),
    Failed(String, String),
    Cancelled,
}

/// Reads `text` under the standard `standard_id`, reporting into `phase`,
/// for as long as `generation` still holds `mine`. `started` (from
/// [`now_ms`]) is when the user asked, so the time shown is what they waited.
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
    let job = js_sys::Array::of4(&HOUSEHOLDS.into(), &text.into(), &standard_id.into(), &local.into());
    let answer = ask_with_progress(job, move |report| {
        if let Some(progress) = Progress::from_text(report).filter(|_| still_mine()) {
            phase.set(Phase::Reading(progress));
        }
        still_mine()
    })
    .await;
    if !still_mine() {
        return;
    }
    let next = match answer.map(|text| ListReading::from_text(&text)) {
        Ok(Some(ListReading::Read(read))) => Phase::Done(Box::new(Loaded {
            summary: read.tallies.summary(),
            rejected_rows: read.rejected_rows,
            errors: read.errors,
            errors_not_shown: read.errors_not_shown,
            notices: read.notices,
            classified_by_scores: read.classified_by_scores,
            elapsed_ms: (now_ms() - started).max(0.0) as u64,
        })),
        Ok(Some(ListReading::Failed((vi, en)))) => Phase::Failed(vi, en),
        Ok(None) => failed(Failure::Stopped),
        Err(e) => failed(e),
    };
    phase.set(next);
}

fn failed(failure: Failure) -> Phase {
    let (vi, en) = failure.message();
    Phase::Failed(vi, en)
}
