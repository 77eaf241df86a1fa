//! A 360 px wide phone: every page fits the screen (only a wide table may
//! scroll sideways, inside its own frame) and every control is big enough
//! to tap. Each page's screenshot is kept for a person to look at.

use std::path::PathBuf;

use e2e::phone::PHONE_WIDTH;
use e2e::{Browser, Site, every_view};

/// Where the screenshots go: `target/tmp/phone-360/`, one PNG per view and
/// language.
fn screenshot_dir() -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("phone-360");
    std::fs::create_dir_all(&dir).expect("making the screenshot folder");
    dir
}

fn file_name(view: &str) -> String {
    let name: String = view
        .trim_matches('/')
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '-' })
        .collect();
    if name.is_empty() {
        "trang-chu.png".to_owned()
    } else {
        format!("{name}.png")
    }
}

/// A PNG's width in pixels, from its header.
fn png_width(png: &[u8]) -> u32 {
    assert!(png.starts_with(b"\x89PNG"), "not a PNG");
    u32::from_be_bytes(png[16..20].try_into().unwrap())
}

#[test]
fn every_page_fits_a_360_px_phone_with_tappable_controls() {
    let site = Site::start();
    let browser = Browser::start();
    browser.as_phone();
    let dir = screenshot_dir();
    let mut problems = Vec::new();
    // English words run longer: both languages must fit.
    for lang in ["vi", "en"] {
        if lang == "en" {
            browser.click("button[lang='en']");
        }
        for view in every_view() {
            browser.goto(&site.url(&view));
            browser.wait_for_js(&format!(
                "document.documentElement.lang === '{lang}' && document.querySelector('main h1')"
            ));
            let (width, out) = browser.overflow();
            if width > u64::from(PHONE_WIDTH) || !out.is_empty() {
                problems.push(format!("{lang} {view}: page {width} px wide; past the edge: {out:?}"));
            }
            let small = browser.small_targets();
            if !small.is_empty() {
                problems.push(format!("{lang} {view}: too small to tap: {small:?}"));
            }
            let png = browser.screenshot_full();
            if png_width(&png) != PHONE_WIDTH {
                problems.push(format!("{lang} {view}: screenshot {} px wide", png_width(&png)));
            }
            std::fs::write(dir.join(format!("{lang}-{}", file_name(&view))), png).expect("writing the screenshot");
        }
    }
    assert!(problems.is_empty(), "at 360 px:\n{}", problems.join("\n"));
    browser.assert_clean(&site.origin);
}
