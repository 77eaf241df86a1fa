//! The attack pass (docs/security.md): HTML and script typed into every
//! text field and carried in imported files show as text and never run;
//! very large files are refused without freezing the page; a share link of
//! 100 KB is read or refused with a message; storage cleared mid-session
//! loses nothing on screen; and across a session on every page, no request
//! leaves the site's origin.

use std::io::Write;
use std::path::PathBuf;

use e2e::{Browser, Site, every_page, target_cell};
use serde_json::json;

/// Markup that would run, or fetch `/x`, if any page rendered it as HTML.
const PAYLOAD: &str = r#"<img src=x onerror="window.__xss=1"><script>window.__xss=1</script>"#;

/// Sets every text field on the page to `text`, as typing would (input and
/// change events), and returns how many there were.
fn fill_every_text_field(browser: &Browser, text: &str) -> u64 {
    browser
        .script(
            "const [text] = arguments;
             const fields = document.querySelectorAll(
               'main input:not([type]), main input[type=text], main input[type=search], main textarea');
             for (const f of fields) {
               f.value = text;
               f.dispatchEvent(new Event('input', { bubbles: true }));
               f.dispatchEvent(new Event('change', { bubbles: true }));
             }
             return fields.length;",
            json!([text]),
        )
        .as_u64()
        .unwrap_or(0)
}

/// Lets the page finish what typing set off: the work that waits for a
/// pause in typing (saving, the address) is done at once on `pagehide`
/// (`src/paused.rs`), then two frames let what it changed render.
fn settle(browser: &Browser) {
    browser.script_async(
        "const done = arguments[arguments.length - 1];
         window.dispatchEvent(new Event('pagehide'));
         requestAnimationFrame(() => requestAnimationFrame(() => done(true)));",
        json!([]),
    );
}

/// Nothing of the payload became markup: no handler ran, no such element.
fn assert_nothing_ran(browser: &Browser, page: &str) {
    let clean = browser.script(
        "return window.__xss === undefined && document.querySelectorAll('img[src=\"x\"], main script').length === 0;",
        json!([]),
    );
    assert_eq!(clean, json!(true), "{page}: markup from user text was rendered");
}

fn main_text_contains(browser: &Browser, text: &str) {
    browser.wait_for_js(&format!(
        "document.querySelector('main')?.textContent.includes({text:?})"
    ));
}

#[test]
fn markup_typed_into_every_field_of_every_page_shows_as_text_and_never_runs() {
    let site = Site::start();
    let browser = Browser::start();
    let mut filled = 0;
    for page in every_page() {
        browser.goto(&site.url(&page));
        browser.text("main h1");
        filled += fill_every_text_field(&browser, PAYLOAD);
        // A second round: fields that the first one added (rows, messages).
        filled += fill_every_text_field(&browser, PAYLOAD);
        settle(&browser);
        assert_nothing_ran(&browser, &page);
        browser.assert_clean(&site.origin);
    }
    assert!(filled > 100, "only {filled} fields were filled");

    // What was typed comes back as text where the site shows it again.
    browser.goto(&site.url("/ke-hoach/in/"));
    main_text_contains(&browser, PAYLOAD);
    assert_nothing_ran(&browser, "/ke-hoach/in/");
    browser.goto(&site.url("/ban-nhap/"));
    main_text_contains(&browser, PAYLOAD);
    assert_nothing_ran(&browser, "/ban-nhap/");
    browser.assert_clean(&site.origin);
}

/// Every column a household list under the 2022–2025 standard needs.
const HOUSEHOLD_HEADER: &str = "STT;Họ tên chủ hộ;Thôn;Khu vực;Thu nhập;DTTS;BTXH;viec-lam;nguoi-phu-thuoc;dinh-duong;\
                                bao-hiem-y-te;giao-duc-nguoi-lon;di-hoc-tre-em;chat-luong-nha-o;dien-tich-nha-o;nguon-nuoc;\
                                nha-tieu;vien-thong;tiep-can-thong-tin";

/// A CSV cell holding `text` as it is: quoted, inner quotes doubled.
fn csv_cell(text: &str) -> String {
    format!("\"{}\"", text.replace('"', "\"\""))
}

fn scratch_file(name: &str, bytes: &[u8]) -> PathBuf {
    let dir = e2e::downloads::scratch_dir(name);
    let path = dir.join(name);
    std::fs::write(&path, bytes).expect("writing a test file");
    path
}

