//! The level of the planning unit: since 1/7/2025 a province (tỉnh) or a
//! commune-level unit (xã, phường, đặc khu); a district (huyện) for plans
//! made before. Every generated sentence and heading names the unit by it.

use crate::lang::Lang;

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
        let lower = name.trim().to_lowercase();
        let mut rest = lower.as_str();
        for prefix in ["ubnd", "ủy ban nhân dân", "uỷ ban nhân dân"] {
            if let Some(after) = rest.strip_prefix(prefix) {
                rest = after.trim_start();
                break;
            }
        }
        const WORDS: [(&str, UnitLevel); 5] = [
            ("xã", UnitLevel::Commune),
            ("phường", UnitLevel::Ward),
            ("đặc khu", UnitLevel::SpecialZone),
            ("tỉnh", UnitLevel::Province),
            ("huyện", UnitLevel::District),
        ];
        WORDS.iter().find_map(|(word, level)| {
            let after = rest.strip_prefix(word)?;
            // "Xã" must be a word of its own, not the start of another.
            (after.is_empty() || after.starts_with(char::is_whitespace)).then_some(*level)
        })
    }
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
