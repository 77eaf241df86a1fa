//! The funding page: a line typed for a project, the counterpart worked
//! out at the set rate beside the typed one, a total typed by hand checked
//! against the lines with the right sum named, a bad cell marked with a
//! message naming its row and column, the lines found again after a reload
//! (the draft), and the funding table on its own page: printed on A4
//! landscape pages and downloaded as CSV.

use e2e::{Browser, Site};
use serde_json::json;

fn invalid(browser: &Browser, css: &str) {
    browser.wait_for_js(&format!(
        "document.querySelector({css:?}).getAttribute('aria-invalid') === 'true'"
    ));
}

fn findings_contain(browser: &Browser, text: &str) {
    browser.wait_for_js(&format!(
        "document.querySelector('#ket-qua-kiem-tra').textContent.includes({text:?})"
    ));
}

#[test]
fn lines_counterpart_totals_and_bad_cells_are_checked_kept_and_printed() {
    let site = Site::start();
    let browser = Browser::start();
    browser.goto(&site.url("/kinh-phi/"));
    browser.expect_text_eq("main h1", "Kinh phí");
    assert!(browser.text("#trang-thai-luu").starts_with("Chưa lưu."));
    // The 2021–2025 catalogue, its weakest status shown here; the names
    // and each one's status on the catalogue's own page.
    browser.expect_text("#tom-tat-danh-muc", "Chưa đối chiếu văn bản gốc");
    browser.click("#sang-danh-muc");
    browser.expect_text("#bang-danh-muc", "DA3.TDA1");
    browser.expect_text("#bang-danh-muc", "Chưa đối chiếu văn bản gốc");
    browser.goto(&site.url("/kinh-phi/"));

    // A line for DA3 with 500 of central money, and a 10% counterpart.
    browser.click("#them-dong");
    browser.select("#dong-1-du-an", "30");
    browser.type_into("#dong-1-nstw", "500");
    browser.type_into("#doi-ung", "10");
    browser.wait_for_js("document.querySelector('#dong-1-doi-ung-tinh').textContent.trim() === '50'");
    // Nothing typed as counterpart yet: 0 is not 50, flagged beside the cell.
    invalid(&browser, "#dong-1-nsdp");
    findings_contain(&browser, "là 50 triệu đồng");
    browser.type_into("#dong-1-nsdp", "50");
    browser.wait_for_js("document.querySelector('#dong-1-nsdp').getAttribute('aria-invalid') === null");
    assert!(
        browser
            .text("#quy-tac-doi-ung")
            .starts_with("Vốn đối ứng ngân sách địa phương bằng 10% vốn ngân sách trung ương")
    );

    // A project total typed by hand that is not the sum of the lines.
    browser.click("#them-tong");
    browser.select("#tong-1-du-an", "30");
    browser.type_into("#tong-1-so", "600");
    invalid(&browser, "#tong-1-so");
    browser.expect_text_eq("#tong-1-cong", "550");
    findings_contain(
        &browser,
        "Tổng của DA3 ghi 600 triệu đồng nhưng cộng các dòng được 550 triệu đồng.",
    );

    // Bad cells: kept as typed, marked, a message beside them and in the findings.
    browser.type_into("#dong-1-dan", "-5");
    browser.type_into("#dong-1-khac", "1,500.5");
    invalid(&browser, "#dong-1-dan");
    invalid(&browser, "#dong-1-khac");
    assert!(!browser.text("#dong-1-dan-loi").is_empty());
    assert!(!browser.text("#dong-1-khac-loi").is_empty());
    findings_contain(&browser, "Dòng 1, Người dân đóng góp:");
    findings_contain(&browser, "Dòng 1, Nguồn khác:");
    let label = browser.script(
        "return document.querySelector('#dong-1-khac').getAttribute('aria-label');",
        json!([]),
    );
    assert_eq!(label, "Nguồn khác, Dòng 1 (DA3)");

    // Saved in the draft: a reload finds the lines as they were typed.
    browser.wait_for_js("document.querySelector('#trang-thai-luu').textContent.includes('Đã lưu lúc')");
    browser.refresh();
    browser.wait_for_js("document.querySelector('#dong-1-nstw')?.value === '500'");
    browser.expect_value("#dong-1-du-an", "30");
    browser.expect_value("#dong-1-dan", "-5");
    browser.expect_value("#dong-1-khac", "1,500.5");
    browser.expect_value("#doi-ung", "10");
    browser.expect_value("#tong-1-so", "600");
    findings_contain(&browser, "cộng các dòng được 550 triệu đồng");

    // The funding table of the draft: DA3 and the grand total, by source.
    let files = e2e::downloads::scratch_dir("bieu-kinh-phi");
    browser.download_into(&files);
    browser.click("#sang-bieu");
    browser.wait_for_js("document.querySelector('#bieu-tong tfoot td:nth-of-type(2)')?.textContent === '550'");
    browser.expect_text_eq("main h1", "Biểu kinh phí");
    assert_eq!(
        browser.rows("#bieu-tong tfoot tr"),
        ["|Tổng cộng|550|550|0|500|50|0|0|0|0|0%"]
    );
    assert!(browser.rows("#bieu-tong tbody tr")[0].starts_with("DA3|"));

    // As CSV for a spreadsheet: UTF-8 with a BOM, `;`, Vietnamese headers.
    browser.click("#tai-csv");
    let csv = String::from_utf8(e2e::downloads::downloaded(&files, "csv")).expect("UTF-8");
    let lines: Vec<&str> = csv.trim_start_matches('\u{feff}').lines().collect();
    assert!(lines[0].starts_with("Mã;Dự án, tiểu dự án;Tổng cộng;"), "{lines:?}");
    assert!(lines[1].starts_with("DA3;"), "{lines:?}");
    assert!(lines.contains(&";Tổng cộng;550;550;0;500;50;0;0;0;0;0%"), "{lines:?}");
    // As .xlsx (issue 16): the same figures, read natively.
    browser.click("#tai-xlsx");
    browser.expect_text("#tai-xlsx-trang-thai", "Đã ghi tệp, trình duyệt đang tải về.");
    let book = e2e::workbooks::assert_same_figures(&csv, &e2e::downloads::downloaded(&files, "xlsx"));
    assert_eq!(
        book.shown(0, 0),
        "BIỂU KINH PHÍ THỰC HIỆN CHƯƠNG TRÌNH GIẢM NGHÈO BỀN VỮNG"
    );
    assert_eq!(book.shown(1, 0), "Đơn vị tính: triệu đồng");
    std::fs::remove_dir_all(files).ok();

    // The funding table prints on A4 landscape pages.
    let pdf = browser.print_pdf();
    let sizes = e2e::pdf::page_sizes(&pdf);
    assert!(
        !sizes.is_empty() && sizes.iter().all(|&s| e2e::pdf::is_a4_landscape(s)),
        "{sizes:?}"
    );
    browser.assert_clean(&site.origin);
}

