//! Reading a household list in chunks: a slice of rows at a time, then the
//! browser gets control back to paint the progress and take a click on
//! "cancel". A newer run (another file, another standard, cancel) makes the
//! older one stop at its next chunk.

use household_list::{FileError, Importer, Options, Progress, Summary};
use leptos::prelude::*;
use poverty_rules::Standard;

use crate::yield_now::{now_ms, yield_now};

/// How long one chunk may hold the page, in milliseconds: short enough to
/// keep scrolling and the cancel button responsive.
const SLICE_MS: f64 = 40.0;
/// Rows read between looks at the clock.
const ROWS_PER_STEP: usize = 1_000;

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

fn failed(e: &FileError) -> Phase {
    Phase::Failed(e.message_vi(), e.message_en())
}

/// Runs an import of `text` under `standard`, reporting into `phase`, for
/// as long as `generation` still holds `mine`. `started` (from
/// [`now_ms`]) is when the user asked, so the time shown is what they waited.
pub async fn run(
    text: String,
    standard: Standard,
    phase: RwSignal<Phase>,
    generation: RwSignal<u32>,
    mine: u32,
    started: f64,
) {
    let mut importer = match Importer::new(text, &standard, Options::default()) {
        Ok(importer) => importer,
        Err(e) => return phase.set(failed(&e)),
    };
    loop {
        let slice = now_ms();
        let mut progress = importer.step(ROWS_PER_STEP);
        while !progress.finished && now_ms() - slice < SLICE_MS {
            progress = importer.step(ROWS_PER_STEP);
        }
        if progress.finished {
            break;
        }
        phase.set(Phase::Reading(progress));
        yield_now().await;
        if generation.get_untracked() != mine {
            return;
        }
    }
    let import = match importer.finish() {
        Ok(import) => import,
        Err(e) => return phase.set(failed(&e)),
    };
    let summary = import.summary();
    let loaded = Loaded {
        summary,
        rejected_rows: import.rejected_rows,
        errors: import.errors.iter().map(|e| (e.message_vi(), e.message_en())).collect(),
        errors_not_shown: import.errors_not_shown,
        notices: import
            .notices
            .iter()
            .map(|n| (n.message_vi(), n.message_en()))
            .collect(),
        classified_by_scores: import.classified_by_scores,
        elapsed_ms: (now_ms() - started).max(0.0) as u64,
    };
    phase.set(Phase::Done(Box::new(loaded)));
}
