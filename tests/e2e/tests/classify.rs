//! Household classification in the browser: a shared link reproduces a
//! case, typing updates the result and the link, the comparison shows where
//! periods differ, and bad input gets a message, never a crash.

use e2e::{Browser, Site};
use serde_json::json;

const PAGE: &str = "/phan-loai-ho/";

fn verdict(browser: &Browser) -> String {
    browser.text(".verdict[role='status']")
}

fn wait_verdict(browser: &Browser, start: &str) {
    browser.wait_for_js(&format!(
        "document.querySelector('.verdict')?.textContent.startsWith({start:?})"
    ));
}

#[test]
fn a_shared_link_opens_the_same_result() {
    let site = Site::start();
    let browser = Browser::start();
    let query = "?chuan=nd07-2021&kv=nong-thon&cach=binh-quan&tn=1.500.000&thieu=bao-hiem-y-te,nguon-nuoc,nha-tieu";
    browser.goto(&site.url(&format!("{PAGE}{query}")));
    wait_verdict(&browser, "Hộ nghèo");
    assert!(verdict(&browser).contains("2022–2025"));
    assert_eq!(
        browser.script("return document.querySelector('#tn').value;", json!([])),
        "1.500.000"
    );
    let ticked = browser.script(
        "return [...document.querySelectorAll('.indicator input:checked')].map(i => i.id);",
        json!([]),
    );
    assert_eq!(
        ticked,
        json!(["chi-so-bao-hiem-y-te", "chi-so-nguon-nuoc", "chi-so-nha-tieu"])
    );
    // The reason cites the rule, and what would change it is said.
    let why = browser.text(".steps");
    assert!(
        why.contains("Nghị định 07/2021/NĐ-CP") && why.contains("Điều 3"),
        "{why}"
    );
    let result = browser.text(".result");
    assert!(
        result.contains("Bớt 1 chỉ số thiếu hụt thì hộ thành: hộ cận nghèo."),
        "{result}"
    );
    assert!(result.contains("Thu nhập bình quân trên 1.500.000 đồng thì hộ thành: hộ có mức sống trung bình."));
    browser.assert_clean(&site.origin);
}

#[test]
fn typing_updates_the_result_and_the_link() {
    let site = Site::start();
    let browser = Browser::start();
    browser.goto(&site.url(&format!("{PAGE}?chuan=nd07-2021")));
    wait_verdict(&browser, "Nhập thu nhập");
    browser.type_into("#tn", "1.500.001");
    for id in ["viec-lam", "dinh-duong", "nha-tieu"] {
        browser.click(&format!("#chi-so-{id}"));
    }
    wait_verdict(&browser, "Hộ có mức sống trung bình");
    browser.type_into("#tn", "1500000");
    wait_verdict(&browser, "Hộ nghèo");
    let search = browser.script("return location.search;", json!([]));
    assert_eq!(
        search,
        "?chuan=nd07-2021&kv=nong-thon&cach=binh-quan&tn=1500000&thieu=viec-lam,dinh-duong,nha-tieu"
    );
    browser.click("#kv-thanh-thi");
    wait_verdict(&browser, "Hộ nghèo");
    browser.click("#chi-so-nha-tieu");
    wait_verdict(&browser, "Hộ cận nghèo");
    browser.assert_clean(&site.origin);
}

#[test]
fn comparison_shows_that_low_income_alone_was_enough_before_2022() {
    let site = Site::start();
    let browser = Browser::start();
    browser.goto(&site.url(&format!("{PAGE}?chuan=nd07-2021&kv=nong-thon&tn=500.000")));
    wait_verdict(&browser, "Hộ cận nghèo");
    let rows = browser.wait_for_js(
        "document.querySelectorAll('table.compare tbody tr').length === 4 && \
         [...document.querySelectorAll('table.compare tbody tr')].map(r => [r.className, r.cells[2].textContent, r.cells[3].textContent])",
    );
    let rows: Vec<(String, String, String)> = serde_json::from_value::<Vec<Vec<String>>>(rows)
        .unwrap()
        .into_iter()
        .map(|r| (r[0].clone(), r[1].clone(), r[2].clone()))
        .collect();
    // (row class, deprivations counted, result)
    let poor_by_income = ("differs".to_owned(), "0".to_owned(), "Hộ nghèo".to_owned());
    assert_eq!(rows[0], poor_by_income, "2016–2020: income alone made it poor");
    assert_eq!(
        rows[1],
        ("chosen".to_owned(), "0".to_owned(), "Hộ cận nghèo".to_owned())
    );
    let caption = browser.text("table.compare caption");
    assert_eq!(caption, "Cùng hộ này theo từng chuẩn nghèo");
    browser.assert_clean(&site.origin);
}

