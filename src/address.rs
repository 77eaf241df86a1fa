//! Keeping a page's state in the address bar, so that the link reproduces it.

use leptos::prelude::*;
use wasm_bindgen::JsValue;

/// The address's query; none while the page is drawn at build time.
pub fn current_query() -> String {
    crate::browser::window()
        .and_then(|w| w.location().search().ok())
        .unwrap_or_default()
}

/// Rewrites the query without a navigation or a history entry per keystroke.
pub fn replace_query(query: &str) {
    let location = window().location();
    let path = location.pathname().unwrap_or_default();
    if let Ok(history) = window().history() {
        let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(&format!("{path}?{query}")));
    }
}

pub fn current_url() -> String {
    window().location().href().unwrap_or_default()
}
