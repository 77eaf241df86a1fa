//! The household-list page: a CSV list read in the browser, classified,
//! counted by village, with the deprivation profile and the Alkire–Foster
//! measures; long reads show progress and can be stopped.

use e2e::{Browser, Site, golden_list};

#[test]
fn a_household_list_is_counted_by_village_with_its_deprivation_profile() {
    let site = Site::start();
    let browser = Browser::start();
    browser.goto(&site.url("/chi-tieu/danh-sach-ho/"));
    browser.expect_text_eq("main h1", "Danh sách hộ");
    browser.select("#chuan", "nd07-2021");
    browser.choose_file("#tep", &golden_list());
    browser.wait_for_js("document.querySelector('#thoi-gian')");
    browser.expect_text("#trang-thai", "Đã phân loại 10 hộ trong");

    assert_eq!(
        browser.rows("#bang-dem tbody tr"),
        [
            "Thôn 1|5|2|2|40,00%|1|20,00%|2|1|1",
            "Bản Mới|5|4|2|40,00%|1|20,00%|2|1|1"
        ]
    );
    assert_eq!(
        browser.rows("#bang-dem tfoot tr"),
        ["Tổng cộng|10|6|4|40,00%|2|20,00%|4|2|2"]
    );
    let rejected = browser.texts("#loi-dong li");
    assert_eq!(rejected.len(), 2, "{rejected:?}");
    assert!(rejected[0].starts_with("Dòng 10, cột E «Thu nhập»"), "{}", rejected[0]);
    assert!(rejected[1].starts_with("Dòng 14, cột D «Khu vực»"), "{}", rejected[1]);

    // Poor and near-poor: 6 households; poor alone: 4.
    assert_eq!(
        browser.rows("#ho-so-thieu-hut tfoot tr"),
        ["Tổng cộng|6|50,00%|33,33%|50,00%|50,00%|16,67%|33,33%|0,00%|0,00%|16,67%|50,00%|16,67%|0,00%"]
    );
    browser.click("#nhom-ngheo");
    browser.wait_for_js("document.querySelector('#ho-so-thieu-hut tfoot td').textContent === '4'");
    assert!(browser.rows("#ho-so-thieu-hut tfoot tr")[0].starts_with("Tổng cộng|4|75,00%|25,00%|50,00%"));

    // h4 in Thôn 1, h7 and h8 in Bản Mới are above the line and within the
    // average band (Nghị định 30/2025/NĐ-CP).
    assert_eq!(browser.rows("#bang-thu-nhap-thap tbody tr"), ["Thôn 1|1", "Bản Mới|2"]);
    assert_eq!(browser.rows("#bang-thu-nhap-thap tfoot tr"), ["Tổng cộng|3"]);
    browser.expect_text("main", "30/2025/NĐ-CP");

    browser.expect_text_eq("#af-h", "0,500");
    browser.expect_text_eq("#af-a", "0,350");
    browser.expect_text_eq("#af-m0", "0,175");

    // The counts by village as CSV and as .xlsx (issue 16): the same
    // figures as on the page, in both files.
    let files = e2e::downloads::scratch_dir("so-ho-theo-thon");
    browser.download_into(&files);
    browser.click("#tai-csv-thon");
    let csv = String::from_utf8(e2e::downloads::downloaded(&files, "csv")).expect("UTF-8");
    let lines: Vec<&str> = csv.trim_start_matches('\u{feff}').lines().collect();
    assert_eq!(lines[1], "1;Thôn 1;5;2;2;40,00;1;20,00;2;1;1;1;1", "{lines:?}");
    assert_eq!(lines[3], ";Tổng cộng;10;6;4;40,00;2;20,00;4;2;2;3;3", "{lines:?}");
    browser.click("#tai-xlsx-thon");
    browser.expect_text("#tai-xlsx-thon-trang-thai", "Đã ghi tệp, trình duyệt đang tải về.");
    let book = e2e::workbooks::assert_same_figures(&csv, &e2e::downloads::downloaded(&files, "xlsx"));
    assert_eq!(book.shown(0, 0), "SỐ HỘ NGHÈO, HỘ CẬN NGHÈO THEO THÔN, TỔ DÂN PHỐ");
    std::fs::remove_dir_all(files).ok();
    browser.assert_clean(&site.origin);
}