#[test]
fn bad_input_gets_a_specific_message_and_nothing_breaks() {
    let site = Site::start();
    let browser = Browser::start();
    browser.goto(&site.url(&format!("{PAGE}?chuan=nd07-2021&cach=ca-ho&tnh=4.500.000&tv=0")));
    wait_verdict(&browser, "Chưa có kết quả");
    browser.expect_text_eq("#tv-error", "Hộ phải có ít nhất 1 thành viên.");
    assert_eq!(
        browser.script(
            "return document.querySelector('#tv').getAttribute('aria-invalid');",
            json!([])
        ),
        "true"
    );
    browser.type_into("#tv", "3");
    wait_verdict(&browser, "Hộ cận nghèo");
    browser.type_into("#tnh", "4,500,000");
    wait_verdict(&browser, "Chưa có kết quả");
    assert!(
        browser.text("#tnh-error").contains("1.500.000"),
        "suggests the Vietnamese way to write it"
    );
    browser.type_into("#tnh", "-5");
    wait_verdict(&browser, "Chưa có kết quả");
    browser.expect_text_eq("#tnh-error", "Ở đây không nhận số âm.");
    browser.type_into("#tnh", "999999999999");
    wait_verdict(&browser, "Chưa có kết quả");
    browser.expect_text("#tnh-error", "gõ thừa chữ số");
    browser.assert_clean(&site.origin);
}

#[test]
fn a_link_edited_into_nonsense_is_reported_as_text() {
    let site = Site::start();
    let browser = Browser::start();
    let query =
        "?chuan=khong-co&kv=sao-hoa&tn=1.000.000&thieu=nguon-nuoc,%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E,khong-biet";
    browser.goto(&site.url(&format!("{PAGE}{query}")));
    wait_verdict(&browser, "Hộ cận nghèo");
    let problems = browser.text(".problems[role='alert']");
    for shown in ["khong-co", "sao-hoa", "<img src=x onerror=alert(1)>", "khong-biet"] {
        assert!(problems.contains(shown), "{shown} not reported in {problems}");
    }
    assert_eq!(
        browser.script("return document.querySelectorAll('main img').length;", json!([])),
        0
    );
    browser.assert_clean(&site.origin);
}

#[test]
fn the_questionnaire_derives_the_deprivations_and_carries_them_back() {
    let site = Site::start();
    let browser = Browser::start();
    browser.goto(&site.url(&format!("{PAGE}?chuan=nd07-2021&kv=nong-thon&tn=1.000.000")));
    wait_verdict(&browser, "Hộ cận nghèo");
    browser.click(".questionnaire-link a");
    browser.wait_for_js("location.pathname === '/phan-loai-ho/cau-hoi/'");
    browser.expect_text_eq("main h1", "Câu hỏi về hộ gia đình");
    // A 34-year-old without health insurance, and a 10-year-old out of school.
    browser.type_into("#tv1-tuoi", "34");
    browser.click("#them-thanh-vien");
    browser.type_into("#tv2-tuoi", "10");
    browser.click("#tv2-bhyt");
    browser.click("#nha-nuoc option[value='5']");
    browser.type_into("#nha-dien-tich", "40");

    // A missing age is a message, not a crash.
    browser.press_keys("#tv2-tuoi", "\u{E003}\u{E003}");
    browser.click("#ap-dung-cau-tra-loi");
    browser.expect_text("main [role='alert']", "Nhập tuổi");
    browser.press_keys("#tv2-tuoi", "10");

    browser.click("#ap-dung-cau-tra-loi");
    let derived = browser.wait_for_js(
        "document.querySelectorAll('.derivations li').length === 12 && \
         document.querySelectorAll('.derivations li.deprived').length",
    );
    assert_eq!(derived, json!(3));
    let reasons = browser.text(".derivations");
    assert!(reasons.contains("Thành viên thứ 1 (34 tuổi)"), "{reasons}");
    browser.assert_clean(&site.origin);

    browser.click("#xem-ket-qua");
    wait_verdict(&browser, "Hộ nghèo");
    let ticked = browser.script(
        "return [...document.querySelectorAll('.indicator input:checked')].map(i => i.id);",
        json!([]),
    );
    assert_eq!(
        ticked,
        json!(["chi-so-bao-hiem-y-te", "chi-so-di-hoc-tre-em", "chi-so-nguon-nuoc"])
    );
    assert_eq!(
        browser.script("return document.querySelector('#tn').value;", json!([])),
        "1.000.000"
    );
    browser.assert_clean(&site.origin);
}
