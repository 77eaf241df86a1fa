//! The yearly plan: written on its five pages (its outline, targets, last
//! year's results and projects among them), kept in the draft across a
//! reload, printed to A4 as an administrative document with its annex, and
//! exported as a Word file that holds the plan's headings and sentences.

use std::io::Read;

use e2e::downloads::{downloaded, scratch_dir};
use e2e::{Browser, Site, golden_list, target_cell, targets_link};

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
    // Nor do the editing pages after the first, which carry no starter
    // wording to begin a plan with.
    for page in [
        "/ke-hoach/in/",
        "/ke-hoach/word/",
        "/ke-hoach/ket-qua/",
        "/ke-hoach/muc-tieu/",
        "/ke-hoach/thieu-hut/",
        "/ke-hoach/du-an/",
        "/ke-hoach/bo-cuc/",
    ] {
        browser.goto(&site.url(page));
        browser.expect_text("#chua-co-ke-hoach", "chưa có kế hoạch");
        let offered = browser.script(
            "return document.querySelectorAll('.doc, #tai-docx, #du-an, #bo-cuc, #nam-truoc, #muc-tieu-van-ban, #bang-chieu').length",
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
    let annex: Vec<String> = printed_pages(&browser)
        .into_iter()
        .filter(|p| p.contains("Thônsố"))
        .collect();
    // 46 rows leave the total alone on a page unless it is kept with the
    // row before it.
    assert_total_once_with_the_last_row(&annex, "Thônsố46");
    browser.assert_clean(&site.origin);
}

/// Each page of the print, in the serif it is printed in, without its
/// white space (the PDF's text breaks lines anywhere).
fn printed_pages(browser: &Browser) -> Vec<String> {
    browser.wait_for_js("document.fonts.check('13pt \"Giamngheo Serif\"')");
    e2e::pdf::page_texts(&browser.print_pdf())
        .iter()
        .map(|p| p.replace(char::is_whitespace, ""))
        .collect()
}

/// An annex over two pages or more prints "Tổng cộng" once, on its last
/// page, with `last_row`.
fn assert_total_once_with_the_last_row(annex: &[String], last_row: &str) {
    assert!(
        annex.len() >= 2,
        "the annex fits one page; the test needs two: {annex:?}"
    );
    let totals: usize = annex.iter().map(|p| p.matches("Tổngcộng").count()).sum();
    assert_eq!(totals, 1, "the total row prints once: {annex:?}");
    let last = annex.last().unwrap();
    assert!(
        last.contains("Tổngcộng") && last.contains(last_row),
        "the total ends the annex, with the last row: {last}"
    );
}

/// The funding annex over two pages: its total once, at its end, with
/// the row before it.
#[test]
fn a_funding_annex_over_two_pages_prints_its_total_once() {
    let site = Site::start();
    let browser = Browser::start();
    write_plan(&site, &browser);
    // A line for every project and sub-project of the 2021–2025 catalogue.
    browser.goto(&site.url("/kinh-phi/"));
    let projects = [
        "10", "11", "12", "20", "30", "31", "32", "40", "41", "42", "43", "50", "60", "61", "62", "70", "71", "72",
    ];
    for (i, project) in projects.iter().enumerate() {
        browser.click("#them-dong");
        browser.select(&format!("#dong-{}-du-an", i + 1), project);
        browser.type_into(&format!("#dong-{}-nstw", i + 1), "100");
    }
    browser.wait_saved();
    browser.goto(&site.url("/ke-hoach/in/"));
    browser.expect_text(".doc", "DA7.TDA2");
    let pages = printed_pages(&browser);
    let start = pages
        .iter()
        .position(|p| p.contains("PhụlụcII"))
        .unwrap_or_else(|| panic!("no funding annex: {pages:?}"));
    assert_total_once_with_the_last_row(&pages[start..], "DA7.TDA2");
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
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(&bytes)).expect("a .docx is a zip");
    let mut types = String::new();
    archive
        .by_name("[Content_Types].xml")
        .expect("content types")
        .read_to_string(&mut types)
        .unwrap();
    assert!(types.contains("wordprocessingml.document.main+xml"));
    let document = docx_text(&bytes);
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

#[test]
fn each_projects_section_names_one_lead_office_and_prints_with_its_outputs() {
    let site = Site::start();
    let browser = Browser::start();
    write_plan(&site, &browser);
    // 500 million of central money for DA3, on the funding page.
    browser.goto(&site.url("/kinh-phi/"));
    browser.click("#them-dong");
    browser.select("#dong-1-du-an", "30");
    browser.type_into("#dong-1-nstw", "500");
    browser.wait_saved();
    browser.goto(&site.url("/ke-hoach/du-an/"));
    browser.expect_text("#du-an-da3", "DA3 - ");
    browser.expect_text("section[aria-labelledby=du-an]", "Kinh phí: 500 triệu đồng.");
    // A funded project without a lead office is named.
    browser.expect_text("#loi-du-an", "DA3: chưa có cơ quan chủ trì");
    browser.click("#du-an-da3-goi-y");
    browser.wait_for_js("document.querySelector('#du-an-da3-noi-dung').value.startsWith('Hỗ trợ giống')");
    browser.click("#du-an-da3-them-co-quan");
    browser.type_into("#du-an-da3-co-quan-1", "Phòng Kinh tế");
    browser.wait_for_js("document.querySelector('#loi-du-an').children.length === 0");
    // Two leads are one too many.
    browser.click("#du-an-da3-them-co-quan");
    browser.type_into("#du-an-da3-co-quan-2", "Hội Nông dân xã");
    browser.select("#du-an-da3-vai-tro-2", "chu-tri");
    browser.expect_text(
        "#loi-du-an",
        "DA3: có 2 cơ quan chủ trì (Phòng Kinh tế, Hội Nông dân xã)",
    );
    browser.select("#du-an-da3-vai-tro-2", "phoi-hop");
    browser.wait_for_js("document.querySelector('#loi-du-an').children.length === 0");
    browser.click("#du-an-da3-them-san-pham");
    browser.type_into("#du-an-da3-so-luong-1", "20");
    browser.type_into("#du-an-da3-don-vi-1", "hộ");
    browser.type_into("#du-an-da3-san-pham-1", "được hỗ trợ bò giống");
    // A project with no money yet, added from the catalogue, needs a lead too.
    browser.select("#them-du-an", "DA5");
    browser.click("#them-du-an-nut");
    browser.expect_text("#loi-du-an", "DA5: chưa có cơ quan chủ trì");
    browser.wait_for_js("document.querySelector('#du-an-da5-noi-dung').value.startsWith('Hỗ trợ xây mới')");
    browser.click("#du-an-da5-bo");
    browser.wait_for_js(
        "!document.querySelector('#du-an-da5') && document.querySelector('#loi-du-an').children.length === 0",
    );
    browser.wait_saved();
    browser.refresh();
    browser.expect_value("#du-an-da3-co-quan-2", "Hội Nông dân xã");
    let problems = browser.axe_violations();
    assert!(problems.is_empty(), "axe-core on a project's section: {problems:?}");

    browser.goto(&site.url("/ke-hoach/in/"));
    for expected in [
        "Hỗ trợ giống, vật tư",
        "Cơ quan chủ trì: Phòng Kinh tế; phối hợp: Hội Nông dân xã.",
        "Sản phẩm: 20 hộ được hỗ trợ bò giống.",
        "Phân công thực hiện các dự án:",
    ] {
        browser.expect_text(".doc", expected);
    }

    // The draft moves to the 2026–2035 catalogue: DA3's section, kept,
    // is named as not printed and can be taken out.
    browser.goto(&site.url("/kinh-phi/danh-muc/"));
    browser.click("#dung-danh-muc-2026");
    browser.expect_text("#bang-danh-muc", "TP1");
    browser.wait_saved();
    browser.goto(&site.url("/ke-hoach/du-an/"));
    browser.expect_text("#loi-du-an", "DA3: không có trong danh mục dự án");
    browser.click("#du-an-da3-bo");
    browser.wait_for_js("document.querySelector('#loi-du-an').children.length === 0");
    browser.wait_saved();
    browser.goto(&site.url("/ke-hoach/in/"));
    browser.expect_text(".doc", "UBND XÃ MINH TÂN");
    assert!(
        !browser.text(".doc").contains("bò giống"),
        "the section taken out is not printed"
    );
    browser.assert_clean(&site.origin);
}

#[test]
fn the_outline_is_reordered_renamed_and_grown_and_the_print_and_word_follow_it() {
    let site = Site::start();
    let browser = Browser::start();
    write_plan(&site, &browser);
    browser.goto(&site.url("/ke-hoach/bo-cuc/"));
    // The usual context part, with its starter text, added last (eighth)
    // and moved to the top, the focus following it.
    browser.select("#bo-cuc-them", "1");
    browser.click("#bo-cuc-them-nut");
    browser.expect_value("#bo-cuc-8-ten", "BỐI CẢNH");
    for at in (2..=8).rev() {
        browser.click(&format!("#bo-cuc-{at}-len"));
        // At the top "up" is disabled: the focus goes to "down".
        let focused = if at == 2 {
            "bo-cuc-1-xuong".to_owned()
        } else {
            format!("bo-cuc-{}-len", at - 1)
        };
        browser.wait_for_js(&format!("document.activeElement.id === '{focused}'"));
    }
    browser.expect_value("#bo-cuc-1-ten", "BỐI CẢNH");
    browser.type_into(
        "#bo-cuc-1-van-ban",
        "# Thuận lợi\n\nGiao thông đến các thôn đã thuận tiện.",
    );
    // The situation, now second, renamed.
    browser.type_into("#bo-cuc-2-ten", "ĐÁNH GIÁ TÌNH HÌNH");
    browser.wait_saved();
    browser.refresh();
    browser.expect_value("#bo-cuc-2-ten", "ĐÁNH GIÁ TÌNH HÌNH");
    let problems = browser.axe_violations();
    assert!(problems.is_empty(), "axe-core on the outline: {problems:?}");

    browser.goto(&site.url("/ke-hoach/in/"));
    browser.expect_text(".doc", "Giao thông đến các thôn đã thuận tiện.");
    let order = browser.wait_for_js(
        "(() => { const t = document.querySelector('.doc').textContent; \
         const a = t.indexOf('BỐI CẢNH'), b = t.indexOf('ĐÁNH GIÁ TÌNH HÌNH'), c = t.indexOf('MỤC ĐÍCH'); \
         return a >= 0 && a < b && b < c ? 'in order' : null; })()",
    );
    assert_eq!(order, "in order");
    browser.expect_text(".doc", "I. BỐI CẢNH");
    browser.expect_text(".doc", "1. Thuận lợi");

    browser.goto(&site.url("/ke-hoach/word/"));
    let dir = scratch_dir("docx-outline");
    browser.download_into(&dir);
    browser.click("#tai-docx");
    let document = docx_text(&downloaded(&dir, "docx"));
    let (context, situation) = (document.find("BỐI CẢNH"), document.find("ĐÁNH GIÁ TÌNH HÌNH"));
    assert!(
        context.is_some() && context < situation,
        "the .docx follows the outline"
    );
    assert!(document.contains("Giao thông đến các thôn đã thuận tiện."));
    let _ = std::fs::remove_dir_all(&dir);
    browser.assert_clean(&site.origin);
}

/// Targets per dimension as a table: the standard's indicators added, the
/// baselines filled from the household list kept in the draft, every
/// figure kept as typed and checked, and the table printed.
#[test]
fn the_targets_per_dimension_take_their_baselines_from_the_kept_household_list() {
    let site = Site::start();
    let browser = Browser::start();
    write_plan(&site, &browser);
    browser.goto(&site.url("/ke-hoach/thieu-hut/"));
    browser.expect_text("#chua-co-danh-sach", "Bản nháp chưa có danh sách hộ");

    browser.goto(&site.url("/chi-tieu/danh-sach-ho/"));
    browser.select("#chuan", "nd07-2021");
    browser.choose_file("#tep", &golden_list());
    browser.wait_for_js("document.querySelector('#thoi-gian')");
    browser.click("#luu-danh-sach");
    browser.expect_text("#thong-bao-ban-nhap", "Đã lưu danh sách hộ vào bản nháp");

    browser.goto(&site.url("/ke-hoach/thieu-hut/"));
    // The 2027–2030 standard's indicators are not checked against its text.
    browser.select("#chuan-chieu", "nd351-2027");
    browser.expect_text("#chuan-chieu-trang-thai", "Chưa đối chiếu văn bản gốc");
    browser.select("#chuan-chieu", "nd07-2021");
    browser.click("#them-chi-so");
    assert_eq!(browser.expect_rows("#bang-chieu tbody tr", 12).len(), 12);
    browser.expect_value(
        "#chieu-4-chi-tieu",
        "Tỷ lệ hộ nghèo, hộ cận nghèo thiếu hụt chỉ số bảo hiểm y tế",
    );
    // A baseline typed before the list is read is kept, and compared.
    browser.type_into("#chieu-2-hien-trang", "40");
    browser.click("#dien-hien-trang");
    browser.expect_text("#thong-bao-hien-trang", "Đã điền 11 ô hiện trạng");
    browser.expect_text("#thong-bao-hien-trang", "danh sách: 6.");
    browser.expect_value("#chieu-1-hien-trang", "50,00");
    browser.expect_value("#chieu-5-hien-trang", "16,67");
    browser.expect_value("#chieu-2-hien-trang", "40");
    browser.expect_text(
        "#loi-chieu",
        "Dòng 2: hiện trạng ghi 40,00% nhưng danh sách hộ cho 33,33%.",
    );
    browser.click("#chieu-2-dung-danh-sach");
    browser.expect_value("#chieu-2-hien-trang", "33,33");
    // A deprivation share set to rise, and a figure that is not one.
    browser.type_into("#chieu-4-muc-tieu", "55");
    browser.expect_text("#loi-chieu", "Dòng 4: mục tiêu 55,00% cao hơn hiện trạng 50,00%");
    browser.type_into("#chieu-4-muc-tieu", "30");
    browser.type_into("#chieu-1-muc-tieu", "ba mươi");
    browser.expect_text("#loi-chieu", "Dòng 1, mục tiêu:");
    browser.type_into("#chieu-1-muc-tieu", "40");
    browser.expect_text_eq("#loi-chieu", "Không thấy lỗi.");
    // A row of one's own, and rows taken out.
    browser.click("#them-dong-chieu");
    browser.type_into("#chieu-13-chi-tieu", "Tỷ lệ người thuộc hộ nghèo có thẻ bảo hiểm y tế");
    browser.type_into("#chieu-13-don-vi", "%");
    browser.type_into("#chieu-13-hien-trang", "95");
    browser.type_into("#chieu-13-muc-tieu", "100");
    for _ in 0..7 {
        browser.click("#chieu-5-xoa");
    }
    browser.expect_rows("#bang-chieu tbody tr", 6);
    browser.expect_value("#chieu-5-hien-trang", "0,00");
    browser.expect_text_eq("#loi-chieu", "Không thấy lỗi.");
    browser.wait_saved();
    let problems = browser.axe_violations();
    assert!(
        problems.is_empty(),
        "axe-core on the targets per dimension: {problems:?}"
    );
    browser.refresh();
    browser.expect_value("#chieu-6-chi-tieu", "Tỷ lệ người thuộc hộ nghèo có thẻ bảo hiểm y tế");

    browser.goto(&site.url("/ke-hoach/in/"));
    browser.expect_text(".doc", "Chỉ tiêu về các chiều thiếu hụt dịch vụ xã hội cơ bản");
    let table = browser.wait_for_js(
        "Array.from(document.querySelectorAll('.doc table')).map(t => t.textContent).find(t => t.includes('Hiện trạng')) || null",
    );
    let table = table.as_str().unwrap_or_default().to_owned();
    for expected in [
        "Mục tiêu năm",
        "Tỷ lệ hộ nghèo, hộ cận nghèo thiếu hụt chỉ số bảo hiểm y tế",
        "33,33",
        "Tỷ lệ người thuộc hộ nghèo có thẻ bảo hiểm y tế",
    ] {
        assert!(table.contains(expected), "{expected} in {table}");
    }
    browser.assert_clean(&site.origin);
}

/// The .docx's main part.
fn docx_text(bytes: &[u8]) -> String {
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes)).expect("a .docx is a zip");
    let mut document = String::new();
    archive
        .by_name("word/document.xml")
        .expect("the document part")
        .read_to_string(&mut document)
        .unwrap();
    document
}

