//! The training section (`/tap-huan/`): an exercise answered, revealed,
//! explained rule by rule and scored, the score kept on the device until
//! reset; a commune table's planted mistakes found; the presenter moved by
//! the arrow keys; the handout without the answer and the key with it.

use e2e::pdf::{is_a4_portrait, page_sizes};
use e2e::{Browser, Site};
use serde_json::json;

const PAGE: &str = "/tap-huan/";
const ARROW_LEFT: &str = "\u{E012}";
const ARROW_RIGHT: &str = "\u{E014}";

fn score(browser: &Browser) -> String {
    browser.text("#diem")
}

fn wait_score(browser: &Browser, expected: &str) {
    browser.wait_for_js(&format!(
        "document.querySelector('#diem')?.textContent === {expected:?}"
    ));
}

fn stored_score(browser: &Browser) -> serde_json::Value {
    browser.script("return localStorage.getItem('giamngheo.tap-huan.diem');", json!([]))
}

#[test]
fn an_exercise_is_answered_explained_and_scored_and_the_score_survives_a_reload() {
    let site = Site::start();
    let browser = Browser::start();
    browser.goto(&site.url(PAGE));
    // Waited for: the lists come with the page's bundle.
    browser.expect_rows("#tinh-huong-ho > li", 12);
    browser.expect_rows("#tinh-huong-xa > li", 2);
    assert_eq!(score(&browser), "0/0");

    // Case 5: exactly the rural line, exactly 3 deprivations.
    browser.click("#tinh-huong-ho > li:nth-child(5) a");
    let story = browser.text(".story");
    assert!(story.contains("6.000.000 đồng"), "{story}");
    // Revealing with no answer asks for one and counts nothing.
    browser.click("#xem-dap-an");
    browser.expect_text_eq(".exercise [role='alert']", "Hãy chọn một câu trả lời cho mỗi câu hỏi.");
    assert_eq!(score(&browser), "0/0");
    browser.click("label[for='cau-1-ngheo']");
    browser.click("#xem-dap-an");
    wait_score(&browser, "1/1");
    let answer = browser.text("#dap-an");
    assert!(answer.starts_with("Đúng."), "{answer}");
    assert!(answer.contains("Đáp án: Hộ nghèo"), "{answer}");
    // Explained rule by rule, citing the decree, as the classification page does.
    let steps = browser.texts("#dap-an .steps li");
    assert!(steps.len() >= 2, "{steps:?}");
    assert!(steps[0].contains("Nghị định 07/2021/NĐ-CP"), "{steps:?}");
    assert!(answer.contains("Điều cần nhớ"), "{answer}");
    assert_eq!(stored_score(&browser), json!("1/1"));

    // Case 6 answered wrongly: counted, and the right answer said.
    browser.goto(&site.url(&format!("{PAGE}?ca=6")));
    wait_score(&browser, "1/1");
    browser.click("label[for='cau-1-ngheo']");
    browser.click("#xem-dap-an");
    wait_score(&browser, "1/2");
    let answer = browser.text("#dap-an");
    assert!(answer.starts_with("Chưa đúng."), "{answer}");
    assert!(answer.contains("Đáp án: Hộ cận nghèo"), "{answer}");

    browser.refresh();
    wait_score(&browser, "1/2");
    browser.click("#xoa-diem");
    wait_score(&browser, "0/0");
    assert_eq!(stored_score(&browser), json!(null));
    browser.refresh();
    wait_score(&browser, "0/0");
    browser.assert_clean(&site.origin);
}

#[test]
fn a_case_where_the_periods_disagree_asks_under_both() {
    let site = Site::start();
    let browser = Browser::start();
    browser.goto(&site.url(&format!("{PAGE}?ca=10")));
    browser.expect_rows(".exercise legend", 2);
    browser.click("label[for='cau-1-ngheo']");
    browser.click("label[for='cau-2-can-ngheo']");
    browser.click("#xem-dap-an");
    wait_score(&browser, "2/2");
    let answer = browser.text("#dap-an");
    assert!(answer.contains("Quyết định 59/2015/QĐ-TTg"), "{answer}");
    browser.assert_clean(&site.origin);
}

#[test]
fn the_planted_mistakes_of_a_commune_table_are_found() {
    let site = Site::start();
    let browser = Browser::start();
    browser.goto(&site.url(&format!("{PAGE}?xa=2")));
    browser.expect_text(".commune-table caption", "Tân Lập");
    for id in ["#sai-1", "#sai-2", "#sai-3", "#sai-tong"] {
        browser.click(id);
    }
    browser.click("#xem-dap-an");
    wait_score(&browser, "1/1");
    let answer = browser.text("#dap-an");
    assert!(answer.starts_with("Đúng."), "{answer}");
    browser.expect_rows("#dap-an .mistakes li", 4);
    assert!(answer.contains("Thôn A: 24 ÷ 200 = 12,00%"), "{answer}");

    // The clean table: ticking a row is wrong.
    browser.goto(&site.url(&format!("{PAGE}?xa=1")));
    browser.click("#sai-2");
    browser.click("#xem-dap-an");
    wait_score(&browser, "1/2");
    let answer = browser.text("#dap-an");
    assert!(
        answer.starts_with("Chưa đúng.") && answer.contains("Biểu này không có lỗi nào."),
        "{answer}"
    );
    browser.assert_clean(&site.origin);
}

