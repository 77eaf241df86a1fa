//! The English switch, remembered across reloads, with `<html lang>` following.

use e2e::{Browser, Site};
use serde_json::json;

const TITLE_VI: &str = "Công cụ lập kế hoạch giảm nghèo bền vững";
const TITLE_EN: &str = "Sustainable poverty-reduction planning tool";

fn html_lang(browser: &Browser) -> String {
    browser
        .script("return document.documentElement.lang;", json!([]))
        .as_str()
        .unwrap()
        .to_owned()
}

#[test]
fn english_choice_survives_a_reload() {
    let site = Site::start();
    let browser = Browser::start();
    browser.goto(&site.url("/"));
    browser.expect_text_eq("main h1", TITLE_VI);
    assert_eq!(html_lang(&browser), "vi");

    browser.click("button[lang='en']");
    browser.wait_for_js(&format!(
        "document.querySelector('main h1').textContent === {TITLE_EN:?}"
    ));
    assert_eq!(html_lang(&browser), "en");
    browser.expect_text_eq("button[aria-pressed='true']", "English");

    browser.refresh();
    browser.wait_for_js(&format!(
        "document.querySelector('main h1')?.textContent === {TITLE_EN:?}"
    ));
    assert_eq!(html_lang(&browser), "en");
    browser.expect_text_eq("header nav a[href='/phan-loai-ho/']", "Household classification");

    browser.click("button[lang='vi']");
    browser.refresh();
    browser.wait_for_js(&format!(
        "document.querySelector('main h1')?.textContent === {TITLE_VI:?}"
    ));
    assert_eq!(html_lang(&browser), "vi");
    browser.assert_clean(&site.origin);
}

#[test]
fn in_english_no_page_or_printout_shows_untranslated_vietnamese() {
    let site = Site::start();
    let browser = Browser::start();
    browser.goto(&site.url("/"));
    browser.click("button[lang='en']");
    let mut problems = Vec::new();
    for view in e2e::every_view() {
        browser.goto(&site.url(&view));
        browser.wait_for_js("document.documentElement.lang === 'en' && document.querySelector('main h1')");
        // On screen, then as printed: print shows what the screen hides.
        for media in ["screen", "print"] {
            browser.cdp("Emulation.setEmulatedMedia", json!({ "media": media }));
            let left = browser.untranslated();
            if !left.is_empty() {
                problems.push(format!("{view} ({media}):\n  {}", left.join("\n  ")));
            }
        }
    }
    assert!(
        problems.is_empty(),
        "Vietnamese text not marked lang=\"vi\" in English:\n{}",
        problems.join("\n")
    );
    browser.assert_clean(&site.origin);
}
