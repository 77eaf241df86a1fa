//! "Saved at 14:05", with the date when it was not today.

use crate::time::moment;

/// `Đã lưu lúc 14:05`, or `Đã lưu lúc 14:05 ngày 03/02/2026` on another
/// day. `tz_offset_minutes` is ahead of UTC (Vietnam: 420; JavaScript's
/// `getTimezoneOffset()` gives the opposite sign).
pub fn saved_label_vi(saved_at_ms: i64, tz_offset_minutes: i32, now_ms: i64) -> String {
    match local(saved_at_ms, tz_offset_minutes, now_ms) {
        (time, None) => format!("Đã lưu lúc {time}"),
        (time, Some(date)) => format!("Đã lưu lúc {time} ngày {date}"),
    }
}

/// `Saved at 14:05`, or `Saved at 14:05 on 03/02/2026` on another day.
pub fn saved_label_en(saved_at_ms: i64, tz_offset_minutes: i32, now_ms: i64) -> String {
    match local(saved_at_ms, tz_offset_minutes, now_ms) {
        (time, None) => format!("Saved at {time}"),
        (time, Some(date)) => format!("Saved at {time} on {date}"),
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
        assert_eq!(saved_label_vi(SAVED, VIETNAM, later_that_day), "Đã lưu lúc 14:05");
        assert_eq!(saved_label_en(SAVED, VIETNAM, later_that_day), "Saved at 14:05");
    }

    #[test]
    fn another_day_shows_the_date_zero_padded() {
        let next_day = SAVED + 24 * 3_600_000;
        assert_eq!(
            saved_label_vi(SAVED, VIETNAM, next_day),
            "Đã lưu lúc 14:05 ngày 03/02/2026"
        );
        assert_eq!(saved_label_en(SAVED, VIETNAM, next_day), "Saved at 14:05 on 03/02/2026");
    }

    #[test]
    fn the_day_is_the_local_one() {
        // 07:05 UTC on the 3rd is still the 2nd, 23:05, at UTC−8.
        let now = SAVED + 60_000;
        assert_eq!(saved_label_vi(SAVED, -480, now), "Đã lưu lúc 23:05");
        assert_eq!(
            saved_label_vi(SAVED, VIETNAM, SAVED + 10 * 3_600_000),
            "Đã lưu lúc 14:05 ngày 03/02/2026"
        );
    }

    #[test]
    fn extreme_inputs_do_not_panic() {
        let _ = saved_label_vi(i64::MAX, i32::MAX, i64::MIN);
        let _ = saved_label_en(i64::MIN, i32::MIN, i64::MAX);
    }
}