#[test]
fn a_2027_plan_at_a_change_of_standard_prints_and_exports_its_targets_and_both_reviews() {
    let site = Site::start();
    let browser = Browser::start();
    write_plan(&site, &browser);
    // 100 near-poor households in the table (60 and 40), 5% of 2.000.
    browser.goto(&site.url("/chi-tieu/"));
    browser.type_into(&target_cell(1, 5), "60");
    browser.type_into(&target_cell(2, 5), "40");
    browser.wait_saved();
    // End-2026 review under both standards: the 2027 lists are made under
    // the 2027–2030 one.
    browser.goto(&site.url("/ke-hoach/ket-qua/"));
    browser.type_into("#nt-nam", "2026");
    for (cell, value) in [
        ("#nt-dau-0", "1980"),
        ("#nt-dau-2", "90"),
        ("#nt-cuoi-0", "2000"),
        ("#nt-cuoi-2", "72"),
        ("#nt-moi-0", "2000"),
        ("#nt-moi-2", "110"),
    ] {
        browser.type_into(cell, value);
    }
    browser.type_into("#nt-chuan-cu", "chuẩn nghèo giai đoạn 2022–2025");
    browser.type_into("#nt-chuan-moi", "chuẩn nghèo giai đoạn 2027–2030");
    let comparison = "Theo chuẩn nghèo giai đoạn 2027–2030, cuối năm 2026 toàn xã có";
    browser.expect_text("section[aria-labelledby=nam-truoc] .generated", comparison);
    browser.wait_saved();
    // Near-poor and combined targets beside the table's 20 poor.
    browser.goto(&site.url("/ke-hoach/muc-tieu/"));
    browser.type_into("#ct-can-ngheo", "10");
    browser.type_into("#ct-ca-hai", "30");
    let combined = "Giảm 30 hộ nghèo và hộ cận nghèo (giảm 20 hộ nghèo, 10 hộ cận nghèo)";
    let near_poor = "Giảm 10 hộ cận nghèo, tương đương 0,50 điểm phần trăm";
    browser.expect_text("section[aria-labelledby=muc-tieu] .generated", combined);
    browser.expect_text("section[aria-labelledby=muc-tieu] .generated", near_poor);
    browser.wait_saved();

    let expected = [comparison, combined, near_poor, "Chênh lệch", "Tỷ lệ đạt"];
    browser.goto(&site.url("/ke-hoach/in/"));
    browser.expect_text(".doc", combined);
    browser.wait_for_js("document.fonts.check('13pt \"Giamngheo Serif\"')");
    let printed = e2e::pdf::page_texts(&browser.print_pdf())
        .concat()
        .replace(char::is_whitespace, "");
    for sentence in expected {
        assert!(
            printed.contains(&sentence.replace(char::is_whitespace, "")),
            "{sentence} missing from the PDF"
        );
    }

    browser.goto(&site.url("/ke-hoach/word/"));
    let dir = scratch_dir("docx-2027");
    browser.download_into(&dir);
    browser.click("#tai-docx");
    let document = docx_text(&downloaded(&dir, "docx"));
    for sentence in expected {
        assert!(document.contains(sentence), "{sentence} missing from the .docx");
    }
    let _ = std::fs::remove_dir_all(&dir);
    browser.assert_clean(&site.origin);
}
