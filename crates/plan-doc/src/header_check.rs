//! Checks of the header as typed: one message per bad field, in both
//! languages. A blank date or number is allowed: clerks fill them in when
//! the plan is signed.

use lang::Lang;
use vn_format::Date;

use crate::form::Header;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HeaderField {
    IssuingBody,
    Place,
    Date,
    Subject,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldError {
    pub field: HeaderField,
    pub vi: String,
    pub en: String,
}

pub fn check_header(header: &Header) -> Vec<FieldError> {
    let mut errors = Vec::new();
    let mut missing = |field, text: &str, vi: &str, en: &str| {
        if text.trim().is_empty() {
            errors.push(FieldError {
                field,
                vi: vi.to_owned(),
                en: en.to_owned(),
            });
        }
    };
    missing(
        HeaderField::IssuingBody,
        &header.issuing_body,
        "Chưa ghi cơ quan ban hành (ví dụ: UBND XÃ …).",
        "The issuing body is missing (e.g. UBND XÃ …).",
    );
    missing(
        HeaderField::Place,
        &header.place,
        "Chưa ghi địa danh nơi ban hành.",
        "The place of issue is missing.",
    );
    missing(
        HeaderField::Subject,
        &header.subject,
        "Chưa ghi trích yếu nội dung của kế hoạch.",
        "The subject line is missing.",
    );
    if let Some(Err(error)) = parse_date(&header.date) {
        errors.push(FieldError {
            field: HeaderField::Date,
            vi: error.message(Lang::Vi),
            en: error.message(Lang::En),
        });
    }
    errors
}

/// A date as typed: whole, or with the day (and the month) left for the
/// day of signing, as plans are drafted: "…/3/2027", "/ /2027".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct TypedDate {
    pub day: Option<u32>,
    pub month: Option<u32>,
    pub year: i32,
}

/// `None` for a blank date. A blank part is empty or dots ("…", ".."); the
/// year is always given, and a day never without its month.
pub(crate) fn parse_date(text: &str) -> Option<Result<TypedDate, vn_format::DateError>> {
    let blank = |p: &str| p.trim().trim_matches(['…', '.']).trim().is_empty();
    if blank(text) || text.split('/').all(blank) {
        return None;
    }
    let parts: Vec<&str> = text.trim().split('/').collect();
    let (day_blank, month_blank) = match parts.as_slice() {
        [d, m, _] => (blank(d), blank(m)),
        _ => (false, false),
    };
    // The blanks are filled with 1 only to check the rest with vn-format.
    let checked = match (day_blank, month_blank) {
        (true, true) => Date::parse_vi(&format!("1/1/{}", parts[2])),
        (true, false) => Date::parse_vi(&format!("1/{}/{}", parts[1], parts[2])),
        (false, true) => Err(vn_format::DateError { input: text.to_owned() }),
        (false, false) => Date::parse_vi(text),
    };
    Some(checked.map(|d| TypedDate {
        day: (!day_blank).then_some(d.day),
        month: (!month_blank).then_some(d.month),
        year: d.year,
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn header() -> Header {
        Header {
            superior_body: String::new(),
            issuing_body: "UBND XÃ HÀ QUẢNG".into(),
            number: "   /KH-UBND".into(),
            place: "Hà Quảng".into(),
            date: String::new(),
            subject: "Thực hiện giảm nghèo năm 2027".into(),
        }
    }

    #[test]
    fn a_blank_date_and_number_are_left_for_signing() {
        assert!(check_header(&header()).is_empty());
    }

    #[test]
    fn each_bad_field_has_its_message() {
        let mut h = header();
        h.issuing_body = " ".into();
        h.date = "31/02/2027".into();
        let fields: Vec<_> = check_header(&h).iter().map(|e| e.field).collect();
        assert_eq!(fields, [HeaderField::IssuingBody, HeaderField::Date]);
        assert!(check_header(&h)[1].vi.contains("31/02/2027"));
    }

    #[test]
    fn a_partly_blank_date_is_accepted_when_what_is_given_is_right() {
        let partial = |text: &str| parse_date(text).map(|r| r.ok());
        let day_left = TypedDate {
            day: None,
            month: Some(3),
            year: 2027,
        };
        assert_eq!(partial("…/3/2027"), Some(Some(day_left)));
        assert_eq!(partial(" /3/2027"), Some(Some(day_left)));
        assert_eq!(partial("../03/2027"), Some(Some(day_left)));
        assert_eq!(
            partial("…/…/2027"),
            Some(Some(TypedDate {
                day: None,
                month: None,
                year: 2027
            }))
        );
        assert_eq!(partial("…/…/…"), None, "all blank");
        assert_eq!(partial("…/13/2027"), Some(None), "no 13th month");
        assert_eq!(partial("5/…/2027"), Some(None), "a day without its month");
        assert_eq!(partial("…/3/"), Some(None), "the year is always given");
        let mut h = header();
        h.date = "…/3/2027".into();
        assert!(check_header(&h).is_empty());
    }
}