/// The golden list saved from Excel as a workbook (issue 16): read in the
/// reader worker as the CSV file is, with the same counts; the sheet read
/// is named, since the workbook has a second one.
#[test]
fn a_household_list_as_xlsx_is_counted_as_its_csv() {
    let csv = std::fs::read_to_string(golden_list()).expect("the golden list");
    let grid = table_grid::Grid::from_csv(&csv, planning::Separator::detect(&csv), 1_000);
    let mut book = rust_xlsxwriter::Workbook::new();
    let sheet = book.add_worksheet().set_name("Danh sách").unwrap();
    for (r, row) in grid.rows.iter().enumerate() {
        for (c, cell) in row.iter().enumerate() {
            let (r, c) = (r as u32, c as u16);
            // Whole numbers as numbers, as Excel keeps typed figures.
            match vn_format::parse_count(cell) {
                Ok(n) => sheet.write_number(r, c, n as f64).map(drop),
                Err(_) => sheet.write_string(r, c, cell).map(drop),
            }
            .unwrap();
        }
    }
    book.add_worksheet()
        .set_name("Ghi chú")
        .unwrap()
        .write_string(0, 0, "Rà soát 2026")
        .unwrap();
    let dir = e2e::downloads::scratch_dir("ho-xlsx");
    let path = dir.join("danh-sach-ho.xlsx");
    std::fs::write(&path, book.save_to_buffer().unwrap()).unwrap();

    let site = Site::start();
    let browser = Browser::start();
    browser.goto(&site.url("/chi-tieu/danh-sach-ho/"));
    browser.select("#chuan", "nd07-2021");
    browser.choose_file("#tep", &path);
    browser.expect_text("#trang-thai", "Đã phân loại 10 hộ trong");
    browser.expect_value("#trang-tinh", "Danh sách");
    let counts = [
        "Thôn 1|5|2|2|40,00%|1|20,00%|2|1|1",
        "Bản Mới|5|4|2|40,00%|1|20,00%|2|1|1",
    ];
    assert_eq!(browser.rows("#bang-dem tbody tr"), counts);
    assert_eq!(browser.texts("#loi-dong li").len(), 2, "the same two rows refused");
    // The other worksheet, chosen by the user, is read instead (it holds no
    // list: said so, with its one column shown), then the list again.
    browser.select("#trang-tinh", "Ghi chú");
    browser.expect_text("#trang-thai", "Tệp thiếu cột");
    browser.wait_for_js("document.querySelectorAll('#cot-trong-tep tbody tr').length === 1");
    browser.expect_value("#trang-tinh", "Ghi chú");
    browser.select("#trang-tinh", "Danh sách");
    browser.expect_text("#trang-thai", "Đã phân loại 10 hộ trong");
    assert_eq!(browser.rows("#bang-dem tbody tr"), counts);
    std::fs::remove_dir_all(dir).ok();
    browser.assert_clean(&site.origin);
}