#[test]
fn the_2026_2035_catalogue_is_one_click_away_and_kept_with_its_programme() {
    let site = Site::start();
    let browser = Browser::start();
    browser.goto(&site.url("/kinh-phi/danh-muc/"));
    browser.expect_text("#chuong-trinh", "2021");
    browser.click("#dung-danh-muc-2026");
    browser.expect_text("#chuong-trinh", "2026");
    browser.expect_text("#chuong-trinh", "Nguồn thứ cấp");
    browser.expect_text("#bang-danh-muc", "TP1");
    browser.wait_saved();
    browser.refresh();
    browser.expect_text("#chuong-trinh", "2026");
    browser.click("#dung-danh-muc");
    browser.expect_text("#bang-danh-muc", "DA3.TDA1");
    browser.assert_clean(&site.origin);
}

/// Issue 16: a funding table in a workbook, as the site writes it (title,
/// unit line, header, project rows and their sub-projects, the total row),
/// imported on the table's page gives the table typed; its printed totals
/// are checked, it takes the place of the draft's lines only when asked,
/// is saved at once, and can be undone; a file that is no table changes
/// nothing.
#[test]
fn a_funding_table_imported_from_xlsx_gives_the_same_totals_as_typed() {
    let site = Site::start();
    let browser = Browser::start();
    browser.goto(&site.url("/kinh-phi/"));
    // DA3 (recurrent) and DA4 (investment), as typed.
    browser.click("#them-dong");
    browser.select("#dong-1-du-an", "30");
    browser.select("#dong-1-loai", "sn");
    browser.type_into("#dong-1-nstw", "1.200");
    browser.type_into("#dong-1-nsdp", "120,5");
    browser.click("#them-dong");
    browser.select("#dong-2-du-an", "40");
    browser.select("#dong-2-loai", "dtpt");
    browser.type_into("#dong-2-nstw", "2.000");
    browser.type_into("#dong-2-dan", "35");
    browser.wait_for_js("document.querySelector('#trang-thai-luu').textContent.includes('Đã lưu lúc')");

    let files = e2e::downloads::scratch_dir("nhap-bieu-kinh-phi");
    browser.download_into(&files);
    browser.click("#sang-bieu");
    browser.wait_for_js("document.querySelector('#bieu-tong tfoot td:nth-of-type(2)')?.textContent === '3.355,5'");
    let typed = (browser.rows("#bieu-tong tbody tr"), browser.rows("#bieu-tong tfoot tr"));
    assert!(
        typed.0[0].starts_with("DA3|") && typed.0[1].starts_with("DA4|"),
        "{typed:?}"
    );
    browser.click("#tai-xlsx");
    browser.expect_text("#tai-xlsx-trang-thai", "Đã ghi tệp, trình duyệt đang tải về.");
    let book = e2e::downloads::downloaded(&files, "xlsx");
    let xlsx = files.join("bieu-kinh-phi.xlsx");
    assert!(xlsx.exists(), "the workbook downloaded as {}", xlsx.display());
    assert!(!book.is_empty());

    // The draft changes: DA3's central money is now 700.
    browser.goto(&site.url("/kinh-phi/"));
    browser.wait_for_js("document.querySelector('#dong-1-nstw')?.value === '1.200'");
    browser.type_into("#dong-1-nstw", "700");
    browser.wait_for_js("document.querySelector('#trang-thai-luu').textContent.includes('Đã lưu lúc')");
    browser.goto(&site.url("/kinh-phi/bang/"));
    browser.wait_for_js("document.querySelector('#bieu-tong tfoot td:nth-of-type(2)')?.textContent === '2.855,5'");
    let changed = browser.rows("#bieu-tong tbody tr");

    // A file that is no table: said so, the draft untouched.
    let not_a_table = files.join("ghi-chu.csv");
    std::fs::write(&not_a_table, "Ghi chú;Người lập\nxin chào;Lan\n").unwrap();
    browser.choose_file("#nhap-bieu", &not_a_table);
    browser.expect_text("#bao-cao-nhap", "Không tìm thấy dòng tiêu đề của biểu kinh phí");
    browser.expect_text("main", "Không nhập được tệp; bảng đang có vẫn giữ nguyên.");
    browser.wait_for_js("document.querySelectorAll('#cot-trong-tep tbody tr').length === 2");
    assert_eq!(
        browser.script("return document.querySelector('#dung-bieu') === null;", json!([])),
        json!(true)
    );
    assert_eq!(browser.rows("#bieu-tong tbody tr"), changed);

    // The workbook: read, checked, offered in place of the 2 lines there are.
    browser.choose_file("#nhap-bieu", &xlsx);
    let headline = browser.expect_text("main", "Đã đọc từ tệp 2 dòng kinh phí và ");
    assert!(
        headline.contains("số tổng ghi sẵn; 0 dòng không nhập được."),
        "{headline}"
    );
    browser.expect_text("#bao-cao-nhap", "Các số tổng ghi trong tệp khớp với các dòng.");
    browser.expect_text("#bao-cao-nhap", "Bỏ qua 2 dòng phía trên dòng tiêu đề");
    browser.expect_text_eq("#dung-bieu", "Thay 2 dòng đang có bằng biểu trong tệp (2 dòng)");
    assert_eq!(
        browser.rows("#bieu-tong tbody tr"),
        changed,
        "nothing changes before it is used"
    );
    browser.click("#dung-bieu");
    browser.expect_text("#da-dung-bieu", "Đã dùng biểu trong tệp và lưu vào bản nháp.");
    assert_eq!(
        (browser.rows("#bieu-tong tbody tr"), browser.rows("#bieu-tong tfoot tr")),
        typed
    );
    // Undone: the lines there were, saved too.
    browser.click("#hoan-tac-bieu");
    browser.wait_for_js("document.querySelector('#da-dung-bieu') === null");
    assert_eq!(browser.rows("#bieu-tong tbody tr"), changed);
    browser.refresh();
    browser.wait_for_js("document.querySelector('#bieu-tong tfoot td:nth-of-type(2)')?.textContent === '2.855,5'");

    // Used again, and found after a reload and on the funding page, where
    // the printed totals it brought agree with the lines.
    browser.choose_file("#nhap-bieu", &xlsx);
    browser.click("#dung-bieu");
    browser.expect_text("#da-dung-bieu", "Đã dùng biểu trong tệp");
    browser.refresh();
    browser.wait_for_js("document.querySelector('#bieu-tong tfoot td:nth-of-type(2)')?.textContent === '3.355,5'");
    assert_eq!(
        (browser.rows("#bieu-tong tbody tr"), browser.rows("#bieu-tong tfoot tr")),
        typed
    );
    // A workbook's numbers come as numbers: 1.200 reads back as 1200.
    browser.goto(&site.url("/kinh-phi/"));
    browser.wait_for_js("document.querySelector('#dong-1-nstw')?.value === '1200'");
    browser.expect_value("#dong-1-nsdp", "120,5");
    browser.expect_value("#dong-2-dan", "35");
    findings_contain(&browser, "Không phát hiện sai sót.");
    std::fs::remove_dir_all(files).ok();
    browser.assert_clean(&site.origin);
}
