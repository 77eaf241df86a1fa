//! Vietnamese first, English second. Every piece of UI text is a field of
//! [`Texts`], so a language that misses one does not compile.

mod en;
mod texts;
mod vi;

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

pub use texts::{ClassifyTexts, NavTexts, SectionTexts, Texts};

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum Lang {
    #[default]
    #[serde(rename = "vi")]
    Vi,
    #[serde(rename = "en")]
    En,
}

impl Lang {
    /// The BCP 47 tag for `<html lang>`.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::Vi => "vi",
            Lang::En => "en",
        }
    }

    pub fn texts(self) -> &'static Texts {
        match self {
            Lang::Vi => &vi::TEXTS,
            Lang::En => &en::TEXTS,
        }
    }
}

/// The current language, shared through context.
#[derive(Clone, Copy)]
pub struct Locale(pub RwSignal<Lang>);

pub fn use_locale() -> Locale {
    expect_context::<Locale>()
}

/// Picks the current language's side of a bilingual text from the data.
pub fn pick(lang: Lang, text: &poverty_rules::Text) -> String {
    match lang {
        Lang::Vi => text.vi.clone(),
        Lang::En => text.en.clone(),
    }
}

/// The texts of the current language, as a signal.
pub fn use_texts() -> Signal<&'static Texts> {
    let Locale(lang) = use_locale();
    Signal::derive(move || lang.get().texts())
}
