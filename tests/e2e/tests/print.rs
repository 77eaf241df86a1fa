//! Printing gives A4 pages (Nghị định 30/2020/NĐ-CP), whatever the printer's
//! default paper.

use e2e::{Browser, Site};

/// A4 in PDF points.
const A4: (f64, f64) = (595.28, 841.89);

/// Width and height of every page's MediaBox.
fn page_sizes(pdf: &[u8]) -> Vec<(f64, f64)> {
    let text = String::from_utf8_lossy(pdf);
    text.match_indices("/MediaBox")
        .filter_map(|(at, _)| {
            let rest = &text[at..];
            let inside = &rest[rest.find('[')? + 1..rest.find(']')?];
            let n: Vec<f64> = inside.split_whitespace().filter_map(|x| x.parse().ok()).collect();
            (n.len() == 4).then(|| (n[2] - n[0], n[3] - n[1]))
        })
        .collect()
}

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
    for (w, h) in sizes {
        assert!(
            (w - A4.0).abs() < 2.0 && (h - A4.1).abs() < 2.0,
            "page {w} × {h} pt is not A4 portrait"
        );
    }
    browser.assert_clean(&site.origin);
}
