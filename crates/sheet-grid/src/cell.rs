//! A cell's value as text, the way the officer sees it in Excel, written
//! as the readers of the site read it: numbers with their format's
//! decimals and a decimal comma, dates `dd/mm/yyyy`, strings trimmed,
//! errors (`#DIV/0!`) and booleans as Excel writes them.

use calamine::{DataRef, ExcelDateTime};
use vn_format::Date;

use crate::number::{Shown, integer_text, number_text};

/// Excel's last day, 31/12/9999, is serial 2.958.465.
const LAST_SERIAL: f64 = 2_958_466.0;

pub(crate) fn cell_text(value: &DataRef<'_>, shown: Shown) -> String {
    match value {
        DataRef::Empty => String::new(),
        DataRef::String(text) => text.trim().to_owned(),
        DataRef::SharedString(text) => text.trim().to_owned(),
        DataRef::Float(number) => number_text(*number, shown),
        DataRef::Int(number) => integer_text(*number, shown),
        DataRef::Bool(true) => "TRUE".into(),
        DataRef::Bool(false) => "FALSE".into(),
        DataRef::Error(error) => error.to_string(),
        DataRef::DateTime(moment) => date_time_text(moment),
        DataRef::DateTimeIso(text) => iso_text(text.trim()),
        DataRef::DurationIso(text) => text.trim().to_owned(),
    }
}

fn date_time_text(moment: &ExcelDateTime) -> String {
    let serial = moment.as_f64();
    // Excel shows ##### for these: the stored number is all there is.
    if !serial.is_finite() || (moment.is_datetime() && !(0.0..LAST_SERIAL).contains(&serial)) {
        return number_text(serial, Shown::General);
    }
    if moment.is_duration() {
        // `[h]:mm:ss`: hours past a day are kept. The cast saturates.
        let seconds = (serial.abs() * 86_400.0).round() as u64;
        let sign = if serial < 0.0 { "-" } else { "" };
        return format!("{sign}{}:{:02}:{:02}", seconds / 3600, seconds / 60 % 60, seconds % 60);
    }
    let (year, month, day, hour, minute, second, _) = moment.to_ymd_hms_milli();
    let time = match second {
        0 => format!("{hour:02}:{minute:02}"),
        _ => format!("{hour:02}:{minute:02}:{second:02}"),
    };
    let date = format!("{day:02}/{month:02}/{year:04}");
    if serial < 1.0 {
        time
    } else if (hour, minute, second) == (0, 0, 0) {
        date
    } else {
        format!("{date} {time}")
    }
}

/// A date cell stored as ISO 8601 (`t="d"`): `2027-01-15` or at midnight
/// becomes `15/01/2027`; any other text is kept as it is.
fn iso_text(text: &str) -> String {
    let (date, time) = text.split_once('T').unwrap_or((text, ""));
    let midnight = time.trim_end_matches('Z').chars().all(|c| matches!(c, '0' | ':' | '.'));
    match Date::parse_iso(date) {
        Ok(date) if midnight => date.format_vi(),
        _ => text.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use calamine::{CellErrorType, ExcelDateTimeType};

    use super::*;

    fn date(serial: f64) -> String {
        cell_text(
            &DataRef::DateTime(ExcelDateTime::new(serial, ExcelDateTimeType::DateTime, false)),
            Shown::General,
        )
    }

    #[test]
    fn strings_are_trimmed_and_other_values_written_as_excel_shows_them() {
        let general = Shown::General;
        assert_eq!(
            cell_text(&DataRef::SharedString("  Thôn Nà Pản \n"), general),
            "Thôn Nà Pản"
        );
        assert_eq!(cell_text(&DataRef::String("12a".into()), general), "12a");
        assert_eq!(cell_text(&DataRef::Empty, general), "");
        assert_eq!(cell_text(&DataRef::Bool(true), general), "TRUE");
        assert_eq!(cell_text(&DataRef::Bool(false), general), "FALSE");
        assert_eq!(cell_text(&DataRef::Error(CellErrorType::Div0), general), "#DIV/0!");
        assert_eq!(cell_text(&DataRef::Float(0.0394), Shown::of_code("0.00%")), "3,94");
        assert_eq!(cell_text(&DataRef::Int(1250), general), "1250");
        assert_eq!(cell_text(&DataRef::DurationIso("PT1H".into()), general), "PT1H");
    }

    #[test]
    fn dates_are_day_month_year() {
        // 15/01/2027 is serial 46.402.
        assert_eq!(date(46_402.0), "15/01/2027");
        assert_eq!(date(46_402.5), "15/01/2027 12:00");
        assert_eq!(date(46_402.0 + 1.0 / 86_400.0), "15/01/2027 00:00:01");
        assert_eq!(date(0.75), "18:00", "a time alone");
        // Excel's 1900 leap-year bug: it shows 29/02/1900, so do we.
        assert_eq!(date(60.0), "29/02/1900");
        // Out of Excel's range: the stored number.
        assert_eq!(date(-1.0), "-1");
        assert_eq!(date(3_000_000.0), "3000000");
        let duration = |serial| {
            cell_text(
                &DataRef::DateTime(ExcelDateTime::new(serial, ExcelDateTimeType::TimeDelta, false)),
                Shown::General,
            )
        };
        assert_eq!(duration(1.5), "36:00:00");
        assert_eq!(duration(-0.25), "-6:00:00");
    }

    #[test]
    fn iso_dates_at_midnight_are_day_month_year_and_others_kept() {
        let iso = |text: &str| cell_text(&DataRef::DateTimeIso(text.into()), Shown::General);
        assert_eq!(iso("2027-01-15"), "15/01/2027");
        assert_eq!(iso("2027-01-15T00:00:00Z"), "15/01/2027");
        assert_eq!(iso("2027-01-15T08:30:00"), "2027-01-15T08:30:00");
        assert_eq!(iso("2027-02-30"), "2027-02-30");
    }
}
