//! Real tables in (issue 16): an annex as officers print it — a title, a
//! "Kèm theo" line, a header on two rows with merged group cells,
//! abbreviations, rates with a dot — is read with every row and figure
//! right; every column is shown as understood, and a column corrected by
//! hand is remembered for the next file with the same headers; printed
//! figures that do not add up are flagged with the value they should be.
//! The same annex saved as an .xlsx workbook imports the same rows.

#[path = "../../../crates/sheet-grid/tests/annex_workbook/mod.rs"]
// The sheet-grid tests use the rest of it.
#[allow(dead_code)]
mod annex_workbook;

use std::path::{Path, PathBuf};

use e2e::downloads::scratch_dir;
use e2e::{Browser, Site};
use serde_json::json;

/// A made-up commune's annex in the layout real annexes are printed in.
fn as_printed() -> String {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../crates/planning/tests/data/annex-as-printed.csv");
    std::fs::read_to_string(path).expect("the annex as printed")
}

fn file(name: &str, contents: impl AsRef<[u8]>) -> PathBuf {
    let path = scratch_dir("bang").join(name);
    std::fs::write(&path, contents).unwrap();
    path
}

fn import(browser: &Browser, site: &Site, path: &Path) {
    browser.goto(&site.url("/chi-tieu/bieu/"));
    browser.choose_file("#nhap-bang", path);
    browser.wait_for_js("document.querySelector('#bao-cao-nhap')");
}

#[test]
fn an_annex_as_printed_is_read_with_every_row_and_figure() {
    let site = Site::start();
    let browser = Browser::start();
    import(&browser, &site, &file("bieu-in.csv", as_printed()));
    browser.expect_text("main", "Đã nhập bảng từ tệp: 9 dòng.");
    let report = browser.expect_text("#bao-cao-nhap", "dấu chấm thập phân");
    assert!(report.contains("Biểu năm 2027 của xã Minh Tân."), "{report}");
    let rows = browser.expect_rows(".annex tbody tr", 9);
    assert!(rows[0].contains("Thôn Nà Pản|212|198|31|14,62"), "{}", rows[0]);
    // Every column shown as understood: the group decides "Số hộ".
    let columns = browser.expect_rows("#cot-trong-tep tbody tr", 14);
    assert!(
        columns[11].contains("Chỉ tiêu giảm hộ nghèo năm 2027 / Số hộ"),
        "{}",
        columns[11]
    );
    assert_eq!(browser.value("#cot-l"), "giam", "column L is the reduction target");
    assert_eq!(browser.value("#cot-b"), "ho-dan-cu");
    // The figures agree with each other.
    browser.expect_text(".findings", "Không phát hiện sai sót.");
    browser.assert_clean(&site.origin);
}

#[test]
fn an_annex_saved_as_xlsx_imports_like_its_csv() {
    let site = Site::start();
    let browser = Browser::start();
    import(&browser, &site, &file("bieu-in.csv", as_printed()));
    browser.expect_text("main", "Đã nhập bảng từ tệp: 9 dòng.");
    let from_csv = browser.expect_rows(".annex tbody tr", 9);

    // Rates worked out by formulas and formatted as percentages, group
    // cells merged, a second sheet of notes.
    let workbook = annex_workbook::annex_workbook(annex_workbook::Rates::Formulas);
    import(&browser, &site, &file("bieu-in.xlsx", workbook));
    let report = browser.expect_text("#bao-cao-nhap", "đã đọc trang «Biểu chỉ tiêu»");
    assert!(report.contains("Biểu năm 2027 của xã Minh Tân."), "{report}");
    assert!(
        !report.contains("dấu chấm thập phân"),
        "the workbook's rates have no dot: {report}"
    );
    browser.expect_text("main", "Đã nhập bảng từ tệp: 9 dòng.");
    let from_xlsx = browser.expect_rows(".annex tbody tr", 9);
    assert!(
        from_xlsx[0].contains("Thôn Nà Pản|212|198|31|14,62"),
        "{}",
        from_xlsx[0]
    );
    assert_eq!(from_xlsx, from_csv);
    let columns = browser.expect_rows("#cot-trong-tep tbody tr", 14);
    assert!(
        columns[11].contains("Chỉ tiêu giảm hộ nghèo năm 2027 / Số hộ"),
        "{}",
        columns[11]
    );
    assert_eq!(browser.value("#cot-l"), "giam", "column L is the reduction target");
    assert_eq!(browser.value("#cot-b"), "ho-dan-cu");
    browser.expect_text(".findings", "Không phát hiện sai sót.");

    // The workbook's other worksheet, chosen by the user, is read instead
    // (it holds no annex: the table shown stays), then the annex again.
    browser.expect_value("#trang-tinh", annex_workbook::ANNEX_SHEET);
    browser.select("#trang-tinh", annex_workbook::NOTES_SHEET);
    browser.expect_text("main", "Không nhập được tệp; bảng đang có vẫn giữ nguyên.");
    browser.expect_rows(".annex tbody tr", 9);
    browser.select("#trang-tinh", annex_workbook::ANNEX_SHEET);
    browser.expect_text("main", "Đã nhập bảng từ tệp: 9 dòng.");
    browser.assert_clean(&site.origin);
}

