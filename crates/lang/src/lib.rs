//! The bottom of the crate graph: the languages the site speaks, text in
//! each of them, and the legal basis every rule cites with how sure we are
//! of it. Every crate writes a message once, both languages side by side
//! (`msg!`), so a message cannot be changed in one language and forgotten
//! in the other.
//!
//! A third language: add its variant to [`Lang`] and a field to [`Text`].
//! Every `msg!` falls back to English until it is translated, so no message
//! has to change the day the language is added.

mod legal;

pub use legal::{LegalBasis, Status};

use serde::{Deserialize, Serialize};

/// A language of the site. Vietnamese first.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Lang {
    #[default]
    Vi,
    En,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::Vi, Lang::En];

    /// The BCP 47 tag, for `<html lang>` and stored choices.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::Vi => "vi",
            Lang::En => "en",
        }
    }

    pub fn from_tag(tag: &str) -> Option<Lang> {
        Lang::ALL.into_iter().find(|l| l.tag() == tag.trim())
    }

    /// The Vietnamese or the English of a pair: for values already made,
    /// such as static texts. A message to be formatted uses `msg!`, which
    /// formats only the language asked for.
    pub fn pick<T>(self, vi: T, en: T) -> T {
        match self {
            Lang::Vi => vi,
            Lang::En => en,
        }
    }
}

/// A piece of text in every language, as the data carries it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Text {
    pub vi: String,
    pub en: String,
}

impl Text {
    pub fn new(vi: &str, en: &str) -> Text {
        Text {
            vi: vi.to_owned(),
            en: en.to_owned(),
        }
    }

    pub fn get(&self, lang: Lang) -> &str {
        lang.pick(&self.vi, &self.en)
    }
}

/// A message in every language, written once with both side by side:
///
/// - `msg!(lang, "Dòng {row}: …", "Row {row}: …")`, with the arguments of
///   `format!` after the two texts when they are not captured by name;
/// - `msg!(lang, vi: expression, en: expression)` where a language needs
///   more than a format string.
///
/// Only the language asked for is formatted. A language without its own
/// text reads the English.
#[macro_export]
macro_rules! msg {
    ($lang:expr, vi: $vi:expr, en: $en:expr $(,)?) => {
        match $lang {
            $crate::Lang::Vi => $vi,
            #[allow(unreachable_patterns)]
            _ => $en,
        }
    };
    ($lang:expr, $vi:literal, $en:literal $(, $arg:expr)* $(,)?) => {
        match $lang {
            $crate::Lang::Vi => format!($vi $(, $arg)*),
            #[allow(unreachable_patterns)]
            _ => format!($en $(, $arg)*),
        }
    };
}

#[cfg(test)]
mod tests {
    use super::*;

    fn said(lang: Lang, row: usize) -> String {
        msg!(lang, "Dòng {row} thiếu số.", "Row {row} lacks a figure.")
    }

    #[test]
    fn a_message_is_formatted_in_the_language_asked_for() {
        assert_eq!(said(Lang::Vi, 3), "Dòng 3 thiếu số.");
        assert_eq!(said(Lang::En, 3), "Row 3 lacks a figure.");
        let total = 2;
        assert_eq!(msg!(Lang::En, "{} of {total}", "{} of {total} rows", 1), "1 of 2 rows");
        assert_eq!(
            msg!(Lang::Vi, vi: said(Lang::Vi, 1).to_uppercase(), en: String::new()),
            "DÒNG 1 THIẾU SỐ."
        );
    }

    #[test]
    fn tags_read_back() {
        for lang in Lang::ALL {
            assert_eq!(Lang::from_tag(lang.tag()), Some(lang));
        }
        assert_eq!(Lang::from_tag(" en "), Some(Lang::En));
        assert_eq!(Lang::from_tag("fr"), None);
        assert_eq!(Text::new("một", "one").get(Lang::En), "one");
    }
}
