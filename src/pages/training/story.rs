//! What every exercise shows: its title and story first, then the place
//! where its answer appears, and the lesson said after the answer.

use leptos::prelude::*;
use poverty_rules::Text;

use crate::i18n::{Lang, pick, training_texts};

/// The story under its title.
pub fn story(title: &Text, story: &Text, lang: Lang) -> impl IntoView + use<> {
    view! {
        <h2 id="tinh-huong">{pick(lang, title)}</h2>
        <div class="story">{paragraphs(story, lang)}</div>
    }
}

/// The story's paragraphs, as text (never as HTML).
pub fn paragraphs(story: &Text, lang: Lang) -> impl IntoView + use<> {
    pick(lang, story)
        .split('\n')
        .filter(|p| !p.trim().is_empty())
        .map(|p| view! { <p>{p.to_owned()}</p> })
        .collect_view()
}

/// The lesson of an exercise, said after its answer.
pub fn lesson(heading: &'static str, text: &Text, lang: Lang) -> impl IntoView + use<> {
    view! {
        <h3>{heading}</h3>
        <p class="lesson">{pick(lang, text)}</p>
    }
}

/// Where the answer appears once revealed, announced as it does.
pub fn answer_section(result: impl IntoView + 'static) -> impl IntoView {
    let t = training_texts();
    view! {
        <section class="result" aria-labelledby="dap-an-tieu-de">
            <h2 id="dap-an-tieu-de">{t.answer_heading}</h2>
            <div id="dap-an" aria-live="polite">{result}</div>
        </section>
    }
}
