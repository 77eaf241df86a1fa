//! The yearly plan: written on its four pages, kept in the draft across a
//! reload, printed to A4 as an administrative document with its annex, and
//! exported as a Word file that holds the plan's headings.

use std::io::Read;

use e2e::downloads::{downloaded, scratch_dir};
use e2e::{Browser, Site, target_cell, targets_link};

/// A draft with a two-village table and a written plan.
fn write_plan(site: &Site, browser: &Browser) {
    browser.goto(&site.url("/chi-tieu/"));
    browser.type_into("#don-vi", "Xã Minh Tân");
    for (row, [households, poor, able, reduction]) in [(1, ["1200", "48", "40", "12"]), (2, ["800", "24", "20", "8"])] {
        browser.type_into(&target_cell(row, 1), households);
        browser.type_into(&target_cell(row, 3), poor);
        browser.type_into(&target_cell(row, 9), able);
        browser.type_into(&target_cell(row, 10), reduction);
    }
    browser.wait_saved();
    browser.goto(&site.url("/ke-hoach/"));
    browser.type_into("#co-quan-ban-hanh", "UBND XÃ MINH TÂN");
    browser.type_into("#dia-danh", "Minh Tân");
    browser.type_into("#ngay-ban-hanh", "05/01/2027");
    browser.type_into("#trich-yeu", "Thực hiện giảm nghèo bền vững năm 2027");
    browser.type_into("#tinh-hinh-van-ban", "Năm 2026, xã đã hoàn thành chỉ tiêu giảm nghèo.");
    browser.wait_saved();
}

#[test]
fn a_plan_is_written_kept_and_generated_from_the_table() {
    let site = Site::start();
    let browser = Browser::start();
    write_plan(&site, &browser);
    // The situation is generated from the target table of the same draft.
    let generated = browser.text("section[aria-labelledby=tinh-hinh] .generated");
    assert!(
        generated.contains("2.000 hộ") && generated.contains("72 hộ nghèo"),
        "{generated}"
    );
    browser.refresh();
    browser.expect_value("#co-quan-ban-hanh", "UBND XÃ MINH TÂN");
    browser.expect_value("#tinh-hinh-van-ban", "Năm 2026, xã đã hoàn thành chỉ tiêu giảm nghèo.");
    // A part left out stays left out; each page writes its own parts and
    // keeps the others'.
    browser.goto(&site.url("/ke-hoach/thuc-hien/"));
    browser.click("#giai-phap-co");
    browser.wait_saved();
    browser.refresh();
    let checked = browser.wait_for_js(
        "document.querySelector('#giai-phap-co') && String(document.querySelector('#giai-phap-co').checked)",
    );
    assert_eq!(checked, "false");
    browser.goto(&site.url("/ke-hoach/"));
    browser.expect_value("#tinh-hinh-van-ban", "Năm 2026, xã đã hoàn thành chỉ tiêu giảm nghèo.");
    browser.assert_clean(&site.origin);
}

#[test]
fn the_plans_targets_last_year_and_clauses_are_written_into_its_text_and_print() {
    let site = Site::start();
    let browser = Browser::start();
    write_plan(&site, &browser);
    // Last year's reviews, on the plan's second page, reached from the first.
    browser.click("#phan-ke-hoach li:nth-child(2) a");
    browser.type_into("#nt-nam", "2026");
    browser.type_into("#nt-dau-0", "1980");
    browser.type_into("#nt-dau-2", "90");
    browser.type_into("#nt-cuoi-0", "2000");
    browser.type_into("#nt-cuoi-2", "72");
    browser.expect_text(
        "section[aria-labelledby=nam-truoc] .generated",
        "Cuối năm 2026, toàn xã có",
    );
    browser.wait_saved();
    browser.goto(&site.url("/ke-hoach/"));
    browser.expect_text("#cap-don-vi option:checked", "(xã)");
    browser.expect_text(
        "section[aria-labelledby=cau-ban-hanh] .generated",
        "Ủy ban nhân dân xã Minh Tân ban hành Kế hoạch thực hiện giảm nghèo bền vững năm 2027 như sau:",
    );
    // A three-line signature.
    browser.type_into("#tham-quyen", "TM. ỦY BAN NHÂN DÂN");
    browser.type_into("#ky-thay", "KT. CHỦ TỊCH");
    browser.type_into("#chuc-vu", "PHÓ CHỦ TỊCH");
    browser.wait_saved();
    // The year's targets as the plan states them: 72 poor of 2.000
    // households (3,60%) brought down to 3%.
    browser.goto(&site.url("/ke-hoach/muc-tieu/"));
    browser.type_into("#ct-muc-tieu-ty-le", "3");
    browser.expect_text(
        "section[aria-labelledby=muc-tieu] .generated",
        "Đưa tỷ lệ hộ nghèo xuống còn 3,00%",
    );
    // A cell that does not read is named, not guessed.
    browser.type_into("#ct-can-ngheo", "hai");
    browser.expect_text("#loi-chi-tieu", "Chỉ tiêu hộ cận nghèo");
    browser.type_into("#ct-can-ngheo", "0,5");
    browser.select("#ct-can-ngheo-don-vi", "diem");
    browser.expect_text("section[aria-labelledby=muc-tieu] .generated", "0,50 điểm phần trăm");
    browser.wait_for_js("document.querySelector('#loi-chi-tieu').children.length === 0");
    browser.wait_saved();

    browser.goto(&site.url("/ke-hoach/in/"));
    for expected in [
        "ban hành Kế hoạch thực hiện giảm nghèo bền vững năm 2027 như sau:",
        "Đưa tỷ lệ hộ nghèo xuống còn 3,00%",
        "Cuối năm 2026, toàn xã có",
        "KT. CHỦ TỊCH",
        "Trên đây là Kế hoạch thực hiện giảm nghèo bền vững năm 2027 của Ủy ban nhân dân xã Minh Tân./.",
    ] {
        browser.expect_text(".doc", expected);
    }
    browser.assert_clean(&site.origin);
}

