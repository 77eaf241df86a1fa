//! A household list handed from the household-list page to the drafts
//! page, which keeps it in the current draft: through the tab's session
//! storage, so the list page carries none of the drafts' saving code.

use crate::storage::Saved;

/// Leaves `text` for the drafts page to keep (an empty text removes the
/// kept list); `false` when the browser refuses it (blocked, or too large).
pub fn hand_over(text: &str) -> bool {
    Saved::ListHandoff.write(text)
}

/// The list left for the drafts page, taken away so that a reload does not
/// keep it a second time.
pub fn take() -> Option<String> {
    let text = Saved::ListHandoff.read()?;
    Saved::ListHandoff.remove();
    Some(text)
}
