//! The targets page: totals and rates as the officer types, a target in
//! points and households, sharing it out in whole households that sum to
//! the target, checks beside the cells concerned, the annex imported from
//! CSV and printed in landscape, the table in the address; and the
//! multi-year path page.

use e2e::{Browser, Site, target_cell, targets_link};
use serde_json::json;

fn total(browser: &Browser, td: usize) -> String {
    browser.text(&format!("table.targets tfoot td:nth-of-type({td})"))
}

#[test]
fn a_target_is_shared_out_in_whole_households_and_checked() {
    let site = Site::start();
    let browser = Browser::start();
    browser.goto(&site.url("/chi-tieu/"));
    browser.expect_text_eq("main h1", "Chỉ tiêu");
    for (row, [households, poor, social, able]) in [(1, ["120", "10", "4", "6"]), (2, ["80", "7", "2", "5"])] {
        browser.type_into(&target_cell(row, 1), households);
        browser.type_into(&target_cell(row, 3), poor);
        browser.type_into(&target_cell(row, 8), social);
        browser.type_into(&target_cell(row, 9), able);
    }
    browser.wait_for_js("document.querySelector('table.targets tfoot td').textContent === '200'");
    assert_eq!(total(&browser, 3), "17");
    assert_eq!(total(&browser, 4), "8,50%");
    browser.expect_text_eq(".findings", "Không phát hiện sai sót.");

    browser.type_into("#giam-ho", "8");
    browser.expect_text_eq("#muc-tieu-diem", "Tương đương giảm 4,00 điểm phần trăm");
    browser.click("#giao-chi-tieu");
    // 8 over 6 and 5 able to escape: quotas 4,36 and 3,64, so 4 and 4.
    browser.wait_for_js(&format!(
        "document.querySelector({:?}).value === '4'",
        target_cell(2, 10)
    ));
    let shares = browser.script(
        "return [...document.querySelectorAll('table.targets tbody tr td:nth-of-type(10) input')].map(i => i.value);",
        json!([]),
    );
    assert_eq!(shares, json!(["4", "4"]));
    assert_eq!(total(&browser, 10), "8");
    assert_eq!(total(&browser, 11), "9");

    // The table's rate, year and counts travel to the multi-year path page,
    // with its other inputs at their starting values (`planning::PathLink`).
    let href = browser.script(
        "return document.querySelector('#sang-lo-trinh').getAttribute('href');",
        json!([]),
    );
    assert_eq!(
        href,
        "/chi-tieu/lo-trinh/?ty-le=8,50&nam=2027&so-nam=5&muc-giam=1&muc-tieu=&nam-muc-tieu=&gap=2\
         &so-nam-thu-nhap=5&ho=200&ho-dtts=0&ngheo=17&can-ngheo=0&ngheo-dtts=0"
    );

    // A village asked to lift more than it can is flagged beside the cell.
    browser.type_into(&target_cell(1, 10), "7");
    browser.wait_for_js(&format!(
        "document.querySelector({:?}).getAttribute('aria-invalid') === 'true'",
        target_cell(1, 10)
    ));
    let findings = browser.text(".findings");
    assert!(
        findings.contains("Dòng Thôn 1: giảm 7 hộ nhưng chỉ có 6 hộ nghèo có khả năng thoát nghèo"),
        "{findings}"
    );
    browser.expect_text("main", "Tổng chỉ tiêu các thôn: 11, khác mục tiêu của đơn vị.");

    // A target in points converts to households on the unit's base.
    browser.type_into("#giam-diem", "1,5");
    browser.expect_text_eq("#muc-tieu-ho", "Tương đương 3 hộ");

    // A cell typed the English way gets a message naming row and column.
    browser.type_into(&target_cell(2, 1), "1,500");
    browser.wait_for_js("document.querySelector('.findings').textContent.includes('Thôn 2, Số hộ')");
    browser.assert_clean(&site.origin);
}

