//! The browser's window, or none while a page is drawn at build time
//! (`prerender.rs`): what a page reads while drawing (storage, the
//! address) then has the answer it has for a first visit, with nothing
//! stored and nothing in the address.

pub fn window() -> Option<web_sys::Window> {
    if DRAWN_AT_BUILD { None } else { web_sys::window() }
}

/// Whether this is the drawing at build time (`prerender.rs`), which
/// cannot know what the visitor has stored.
pub const DRAWN_AT_BUILD: bool = cfg!(feature = "prerender");

/// `text`, where a page says what this browser has stored (nothing yet,
/// not saved yet); in the drawing at build time, that what it has stored
/// is still being read: "nothing" would alarm a returning visitor until
/// the bundle takes over.
pub fn stored_or_reading(text: &'static str) -> &'static str {
    if DRAWN_AT_BUILD {
        // Drawn only in Vietnamese (`prerender.rs`).
        "Đang đọc những gì đã lưu trong trình duyệt này…"
    } else {
        text
    }
}
