//! Drafts never lose work: what is typed is saved and found after a reload;
//! drafts move between browsers as a file and come back identical; a bad
//! file or a damaged draft leaves every other draft intact; a full storage
//! loses nothing typed; two tabs on one draft never overwrite each other
//! silently.

use e2e::downloads::{downloaded, scratch_dir};
use e2e::{Browser, Site, target_cell};
use serde_json::{Value, json};

/// The stored targets part of the current draft, as the page wrote it.
fn stored_table(browser: &Browser) -> String {
    browser
        .script(
            "const id = localStorage.getItem('giamngheo.current-draft');
             return localStorage.getItem(`giamngheo.draft.${id}.chi-tieu`) || '';",
            json!([]),
        )
        .as_str()
        .unwrap_or_default()
        .to_owned()
}

fn text(bytes: Vec<u8>) -> String {
    String::from_utf8(bytes).expect("a UTF-8 file")
}

/// The drafts of an export file, without the moment it was exported.
fn drafts_of(file: &str) -> Value {
    let mut value: Value = serde_json::from_str(file).expect("the export is JSON");
    value["drafts"].take()
}

#[test]
fn a_table_typed_is_saved_and_found_after_a_reload() {
    let site = Site::start();
    let browser = Browser::start();
    browser.goto(&site.url("/chi-tieu/"));
    assert!(browser.text("#trang-thai-luu").starts_with("Chưa lưu."));
    browser.type_into("#don-vi", "Xã Minh Tân");
    browser.type_into(&target_cell(1, 1), "150");
    browser.wait_saved();
    browser.expect_text("#trang-thai-luu", "Bản nháp «Kế hoạch giảm nghèo Xã Minh Tân 2027»");

    // Opened again without the address's state: the draft is what shows.
    browser.goto(&site.url("/chi-tieu/"));
    browser.wait_for_js(&format!(
        "document.querySelector({:?}).value === '150'",
        target_cell(1, 1)
    ));
    browser.expect_value("#don-vi", "Xã Minh Tân");
    // And a reload of the page as it was keeps saving into the same draft.
    browser.refresh();
    browser.type_into(&target_cell(2, 1), "90");
    browser.wait_saved();
    browser.goto(&site.url("/ban-nhap/"));
    browser.expect_rows("#danh-sach-ban-nhap tbody tr", 1);
    browser.expect_text("#danh-sach-ban-nhap tbody th", "đang dùng");
    browser.assert_clean(&site.origin);
}

#[test]
fn drafts_exported_and_imported_into_a_fresh_browser_are_identical() {
    let site = Site::start();
    let first = Browser::start();
    for (unit, households) in [("Xã A", "100"), ("Xã B", "250")] {
        first.goto(&site.url("/ban-nhap/"));
        first.type_into("#ten-moi", &format!("Kế hoạch {unit}"));
        first.click("#tao-ban-nhap");
        first.wait_for_js("document.querySelector('#thong-bao-ban-nhap').textContent.includes('Đã tạo')");
        first.goto(&site.url("/chi-tieu/"));
        first.type_into("#don-vi", unit);
        first.type_into(&target_cell(1, 1), households);
        first.wait_saved();
    }
    first.goto(&site.url("/ban-nhap/"));
    first.expect_rows("#danh-sach-ban-nhap tbody tr", 2);
    let out = scratch_dir("xuat");
    first.download_into(&out);
    first.click("#tai-tat-ca");
    let exported = text(downloaded(&out, "json"));
    assert!(exported.contains("\"format\": \"giamngheo-drafts\""), "{exported}");

    let second = Browser::start();
    second.goto(&site.url("/ban-nhap/"));
    let file = out.join("copy.json.txt");
    std::fs::write(&file, &exported).unwrap();
    second.choose_file("#nhap-ban-nhap", &file);
    second.wait_for_js("document.querySelectorAll('#ke-hoach-nhap tbody tr').length === 2");
    second.expect_text("#ke-hoach-nhap tbody", "Chưa có");
    second.click("#xac-nhan-nhap");
    second.wait_for_js("document.querySelector('#bao-cao-nhap-ban-nhap').textContent.includes('Đã nhập 2 bản nháp')");
    second.expect_rows("#danh-sach-ban-nhap tbody tr", 2);

    // Importing the same file again asks nothing and writes nothing.
    second.choose_file("#nhap-ban-nhap", &file);
    second.wait_for_js("document.querySelector('#ke-hoach-nhap')");
    second.expect_text("#ke-hoach-nhap tbody", "Đã có, giống hệt");

    let back = scratch_dir("lai");
    second.download_into(&back);
    second.click("#tai-tat-ca");
    assert_eq!(drafts_of(&text(downloaded(&back, "json"))), drafts_of(&exported));
    let _ = std::fs::remove_dir_all(&out);
    let _ = std::fs::remove_dir_all(&back);
    first.assert_clean(&site.origin);
    second.assert_clean(&site.origin);
}