#[test]
fn a_five_year_path_in_both_readings_with_its_chart() {
    let site = Site::start();
    let browser = Browser::start();
    browser.goto(&site.url("/chi-tieu/lo-trinh/?ty-le=8%2C50&nam=2027"));
    browser.expect_text_eq("main h1", "Lộ trình nhiều năm");
    // From 8,50% in 2027, in both readings of "%/năm".
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
    browser.expect_text_eq("#tang-thu-nhap", "Cần tăng thu nhập bình quân mỗi năm: 14,87%");

    // The address keeps every input, so the path can be shared.
    let query = browser.script("return location.search;", json!([]));
    assert!(
        query.as_str().unwrap().contains("muc-tieu=4&nam-muc-tieu=2032"),
        "{query}"
    );

    // Every form of a target, in households and points, over its own base.
    for (id, value) in [
        ("#don-vi-ho", "2.000"),
        ("#don-vi-ho-dtts", "600"),
        ("#don-vi-ngheo", "72"),
        ("#don-vi-can-ngheo", "42"),
        ("#don-vi-ngheo-dtts", "30"),
    ] {
        browser.type_into(id, value);
    }
    browser.type_into("#quy-doi-diem-2", "1,5");
    assert_eq!(
        browser.text("#quy-doi-2"),
        "Tương đương 30 hộ = 1,50 điểm phần trăm; tỷ lệ cuối năm còn 4,20%"
    );
    browser.type_into("#quy-doi-diem-3", "3");
    assert_eq!(
        browser.text("#quy-doi-3"),
        "Tương đương 18 hộ = 3,00 điểm phần trăm; tỷ lệ cuối năm còn 2,00%",
        "the ethnic-minority rate is over ethnic-minority households"
    );
    browser.type_into("#quy-doi-ho-1", "10");
    assert_eq!(
        browser.text("#quy-doi-1"),
        "Tương đương 10 hộ = 0,50 điểm phần trăm; tỷ lệ cuối năm còn 1,60%"
    );
    browser.type_into("#den-ty-le", "2,5");
    assert_eq!(
        browser.text("#quy-doi-den"),
        "Tương đương 22 hộ = 1,10 điểm phần trăm; tỷ lệ cuối năm còn 2,50%"
    );
    browser.type_into("#quy-doi-ho-0", "80");
    assert!(browser.text("#quy-doi-0").starts_with("Không quy đổi được"));
    browser.assert_clean(&site.origin);
}

