//! Header and keyword matching that forgives case, Vietnamese diacritics,
//! spaces and punctuation: `Khu vực`, `KHU_VUC` and `khu-vuc` are one key.
//!
//! Spelled out rather than Unicode-normalised: the tables of a
//! normalisation crate cost the browser download more than this list.

/// Each base letter with every accented form of it, lower and upper case.
const ACCENTED: [(char, &str); 7] = [
    ('a', "àáảãạăằắẳẵặâầấẩẫậÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬ"),
    ('d', "đĐ"),
    ('e', "èéẻẽẹêềếểễệÈÉẺẼẸÊỀẾỂỄỆ"),
    ('i', "ìíỉĩịÌÍỈĨỊ"),
    ('o', "òóỏõọôồốổỗộơờớởỡợÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢ"),
    ('u', "ùúủũụưừứửữựÙÚỦŨỤƯỪỨỬỮỰ"),
    ('y', "ỳýỷỹỵỲÝỶỸỴ"),
];

/// Characters a key ignores: spaces of every kind and the punctuation
/// people put between words of a column name.
fn ignored(c: char) -> bool {
    c.is_whitespace() || matches!(c, '_' | '-' | '.' | '/' | '\u{feff}')
}

/// Combining marks, as left by a decomposed (NFD) text: macOS file names,
/// some web forms.
fn combining(c: char) -> bool {
    ('\u{300}'..='\u{36f}').contains(&c)
}

fn base_letter(c: char) -> char {
    if c.is_ascii() {
        return c.to_ascii_lowercase();
    }
    for (base, forms) in ACCENTED {
        if forms.contains(c) {
            return base;
        }
    }
    c
}

/// `Thôn / Bản` → `thonban`; `Nhà tiêu hợp vệ sinh` → `nhatieuhopvesinh`.
/// Other characters (digits, `%`, `(`) are kept as they are.
pub fn fold_key(text: &str) -> String {
    text.chars()
        .filter(|&c| !ignored(c) && !combining(c))
        .map(base_letter)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn forgives_case_diacritics_spaces_and_punctuation() {
        assert_eq!(fold_key("Thôn"), "thon");
        assert_eq!(fold_key("THÔN"), "thon");
        assert_eq!(fold_key("Khu vực"), "khuvuc");
        assert_eq!(fold_key("khu_vuc"), "khuvuc");
        assert_eq!(fold_key("Thu nhập"), "thunhap");
        assert_eq!(fold_key("viec-lam"), "vieclam");
        assert_eq!(fold_key("Việc làm"), "vieclam");
        assert_eq!(fold_key("Điểm B1"), "diemb1");
        assert_eq!(fold_key(" nông\u{a0}thôn "), "nongthon");
        assert_eq!(fold_key("Đô thị"), "dothi");
        assert_eq!(fold_key("Thôn/Bản"), "thonban");
        assert_eq!(fold_key("Có"), "co");
        assert_eq!(fold_key("KHÔNG"), "khong");
    }

    #[test]
    fn decomposed_text_gives_the_same_key() {
        // "Thôn" with the circumflex as a combining mark (NFD).
        assert_eq!(fold_key("Tho\u{302}n"), "thon");
        assert_eq!(fold_key("Vie\u{323}\u{302}c la\u{300}m"), "vieclam");
    }
}
