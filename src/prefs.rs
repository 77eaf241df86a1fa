//! Preferences kept in local storage: only the language for now.

use gloo_storage::{LocalStorage, Storage, errors::StorageError};

use crate::i18n::Lang;

const LANG_KEY: &str = "giamngheo.lang";

/// The language chosen on an earlier visit, if any and if readable.
pub fn load_lang() -> Option<Lang> {
    LocalStorage::get(LANG_KEY).ok()
}

pub fn save_lang(lang: Lang) -> Result<(), StorageError> {
    LocalStorage::set(LANG_KEY, lang)
}
