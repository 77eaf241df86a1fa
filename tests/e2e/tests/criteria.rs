//! The public criteria pages: every standard reachable by link, the periods
//! compared, unverified rules labelled, printable as a leaflet.

use e2e::pdf::{is_a4_portrait, page_sizes};
use e2e::{Browser, Site};
use serde_json::json;

#[test]
fn every_standard_has_a_section_reachable_by_link() {
    let site = Site::start();
    let browser = Browser::start();
    browser.goto(&site.url("/chuan-ngheo/#nd07-2021"));
    browser.expect_text_eq("main h1", "Chuẩn nghèo");
    let ids = browser.script(
        "return [...document.querySelectorAll('section.standard')].map(s => s.id);",
        json!([]),
    );
    assert_eq!(ids, json!(["qd59-2015", "nd07-2021", "nd351-2026", "nd351-2027"]));
    let section = browser.text("#nd07-2021");
    assert!(section.contains("1.500.000 đồng trở xuống (nông thôn)"), "{section}");
    assert!(section.contains("Nghị định 07/2021/NĐ-CP"));
    let indicators = browser.script(
        "return document.querySelectorAll('#nd07-2021 table.indicators tbody tr').length;",
        json!([]),
    );
    assert_eq!(indicators, 12);
    // The contents lead within the page (`<base href>` once sent them home).
    browser.click("nav.contents a[href$='#nd351-2026']");
    browser.wait_for_js("location.pathname === '/chuan-ngheo/' && location.hash === '#nd351-2026'");
    browser.assert_clean(&site.origin);
}

#[test]
fn the_periods_table_and_status_labels_are_there() {
    let site = Site::start();
    let browser = Browser::start();
    browser.goto(&site.url("/chuan-ngheo/"));
    let heads =
        browser.wait_for_js("[...document.querySelectorAll('table.periods thead th')].map(th => th.textContent)");
    assert_eq!(heads, json!(["2016–2020", "2022–2025", "2026", "2027–2030"]));
    let rural = browser.script(
        "return [...document.querySelectorAll('table.periods tbody tr')[1].cells].map(c => c.textContent);",
        json!([]),
    );
    assert_eq!(
        rural,
        json!([
            "Chuẩn thu nhập nông thôn (đồng/người/tháng)",
            "700.000",
            "1.500.000",
            "1.500.000",
            "2.200.000"
        ])
    );
    let unverified = browser.script(
        "return document.querySelectorAll('#nd351-2027 .status-unverified').length;",
        json!([]),
    );
    assert!(
        unverified.as_u64().unwrap() >= 13,
        "every 2027–2030 indicator is marked unverified"
    );
    browser.assert_clean(&site.origin);
}

#[test]
fn the_leaflet_prints_on_a4() {
    let site = Site::start();
    let browser = Browser::start();
    browser.goto(&site.url("/chuan-ngheo/"));
    browser.text("main h1");
    let pdf = browser.print_pdf();
    assert!(pdf.starts_with(b"%PDF-"));
    let pages = page_sizes(&pdf);
    assert!(pages.iter().all(|p| is_a4_portrait(*p)), "{pages:?}");
    let pages = pages.len();
    assert!(pages >= 4, "one standard per page at least: {pages} pages");
    browser.assert_clean(&site.origin);
}
