//! Every part of the site renders from a direct link, with no console error,
//! no failed load and no request leaving the origin.

use e2e::{Browser, Site};
use serde_json::json;

const NOT_FOUND_VI: &str = "Không tìm thấy trang";

fn nav_paths(browser: &Browser) -> Vec<String> {
    let hrefs = browser.script(
        "return [...document.querySelectorAll('header nav a')].map(a => a.getAttribute('href'));",
        json!([]),
    );
    serde_json::from_value(hrefs).expect("a list of links")
}

#[test]
fn every_route_renders_cleanly_from_a_direct_link() {
    let site = Site::start();
    let browser = Browser::start();
    browser.goto(&site.url("/"));
    browser.text("main h1");
    let paths = nav_paths(&browser);
    assert_eq!(paths.len(), 8, "one navigation link per part of the site: {paths:?}");
    browser.assert_clean(&site.origin);

    for path in &paths {
        browser.goto(&site.url(path));
        let heading = browser.text("main h1");
        assert_ne!(heading, NOT_FOUND_VI, "{path} fell through to the not-found page");
        let title = browser.script("return document.title;", json!([]));
        assert!(
            title.as_str().unwrap().starts_with(&heading),
            "{path}: title {title} does not name the page"
        );
        assert_eq!(browser.script("return document.documentElement.lang;", json!([])), "vi");
        let current = browser.script(
            "return document.querySelector('header nav a[aria-current=\"page\"]')?.getAttribute('href');",
            json!([]),
        );
        assert_eq!(current, json!(path), "the navigation marks the current page");
        browser.assert_clean(&site.origin);
    }
}

#[test]
fn an_unknown_address_answers_404_with_the_not_found_page() {
    let site = Site::start();
    let browser = Browser::start();
    let url = site.url("/khong-co-trang-nay");
    browser.goto(&url);
    browser.expect_text_eq("main h1", NOT_FOUND_VI);
    // The 404 status is the point here; nothing else may go wrong.
    let problems = browser.network().problems(&site.origin);
    assert_eq!(problems, vec![format!("HTTP 404 for {url}")]);
    let console: Vec<_> = browser
        .console()
        .into_iter()
        .filter(|e| e["level"] == "SEVERE")
        .collect();
    let only_the_404 = console
        .iter()
        .all(|e| e["message"].as_str().unwrap_or_default().contains("status of 404"));
    assert!(only_the_404 && console.len() <= 1, "{console:?}");

    browser.click("main a");
    browser.wait_for_js("location.pathname === '/'");
    browser.expect_text_eq("main h1", "Công cụ lập kế hoạch giảm nghèo bền vững");
    browser.assert_clean(&site.origin);
}

#[test]
fn navigation_links_lead_to_each_section() {
    let site = Site::start();
    let browser = Browser::start();
    browser.goto(&site.url("/"));
    browser.text("main h1");
    browser.click("header nav a[href='/chi-tieu/']");
    browser.wait_for_js("document.querySelector('main h1')?.textContent === 'Chỉ tiêu'");
    assert_eq!(browser.script("return location.pathname;", json!([])), "/chi-tieu/");
    browser.click("header nav a[href='/phan-loai-ho/']");
    browser.wait_for_js("document.querySelector('main h1')?.textContent === 'Phân loại hộ'");
    browser.assert_clean(&site.origin);
}
