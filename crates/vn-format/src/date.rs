use lang::{Lang, msg};
use std::fmt;

/// A calendar date, printed the Vietnamese way (`15/03/2021`) and stored
/// as ISO 8601 (`2021-03-15`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    pub year: i32,
    pub month: u32,
    pub day: u32,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DateError {
    pub input: String,
}

impl DateError {
    pub fn message(&self, lang: Lang) -> String {
        msg!(
            lang,
            "«{}» không phải là ngày hợp lệ. Hãy viết theo dạng ngày/tháng/năm, ví dụ 15/03/2021.",
            "“{}” is not a valid date. Write it as day/month/year, e.g. 15/03/2021.",
            self.input.trim()
        )
    }
}

impl fmt::Display for DateError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message(Lang::Vi))
    }
}

impl std::error::Error for DateError {}

impl Date {
    /// A date that exists in the calendar, or `None`.
    pub fn new(year: i32, month: u32, day: u32) -> Option<Date> {
        let valid =
            (1..=9999).contains(&year) && (1..=12).contains(&month) && day >= 1 && day <= days_in_month(year, month);
        valid.then_some(Date { year, month, day })
    }

    /// `2021-03-15`.
    pub fn parse_iso(input: &str) -> Result<Date, DateError> {
        let parts: Vec<&str> = input.trim().split('-').collect();
        Self::from_parts(input, &parts, [0, 1, 2])
    }

    /// `15/03/2021` or `15/3/2021`, as people type it.
    pub fn parse_vi(input: &str) -> Result<Date, DateError> {
        let parts: Vec<&str> = input.trim().split('/').collect();
        Self::from_parts(input, &parts, [2, 1, 0])
    }

    fn from_parts(input: &str, parts: &[&str], [y, m, d]: [usize; 3]) -> Result<Date, DateError> {
        let err = || DateError {
            input: input.to_owned(),
        };
        if parts.len() != 3
            || parts[y].len() != 4
            || parts
                .iter()
                .any(|p| p.is_empty() || p.len() > 4 || !p.bytes().all(|b| b.is_ascii_digit()))
        {
            return Err(err());
        }
        let number = |s: &str| s.parse::<u32>().map_err(|_| err());
        let year = i32::try_from(number(parts[y])?).map_err(|_| err())?;
        Date::new(year, number(parts[m])?, number(parts[d])?).ok_or_else(err)
    }

    /// `15/03/2021`: day and month with a leading zero.
    pub fn format_vi(self) -> String {
        format!("{:02}/{:02}/{:04}", self.day, self.month, self.year)
    }

    pub fn to_iso(self) -> String {
        format!("{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

/// Stored as ISO 8601 so that files sort and read the same everywhere.
impl serde::Serialize for Date {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.to_iso())
    }
}

impl<'de> serde::Deserialize<'de> for Date {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = <std::borrow::Cow<'de, str>>::deserialize(deserializer)?;
        Date::parse_iso(&text).map_err(serde::de::Error::custom)
    }
}

fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        _ => 0,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prints_with_leading_zeros() {
        assert_eq!(Date::new(2021, 3, 15).unwrap().format_vi(), "15/03/2021");
        assert_eq!(Date::new(2026, 1, 1).unwrap().format_vi(), "01/01/2026");
        assert_eq!(Date::new(2026, 1, 1).unwrap().to_iso(), "2026-01-01");
    }

    #[test]
    fn reads_both_forms() {
        let d = Date::new(2021, 3, 15).unwrap();
        assert_eq!(Date::parse_iso("2021-03-15").unwrap(), d);
        assert_eq!(Date::parse_vi("15/03/2021").unwrap(), d);
        assert_eq!(Date::parse_vi(" 15/3/2021 ").unwrap(), d);
    }

    #[test]
    fn refuses_dates_not_in_the_calendar() {
        for bad in [
            "29/02/2025",
            "31/04/2026",
            "00/01/2026",
            "01/13/2026",
            "1/1/26",
            "2026-1",
            "",
            "a/b/cccc",
            "15-03-2021",
        ] {
            assert!(Date::parse_vi(bad).is_err(), "{bad}");
        }
        assert!(Date::parse_vi("29/02/2024").is_ok());
        assert!(Date::parse_iso("2025-02-29").is_err());
        assert!(Date::parse_iso("2021-03-15x").is_err());
    }

    #[test]
    fn orders_by_calendar() {
        assert!(Date::new(2025, 12, 31).unwrap() < Date::new(2026, 1, 1).unwrap());
        assert!(Date::new(2026, 2, 1).unwrap() > Date::new(2026, 1, 31).unwrap());
    }

    #[test]
    fn serializes_as_iso() {
        let d = Date::new(2027, 1, 1).unwrap();
        assert_eq!(serde_json::to_string(&d).unwrap(), "\"2027-01-01\"");
        assert_eq!(serde_json::from_str::<Date>("\"2027-01-01\"").unwrap(), d);
        assert!(serde_json::from_str::<Date>("\"2027-02-30\"").is_err());
    }

    #[test]
    fn error_messages_quote_the_input() {
        let e = Date::parse_vi("32/01/2026").unwrap_err();
        assert!(e.message(Lang::Vi).contains("32/01/2026"));
        assert!(e.message(Lang::En).contains("32/01/2026"));
    }
}
