//! What several tests ask of the site's pages: an input's value, a cell of
//! the target table, and the autosave line saying the draft is saved.

use serde_json::json;

use crate::Browser;

/// The input of a village row's column in the target table (`td` counted
/// from 1: households 1, poor 3, poor rate 4, social-protection poor 8,
/// able to escape 9, reduction 10).
pub fn target_cell(row: usize, td: usize) -> String {
    format!("table.targets tbody tr:nth-child({row}) td:nth-of-type({td}) input")
}

impl Browser {
    /// The value of the first input matching `css`.
    pub fn value(&self, css: &str) -> String {
        self.script("return document.querySelector(arguments[0]).value;", json!([css]))
            .as_str()
            .unwrap_or_default()
            .to_owned()
    }

    /// Waits for the autosave line to say the draft is saved.
    pub fn wait_saved(&self) {
        self.wait_for_js("document.querySelector('#trang-thai-luu').textContent.includes('Đã lưu lúc')");
    }
}
