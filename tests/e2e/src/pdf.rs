//! Just enough PDF reading to check printed pages.

/// A4 in PDF points.
pub const A4: (f64, f64) = (595.28, 841.89);

/// Width and height of every page's MediaBox, in points.
pub fn page_sizes(pdf: &[u8]) -> Vec<(f64, f64)> {
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

/// Whether a page of that size is A4 portrait, within a point or two.
pub fn is_a4_portrait((w, h): (f64, f64)) -> bool {
    (w - A4.0).abs() < 2.0 && (h - A4.1).abs() < 2.0
}

/// Whether a page of that size is A4 landscape, within a point or two.
pub fn is_a4_landscape((w, h): (f64, f64)) -> bool {
    is_a4_portrait((h, w))
}
