//! Local standards: made from a national one, saved on the device, used to
//! classify, labelled as user-defined, and carried by a shared link.

use e2e::{Browser, Site};
use serde_json::json;

#[test]
fn a_local_standard_is_made_used_labelled_and_shared() {
    let site = Site::start();
    let browser = Browser::start();
    browser.goto(&site.url("/chuan-ngheo/dia-phuong/"));
    browser.expect_text_eq("main h1", "Chuẩn địa phương");

    browser.click("#luu-chuan");
    assert!(
        browser.text("#thong-bao-chuan").contains("Hãy đặt tên"),
        "an empty name is refused"
    );

    browser.type_into("#dp-ten", "Hà Nội 2026");
    browser.type_into("#dp-nt", "2.000.000");
    browser.type_into("#dp-tb-nt", "3.000.000");
    browser.click("#luu-chuan");
    browser.wait_for_js("document.querySelector('#thong-bao-chuan').textContent === 'Đã lưu chuẩn địa phương.'");
    assert!(browser.text(".local-list").starts_with("Hà Nội 2026"));

    browser.click(".local-list a");
    browser.wait_for_js("document.querySelector('.verdict')?.textContent.startsWith('Nhập thu nhập')");
    let search = browser.script("return location.search;", json!([]));
    assert!(
        search
            .as_str()
            .unwrap()
            .starts_with("?chuan=dia-phuong-ha-noi-2026&dp-goc=nd351-2026"),
        "{search}"
    );
    browser.type_into("#tn", "1.800.000");
    for id in ["viec-lam", "dinh-duong", "nha-tieu"] {
        browser.click(&format!("#chi-so-{id}"));
    }
    browser.wait_for_js("document.querySelector('.verdict')?.textContent.startsWith('Hộ nghèo — Hà Nội 2026')");
    browser.expect_text(".result", "Chuẩn địa phương do người dùng tạo");
    let rows = browser.script(
        "return document.querySelectorAll('table.compare tbody tr').length;",
        json!([]),
    );
    assert_eq!(rows, 5, "the local standard is compared too");
    browser.assert_clean(&site.origin);

    // The link alone reproduces it, on a device that never saved it.
    let link = browser
        .script("return location.href;", json!([]))
        .as_str()
        .unwrap()
        .to_owned();
    drop(browser);
    let fresh = Browser::start();
    fresh.goto(&link);
    fresh.wait_for_js("document.querySelector('.verdict')?.textContent.startsWith('Hộ nghèo — Hà Nội 2026')");
    fresh.assert_clean(&site.origin);
}

/// A draft holds its plan's local standards: exported with it, and added to
/// another device's standards when that device works on the draft.
#[test]
fn a_local_standard_moves_with_its_draft() {
    let site = Site::start();
    let first = Browser::start();
    first.goto(&site.url("/chuan-ngheo/dia-phuong/"));
    first.type_into("#dp-ten", "Tỉnh Mẫu 2026");
    first.type_into("#dp-nt", "2.100.000");
    first.click("#luu-chuan");
    first.wait_saved();
    first.goto(&site.url("/ban-nhap/"));
    let out = e2e::downloads::scratch_dir("chuan-dp");
    first.download_into(&out);
    first.click("#tai-tat-ca");
    let exported = String::from_utf8(e2e::downloads::downloaded(&out, "json")).expect("UTF-8");
    assert!(exported.contains("\"chuan-dia-phuong\": \"dp-"), "{exported}");
    first.assert_clean(&site.origin);

    let second = Browser::start();
    second.goto(&site.url("/ban-nhap/"));
    let file = out.join("ban-nhap.json.txt");
    std::fs::write(&file, &exported).unwrap();
    second.choose_file("#nhap-ban-nhap", &file);
    second.wait_for_js("document.querySelectorAll('#ke-hoach-nhap tbody tr').length === 1");
    second.click("#xac-nhan-nhap");
    second.wait_for_js("document.querySelector('#danh-sach-ban-nhap tbody tr')");
    second.click("#danh-sach-ban-nhap button.work");
    second.wait_for_js("location.pathname.endsWith('/chi-tieu/')");
    second.goto(&site.url("/phan-loai-ho/"));
    second.wait_for_js("document.querySelector('#chuan option[value=\"dia-phuong-tinh-mau-2026\"]')");
    second.goto(&site.url("/chuan-ngheo/dia-phuong/"));
    assert!(second.text(".local-list").starts_with("Tỉnh Mẫu 2026"));
    second.assert_clean(&site.origin);
    let _ = std::fs::remove_dir_all(&out);
}
