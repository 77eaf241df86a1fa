//! The browser's clocks, in one place, each named for what it reads: the
//! date clock (today's date, in local time; the milliseconds since 1970
//! that saved times are stored in, and the zone they are shown in), and
//! the page's monotonic clock, to time what the user waits for.

use vn_format::Date;

#[cfg(not(feature = "prerender"))]
pub fn today() -> Date {
    let now = js_sys::Date::new_0();
    let fallback = Date {
        year: 2026,
        month: 1,
        day: 1,
    };
    Date::new(now.get_full_year() as i32, now.get_month() + 1, now.get_date()).unwrap_or(fallback)
}

/// The day a page is drawn at build time, in Việt Nam (UTC+7): its
/// standard in force and its plan year until the bundle, reading the
/// visitor's clock, takes over.
#[cfg(feature = "prerender")]
pub fn today() -> Date {
    let seconds = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs() as i64);
    let (year, month, day) = drafts::civil_from_days((seconds + 7 * 3600).div_euclid(86_400));
    Date {
        year: year as i32,
        month,
        day,
    }
}

/// Milliseconds since 1970 by the date clock: when a draft is saved.
pub fn wall_ms() -> i64 {
    js_sys::Date::now() as i64
}

/// Minutes ahead of UTC (Việt Nam: 420), for "Đã lưu lúc HH:MM".
pub fn tz_offset_minutes() -> i32 {
    -(js_sys::Date::new_0().get_timezone_offset() as i32)
}

/// Milliseconds since the page started (monotonic, unlike the date clock,
/// which the user or the network may set back).
pub fn since_start_ms() -> f64 {
    web_sys::window()
        .and_then(|w| w.performance())
        .map(|p| p.now())
        .unwrap_or_default()
}
