//! Vietnamese text left on a page shown in English.

use serde_json::json;

use crate::Browser;

/// Names English writes as Vietnamese does: the currency, and the people and
/// places of the training cases and of the sources the notes cite.
const PROPER_NAMES: [&str; 11] = [
    "đồng",
    "Páo",
    "Tư",
    "Sáu",
    "Khánh",
    "Thành",
    "Dũng",
    "Hằng",
    "Thanh Bình",
    "Tân Lập",
    "Hà Quảng",
];

impl Browser {
    /// Visible text and the text of labels for assistive technology
    /// (`aria-label`, `title`, `placeholder`, `alt`) written with Vietnamese
    /// letters, outside any element marked `lang="vi"`: on a page shown in
    /// English, that is text nobody translated. Not counted: a legal
    /// document's number, a Vietnamese term in brackets beside its English,
    /// the names English keeps, and a Vietnamese name marked `lang="vi"`
    /// (which also tells a screen reader to read it in Vietnamese).
    pub fn untranslated(&self) -> Vec<String> {
        let found = self.script(
            r#"const letters = /[àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ]/i;
             // A legal document's number (07/2021/NĐ-CP, 90/QĐ-TTg) is its name in any language.
             const numbers = /\d+(\/\d{4})?\/[A-ZĐ]+(-[A-ZĐa-z0-9]+)*/g;
             // A Vietnamese term in brackets beside its English (Rural (nông thôn)) is asked for.
             const bracketed = /\([^()]*\)/g;
             // The currency, and the people and places of the case studies and
             // sources, keep their names in English.
             const names = new RegExp(`(?<!\\p{L})(${arguments[0].join('|')})(?!\\p{L})`, 'gu');
             const has = t => letters.test(t.replace(numbers, '').replace(bracketed, '').replace(names, ''));
             const vietnamese = e => (e.closest('[lang]')?.lang || '').startsWith('vi');
             const out = new Set();
             if (has(document.title)) out.add(`title=${document.title}`);
             const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
             for (let n = walker.nextNode(); n; n = walker.nextNode()) {
               const e = n.parentElement;
               if (!e || !has(n.data) || vietnamese(e) || e.closest('script, style, template')) continue;
               if (!e.getClientRects().length || getComputedStyle(e).visibility === 'hidden') continue;
               out.add(n.data.trim().slice(0, 80));
             }
             for (const e of document.body.querySelectorAll('[aria-label], [title], [placeholder], [alt]')) {
               for (const a of ['aria-label', 'title', 'placeholder', 'alt']) {
                 const v = e.getAttribute(a);
                 if (v && has(v) && !vietnamese(e)) out.add(`${a}=${v.slice(0, 80)}`);
               }
             }
             return [...out];"#,
            json!([PROPER_NAMES]),
        );
        serde_json::from_value(found).unwrap_or_default()
    }
}
