//! What every view of an exercise shows first: its title and story.

use leptos::prelude::*;
use poverty_rules::Text;

use crate::i18n::{Lang, pick};

/// The story's paragraphs, as text (never as HTML).
pub fn story(title: &Text, story: &Text, lang: Lang) -> impl IntoView + use<> {
    let paragraphs = pick(lang, story)
        .split('\n')
        .filter(|p| !p.trim().is_empty())
        .map(|p| view! { <p>{p.to_owned()}</p> })
        .collect_view();
    view! {
        <h2 id="tinh-huong">{pick(lang, title)}</h2>
        <div class="story">{paragraphs}</div>
    }
}

/// The lesson of an exercise, said after its answer.
pub fn lesson(heading: &'static str, text: &Text, lang: Lang) -> impl IntoView + use<> {
    view! {
        <h3>{heading}</h3>
        <p class="lesson">{pick(lang, text)}</p>
    }
}
