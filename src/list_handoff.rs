//! A household list handed from the household-list page to the drafts
//! page, which keeps it in the current draft: through the tab's session
//! storage, so the list page carries none of the drafts' saving code.

use web_sys::Storage;

const KEY: &str = "giamngheo.handoff.danh-sach-ho";

fn session_storage() -> Option<Storage> {
    web_sys::window()?.session_storage().ok().flatten()
}

/// Leaves `text` for the drafts page to keep (an empty text removes the
/// kept list); `false` when the browser refuses it (blocked, or too large).
pub fn hand_over(text: &str) -> bool {
    session_storage().is_some_and(|s| s.set_item(KEY, text).is_ok())
}

/// The list left for the drafts page, taken away so that a reload does not
/// keep it a second time.
pub fn take() -> Option<String> {
    let storage = session_storage()?;
    let text = storage.get_item(KEY).ok().flatten()?;
    let _ = storage.remove_item(KEY);
    Some(text)
}