#[test]
fn the_presenter_moves_one_step_at_a_time_with_the_arrow_keys() {
    let site = Site::start();
    let browser = Browser::start();
    browser.goto(&site.url(&format!("{PAGE}?ca=10&che-do=trinh-chieu")));
    let first = browser.text("#buoc");
    let total: usize = first
        .rsplit('/')
        .next()
        .and_then(|n| n.trim().parse().ok())
        .unwrap_or_else(|| panic!("{first}"));
    assert_eq!(first, format!("Bước 1/{total}"));
    assert_eq!(
        browser.script(
            "return document.querySelector('#trang-chieu').getAttribute('aria-live');",
            json!([])
        ),
        json!("polite")
    );
    let size = browser.script(
        "return parseFloat(getComputedStyle(document.querySelector('.presenter')).fontSize);",
        json!([]),
    );
    assert!(size.as_f64().unwrap_or(0.0) >= 24.0, "large type: {size}");
    browser.expect_text("#trang-chieu", "Cụ Nga");

    browser.press_keys("#tiep", ARROW_RIGHT);
    browser.wait_for_js(&format!(
        "document.querySelector('#buoc').textContent === 'Bước 2/{total}'"
    ));
    browser.press_keys("#tiep", ARROW_LEFT);
    browser.wait_for_js(&format!(
        "document.querySelector('#buoc').textContent === 'Bước 1/{total}'"
    ));
    // Story, question, then the first answer and its rule steps.
    browser.press_keys("#tiep", &ARROW_RIGHT.repeat(3));
    browser.wait_for_js(&format!(
        "document.querySelector('#buoc').textContent === 'Bước 4/{total}'"
    ));
    let rule = browser.text("#trang-chieu");
    assert!(rule.contains("Quyết định 59/2015/QĐ-TTg"), "{rule}");
    // The buttons move too, and stop at the last step.
    for _ in 4..total {
        browser.click("#tiep");
    }
    browser.wait_for_js(&format!(
        "document.querySelector('#buoc').textContent === 'Bước {total}/{total}'"
    ));
    browser.expect_text("#trang-chieu", "Điều cần nhớ");
    browser.assert_clean(&site.origin);
}

#[test]
fn the_handout_has_no_answer_and_the_answer_key_has_it() {
    let site = Site::start();
    let browser = Browser::start();
    browser.goto(&site.url(&format!("{PAGE}?ca=5&che-do=phieu")));
    let sheet = browser.text(".sheet");
    assert!(
        sheet.contains("☐ Hộ nghèo") && sheet.contains("Họ và tên học viên:"),
        "{sheet}"
    );
    assert!(!sheet.contains("Đáp án") && !sheet.contains("Điều cần nhớ"), "{sheet}");
    assert_eq!(browser.texts(".sheet .steps").len(), 0);
    let pdf = browser.print_pdf();
    let sizes = page_sizes(&pdf);
    assert!(!sizes.is_empty() && sizes.into_iter().all(is_a4_portrait));

    browser.goto(&site.url(&format!("{PAGE}?ca=5&che-do=dap-an")));
    let key = browser.text(".sheet");
    assert!(
        key.contains("Đáp án: Hộ nghèo") && key.contains("Điều cần nhớ"),
        "{key}"
    );
    assert!(!browser.texts(".sheet .steps li").is_empty());
    let pdf = browser.print_pdf();
    assert!(page_sizes(&pdf).into_iter().all(is_a4_portrait));

    browser.goto(&site.url(&format!("{PAGE}?xa=2&che-do=phieu")));
    let sheet = browser.text(".sheet");
    assert!(!sheet.contains("12,00%, không phải"), "{sheet}");
    browser.goto(&site.url(&format!("{PAGE}?xa=2&che-do=dap-an")));
    browser.expect_text(".sheet", "12,00%, không phải 1,20%");
    browser.assert_clean(&site.origin);
}

#[test]
fn an_exercise_that_does_not_exist_shows_the_list() {
    let site = Site::start();
    let browser = Browser::start();
    browser.goto(&site.url(&format!("{PAGE}?ca=99")));
    browser.expect_text_eq(
        "main [role='alert']",
        "Không có tình huống này. Hãy chọn trong danh sách.",
    );
    browser.expect_rows("#tinh-huong-ho > li", 12);
    browser.assert_clean(&site.origin);
}

#[test]
fn the_exercise_speaks_english_when_chosen() {
    let site = Site::start();
    let browser = Browser::start();
    browser.goto(&site.url(&format!("{PAGE}?ca=5")));
    browser.click("button[lang='en']");
    browser.wait_for_js("document.querySelector('#tinh-huong')?.textContent.startsWith(\"Hoa's household\")");
    browser.expect_text(".story", "6.000.000 đồng a month");
    assert!(browser.text(".exercise legend").starts_with("Under"));
    browser.click("label[for='cau-1-ngheo']");
    browser.click("#xem-dap-an");
    wait_score(&browser, "1/1");
    let answer = browser.text("#dap-an");
    assert!(
        answer.starts_with("Right.") && answer.contains("Answer: Poor household"),
        "{answer}"
    );
    assert!(answer.contains("What to remember"), "{answer}");
    browser.assert_clean(&site.origin);
}