#[test]
fn a_wards_plan_says_phuong_and_a_provinces_tinh() {
    let site = Site::start();
    let browser = Browser::start();
    for (unit, issuing, level, whole, body) in [
        (
            "Phường Hà Giang 1",
            "UBND PHƯỜNG HÀ GIANG 1",
            "phường",
            "Toàn phường có 1.200 hộ",
            "Ủy ban nhân dân phường Hà Giang 1 ban hành",
        ),
        (
            "Tỉnh Tuyên Quang",
            "UBND TỈNH TUYÊN QUANG",
            "tỉnh",
            "Toàn tỉnh có 1.200 hộ",
            "Ủy ban nhân dân tỉnh Tuyên Quang ban hành",
        ),
    ] {
        browser.goto(&site.url("/chi-tieu/"));
        browser.type_into("#don-vi", unit);
        browser.type_into(&target_cell(1, 1), "1200");
        browser.type_into(&target_cell(1, 3), "48");
        browser.wait_saved();
        browser.goto(&site.url("/ke-hoach/"));
        browser.expect_text("#cap-don-vi option:checked", &format!("({level})"));
        browser.expect_text("section[aria-labelledby=tinh-hinh] .generated", whole);
        browser.type_into("#co-quan-ban-hanh", issuing);
        browser.type_into("#trich-yeu", "Thực hiện giảm nghèo bền vững năm 2027");
        browser.expect_text("section[aria-labelledby=cau-ban-hanh] .generated", body);
        browser.wait_saved();
        browser.goto(&site.url("/ke-hoach/in/"));
        browser.expect_text(".doc", whole);
    }
    // A level chosen rules over the name, on every page and in the print.
    browser.goto(&site.url("/ke-hoach/"));
    browser.select("#cap-don-vi", "dac-khu");
    browser.expect_text(
        "section[aria-labelledby=tinh-hinh] .generated",
        "Toàn đặc khu có 1.200 hộ",
    );
    browser.expect_text(
        "section[aria-labelledby=cau-ban-hanh] .generated",
        "Ủy ban nhân dân đặc khu Tuyên Quang ban hành",
    );
    browser.wait_saved();
    browser.refresh();
    browser.expect_text("#cap-don-vi option:checked", "đặc khu");
    browser.goto(&site.url("/ke-hoach/in/"));
    browser.expect_text(".doc", "Toàn đặc khu có 1.200 hộ");
    browser.assert_clean(&site.origin);
}

#[test]
fn a_draft_without_a_plan_prints_nothing_but_says_where_to_write_it() {
    let site = Site::start();
    let browser = Browser::start();
    for page in ["/ke-hoach/in/", "/ke-hoach/word/"] {
        browser.goto(&site.url(page));
        browser.expect_text("#chua-co-ke-hoach", "chưa có kế hoạch");
        let offered = browser.script(
            "return document.querySelectorAll('.doc, #tai-docx').length",
            serde_json::json!([]),
        );
        assert_eq!(offered, 0, "{page} offers a document of no plan");
    }
    browser.click("#chua-co-ke-hoach a");
    browser.expect_text("#phan-ke-hoach [aria-current=page]", "Thể thức, căn cứ");
    browser.assert_clean(&site.origin);
}