#[test]
fn markup_in_imported_files_shows_as_text_and_never_runs() {
    let site = Site::start();
    let browser = Browser::start();

    // A household list whose village is markup: counted under that name.
    let list = format!(
        "{HOUSEHOLD_HEADER}\r\n1;{p};{p};NT;1.000.000;;;x;;;x;;;;;x;;;\r\n2;{p};{p};NT;5.000.000;;;;;;;;;;;;;;\r\n",
        p = csv_cell(PAYLOAD)
    );
    let file = scratch_file("ho.csv", list.as_bytes());
    browser.goto(&site.url("/chi-tieu/danh-sach-ho/"));
    browser.select("#chuan", "nd07-2021");
    browser.choose_file("#tep", &file);
    browser.wait_for_js("document.querySelector('#bang-dem tbody tr')");
    let counted = browser.rows("#bang-dem tbody tr");
    assert!(counted[0].starts_with(&format!("{PAYLOAD}|2|")), "{counted:?}");
    assert_nothing_ran(&browser, "/chi-tieu/danh-sach-ho/");

    // A target annex whose unit names are markup: kept as typed.
    let annex = format!(
        "STT;Tên đơn vị;Tổng số hộ;Số hộ nghèo\r\n1;{};100;5\r\n",
        csv_cell(PAYLOAD)
    );
    let file = scratch_file("bieu.csv", annex.as_bytes());
    browser.goto(&site.url("/chi-tieu/bieu/"));
    browser.choose_file("#nhap-bang", &file);
    browser.wait_for_js("document.querySelector('#bao-cao-nhap')");
    main_text_contains(&browser, PAYLOAD);
    assert_nothing_ran(&browser, "/chi-tieu/bieu/");

    // A draft file whose draft is named with markup: listed by that name.
    let draft = format!(
        r#"{{"format":"giamngheo-drafts","schema":1,"exported_at":"2026-12-01T08:00:00.000Z","drafts":[{{"id":"k3x","name":{name},"saved_at":"2026-12-01T07:05:00.000Z","revision":1,"parts":{{}}}}]}}"#,
        name = serde_json::to_string(PAYLOAD).unwrap(),
    );
    let file = scratch_file("ban-nhap.json", draft.as_bytes());
    browser.goto(&site.url("/ban-nhap/"));
    browser.choose_file("#nhap-ban-nhap", &file);
    browser.wait_for_js("document.querySelector('main').textContent.includes('<img')");
    main_text_contains(&browser, PAYLOAD);
    assert_nothing_ran(&browser, "/ban-nhap/");
    browser.assert_clean(&site.origin);
}

/// Starts recording every figure the progress bar shows. A page that
/// reads in slices draws many between the choice of the file and the
/// result; one frozen until the end draws none. (How long a slice takes is
/// measured by `scripts/bench.sh`, not asserted here: a loaded machine
/// would make any bound flaky.)
fn record_progress(browser: &Browser) {
    browser.script(
        "window.__progress = new Set();
         new MutationObserver(() => {
           const bar = document.querySelector('#tien-do');
           if (bar && bar.getAttribute('value')) window.__progress.add(bar.getAttribute('value'));
         }).observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['value'] });",
        json!([]),
    );
}

