//! "Saved at 14:05", with the date when it was not today.

use lang::{Lang, msg};

use crate::time::moment;

/// `Đã lưu lúc 14:05`, or `Đã lưu lúc 14:05 ngày 03/02/2026` on another
/// day (`Saved at 14:05`, `Saved at 14:05 on 03/02/2026`).
/// `tz_offset_minutes` is ahead of UTC (Vietnam: 420; JavaScript's
/// `getTimezoneOffset()` gives the opposite sign).
pub fn saved_label(lang: Lang, saved_at_ms: i64, tz_offset_minutes: i32, now_ms: i64) -> String {
    match local(saved_at_ms, tz_offset_minutes, now_ms) {
        (time, None) => msg!(lang, "Đã lưu lúc {time}", "Saved at {time}"),
        (time, Some(date)) => msg!(lang, "Đã lưu lúc {time} ngày {date}", "Saved at {time} on {date}"),
    }
}

/// `hh:mm`, and `dd/mm/yyyy` unless the saved day is today, in local time.
fn local(saved_at_ms: i64, tz_offset_minutes: i32, now_ms: i64) -> (String, Option<String>) {
    let offset = i64::from(tz_offset_minutes) * 60_000;
    let saved = moment(saved_at_ms.saturating_add(offset));
    let today = moment(now_ms.saturating_add(offset)).day_number;
    let time = format!("{:02}:{:02}", saved.hour, saved.minute);
    let date = (saved.day_number != today).then(|| format!("{:02}/{:02}/{:04}", saved.day, saved.month, saved.year));
    (time, date)
}

#[cfg(test)]
mod tests {
    use super::*;

    const VIETNAM: i32 = 420;
    /// 2026-02-03 07:05 UTC, 14:05 in Vietnam.
    const SAVED: i64 = 1_770_102_300_000;

    #[test]
    fn today_shows_the_time_only() {
        let later_that_day = SAVED + 9 * 3_600_000;
        assert_eq!(
            saved_label(Lang::Vi, SAVED, VIETNAM, later_that_day),
            "Đã lưu lúc 14:05"
        );
        assert_eq!(saved_label(Lang::En, SAVED, VIETNAM, later_that_day), "Saved at 14:05");
    }

    #[test]
    fn another_day_shows_the_date_zero_padded() {
        let next_day = SAVED + 24 * 3_600_000;
        assert_eq!(
            saved_label(Lang::Vi, SAVED, VIETNAM, next_day),
            "Đã lưu lúc 14:05 ngày 03/02/2026"
        );
        assert_eq!(
            saved_label(Lang::En, SAVED, VIETNAM, next_day),
            "Saved at 14:05 on 03/02/2026"
        );
    }

    #[test]
    fn the_day_is_the_local_one() {
        // 07:05 UTC on the 3rd is still the 2nd, 23:05, at UTC−8.
        let now = SAVED + 60_000;
        assert_eq!(saved_label(Lang::Vi, SAVED, -480, now), "Đã lưu lúc 23:05");
        assert_eq!(
            saved_label(Lang::Vi, SAVED, VIETNAM, SAVED + 10 * 3_600_000),
            "Đã lưu lúc 14:05 ngày 03/02/2026"
        );
    }

    #[test]
    fn extreme_inputs_do_not_panic() {
        let _ = saved_label(Lang::Vi, i64::MAX, i32::MAX, i64::MIN);
        let _ = saved_label(Lang::En, i64::MIN, i32::MIN, i64::MAX);
    }
}
