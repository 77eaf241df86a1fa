//! The targets page: totals and rates as the officer types, a target in
//! points and households, sharing it out in whole households that sum to
//! the target, and checks beside the cells concerned.

use e2e::{Browser, Site};
use serde_json::json;

/// The input of a village row's column (`td` counted from 1: households 1,
/// poor 3, social-protection poor 8, able to escape 9, reduction 10).
fn cell(row: usize, td: usize) -> String {
    format!("table.targets tbody tr:nth-child({row}) td:nth-of-type({td}) input")
}

fn total(browser: &Browser, td: usize) -> String {
    browser.text(&format!("table.targets tfoot td:nth-of-type({td})"))
}

#[test]
fn a_target_is_shared_out_in_whole_households_and_checked() {
    let site = Site::start();
    let browser = Browser::start();
    browser.goto(&site.url("/chi-tieu/"));
    assert_eq!(browser.text("main h1"), "Chỉ tiêu");
    for (row, [households, poor, social, able]) in [(1, ["120", "10", "4", "6"]), (2, ["80", "7", "2", "5"])] {
        browser.type_into(&cell(row, 1), households);
        browser.type_into(&cell(row, 3), poor);
        browser.type_into(&cell(row, 8), social);
        browser.type_into(&cell(row, 9), able);
    }
    browser.wait_for_js("document.querySelector('table.targets tfoot td').textContent === '200'");
    assert_eq!(total(&browser, 3), "17");
    assert_eq!(total(&browser, 4), "8,50%");
    assert_eq!(browser.text(".findings"), "Không phát hiện sai sót.");

    browser.type_into("#giam-ho", "8");
    assert_eq!(browser.text("#muc-tieu-diem"), "Tương đương giảm 4,00 điểm phần trăm");
    browser.click("#giao-chi-tieu");
    // 8 over 6 and 5 able to escape: quotas 4,36 and 3,64, so 4 and 4.
    browser.wait_for_js(&format!("document.querySelector({:?}).value === '4'", cell(2, 10)));
    let shares = browser.script(
        "return [...document.querySelectorAll('table.targets tbody tr td:nth-of-type(10) input')].map(i => i.value);",
        json!([]),
    );
    assert_eq!(shares, json!(["4", "4"]));
    assert_eq!(total(&browser, 10), "8");
    assert_eq!(total(&browser, 11), "9");

    // A five-year path from the table's rate, in both readings of "%/năm".
    let last = browser.wait_for_js(
        "[...document.querySelectorAll('table.path tbody tr:last-child > *')].map(c => c.textContent).join('|')",
    );
    assert_eq!(
        last, "2032|3,50%|8,08%",
        "8,50% less 1 point a year, or 1% of the previous year"
    );
    assert_eq!(
        browser.script(
            "return document.querySelectorAll('svg.path-chart polyline').length;",
            json!([])
        ),
        1
    );
    browser.type_into("#muc-tieu-ty-le", "4");
    browser.type_into("#muc-tieu-nam", "2032");
    assert!(
        browser
            .text("#can-giam")
            .starts_with("Để đạt mục tiêu cần giảm mỗi năm: 0,90 điểm phần trăm hoặc")
    );
    assert_eq!(
        browser.text("#tang-thu-nhap"),
        "Cần tăng thu nhập bình quân mỗi năm: 14,87%"
    );

    // A village asked to lift more than it can is flagged beside the cell.
    browser.type_into(&cell(1, 10), "7");
    browser.wait_for_js(&format!(
        "document.querySelector({:?}).getAttribute('aria-invalid') === 'true'",
        cell(1, 10)
    ));
    let findings = browser.text(".findings");
    assert!(
        findings.contains("Dòng Thôn 1: giảm 7 hộ nhưng chỉ có 6 hộ nghèo có khả năng thoát nghèo"),
        "{findings}"
    );
    assert!(
        browser
            .text("main")
            .contains("Tổng chỉ tiêu các thôn: 11, khác mục tiêu của đơn vị.")
    );

    // A target in points converts to households on the unit's base.
    browser.type_into("#giam-diem", "1,5");
    assert_eq!(browser.text("#muc-tieu-ho"), "Tương đương 3 hộ");

    // A cell typed the English way gets a message naming row and column.
    browser.type_into(&cell(2, 1), "1,500");
    browser.wait_for_js("document.querySelector('.findings').textContent.includes('Thôn 2, Số hộ')");
    browser.assert_clean(&site.origin);
}
