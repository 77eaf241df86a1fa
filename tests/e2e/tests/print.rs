//! Printing gives A4 pages (Nghị định 30/2020/NĐ-CP), whatever the printer's
//! default paper.

use e2e::pdf::{is_a4_portrait, page_sizes};
use e2e::{Browser, Site};

#[test]
fn printing_a_page_gives_a4_portrait_pages() {
    let site = Site::start();
    let browser = Browser::start();
    browser.goto(&site.url("/ke-hoach/"));
    browser.text("main h1");
    let pdf = browser.print_pdf();
    assert!(pdf.starts_with(b"%PDF-"), "not a PDF");
    let sizes = page_sizes(&pdf);
    assert!(!sizes.is_empty(), "no pages in the PDF");
    for size in sizes {
        assert!(is_a4_portrait(size), "page {size:?} pt is not A4 portrait");
    }
    browser.assert_clean(&site.origin);
}
