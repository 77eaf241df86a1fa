//! The level of the planning unit: since 1/7/2025 a province (tỉnh) or a
//! commune-level unit (xã, phường, đặc khu); a district (huyện) for plans
//! made before. Every generated sentence and heading names the unit by it.

use lang::Lang;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UnitLevel {
    /// Xã.
    Commune,
    /// Phường.
    Ward,
    /// Đặc khu.
    SpecialZone,
    /// Tỉnh (and the centrally-run cities, which plan as provinces).
    Province,
    /// Huyện: only for plans made before 1/7/2025.
    District,
}

impl UnitLevel {
    pub const ALL: [UnitLevel; 5] = [
        UnitLevel::Commune,
        UnitLevel::Ward,
        UnitLevel::SpecialZone,
        UnitLevel::Province,
        UnitLevel::District,
    ];

    /// Its key in the plan's stored text (`level=`).
    pub fn key(self) -> &'static str {
        match self {
            UnitLevel::Commune => "xa",
            UnitLevel::Ward => "phuong",
            UnitLevel::SpecialZone => "dac-khu",
            UnitLevel::Province => "tinh",
            UnitLevel::District => "huyen",
        }
    }

    pub fn from_key(key: &str) -> Option<UnitLevel> {
        UnitLevel::ALL.into_iter().find(|l| l.key() == key)
    }

    /// "xã", "phường", … as in "Toàn phường"; lower case.
    pub fn word(self, lang: Lang) -> &'static str {
        match self {
            UnitLevel::Commune => lang.pick("xã", "commune"),
            UnitLevel::Ward => lang.pick("phường", "ward"),
            UnitLevel::SpecialZone => lang.pick("đặc khu", "special zone"),
            UnitLevel::Province => lang.pick("tỉnh", "province"),
            UnitLevel::District => lang.pick("huyện", "district"),
        }
    }

    /// The heading of the sub-units' column: a commune's villages, a
    /// province's communes (there is no district between them since
    /// 1/7/2025).
    pub fn sub_units(self, lang: Lang) -> &'static str {
        match self {
            UnitLevel::Commune => lang.pick("Thôn, bản", "Village"),
            UnitLevel::Ward => lang.pick("Tổ dân phố", "Residential group"),
            UnitLevel::SpecialZone => lang.pick("Thôn, tổ dân phố", "Village or residential group"),
            UnitLevel::Province => lang.pick("Xã, phường, đặc khu", "Commune, ward or special zone"),
            UnitLevel::District => lang.pick("Xã, thị trấn", "Commune or township"),
        }
    }

    /// The level a unit's name states: "Phường Hà Giang 1", "UBND xã Minh
    /// Tân", "TỈNH TUYÊN QUANG", "đặc khu Phú Quốc". `None` when the name
    /// does not start with a level (after "UBND" or "Ủy ban nhân dân").
    /// Text is compared as typed in precomposed form (NFC), as keyboards
    /// and Word produce it.
    pub fn from_name(name: &str) -> Option<UnitLevel> {
        split_name(name).map(|(level, _)| level)
    }
}

/// The level a name states and the proper name after it: "UBND XÃ HÀ
/// QUẢNG" → (commune, "Hà Quảng"); a name typed in capitals is given
/// capitalised words, one typed otherwise is kept as typed.
pub fn split_name(name: &str) -> Option<(UnitLevel, String)> {
    const WORDS: [(&str, UnitLevel); 5] = [
        ("xã", UnitLevel::Commune),
        ("phường", UnitLevel::Ward),
        ("đặc khu", UnitLevel::SpecialZone),
        ("tỉnh", UnitLevel::Province),
        ("huyện", UnitLevel::District),
    ];
    let mut rest = name.trim();
    for prefix in ["ubnd", "ủy ban nhân dân", "uỷ ban nhân dân"] {
        if let Some(after) = strip_prefix_ci(rest, prefix) {
            rest = after.trim_start();
            break;
        }
    }
    WORDS.iter().find_map(|(word, level)| {
        let after = strip_prefix_ci(rest, word)?;
        // "Xã" must be a word of its own, not the start of another.
        if !(after.is_empty() || after.starts_with(char::is_whitespace)) {
            return None;
        }
        let proper = after.trim();
        let proper = if proper.chars().any(char::is_lowercase) {
            proper.to_owned()
        } else {
            proper.split_whitespace().map(capitalised).collect::<Vec<_>>().join(" ")
        };
        Some((*level, proper))
    })
}

/// `text` after `prefix` (lower case), whatever the case of `text`.
fn strip_prefix_ci<'a>(text: &'a str, prefix: &str) -> Option<&'a str> {
    let mut chars = text.char_indices();
    for p in prefix.chars() {
        let (_, c) = chars.next()?;
        if vn_format::lower_char(c) != vn_format::lower_char(p) {
            return None;
        }
    }
    Some(chars.next().map_or("", |(i, _)| &text[i..]))
}

fn capitalised(word: &str) -> String {
    vn_format::capitalise(&vn_format::lowercase(word))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_level_is_read_from_the_name() {
        let cases = [
            ("Phường Hà Giang 1", Some(UnitLevel::Ward)),
            ("UBND xã Minh Tân", Some(UnitLevel::Commune)),
            ("Tỉnh Tuyên Quang", Some(UnitLevel::Province)),
            ("TỈNH TUYÊN QUANG", Some(UnitLevel::Province)),
            ("đặc khu Phú Quốc", Some(UnitLevel::SpecialZone)),
            ("Ủy ban nhân dân phường Ba Đình", Some(UnitLevel::Ward)),
            ("  UBND HUYỆN HÀ QUẢNG", Some(UnitLevel::District)),
            ("Xã", Some(UnitLevel::Commune)),
            ("Xãa", None),
            ("Thôn Nà Mạ", None),
            ("", None),
        ];
        for (name, level) in cases {
            assert_eq!(UnitLevel::from_name(name), level, "{name}");
        }
    }

    #[test]
    fn the_proper_name_follows_the_level() {
        assert_eq!(
            split_name("UBND XÃ HÀ QUẢNG"),
            Some((UnitLevel::Commune, "Hà Quảng".to_owned()))
        );
        assert_eq!(
            split_name("Phường Hà Giang 1"),
            Some((UnitLevel::Ward, "Hà Giang 1".to_owned()))
        );
        assert_eq!(
            split_name("ỦY BAN NHÂN DÂN ĐẶC KHU PHÚ QUỐC"),
            Some((UnitLevel::SpecialZone, "Phú Quốc".to_owned()))
        );
        assert_eq!(split_name("UBND xã"), Some((UnitLevel::Commune, String::new())));
    }

    #[test]
    fn every_level_has_its_words_in_both_languages() {
        for level in UnitLevel::ALL {
            for lang in [Lang::Vi, Lang::En] {
                assert!(!level.word(lang).is_empty() && !level.sub_units(lang).is_empty());
            }
        }
        assert_eq!(UnitLevel::Ward.word(Lang::Vi), "phường");
        assert_eq!(UnitLevel::Province.sub_units(Lang::Vi), "Xã, phường, đặc khu");
    }
}