#[test]
fn a_list_over_a_million_households_is_read_up_to_its_limit_without_freezing_the_page() {
    let site = Site::start();
    let browser = Browser::start();
    let dir = e2e::downloads::scratch_dir("lon");
    let path = dir.join("lon.csv");
    {
        let mut out = std::io::BufWriter::new(std::fs::File::create(&path).expect("a 60 MB file"));
        // Complete rows, so that the list is read up to its row limit
        // rather than refused at its header.
        write!(out, "{HOUSEHOLD_HEADER}\r\n").unwrap();
        let row = "1;Lò Văn Páo;Thôn Bản Mới;NT;1.000.000;;;x;;;x;;;;;x;;;\r\n";
        // Past the limit of 1.000.000 households, under that of 100 MB.
        for _ in 0..1_050_000 {
            out.write_all(row.as_bytes()).unwrap();
        }
    }
    assert!(std::fs::metadata(&path).unwrap().len() >= 60_000_000);

    // The household list reads it in slices: the page answers all along,
    // then says it is over the row limit.
    browser.goto(&site.url("/chi-tieu/danh-sach-ho/"));
    browser.select("#chuan", "nd07-2021");
    record_progress(&browser);
    browser.choose_file("#tep", &path);
    // Done when the status gives a result or a message about the file.
    browser.wait_for_js("/Đã phân loại|Tệp|Đã dừng/.test(document.querySelector('#trang-thai')?.textContent ?? '')");
    let drawn = browser.script("return window.__progress.size;", json!([]));
    assert!(
        drawn.as_u64().unwrap_or(0) >= 3,
        "the page drew {drawn} progress figures while reading 60 MB: it did not give the browser back control"
    );
    main_text_contains(&browser, "quá giới hạn");

    // The target annex and a draft file are refused by their size at once.
    browser.goto(&site.url("/chi-tieu/bieu/"));
    browser.choose_file("#nhap-bang", &path);
    main_text_contains(&browser, "quá giới hạn 5,0 MB");
    browser.goto(&site.url("/ban-nhap/"));
    browser.choose_file("#nhap-ban-nhap", &path);
    main_text_contains(&browser, "MB");
    browser.assert_clean(&site.origin);
    std::fs::remove_dir_all(dir).ok();
}

#[test]
fn a_share_link_of_100_kb_opens_every_page_with_a_message_or_nothing_lost() {
    let site = Site::start();
    let browser = Browser::start();
    let junk: String = "%3Cscript%3E1.234,5;x=y&".repeat(100_000 / 24);
    assert!(junk.len() >= 99_000);
    for page in every_page() {
        for key in ["chuan", "b", "tong", "dp-chuan", "ty-le"] {
            browser.goto(&site.url(&format!("{page}?{key}={junk}")));
            assert!(!browser.text("main h1").is_empty(), "{page}?{key}=…");
            assert_nothing_ran(&browser, &page);
        }
        browser.assert_clean(&site.origin);
    }
}

#[test]
fn storage_cleared_mid_session_loses_nothing_on_screen() {
    let site = Site::start();
    let browser = Browser::start();
    browser.goto(&site.url("/chi-tieu/"));
    browser.type_into("#don-vi", "Xã Minh Tân");
    browser.type_into(&target_cell(1, 1), "150");
    browser.wait_for_js("document.querySelector('#trang-thai-luu').textContent.includes('Đã lưu lúc')");

    browser.script("localStorage.clear();", json!([]));
    browser.type_into(&target_cell(1, 3), "12");
    browser.wait_for_js("document.querySelector('#trang-thai-luu').textContent.includes('không còn trên máy')");
    browser.expect_value(&target_cell(1, 1), "150");
    browser.expect_value(&target_cell(1, 3), "12");

    // Saved again as a draft of its own: a reload finds everything.
    browser.click("#luu-ban-moi");
    browser.wait_for_js("document.querySelector('#trang-thai-luu').textContent.includes('Đã lưu lúc')");
    browser.goto(&site.url("/chi-tieu/"));
    browser.wait_for_js(&format!(
        "document.querySelector({:?})?.value === '12'",
        target_cell(1, 3)
    ));
    browser.expect_value("#don-vi", "Xã Minh Tân");
    browser.expect_value(&target_cell(1, 1), "150");
    browser.assert_clean(&site.origin);
}

/// The table reader cannot be fetched (offline before the site was kept,
/// or a host that lost the file): the page says so in plain words, and the
/// same page reads the file once the reader is there again.
#[test]
fn a_table_reader_that_cannot_be_loaded_is_told_and_the_page_goes_on() {
    let copy = Site::copy_of_build("no-reader");
    let starter = copy.join("reader.js");
    let kept = std::fs::read(&starter).expect("the build has reader.js");
    std::fs::remove_file(&starter).unwrap();
    let site = Site::serve(copy.clone());
    let browser = Browser::start();
    browser.goto(&site.url("/chi-tieu/danh-sach-ho/"));
    browser.choose_file("#tep", &e2e::golden_list());
    browser.expect_text("#trang-thai", "Không tải được bộ đọc bảng của trang.");
    std::fs::write(&starter, kept).unwrap();
    browser.choose_file("#tep", &e2e::golden_list());
    browser.expect_text("#trang-thai", "Đã phân loại 10 hộ trong");
    let _ = std::fs::remove_dir_all(&copy);
}