#[test]
fn a_corrupted_file_or_draft_is_reported_and_every_other_draft_is_kept() {
    let site = Site::start();
    let browser = Browser::start();
    browser.goto(&site.url("/chi-tieu/"));
    browser.type_into(&target_cell(1, 1), "321");
    browser.wait_saved();
    browser.goto(&site.url("/ban-nhap/"));
    let dir = scratch_dir("hong");
    let bad = dir.join("hong.json");
    std::fs::write(
        &bad,
        "{\"format\": \"giamngheo-drafts\", \"schema\": 1, \"drafts\": [ {\"id\": ",
    )
    .unwrap();
    browser.choose_file("#nhap-ban-nhap", &bad);
    let report = browser.text("#bao-cao-nhap-ban-nhap");
    assert!(report.contains("JSON") && report.contains("dòng 1"), "{report}");
    browser.expect_rows("#danh-sach-ban-nhap tbody tr", 1);

    // A draft damaged in storage is set aside, kept, and named.
    browser.script(
        "localStorage.setItem('giamngheo.draft.zz9.meta', 'v1\\nname=H%E1%BB%8Fng\\nsaved=');",
        json!([]),
    );
    browser.refresh();
    let aside = browser.text("#ban-nhap-loi");
    assert!(aside.contains("zz9"), "{aside}");
    browser.expect_rows("#danh-sach-ban-nhap tbody tr", 1);
    let kept = browser.script(
        "return Object.keys(localStorage).filter(k => k.startsWith('giamngheo.corrupt.zz9')).length;",
        json!([]),
    );
    assert_eq!(kept, 1, "the damaged draft is kept apart, not deleted");
    browser.goto(&site.url("/chi-tieu/"));
    browser.wait_for_js(&format!(
        "document.querySelector({:?}).value === '321'",
        target_cell(1, 1)
    ));
    let _ = std::fs::remove_dir_all(&dir);
    browser.assert_clean(&site.origin);
}

#[test]
fn a_full_storage_loses_nothing_typed() {
    let site = Site::start();
    let browser = Browser::start();
    browser.goto(&site.url("/chi-tieu/"));
    browser.type_into(&target_cell(1, 1), "500");
    browser.wait_saved();
    let saved = stored_table(&browser);
    // Fill the origin's storage to the last character it takes.
    browser.script(
        "let chunk = 'x'.repeat(1 << 20), i = 0;
         while (chunk.length > 0) {
           try { localStorage.setItem('dem.' + (i++), chunk); }
           catch (e) { chunk = chunk.slice(0, chunk.length >> 1); }
         }",
        json!([]),
    );
    browser.type_into(&target_cell(1, 3), "42");
    browser.wait_for_js("document.querySelector('#trang-thai-luu').textContent.includes('đã đầy')");
    assert_eq!(
        browser.value(&target_cell(1, 3)),
        "42",
        "what was typed stays on the page"
    );
    assert_eq!(stored_table(&browser), saved, "what was stored is unchanged");
    browser.expect_text(".autosave", "Tải bản nháp về máy");

    // Room is made: saving again keeps the typed figure.
    browser.script(
        "Object.keys(localStorage).filter(k => k.startsWith('dem.')).forEach(k => localStorage.removeItem(k));",
        json!([]),
    );
    browser.click("#thu-luu-lai");
    browser.wait_saved();
    browser.goto(&site.url("/chi-tieu/"));
    browser.wait_for_js(&format!(
        "document.querySelector({:?}).value === '42'",
        target_cell(1, 3)
    ));
    browser.assert_clean(&site.origin);
}

#[test]
fn one_draft_in_two_tabs_is_never_overwritten_silently() {
    let site = Site::start();
    let browser = Browser::start();
    browser.goto(&site.url("/chi-tieu/"));
    browser.type_into(&target_cell(1, 1), "100");
    browser.wait_saved();
    let first = browser.window();
    let second = browser.new_tab();
    browser.goto(&site.url("/chi-tieu/"));
    browser.wait_for_js(&format!(
        "document.querySelector({:?}).value === '100'",
        target_cell(1, 1)
    ));

    browser.switch_to(&first);
    browser.type_into(&target_cell(1, 1), "111");
    browser.wait_saved();

    // The other tab hears of it at once, and its own edit writes nothing.
    browser.switch_to(&second);
    browser.wait_for_js("document.querySelector('#trang-thai-luu').textContent.includes('thẻ khác')");
    browser.type_into(&target_cell(1, 1), "222");
    browser.wait_for_js("document.querySelector('#giu-ban-minh')");
    assert!(stored_table(&browser).contains("~111"), "the first tab's save stands");

    // Keeping this tab's version is a choice, then it is saved.
    browser.click("#giu-ban-minh");
    browser.wait_saved();
    assert!(stored_table(&browser).contains("~222"));

    // The first tab now conflicts; it saves its version as a new draft.
    browser.switch_to(&first);
    browser.type_into(&target_cell(1, 3), "5");
    browser.wait_for_js("document.querySelector('#luu-ban-moi')");
    browser.click("#luu-ban-moi");
    browser.wait_saved();
    browser.expect_text("#trang-thai-luu", "(bản sao)");
    browser.goto(&site.url("/ban-nhap/"));
    browser.expect_rows("#danh-sach-ban-nhap tbody tr", 2);
    browser.assert_clean(&site.origin);
}
