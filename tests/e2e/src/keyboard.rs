//! The keyboard alone: keys pressed into whatever has the focus, and what
//! has it, so a test can prove a task needs no pointer.

use serde_json::{Value, json};

use crate::Browser;

/// WebDriver's code for the Tab key.
pub const TAB: &str = "\u{E004}";
/// WebDriver's code for the Shift key.
const SHIFT: &str = "\u{E008}";
/// WebDriver's code for the Space key.
pub const SPACE: &str = "\u{E00D}";
/// WebDriver's code for the Enter key.
pub const ENTER: &str = "\u{E007}";

impl Browser {
    /// Presses `keys` one after the other into the focused element, as a
    /// keyboard would: no element is looked up or clicked.
    pub fn keys(&self, keys: &str) {
        let actions: Vec<Value> = keys
            .chars()
            .flat_map(|c| {
                let key = c.to_string();
                [
                    json!({ "type": "keyDown", "value": key }),
                    json!({ "type": "keyUp", "value": key }),
                ]
            })
            .collect();
        self.actions(json!([{ "type": "key", "id": "keyboard", "actions": actions }]));
    }

    /// Shift+Tab: the focus moves back one stop.
    fn shift_tab(&self) {
        let chord = [("keyDown", SHIFT), ("keyDown", TAB), ("keyUp", TAB), ("keyUp", SHIFT)]
            .map(|(kind, key)| json!({ "type": kind, "value": key }));
        self.actions(json!([{ "type": "key", "id": "keyboard", "actions": chord }]));
    }

    /// The focused element as `tag#id` (or `tag` when it has no id).
    pub fn focused(&self) -> String {
        self.script(
            "const e = document.activeElement; return e ? e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') : '';",
            json!([]),
        )
        .as_str()
        .unwrap_or_default()
        .to_owned()
    }

    /// Tabs forward until `target` (as [`Browser::focused`] names it) has the
    /// focus. Fails after `most` presses.
    pub fn tab_to(&self, target: &str, most: usize) {
        self.move_focus_to(target, most, || self.keys(TAB));
    }

    /// Shift+Tabs back until `target` has the focus.
    pub fn tab_back_to(&self, target: &str, most: usize) {
        self.move_focus_to(target, most, || self.shift_tab());
    }

    fn move_focus_to(&self, target: &str, most: usize, step: impl Fn()) {
        for _ in 0..most {
            step();
            if self.focused() == target {
                return;
            }
        }
        panic!(
            "{target} not reached in {most} key presses; focus is on {}",
            self.focused()
        );
    }
}