/// Writes `text` to a scratch file the browser can be given.
fn scratch_file(name: &str, text: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("chi-tieu-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(name);
    std::fs::write(&path, text).unwrap();
    path
}

#[test]
fn an_imported_annex_keeps_its_wrong_rate_and_flags_it_with_the_right_value() {
    let site = Site::start();
    let browser = Browser::start();
    browser.goto(&site.url("/chi-tieu/"));
    browser.click("#sang-bieu");
    browser.wait_for_js("location.pathname === '/chi-tieu/bieu/'");
    // As Excel set to Vietnamese saves it: BOM, semicolons, a title above the
    // header, Vietnamese numbers, a total row that is not the sum.
    let annex = "\u{feff}BIỂU CHỈ TIÊU GIẢM NGHÈO NĂM 2027;;;;;\r\n\
STT;Thôn;Số hộ dân cư;Hộ nghèo;Tỷ lệ hộ nghèo (%);Hộ cận nghèo\r\n\
1;Thôn Đông;1.480;45;3,40;30\r\n\
2;Thôn Tây;520;26;5,00;12\r\n\
;Tổng cộng;2.000;72;3,55;42\r\n";
    browser.choose_file("#nhap-bang", &scratch_file("bieu.csv", annex));
    browser.wait_for_js("document.querySelector('#bao-cao-nhap')");
    browser.expect_text("main", "Đã nhập bảng từ tệp: 2 dòng.");
    // The annex shows the file's table as it prints; saving it is a choice.
    browser.expect_rows(".annex tbody tr", 2);
    browser.click("#luu-bang-ban-nhap-moi");
    browser.wait_for_js(
        "location.pathname === '/chi-tieu/' && document.querySelectorAll('table.targets tbody tr').length === 2",
    );
    let names = browser.script(
        "return [...document.querySelectorAll('table.targets tbody input.name')].map(i => i.value);",
        json!([]),
    );
    assert_eq!(names, json!(["Thôn Đông", "Thôn Tây"]));
    // The typed rate is kept, marked, and the checks give the right value.
    assert_eq!(
        browser.script(
            "return document.querySelector(arguments[0]).value;",
            json!([target_cell(1, 4)])
        ),
        "3,40"
    );
    browser.wait_for_js(&format!(
        "document.querySelector({:?}).getAttribute('aria-invalid') === 'true'",
        target_cell(1, 4)
    ));
    assert_eq!(
        browser.script(
            "return document.querySelector(arguments[0]).getAttribute('aria-invalid');",
            json!([target_cell(2, 4)])
        ),
        json!(null),
        "26 of 520 is 5,00%: not flagged"
    );
    let findings = browser.text(".findings");
    assert!(
        findings.contains("Dòng Thôn Đông: tỷ lệ hộ nghèo ghi 3,40% nhưng tính ra 3,04%."),
        "{findings}"
    );
    assert!(
        findings.contains("71"),
        "the file's total of 72 poor is not the rows' 71: {findings}"
    );

    // The address now holds the table: opening it again gives the same table.
    let url = browser.script("return location.href;", json!([]));
    browser.goto(url.as_str().unwrap());
    browser.wait_for_js(&format!(
        "document.querySelector({:?}).value === '3,40'",
        target_cell(1, 4)
    ));

    // A file that is not a table is refused, and the draft's table is kept.
    browser.goto(&site.url("/chi-tieu/bieu/"));
    browser.choose_file("#nhap-bang", &scratch_file("sai.csv", "a;b\r\n1;2\r\n"));
    browser.wait_for_js("document.querySelector('#bao-cao-nhap.problems')");
    assert!(
        browser.text("#bao-cao-nhap").contains("Số hộ"),
        "names the missing columns"
    );
    assert_eq!(
        browser.script("return document.querySelector('#luu-bang-ban-nhap-moi');", json!([])),
        json!(null),
        "nothing to save"
    );

    // The annex of the current draft prints on A4 landscape pages, with its total row.
    browser.goto(&site.url("/chi-tieu/bieu/"));
    browser.wait_for_js("document.querySelectorAll('.annex tbody tr').length === 2");
    let pdf = browser.print_pdf();
    let sizes = e2e::pdf::page_sizes(&pdf);
    assert!(
        !sizes.is_empty() && sizes.iter().all(|&s| e2e::pdf::is_a4_landscape(s)),
        "{sizes:?}"
    );
    assert_eq!(
        browser.rows(".annex tfoot tr"),
        ["|Tổng cộng|2.000|0|71|3,55%|42|2,10%|0|0|0|0|71|3,55%"]
    );
    let _ = std::fs::remove_dir_all(std::env::temp_dir().join(format!("chi-tieu-{}", std::process::id())));
    browser.assert_clean(&site.origin);
}

/// The name typed in a village row of the page shown.
fn row_name(browser: &Browser, row: usize) -> String {
    browser.value(&format!("table.targets tbody tr:nth-child({row}) th input"))
}

#[test]
fn a_long_table_is_shown_fifty_rows_a_page_with_totals_over_every_row() {
    let site = Site::start();
    let browser = Browser::start();
    let link = targets_link(
        "Huyện Thử",
        120,
        |i| format!("Xã {i}"),
        ["100", "0", "10", "0", "0", "0", "10", "0"],
    );
    browser.goto(&site.url(&link));
    browser.wait_for_js("document.querySelectorAll('table.targets tbody tr').length === 50");
    browser.expect_text_eq("#dong-dang-xem", "dòng 1–50 trong 120");
    assert_eq!(total(&browser, 1), "12.000");

    // The last page: an edit there moves the totals of the whole table.
    browser.click("#trang-sau");
    browser.click("#trang-sau");
    browser.wait_for_js("document.querySelectorAll('table.targets tbody tr').length === 20");
    assert_eq!(row_name(&browser, 1), "Xã 101");
    browser.expect_text_eq("#dong-dang-xem", "dòng 101–120 trong 120");
    assert!(browser.script("return document.querySelector('#trang-sau').disabled;", json!([])) == json!(true));
    browser.type_into(&target_cell(1, 1), "200");
    browser.wait_for_js("document.querySelector('table.targets tfoot td').textContent === '12.100'");

    browser.click("#trang-truoc");
    browser.wait_for_js("document.querySelector('table.targets tbody tr th input').value === 'Xã 51'");
    browser.expect_value(&target_cell(1, 1), "100");

    // A village added is shown on the last page.
    browser.click("#them-thon");
    browser.wait_for_js("document.querySelectorAll('table.targets tbody tr').length === 21");
    assert_eq!(row_name(&browser, 21), "Thôn 121");
    browser.expect_text_eq("#dong-dang-xem", "dòng 101–121 trong 121");
    browser.assert_clean(&site.origin);
}
