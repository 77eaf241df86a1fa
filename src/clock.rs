//! Today's date, from the browser's clock, in local time; and the
//! milliseconds a page has been open, to time what the user waits for.

use vn_format::Date;

pub fn today() -> Date {
    let now = js_sys::Date::new_0();
    let fallback = Date {
        year: 2026,
        month: 1,
        day: 1,
    };
    Date::new(now.get_full_year() as i32, now.get_month() + 1, now.get_date()).unwrap_or(fallback)
}

/// Milliseconds since the page started (monotonic, unlike the date).
pub fn now_ms() -> f64 {
    web_sys::window()
        .and_then(|w| w.performance())
        .map(|p| p.now())
        .unwrap_or_default()
}
