//! Pages drawn at build time (`src/prerender.rs`): every page is, as a
//! first visit sees it. The home page, the criteria pages and the training
//! cases read with scripts off; a page that shows what is stored says it
//! is reading it; and the bundle replaces the page drawn without leaving a
//! trace of it.

use e2e::{Browser, Site};
use serde_json::json;

const SITE_NAME: &str = "Giảm nghèo bền vững";
/// An address the site does not have.
const NOT_FOUND: &str = "/khong-co-trang-nay/";

#[test]
fn home_and_criteria_pages_read_with_scripts_off() {
    let site = Site::start();
    let browser = Browser::start();
    browser.cdp("Emulation.setScriptExecutionDisabled", json!({ "value": true }));

    browser.goto_without_scripts(&site.url("/"));
    assert_eq!(
        browser.title(),
        format!("Công cụ lập kế hoạch giảm nghèo bền vững · {SITE_NAME}")
    );
    // Above the page: why its controls do nothing.
    assert!(browser.rendered_text("#khong-co-js").contains("cần bật JavaScript"));
    assert!(
        browser.top_of("#khong-co-js") < browser.top_of("header"),
        "the note on scripts comes above the page"
    );
    let home = browser.rendered_text("main");
    for text in ["Bạn muốn làm gì?", "Phân loại hộ", "Dữ liệu ở lại trên máy của bạn"] {
        assert!(home.contains(text), "the home page shows {text:?}: {home}");
    }
    assert!(
        browser.rendered_text("header nav").contains("Chuẩn nghèo"),
        "the navigation"
    );

    browser.goto_without_scripts(&site.url("/chuan-ngheo/"));
    assert!(browser.title().ends_with(SITE_NAME), "{}", browser.title());
    let criteria = browser.rendered_text("main");
    for text in ["2.000.000", "Nghị định 07/2021/NĐ-CP", "Việc làm", "Thông tin"] {
        assert!(criteria.contains(text), "the criteria page shows {text:?}");
    }

    browser.goto_without_scripts(&site.url("/chuan-ngheo/chua-doi-chieu/"));
    let unverified = browser.rendered_text("main");
    assert!(
        unverified.contains("chưa biết"),
        "the rules not verified list the unknown thresholds"
    );

    browser.goto_without_scripts(&site.url(NOT_FOUND));
    assert!(
        browser.rendered_text("main").contains("Không tìm thấy trang"),
        "an address the site does not have"
    );
}

#[test]
fn training_cases_read_with_scripts_off_and_stored_things_are_not_said_to_be_missing() {
    let site = Site::start();
    let browser = Browser::start();
    browser.cdp("Emulation.setScriptExecutionDisabled", json!({ "value": true }));

    browser.goto_without_scripts(&site.url("/tap-huan/"));
    // A folded story opens without scripts: it is HTML's own <details>.
    browser.click_without_scripts("#tinh-huong-ho .story-preview summary");
    let story = browser.rendered_text("#tinh-huong-ho .story-preview");
    assert!(story.contains("Anh Páo (38 tuổi)"), "the first case's story: {story}");

    // Drawn at build time, the page cannot know this browser's drafts.
    browser.goto_without_scripts(&site.url("/ban-nhap/"));
    let drafts = browser.rendered_text("main");
    assert!(
        drafts.contains("Đang đọc những gì đã lưu trong trình duyệt này…") && !drafts.contains("Chưa có bản nháp nào"),
        "{drafts}"
    );
}

#[test]
fn the_bundle_replaces_the_page_drawn_at_build_time_without_a_trace() {
    let site = Site::start();
    let browser = Browser::start();
    for path in site_map::PAGES.iter().map(|entry| entry.path).chain([NOT_FOUND]) {
        // Waits until the bundle has taken over.
        browser.goto(&site.url(path));
        let counts = browser.script(
            "return ['main', 'h1', 'header', 'footer', '.skip-link', '#prerendered'].map(s => document.querySelectorAll(s).length);",
            json!([]),
        );
        assert_eq!(counts, json!([1, 1, 1, 1, 1, 0]), "{path}: one page");
        assert!(
            !browser.rendered_text("main").contains("Đang đọc những gì đã lưu"),
            "{path}: the bundle says what is stored"
        );
        // The not-found page's own status is the one problem it has.
        if path != NOT_FOUND {
            browser.assert_clean(&site.origin);
        }
    }
    for path in ["/", "/chuan-ngheo/", "/chuan-ngheo/chua-doi-chieu/"] {
        browser.goto(&site.url(path));
        let disabled = browser.script("return document.querySelectorAll(':disabled').length;", json!([]));
        assert_eq!(disabled, json!(0), "{path}: its controls enabled");
    }
    // The language switch works at once on the page drawn by the bundle.
    browser.goto(&site.url("/chuan-ngheo/"));
    browser.click("button[lang='en']");
    browser.wait_for_js("document.documentElement.lang === 'en'");
    browser.expect_text("header nav", "Household classification");
    browser.click("button[lang='vi']");
    browser.wait_for_js("document.documentElement.lang === 'vi'");
}
