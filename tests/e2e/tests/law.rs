//! The law checked again (issue 15): low-income workers told where the
//! standard counts them, a rule's history with its citations, the rules not
//! yet checked listed on a page of their own, and the review's standard
//! offered in one click.

use e2e::{Browser, Site};
use serde_json::json;

const PAGE: &str = "/phan-loai-ho/";

/// Opens a rural household's link at `income`, once its verdict is shown.
fn classify(browser: &Browser, site: &Site, income: &str) {
    browser.goto(&site.url(&format!(
        "{PAGE}?chuan=nd07-2021&kv=nong-thon&cach=binh-quan&tn={income}"
    )));
    // The verdict of this link, whatever it is.
    browser.wait_for_js(&format!(
        "document.querySelector('#tn')?.value === '{income}' && document.querySelector('.verdict')?.textContent.length > 0"
    ));
}

#[test]
fn low_income_workers_are_told_within_the_band_and_only_there() {
    let site = Site::start();
    let browser = Browser::start();
    // NĐ 30/2025: above the line (1.500.000), at most 2.250.000 in rural areas.
    classify(&browser, &site, "2.000.000");
    let said = browser.expect_text("#lao-dong-thu-nhap-thap", "người lao động có thu nhập thấp");
    assert!(said.contains("30/2025/NĐ-CP"), "cites its decree: {said}");

    classify(&browser, &site, "2.250.001");
    let there = browser.script("return document.querySelector('#lao-dong-thu-nhap-thap');", json!([]));
    assert_eq!(there, json!(null), "one đồng above the band, nothing is said of them");
    browser.assert_clean(&site.origin);
}

#[test]
fn the_history_of_the_rural_income_line_shows_each_value_with_its_citation() {
    let site = Site::start();
    let browser = Browser::start();
    browser.goto(&site.url("/chuan-ngheo/"));
    let row = browser.expect_text("#lich-su-income_line-rural", "2.200.000");
    let values: Vec<usize> = ["700.000", "1.500.000", "2.200.000"]
        .iter()
        .map(|v| row.find(v).unwrap_or_else(|| panic!("{v} in {row}")))
        .collect();
    assert!(values.windows(2).all(|w| w[0] < w[1]), "in order: {row}");
    for cited in ["59/2015/QĐ-TTg", "07/2021/NĐ-CP", "351/2025/NĐ-CP"] {
        assert!(row.contains(cited), "{cited} in {row}");
    }

    // The rules not yet checked, on their own page, linked from here.
    browser.click("a[href='/chuan-ngheo/chua-doi-chieu/']");
    browser.wait_for_js("location.pathname === '/chuan-ngheo/chua-doi-chieu/'");
    let listed = browser.expect_text("#quy-dinh-chua-doi-chieu tbody", "07/2021/TT-BLĐTBXH");
    assert!(
        listed.contains("Chưa đối chiếu văn bản gốc") || listed.contains("Nguồn thứ cấp"),
        "{listed}"
    );
    browser.assert_clean(&site.origin);
}

#[test]
fn at_the_end_of_the_year_the_review_standard_is_one_click_away() {
    let site = Site::start();
    let browser = Browser::start();
    browser.goto(&site.url(PAGE));
    let month = browser.script("return new Date().getMonth() + 1;", json!([]));
    let year = browser.script("return new Date().getFullYear();", json!([]));
    if month.as_u64() < Some(9) || year.as_u64() != Some(2026) {
        // Only the end of 2026 changes standard for the review (2027–2030).
        return;
    }
    browser.expect_text("#dot-ra-soat", "lập danh sách năm 2027");
    browser.click("#doi-chuan-ra-soat");
    browser.expect_value("#chuan", "nd351-2027");
    browser.expect_text("#dot-ra-soat", "Đang phân loại theo chuẩn cho đợt rà soát năm 2026");
    browser.click("#doi-chuan-ra-soat");
    browser.expect_value("#chuan", "");
    browser.assert_clean(&site.origin);
}
