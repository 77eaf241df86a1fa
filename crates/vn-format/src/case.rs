//! Upper and lower case for Vietnamese text, without the standard
//! library's Unicode case tables: `char::to_uppercase` brings about 10 KB
//! of tables into a page's wasm (brotli), for the first letter of a label.
//! Every Vietnamese letter, and every letter of Latin-1, Latin
//! Extended-A and Latin Extended Additional that has a one-letter case
//! partner, is mapped as the standard library maps it (the tests check
//! each one); any other character is left as it is.

/// The upper-case partner of `c`, or `c`.
pub fn upper_char(c: char) -> char {
    let n = c as u32;
    let odd = n % 2 == 1;
    let partner = match n {
        0x61..=0x7A => n - 0x20,
        0xE0..=0xFE if n != 0xF7 => n - 0x20,
        0x0100..=0x0137 | 0x014A..=0x0177 if odd && n != 0x0131 => n - 1,
        0x0139..=0x0148 if !odd => n - 1,
        0x01A1 | 0x01B0 => n - 1,
        0x1EA0..=0x1EFF if odd => n - 1,
        _ => n,
    };
    char::from_u32(partner).unwrap_or(c)
}

/// The lower-case partner of `c`, or `c`.
pub fn lower_char(c: char) -> char {
    let n = c as u32;
    let odd = n % 2 == 1;
    let partner = match n {
        0x41..=0x5A => n + 0x20,
        0xC0..=0xDE if n != 0xD7 => n + 0x20,
        0x0100..=0x0137 | 0x014A..=0x0177 if !odd && n != 0x0130 => n + 1,
        0x0139..=0x0148 if odd => n + 1,
        0x01A0 | 0x01AF => n + 1,
        0x1EA0..=0x1EFF if !odd => n + 1,
        _ => n,
    };
    char::from_u32(partner).unwrap_or(c)
}

/// `text` with its first letter in upper case: a label at the start of a
/// sentence or a list item.
pub fn capitalise(text: &str) -> String {
    first_as(text, upper_char)
}

/// `text` with its first letter in lower case: a label inside a sentence.
pub fn lowercase_first(text: &str) -> String {
    first_as(text, lower_char)
}

fn first_as(text: &str, case: fn(char) -> char) -> String {
    let mut chars = text.chars();
    chars
        .next()
        .map(|first| std::iter::once(case(first)).chain(chars).collect())
        .unwrap_or_default()
}

/// `text` in upper case (a unit's name over a table).
pub fn uppercase(text: &str) -> String {
    text.chars().map(upper_char).collect()
}

/// `text` in lower case.
pub fn lowercase(text: &str) -> String {
    text.chars().map(lower_char).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    const VIETNAMESE: &str =
        "aàảãáạăằẳẵắặâầẩẫấậbcdđeèẻẽéẹêềểễếệghiìỉĩíịklmnoòỏõóọôồổỗốộơờởỡớợpqrstuùủũúụưừửữứựvxyỳỷỹýỵ";

    fn std_single(mut mapped: impl Iterator<Item = char>) -> Option<char> {
        let first = mapped.next()?;
        mapped.next().is_none().then_some(first)
    }

    #[test]
    fn every_vietnamese_letter_has_its_partner_both_ways() {
        for lower in VIETNAMESE.chars() {
            let upper = std_single(lower.to_uppercase()).unwrap();
            assert_ne!(upper, lower, "{lower}");
            assert_eq!(upper_char(lower), upper, "{lower}");
            assert_eq!(lower_char(upper), lower, "{upper}");
        }
        assert_eq!(uppercase("Ủy ban nhân dân xã Đắk Pơ"), "ỦY BAN NHÂN DÂN XÃ ĐẮK PƠ");
        assert_eq!(capitalise("điểm A (B1)"), "Điểm A (B1)");
        assert_eq!(lowercase_first("Ưu tiên"), "ưu tiên");
        assert_eq!(lowercase("HỘ NGHÈO"), "hộ nghèo");
    }

    /// Wherever this maps, it maps as the standard library; elsewhere it
    /// leaves the character as it is.
    #[test]
    fn it_agrees_with_the_standard_library_where_it_maps() {
        for c in (0u32..0x2000).filter_map(char::from_u32) {
            for (ours, std) in [
                (upper_char(c), std_single(c.to_uppercase())),
                (lower_char(c), std_single(c.to_lowercase())),
            ] {
                if ours != c {
                    assert_eq!(Some(ours), std, "{c:?} (U+{:04X})", c as u32);
                }
            }
        }
        assert_eq!(upper_char('ı'), 'ı');
        assert_eq!(lower_char('İ'), 'İ');
        assert_eq!(upper_char('中'), '中');
    }
}
