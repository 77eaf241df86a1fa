//! Preferences kept in local storage: only the language for now, stored
//! as its plain tag (`vi`, `en`).

use gloo_storage::{LocalStorage, Storage};

use crate::i18n::Lang;

const LANG_KEY: &str = "giamngheo.lang";

/// The language chosen on an earlier visit, if any and if readable.
pub fn load_lang() -> Option<Lang> {
    let stored = LocalStorage::raw().get_item(LANG_KEY).ok().flatten()?;
    Lang::from_tag(&stored)
}

/// `false` when the browser refused to store it.
pub fn save_lang(lang: Lang) -> bool {
    LocalStorage::raw().set_item(LANG_KEY, lang.tag()).is_ok()
}
