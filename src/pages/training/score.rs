//! The session's score on the device (local storage, plain text), shown in
//! a live region with a button to start again.

use leptos::prelude::*;
use training::Score;

use crate::browser::DRAWN_AT_BUILD;
use crate::i18n::training_texts;
use crate::storage::Saved;

pub fn load() -> Score {
    let stored = Saved::TrainingScore.read();
    stored.map(|text| Score::from_text(&text)).unwrap_or_default()
}

/// A browser that refuses storage keeps the score for this page only.
pub fn save(score: Score) {
    Saved::TrainingScore.write(&score.to_text());
}

/// The page's score, shared through context.
pub fn use_score() -> RwSignal<Score> {
    expect_context()
}

/// Records answers, right or not, and keeps the new score.
pub fn record(answers: impl IntoIterator<Item = bool>) {
    let score = use_score();
    let updated = answers.into_iter().fold(score.get_untracked(), Score::record);
    save(updated);
    score.set(updated);
}

#[component]
pub fn ScoreBoard() -> impl IntoView {
    let t = training_texts();
    let score = use_score();
    let reset = move |_| {
        Saved::TrainingScore.remove();
        score.set(Score::default());
    };
    // Drawn at build time the stored score is not known: not "0/0".
    let shown = move || {
        if DRAWN_AT_BUILD {
            "…".to_owned()
        } else {
            score.get().to_text()
        }
    };
    view! {
        <div class="score no-print">
            <p role="status">{t.score} " " <strong id="diem">{shown}</strong></p>
            <button type="button" id="xoa-diem" on:click=reset>{t.score_reset}</button>
            <p class="hint">{t.score_note}</p>
        </div>
    }
}
