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

fn switch_to(browser: &Browser, lang: &str) {
    browser.click(&format!("button[lang='{lang}']"));
    browser.wait_for_js(&format!(
        "document.documentElement.lang === '{lang}' && document.querySelector(\"button[lang='{lang}'][aria-pressed='true']\")"
    ));
}

#[test]
fn a_list_read_from_a_file_and_a_value_typed_a_moment_before_survive_a_language_switch() {
    let site = Site::start();
    let browser = Browser::start();

    // A household list read from a file, a choice beside it, and where the
    // reader was on the page.
    browser.goto(&site.url("/chi-tieu/danh-sach-ho/"));
    browser.select("#chuan", "nd07-2021");
    browser.choose_file("#tep", &e2e::golden_list());
    browser.wait_for_js("document.querySelector('#thoi-gian')");
    let counts = browser.rows("#bang-dem tbody tr");
    browser.click("#nhom-ngheo");
    browser.wait_for_js("document.querySelector('#ho-so-thieu-hut tfoot td').textContent === '4'");
    // Clicked where the reader is: WebDriver's own click would first
    // scroll the button into view.
    browser.script(
        "window.scrollTo(0, 600); document.querySelector(\"button[lang='en']\").click();",
        json!([]),
    );
    let scrolled = json!(600);
    browser.wait_for_js("document.documentElement.lang === 'en'");
    browser.expect_rows("#bang-dem tbody tr", counts.len());
    browser.wait_until("the page scrolled back to where the reader was", |b| {
        let now = b.script("return window.scrollY;", json!([]));
        if now == scrolled {
            Ok(())
        } else {
            Err(format!("scrollY {now}, was {scrolled}"))
        }
    });
    switch_to(&browser, "vi");
    assert_eq!(browser.expect_rows("#bang-dem tbody tr", counts.len()), counts);
    browser.expect_value("#chuan", "nd07-2021");
    assert_eq!(
        browser.script("return document.querySelector('#nhom-ngheo').checked;", json!([])),
        true
    );
    browser.expect_text("#trang-thai", "Đã phân loại 10 hộ trong");

    // The questionnaire's answers, kept nowhere else.
    browser.goto(&site.url("/phan-loai-ho/cau-hoi/"));
    browser.type_into("#tv1-tuoi", "34");
    browser.click("#them-thanh-vien");
    browser.type_into("#tv2-tuoi", "10");
    browser.type_into("#nha-dien-tich", "40");
    switch_to(&browser, "en");
    switch_to(&browser, "vi");
    browser.expect_value("#tv1-tuoi", "34");
    browser.expect_value("#tv2-tuoi", "10");
    browser.expect_value("#nha-dien-tich", "40");

    // A value typed a moment before the switch, its save still waiting.
    browser.goto(&site.url("/chi-tieu/"));
    browser.type_into("#don-vi", "Xã Minh Tân");
    switch_to(&browser, "en");
    browser.expect_value("#don-vi", "Xã Minh Tân");
    switch_to(&browser, "vi");
    browser.expect_value("#don-vi", "Xã Minh Tân");

    // A value typed and the page left at once is found on return.
    browser.type_into("#don-vi", "Phường Hà Giang 1");
    browser.goto(&site.url("/ke-hoach/"));
    browser.goto(&site.url("/chi-tieu/"));
    browser.wait_for_js("document.querySelector('#don-vi')?.value === 'Phường Hà Giang 1'");
    browser.assert_clean(&site.origin);
}
