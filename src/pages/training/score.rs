//! The session's score on the device (local storage, plain text), shown in
//! a live region with a button to start again.

use leptos::prelude::*;
use training::Score;

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
    view! {
        <div class="score no-print">
            <p role="status">{t.score} " " <strong id="diem">{move || score.get().to_text()}</strong></p>
            <button type="button" id="xoa-diem" on:click=reset>{t.score_reset}</button>
            <p class="hint">{t.score_note}</p>
        </div>
    }
}
