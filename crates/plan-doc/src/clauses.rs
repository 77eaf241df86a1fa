//! The sentences that open and close a plan: the enacting clause after the
//! legal grounds ("Ủy ban nhân dân xã … ban hành Kế hoạch … như sau:") and
//! the closing line before the signature ("Trên đây là Kế hoạch …/."). They
//! are generated from the issuing body and the subject until the officer
//! types their own.

use crate::unit_level::{UnitLevel, split_name};
use lang::Lang;

/// "xã Hà Quảng" from the issuing body, or the level alone ("xã") when the
/// body does not name the unit. The level is the plan's, so a body typed
/// with another level word is not trusted for it.
fn unit(level: UnitLevel, issuing_body: &str, lang: Lang) -> String {
    let word = level.word(lang);
    match (split_name(issuing_body), lang) {
        (Some((_, name)), Lang::Vi) if !name.is_empty() => format!("{word} {name}"),
        (Some((_, name)), Lang::En) if !name.is_empty() => format!("{name} {word}"),
        (_, Lang::Vi) => word.to_owned(),
        (_, Lang::En) => format!("the {word}"),
    }
}

/// "Ủy ban nhân dân xã Hà Quảng ban hành Kế hoạch thực hiện … năm 2027 như
/// sau:".
pub fn enacting_clause(level: UnitLevel, issuing_body: &str, subject: &str, lang: Lang) -> String {
    let unit = unit(level, issuing_body, lang);
    let subject = subject.trim();
    match lang {
        Lang::Vi if subject.is_empty() => format!("Ủy ban nhân dân {unit} ban hành Kế hoạch như sau:"),
        Lang::Vi => format!(
            "Ủy ban nhân dân {unit} ban hành Kế hoạch {} như sau:",
            vn_format::lowercase_first(subject.trim())
        ),
        Lang::En if subject.is_empty() => format!("The People's Committee of {unit} issues this plan as follows:"),
        Lang::En => format!("The People's Committee of {unit} issues the plan “{subject}” as follows:"),
    }
}

/// "Trên đây là Kế hoạch … của Ủy ban nhân dân xã Hà Quảng./." (the "/."
/// marks the end of the text, so nothing can be added after it).
pub fn closing_line(level: UnitLevel, issuing_body: &str, subject: &str, lang: Lang) -> String {
    let unit = unit(level, issuing_body, lang);
    let subject = subject.trim();
    match lang {
        Lang::Vi if subject.is_empty() => format!("Trên đây là Kế hoạch của Ủy ban nhân dân {unit}./."),
        Lang::Vi => format!(
            "Trên đây là Kế hoạch {} của Ủy ban nhân dân {unit}./.",
            vn_format::lowercase_first(subject.trim())
        ),
        Lang::En if subject.is_empty() => format!("This is the plan of the People's Committee of {unit}."),
        Lang::En => format!("This is the plan “{subject}” of the People's Committee of {unit}."),
    }
}

/// The officer's closing line, ending "./." in Vietnamese whatever ending
/// was typed.
pub(crate) fn end_mark(text: &str, lang: Lang) -> String {
    match lang {
        Lang::Vi => format!("{}./.", text.trim_end().trim_end_matches(['.', '/']).trim_end()),
        Lang::En => text.trim_end().to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SUBJECT: &str = "Thực hiện Chương trình giảm nghèo bền vững năm 2027";

    #[test]
    fn each_level_enacts_in_its_own_name() {
        let cases = [
            (
                UnitLevel::Commune,
                "UBND XÃ MINH TÂN",
                "xã Minh Tân",
                "Minh Tân commune",
            ),
            (
                UnitLevel::Ward,
                "UBND PHƯỜNG HÀ GIANG 1",
                "phường Hà Giang 1",
                "Hà Giang 1 ward",
            ),
            (
                UnitLevel::SpecialZone,
                "UBND ĐẶC KHU PHÚ QUỐC",
                "đặc khu Phú Quốc",
                "Phú Quốc special zone",
            ),
            (
                UnitLevel::Province,
                "UBND TỈNH TUYÊN QUANG",
                "tỉnh Tuyên Quang",
                "Tuyên Quang province",
            ),
            (
                UnitLevel::District,
                "UBND HUYỆN GIA LỘC",
                "huyện Gia Lộc",
                "Gia Lộc district",
            ),
        ];
        for (level, body, vi, en) in cases {
            assert_eq!(
                enacting_clause(level, body, SUBJECT, Lang::Vi),
                format!(
                    "Ủy ban nhân dân {vi} ban hành Kế hoạch thực hiện Chương trình giảm nghèo bền vững năm 2027 như sau:"
                )
            );
            assert_eq!(
                enacting_clause(level, body, SUBJECT, Lang::En),
                format!("The People's Committee of {en} issues the plan “{SUBJECT}” as follows:")
            );
            assert_eq!(
                closing_line(level, body, SUBJECT, Lang::Vi),
                format!(
                    "Trên đây là Kế hoạch thực hiện Chương trình giảm nghèo bền vững năm 2027 của Ủy ban nhân dân {vi}./."
                )
            );
            assert_eq!(
                closing_line(level, body, SUBJECT, Lang::En),
                format!("This is the plan “{SUBJECT}” of the People's Committee of {en}.")
            );
        }
    }

    #[test]
    fn without_a_name_or_subject_the_level_alone() {
        assert_eq!(
            enacting_clause(UnitLevel::Ward, "", "", Lang::Vi),
            "Ủy ban nhân dân phường ban hành Kế hoạch như sau:"
        );
        assert_eq!(
            enacting_clause(UnitLevel::Ward, "", "", Lang::En),
            "The People's Committee of the ward issues this plan as follows:"
        );
        assert_eq!(
            closing_line(UnitLevel::Province, "Sở Nông nghiệp", "", Lang::Vi),
            "Trên đây là Kế hoạch của Ủy ban nhân dân tỉnh./."
        );
        assert_eq!(
            closing_line(UnitLevel::Province, "", "", Lang::En),
            "This is the plan of the People's Committee of the province."
        );
    }

    #[test]
    fn a_typed_closing_ends_with_the_end_mark_once() {
        assert_eq!(end_mark("Trên đây là kế hoạch.", Lang::Vi), "Trên đây là kế hoạch./.");
        assert_eq!(
            end_mark("Trên đây là kế hoạch./. ", Lang::Vi),
            "Trên đây là kế hoạch./."
        );
        assert_eq!(end_mark("That is all.", Lang::En), "That is all.");
    }
}