/// The annex's two downloads (issue 16): the .xlsx file has the CSV
/// file's figures, read natively, and imports again with the same rows.
#[test]
fn the_annex_as_xlsx_has_the_figures_of_its_csv_and_imports_again() {
    let site = Site::start();
    let browser = Browser::start();
    import(&browser, &site, &file("bieu-in.csv", as_printed()));
    let rows = browser.expect_rows(".annex tbody tr", 9);
    let files = scratch_dir("bieu-tai-ve");
    browser.download_into(&files);
    browser.click("#tai-bang");
    let csv = String::from_utf8(e2e::downloads::downloaded(&files, "csv")).expect("UTF-8");
    browser.click("#tai-xlsx");
    browser.expect_text("#tai-xlsx-trang-thai", "Đã ghi tệp, trình duyệt đang tải về.");
    let xlsx = e2e::downloads::downloaded(&files, "xlsx");
    let book = e2e::workbooks::assert_same_figures(&csv, &xlsx);
    assert_eq!(book.shown(0, 0), "XÃ MINH TÂN");
    assert_eq!(book.shown(1, 0), "BIỂU CHỈ TIÊU GIẢM NGHÈO NĂM 2027");
    assert!(
        book.merges
            .iter()
            .any(|m| book.shown(m.row, m.column) == "Cơ cấu hộ nghèo" && m.columns == 3),
        "the group cell is merged over its columns"
    );

    // The workbook goes back in as it came out.
    let again = files.join("lai.xlsx");
    std::fs::write(&again, &xlsx).unwrap();
    import(&browser, &site, &again);
    browser.expect_text("main", "Đã nhập bảng từ tệp: 9 dòng.");
    assert_eq!(browser.expect_rows(".annex tbody tr", 9), rows);
    std::fs::remove_dir_all(files).ok();
    browser.assert_clean(&site.origin);
}

#[test]
fn a_wrong_year_end_rate_and_a_rate_on_another_base_are_flagged() {
    let site = Site::start();
    let browser = Browser::start();
    let planted = as_printed()
        // Thôn Nà Pản: 25 of 212 households at year end is 11,79%.
        .replace(";6;25;11.79", ";6;25;12.79")
        // Thôn Bản Giang: 7 ethnic-minority poor of 18 poor, on the poor.
        .replace(
            "Thôn Bản Giang;305;120;18;5.90;7;2.30",
            "Thôn Bản Giang;305;120;18;5.90;7;38.89",
        );
    import(&browser, &site, &file("bieu-sai.csv", &planted));
    browser.expect_text(".findings", "tỷ lệ hộ nghèo cuối năm ghi 12,79% nhưng tính ra 11,79%");
    // Flagged with its value on the table's base: 7 of 305 households.
    let found = browser.expect_text(".findings", "ghi 38,89%");
    assert!(found.contains("2,30%"), "{found}");
    // The annex prints the figure worked out; the one the file printed is
    // kept beside it in the finding, never dropped.
    let rows = browser.expect_rows(".annex tbody tr", 9);
    assert!(rows[0].ends_with("|25|11,79%"), "{}", rows[0]);
    browser.assert_clean(&site.origin);
}

#[test]
fn a_column_corrected_by_hand_is_remembered_for_the_next_file() {
    let site = Site::start();
    let browser = Browser::start();
    let path = file("bieu-in.csv", as_printed());
    import(&browser, &site, &path);
    // The ethnic-minority households (column C) are not wanted: ignored.
    browser.select("#cot-c", "-");
    browser.wait_for_js("document.querySelector('#cot-trong-tep tbody tr:nth-child(3)').classList.contains('changed')");
    let stored = browser.script(
        "return localStorage.getItem('giamngheo.cot-nhap.bieu-chi-tieu');",
        json!([]),
    );
    assert!(stored.as_str().is_some_and(|s| s.ends_with(" 3=-")), "{stored}");

    // The next file with the same headers is read the same way.
    import(&browser, &site, &path);
    browser.expect_text("#bao-cao-nhap", "Đã đọc các cột theo cách bạn chọn lần trước");
    assert_eq!(browser.value("#cot-c"), "-");
    browser.assert_clean(&site.origin);
}

#[test]
fn a_header_not_understood_is_read_once_its_columns_are_named() {
    let site = Site::start();
    let browser = Browser::start();
    let path = file("la.csv", "Địa bàn;Tổng hộ;Nghèo\r\nThôn A;100;10\r\nThôn B;200;8\r\n");
    import(&browser, &site, &path);
    browser.expect_text("#bao-cao-nhap", "Số hộ");
    // The page says which columns it could not place; the user names them.
    browser.wait_for_js("document.querySelector('#cot-trong-tep')");
    for (column, field) in [("#cot-a", "ten"), ("#cot-b", "ho-dan-cu"), ("#cot-c", "ho-ngheo")] {
        if browser.value(column) != field {
            browser.select(column, field);
        }
    }
    browser.expect_text("main", "Đã nhập bảng từ tệp: 2 dòng.");
    browser.expect_rows(".annex tbody tr", 2);
    browser.assert_clean(&site.origin);
}
