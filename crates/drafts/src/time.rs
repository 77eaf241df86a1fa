//! Calendar arithmetic from the Unix epoch (H. Hinnant's civil algorithms),
//! so the crate needs no date library.

/// 9999-12-31T23:59:59.999Z: the last time a four-digit year can show.
pub const MAX_TIME_MS: i64 = 253_402_300_799_999;
const DAY_MS: i64 = 86_400_000;

/// Times written by the crate stay within what the file format can hold.
pub(crate) fn clamp_time(ms: i64) -> i64 {
    ms.clamp(0, MAX_TIME_MS)
}

/// (year, month, day) of a day counted from 1970-01-01. Public for the
/// app's pre-render, which dates a page by the build machine's clock.
pub fn civil_from_days(days: i64) -> (i64, u32, u32) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1_460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let year = yoe + era * 400 + i64::from(month <= 2);
    (year, month, day)
}

pub(crate) fn days_from_civil(year: i64, month: u32, day: u32) -> i64 {
    let year = year - i64::from(month <= 2);
    let era = year.div_euclid(400);
    let yoe = year.rem_euclid(400);
    let mp = i64::from((month + 9) % 12);
    let doy = (153 * mp + 2) / 5 + i64::from(day) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// A moment split into calendar and clock, in some time zone.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Moment {
    pub day_number: i64,
    pub year: i64,
    pub month: u32,
    pub day: u32,
    pub hour: u32,
    pub minute: u32,
    pub second: u32,
    pub milli: u32,
}

pub(crate) fn moment(ms: i64) -> Moment {
    let day_number = ms.div_euclid(DAY_MS);
    let in_day = ms.rem_euclid(DAY_MS);
    let (year, month, day) = civil_from_days(day_number);
    Moment {
        day_number,
        year,
        month,
        day,
        hour: (in_day / 3_600_000) as u32,
        minute: (in_day / 60_000 % 60) as u32,
        second: (in_day / 1_000 % 60) as u32,
        milli: (in_day % 1_000) as u32,
    }
}

/// `2026-02-03T07:05:09.120Z`: milliseconds kept, so reading gives the same time.
pub(crate) fn format_iso_utc(ms: i64) -> String {
    let m = moment(clamp_time(ms));
    format!(
        "{:04}-{:02}-{:02}T{:02}:{:02}:{:02}.{:03}Z",
        m.year, m.month, m.day, m.hour, m.minute, m.second, m.milli
    )
}

/// Reads `YYYY-MM-DDTHH:MM:SS[.sss]Z`, the form [`format_iso_utc`] writes.
pub(crate) fn parse_iso_utc(text: &str) -> Option<i64> {
    if !text.is_ascii() {
        return None;
    }
    let bytes = text.as_bytes();
    let (main, millis) = match text.len() {
        20 => (text, 0),
        24 if bytes[19] == b'.' => (&text[..19], number(&text[20..23])?),
        _ => return None,
    };
    let mb = main.as_bytes();
    let separators = [(4, b'-'), (7, b'-'), (10, b'T'), (13, b':'), (16, b':')];
    if !text.ends_with('Z') || separators.iter().any(|&(at, sep)| mb[at] != sep) {
        return None;
    }
    let (year, month, day) = (number(&main[0..4])?, number(&main[5..7])?, number(&main[8..10])?);
    let (hour, minute, second) = (number(&main[11..13])?, number(&main[14..16])?, number(&main[17..19])?);
    let days_in_month = match month {
        2 if year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        1..=12 => 31,
        _ => return None,
    };
    if day == 0 || day > days_in_month || hour > 23 || minute > 59 || second > 59 {
        return None;
    }
    let days = days_from_civil(year, month as u32, day as u32);
    Some(days * DAY_MS + hour * 3_600_000 + minute * 60_000 + second * 1_000 + millis)
        .filter(|ms| (0..=MAX_TIME_MS).contains(ms))
}

/// ASCII digits only (no sign, no spaces), as `i64`.
fn number(text: &str) -> Option<i64> {
    if text.bytes().all(|b| b.is_ascii_digit()) {
        text.parse().ok()
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn known_dates() {
        assert_eq!(civil_from_days(0), (1970, 1, 1));
        assert_eq!(civil_from_days(11_016), (2000, 2, 29));
        assert_eq!(civil_from_days(-1), (1969, 12, 31));
        assert_eq!(format_iso_utc(1_770_102_309_120), "2026-02-03T07:05:09.120Z");
        assert_eq!(parse_iso_utc("2026-02-03T07:05:09Z"), Some(1_770_102_309_000));
    }

    #[test]
    fn impossible_times_are_refused() {
        for bad in [
            "2026-02-30T00:00:00Z",
            "2025-13-01T00:00:00Z",
            "2026-02-03T24:00:00Z",
            "2026-02-03 07:05:09Z",
        ] {
            assert_eq!(parse_iso_utc(bad), None, "{bad}");
        }
        assert_eq!(parse_iso_utc("+026-02-03T07:05:09Z"), None);
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2_000))]

        #[test]
        fn days_round_trip(days in -1_000_000i64..3_000_000) {
            let (y, m, d) = civil_from_days(days);
            prop_assert_eq!(days_from_civil(y, m, d), days);
        }

        #[test]
        fn iso_round_trips(ms in 0..=MAX_TIME_MS) {
            prop_assert_eq!(parse_iso_utc(&format_iso_utc(ms)), Some(ms));
        }

        #[test]
        fn parsing_never_panics(text in "\\PC{0,30}") {
            let _ = parse_iso_utc(&text);
        }
    }
}
