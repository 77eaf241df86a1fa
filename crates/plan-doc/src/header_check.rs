//! Checks of the header as typed: one message per bad field, in both
//! languages. A blank date or number is allowed: clerks fill them in when
//! the plan is signed.

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
            vi: error.message_vi(),
            en: error.message_en(),
        });
    }
    errors
}

/// `None` for a blank date.
pub(crate) fn parse_date(text: &str) -> Option<Result<Date, vn_format::DateError>> {
    (!text.trim().is_empty()).then(|| Date::parse_vi(text))
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
}
