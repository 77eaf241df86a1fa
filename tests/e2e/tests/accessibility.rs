//! Accessibility: axe-core finds nothing serious or critical on any page, in
//! either language, and a household is classified with the keyboard alone.

use e2e::keyboard::{ENTER, SPACE, TAB};
use e2e::{Browser, Site, every_view};
use serde_json::json;

fn audit_every_view(site: &Site, browser: &Browser) -> Vec<String> {
    let mut problems = Vec::new();
    for view in every_view() {
        browser.goto(&site.url(&view));
        browser.text("main h1");
        problems.extend(browser.axe_violations().into_iter().map(|v| format!("{view}: {v}")));
    }
    problems
}

#[test]
fn axe_core_finds_nothing_serious_on_any_page() {
    let site = Site::start();
    let browser = Browser::start();
    let mut problems = audit_every_view(&site, &browser);
    browser.click("button[lang='en']");
    problems.extend(
        audit_every_view(&site, &browser)
            .into_iter()
            .map(|p| format!("English {p}")),
    );
    assert!(problems.is_empty(), "axe-core:\n{}", problems.join("\n"));
    browser.assert_clean(&site.origin);
}

#[test]
fn a_household_is_classified_with_the_keyboard_alone() {
    let site = Site::start();
    let browser = Browser::start();
    // The 2022–2025 standard, whose indicators the test names.
    browser.goto(&site.url("/phan-loai-ho/?chuan=nd07-2021"));
    browser.text("main h1");

    // The first Tab reaches the skip link, which leads past the navigation.
    browser.keys(TAB);
    browser.expect_text_eq(":focus", "Bỏ qua, đến nội dung chính");
    browser.keys(ENTER);
    browser.tab_to("input#tn", 20);
    browser.keys("1500000");
    for id in ["viec-lam", "dinh-duong", "nha-tieu"] {
        browser.tab_to(&format!("input#chi-so-{id}"), 20);
        browser.keys(SPACE);
    }
    browser.wait_for_js("document.querySelector('.verdict')?.textContent.startsWith('Hộ nghèo')");
    let ticked = browser.script(
        "return [...document.querySelectorAll('.indicator input:checked')].map(i => i.id);",
        json!([]),
    );
    assert_eq!(
        ticked,
        json!(["chi-so-viec-lam", "chi-so-dinh-duong", "chi-so-nha-tieu"])
    );

    // Shift+Tab back to an indicator and untick it: near poor.
    browser.tab_back_to("input#chi-so-dinh-duong", 20);
    browser.keys(SPACE);
    browser.wait_for_js("document.querySelector('.verdict')?.textContent.startsWith('Hộ cận nghèo')");
    // The result is announced: it sits in a live region.
    let live = browser.script(
        "return document.querySelector('.verdict').closest('[aria-live], [role=status]') !== null;",
        json!([]),
    );
    assert_eq!(live, json!(true));
    browser.assert_clean(&site.origin);
}