#[test]
fn a_long_read_shows_progress_and_can_be_stopped() {
    let site = Site::start();
    let browser = Browser::start();
    browser.goto(&site.url("/chi-tieu/danh-sach-ho/"));
    let dir = std::env::temp_dir().join(format!("danh-sach-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("lon.csv");
    std::fs::write(&path, household_list::sample::synthetic_list(190_000, 7)).unwrap();
    browser.choose_file("#tep", &path);
    // Clicked from inside the page, between two chunks of the read: a
    // WebDriver round trip could arrive after the read has finished.
    browser.wait_for_js("document.querySelector('#huy-doc') && (document.querySelector('#huy-doc').click(), true)");
    browser.expect_text("#trang-thai", "Đã dừng đọc tệp");
    assert!(
        browser.rows("#bang-dem tbody tr").is_empty(),
        "no result after stopping"
    );
    // The page still works: the small list reads after the stopped one.
    browser.choose_file("#tep", &golden_list());
    browser.wait_for_js("document.querySelector('#bang-dem')");
    let _ = std::fs::remove_dir_all(&dir);
    browser.assert_clean(&site.origin);
}

fn assert_nothing_kept(browser: &Browser) {
    let none = browser.script(
        "return document.querySelector('#danh-sach-da-luu') === null;",
        serde_json::json!([]),
    );
    assert_eq!(none, true, "no list is kept in the draft");
}

/// Kept in the draft only when asked, by the drafts page the list is handed
/// to: opened again from the draft with the same counts, and removed on
/// request.
#[test]
fn a_household_list_is_kept_in_the_draft_only_when_asked() {
    let site = Site::start();
    let browser = Browser::start();
    browser.goto(&site.url("/chi-tieu/danh-sach-ho/"));
    browser.select("#chuan", "nd07-2021");
    browser.choose_file("#tep", &golden_list());
    browser.wait_for_js("document.querySelector('#thoi-gian')");
    let counted = browser.rows("#bang-dem tfoot tr");
    // Read, not kept: a reload finds nothing.
    browser.refresh();
    browser.text("main h1");
    assert_nothing_kept(&browser);

    browser.select("#chuan", "nd07-2021");
    browser.choose_file("#tep", &golden_list());
    browser.wait_for_js("document.querySelector('#thoi-gian')");
    browser.click("#luu-danh-sach");
    // The drafts page keeps it, says where, and leads back.
    assert!(
        browser
            .text("#thong-bao-ban-nhap")
            .starts_with("Đã lưu danh sách hộ vào bản nháp «")
    );
    assert_eq!(browser.texts("#danh-sach-ban-nhap tbody tr").len(), 1);
    // Handed over once: a reload of the drafts page keeps nothing again.
    browser.refresh();
    browser.wait_for_js("document.querySelector('#danh-sach-ban-nhap tbody tr')");
    let said = browser.script(
        "return document.querySelector('#thong-bao-ban-nhap').textContent + (document.querySelector('#ve-danh-sach-ho') ? 'link' : '');",
        serde_json::json!([]),
    );
    assert_eq!(said, "", "nothing handed over again");
    browser.goto(&site.url("/chi-tieu/danh-sach-ho/"));

    assert!(
        browser
            .text("#danh-sach-da-luu")
            .starts_with("Bản nháp đang mở có một danh sách hộ đã lưu")
    );
    browser.select("#chuan", "nd07-2021");
    browser.click("#mo-danh-sach");
    browser.wait_for_js("document.querySelector('#thoi-gian')");
    assert_eq!(browser.rows("#bang-dem tfoot tr"), counted);

    browser.click("#xoa-danh-sach");
    assert!(
        browser
            .text("#thong-bao-ban-nhap")
            .starts_with("Đã xoá danh sách hộ khỏi bản nháp «")
    );
    browser.click("#ve-danh-sach-ho");
    browser.text("#giu-danh-sach");
    assert_nothing_kept(&browser);
    browser.assert_clean(&site.origin);
}

/// Issue 16: the column-mapping step of the household list's import. A
/// column the page does not know refuses the list with every column shown
/// as read; the user says which it is, the list is read at once, and the
/// next file with the same headers is read the same way.
#[test]
fn a_column_mapped_by_hand_reads_the_list_and_is_remembered() {
    let site = Site::start();
    let browser = Browser::start();
    let dir = e2e::downloads::scratch_dir("cot-danh-sach-ho");
    let list = dir.join("danh-sach-tien-kiem-duoc.csv");
    let golden = std::fs::read_to_string(golden_list()).unwrap();
    std::fs::write(&list, golden.replacen("Thu nhập", "Tiền kiếm được", 1)).unwrap();

    browser.goto(&site.url("/chi-tieu/danh-sach-ho/"));
    browser.select("#chuan", "nd07-2021");
    browser.choose_file("#tep", &list);
    browser.expect_text("#trang-thai", "Tệp thiếu cột: thu_nhap");
    assert_eq!(
        browser.rows("#cot-trong-tep tbody tr")[4]
            .split('|')
            .take(2)
            .collect::<Vec<_>>(),
        ["E", "Tiền kiếm được"]
    );
    browser.select("#cot-e", "thu-nhap");
    browser.expect_text("#trang-thai", "Đã phân loại 10 hộ trong");
    assert_eq!(
        browser.rows("#bang-dem tfoot tr"),
        ["Tổng cộng|10|6|4|40,00%|2|20,00%|4|2|2"]
    );
    browser.wait_for_js("document.querySelector('#cot-trong-tep tbody tr:nth-child(5)').classList.contains('changed')");

    // Another visit: the same headers are read as the user said.
    browser.goto(&site.url("/chi-tieu/danh-sach-ho/"));
    browser.select("#chuan", "nd07-2021");
    browser.choose_file("#tep", &list);
    browser.expect_text("#trang-thai", "Đã phân loại 10 hộ trong");
    browser.expect_value("#cot-e", "thu-nhap");
    std::fs::remove_dir_all(dir).ok();
    browser.assert_clean(&site.origin);
}