#[test]
fn the_plan_prints_on_a4_with_the_national_motto_title_and_annex() {
    let site = Site::start();
    let browser = Browser::start();
    write_plan(&site, &browser);
    browser.goto(&site.url("/ke-hoach/in/"));
    let text = browser.text(".doc");
    for expected in [
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "UBND XÃ MINH TÂN",
        "Minh Tân, ngày 05 tháng 01 năm 2027",
        "KẾ HOẠCH",
        "Thực hiện giảm nghèo bền vững năm 2027",
        "Phụ lục",
    ] {
        assert!(text.contains(expected), "{expected} missing from {text}");
    }
    // The serif comes once the preview is interactive; printing waits for it.
    browser.wait_for_js("document.fonts.check('13pt \"Giamngheo Serif\"')");
    let pdf = browser.print_pdf();
    // The site's own serif is embedded: the plan prints alike on every machine.
    assert!(
        pdf.windows(b"GiamngheoSerif".len()).any(|w| w == b"GiamngheoSerif"),
        "the document serif is not in the PDF"
    );
    let sizes = e2e::pdf::page_sizes(&pdf);
    assert!(e2e::pdf::is_a4_portrait(sizes[0]), "{sizes:?}");
    assert!(
        sizes.iter().any(|&s| e2e::pdf::is_a4_landscape(s)),
        "the annex prints landscape: {sizes:?}"
    );
    assert!(
        sizes
            .iter()
            .all(|&s| e2e::pdf::is_a4_portrait(s) || e2e::pdf::is_a4_landscape(s))
    );

    // Printing chosen parts only: without the annexes, no landscape page.
    browser.click("#in-phan-11");
    browser.click("#in-phan-12");
    browser.wait_for_js("!document.querySelector('.doc .annex-sheet')");
    let sizes = e2e::pdf::page_sizes(&browser.print_pdf());
    assert!(sizes.iter().all(|&s| e2e::pdf::is_a4_portrait(s)), "{sizes:?}");
    browser.assert_clean(&site.origin);
}

#[test]
fn an_annex_over_two_pages_prints_its_total_once_and_no_row_alone() {
    let site = Site::start();
    let browser = Browser::start();
    // A table from a link is kept as a new draft at its first change.
    let link = targets_link(
        "Xã Thử",
        46,
        |i| format!("Thôn số {i:02}"),
        ["100", "0", "10", "5", "0", "0", "4", "2"],
    );
    browser.goto(&site.url(&link));
    browser.type_into("#don-vi", "Xã Thử Nghiệm");
    browser.wait_saved();
    browser.goto(&site.url("/ke-hoach/"));
    browser.type_into("#co-quan-ban-hanh", "UBND XÃ THỬ NGHIỆM");
    browser.wait_saved();
    browser.goto(&site.url("/ke-hoach/in/"));
    browser.expect_text(".doc", "Thôn số 46");
    browser.wait_for_js("document.fonts.check('13pt \"Giamngheo Serif\"')");
    let pages = e2e::pdf::page_texts(&browser.print_pdf());
    let annex: Vec<String> = pages
        .iter()
        .map(|p| p.replace(char::is_whitespace, ""))
        .filter(|p| p.contains("Thônsố"))
        .collect();
    assert!(
        annex.len() >= 2,
        "the annex fits one page; the test needs two: {annex:?}"
    );
    let totals: usize = annex.iter().map(|p| p.matches("Tổngcộng").count()).sum();
    assert_eq!(totals, 1, "the total row prints once: {annex:?}");
    // 46 rows leave the total alone on a page unless it is kept with the
    // row before it.
    let last = annex.last().unwrap();
    assert!(
        last.contains("Tổngcộng") && last.contains("Thônsố46"),
        "the total ends the annex, with the last row: {last}"
    );
    browser.assert_clean(&site.origin);
}

#[test]
fn the_plan_exports_as_a_word_file_with_its_headings() {
    let site = Site::start();
    let browser = Browser::start();
    write_plan(&site, &browser);
    browser.goto(&site.url("/ke-hoach/word/"));
    let dir = scratch_dir("docx");
    browser.download_into(&dir);
    browser.click("#tai-docx");
    let bytes = downloaded(&dir, "docx");
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes)).expect("a .docx is a zip");
    let mut types = String::new();
    archive
        .by_name("[Content_Types].xml")
        .expect("content types")
        .read_to_string(&mut types)
        .unwrap();
    assert!(types.contains("wordprocessingml.document.main+xml"));
    let mut document = String::new();
    archive
        .by_name("word/document.xml")
        .expect("the document part")
        .read_to_string(&mut document)
        .unwrap();
    let headings = browser.texts("#de-muc li");
    assert!(headings.len() >= 8, "{headings:?}");
    for heading in headings.iter().filter(|h| !h.contains(':')) {
        // Word numbers the headings from their styles' list: the .docx
        // holds the title without its "I.", "1." or "a)".
        let title = heading
            .split_once(' ')
            .filter(|(number, _)| number.ends_with('.') || number.ends_with(')'))
            .map_or(heading.as_str(), |(_, title)| title);
        assert!(document.contains(title), "{heading} missing from the .docx");
    }
    assert!(document.contains("UBND XÃ MINH TÂN"));
    assert!(document.contains("Độc lập - Tự do - Hạnh phúc"));
    assert!(document.contains("Heading1"), "headings are styled as headings");
    let _ = std::fs::remove_dir_all(&dir);
    browser.assert_clean(&site.origin);
}
