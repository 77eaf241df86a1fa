//! Preferences kept in local storage: only the language for now, stored
//! as its plain tag (`vi`, `en`).

use crate::i18n::Lang;
use crate::storage::Saved;

/// The language chosen on an earlier visit, if any and if readable.
pub fn load_lang() -> Option<Lang> {
    Lang::from_tag(&Saved::Lang.read()?)
}

/// `false` when the browser refused to store it.
pub fn save_lang(lang: Lang) -> bool {
    Saved::Lang.write(lang.tag())
}
