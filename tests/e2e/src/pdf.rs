//! Just enough PDF reading to check printed pages.

use std::collections::HashMap;

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

/// The text of every page, in order, as Chromium prints it: each font's
/// glyphs mapped back through its `ToUnicode` map, runs joined without
/// spaces (a PDF places words, it does not space them), one line per text
/// object. Enough to find a printed word and count it, not a layout.
pub fn page_texts(pdf: &[u8]) -> Vec<String> {
    let objects = objects(pdf);
    let root_pages = objects
        .values()
        .find(|o| dict_has(o, "/Type /Pages") && !o.contains("/Parent"))
        .expect("a PDF has a page tree");
    let mut pages = Vec::new();
    collect_pages(&objects, root_pages, &mut pages);
    pages
        .iter()
        .map(|page| {
            let fonts: HashMap<String, Glyphs> = font_refs(page)
                .into_iter()
                .filter_map(|(name, id)| {
                    let font = objects.get(&id)?;
                    let cmap = objects.get(&reference(font, "/ToUnicode")?)?;
                    Some((name, to_unicode(&stream(pdf, cmap))))
                })
                .collect();
            references(page, "/Contents")
                .iter()
                .filter_map(|id| objects.get(id))
                .map(|content| show_text(&stream(pdf, content), &fonts))
                .collect::<Vec<_>>()
                .join("\n")
        })
        .collect()
}

/// A font's glyph codes and the text each stands for.
type Glyphs = HashMap<u32, String>;

/// Every `N 0 obj … endobj`, by number, as text (streams' bytes are read
/// from the PDF itself, see `stream`).
fn objects(pdf: &[u8]) -> HashMap<u32, String> {
    let text = String::from_utf8_lossy(pdf);
    let mut out = HashMap::new();
    let mut rest = &text[..];
    while let Some(at) = rest.find(" 0 obj") {
        let number_start = rest[..at].rfind(|c: char| !c.is_ascii_digit()).map_or(0, |i| i + 1);
        let number = rest[number_start..at].parse::<u32>().ok();
        let body_start = at + " 0 obj".len();
        let end = rest[body_start..].find("endobj").map_or(rest.len(), |e| body_start + e);
        if let Some(number) = number {
            out.insert(number, rest[number_start..end].to_owned());
        }
        rest = &rest[end..];
    }
    out
}

fn dict_has(object: &str, key: &str) -> bool {
    object.split("stream").next().is_some_and(|dict| dict.contains(key))
}

fn collect_pages<'a>(objects: &'a HashMap<u32, String>, node: &'a str, out: &mut Vec<&'a str>) {
    if dict_has(node, "/Type /Page") && !dict_has(node, "/Type /Pages") {
        out.push(node);
        return;
    }
    for kid in references(node, "/Kids") {
        if let Some(kid) = objects.get(&kid) {
            collect_pages(objects, kid, out);
        }
    }
}

/// The object numbers after `key`: one `N 0 R` or an array of them.
fn references(object: &str, key: &str) -> Vec<u32> {
    let dict = object.split("stream").next().unwrap_or_default();
    let Some(at) = dict.find(key) else { return Vec::new() };
    let rest = dict[at + key.len()..].trim_start();
    let span = if rest.starts_with('[') {
        &rest[1..rest.find(']').unwrap_or(rest.len())]
    } else {
        rest.find(" R").map_or("", |end| &rest[..end + 2])
    };
    let words: Vec<&str> = span.split_whitespace().collect();
    words
        .windows(3)
        .filter(|w| w[2] == "R")
        .filter_map(|w| w[0].parse().ok())
        .collect()
}

fn reference(object: &str, key: &str) -> Option<u32> {
    references(object, key).first().copied()
}

/// The page's fonts: `/F4 12 0 R` inside its `/Font << … >>`.
fn font_refs(page: &str) -> Vec<(String, u32)> {
    let Some(at) = page.find("/Font") else {
        return Vec::new();
    };
    let rest = &page[at + "/Font".len()..];
    let Some(open) = rest.find("<<") else { return Vec::new() };
    let inside = &rest[open + 2..open + rest[open..].find(">>").unwrap_or(rest.len() - open)];
    let words: Vec<&str> = inside.split_whitespace().collect();
    words
        .windows(4)
        .filter(|w| w[0].starts_with('/') && w[3] == "R")
        .filter_map(|w| Some((w[0][1..].to_owned(), w[1].parse().ok()?)))
        .collect()
}

/// An object's stream, inflated when it is compressed. Its bytes are taken
/// from the PDF at the object's place, since they are not text.
fn stream(pdf: &[u8], object: &str) -> Vec<u8> {
    let Some(header_end) = object.find("stream") else {
        return Vec::new();
    };
    let header = &object[..header_end];
    let Some(object_at) = find_bytes(pdf, &object.as_bytes()[..header_end + "stream".len()]) else {
        return Vec::new();
    };
    let mut start = object_at + header_end + "stream".len();
    while matches!(pdf.get(start), Some(b'\r' | b'\n')) {
        start += 1;
    }
    let end = find_bytes(&pdf[start..], b"endstream").map_or(pdf.len(), |e| start + e);
    let raw = &pdf[start..end];
    if header.contains("/FlateDecode") {
        let mut out = Vec::new();
        let _ = std::io::Read::read_to_end(&mut flate2::read::ZlibDecoder::new(raw), &mut out);
        out
    } else {
        raw.to_vec()
    }
}

fn find_bytes(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

/// A `ToUnicode` map: `bfchar` pairs and `bfrange` runs.
fn to_unicode(cmap: &[u8]) -> Glyphs {
    let text = String::from_utf8_lossy(cmap);
    let hexes = |line: &str| -> Vec<String> {
        line.split('<')
            .skip(1)
            .filter_map(|s| s.split('>').next().map(str::to_owned))
            .collect()
    };
    let code = |h: &str| u32::from_str_radix(h, 16).ok();
    let chars = |h: &str| -> String {
        let units: Vec<u16> = (0..h.len() / 4)
            .filter_map(|i| u16::from_str_radix(&h[i * 4..i * 4 + 4], 16).ok())
            .collect();
        String::from_utf16_lossy(&units)
    };
    let mut map = HashMap::new();
    let mut section = "";
    for line in text.lines() {
        if line.ends_with("beginbfchar") || line.ends_with("beginbfrange") {
            section = if line.ends_with("beginbfchar") { "char" } else { "range" };
            continue;
        }
        if line.starts_with("endbf") {
            section = "";
            continue;
        }
        let h = hexes(line);
        match (section, h.as_slice()) {
            ("char", [src, dst]) => {
                if let Some(c) = code(src) {
                    map.insert(c, chars(dst));
                }
            }
            ("range", [lo, hi, dst]) => {
                if let (Some(lo), Some(hi), Some(first)) = (code(lo), code(hi), chars(dst).chars().next()) {
                    for (i, c) in (lo..=hi).enumerate() {
                        if let Some(ch) = char::from_u32(first as u32 + i as u32) {
                            map.insert(c, ch.to_string());
                        }
                    }
                }
            }
            _ => {}
        }
    }
    map
}

/// The text a content stream shows: `/F4 16 Tf` chooses the map, `<…> Tj`
/// and `[<…> 12 <…>] TJ` show two-byte glyph codes, `ET` ends a line.
fn show_text(content: &[u8], fonts: &HashMap<String, Glyphs>) -> String {
    let text = String::from_utf8_lossy(content);
    let mut out = String::new();
    let mut font: Option<&Glyphs> = None;
    let mut rest = &text[..];
    while !rest.is_empty() {
        let next_hex = rest.find('<').filter(|&i| !rest[i..].starts_with("<<"));
        let next_tf = rest.find(" Tf");
        let next_et = rest.find("ET\n");
        let first = [next_hex, next_tf, next_et].into_iter().flatten().min();
        let Some(at) = first else { break };
        if Some(at) == next_tf {
            let before = &rest[..at];
            if let Some(name) = before.rsplit('/').next().and_then(|s| s.split_whitespace().next()) {
                font = fonts.get(name);
            }
            rest = &rest[at + 3..];
        } else if Some(at) == next_et {
            out.push('\n');
            rest = &rest[at + 3..];
        } else {
            let end = rest[at..].find('>').map_or(rest.len(), |e| at + e);
            let hex = &rest[at + 1..end];
            if let Some(map) = font {
                for i in 0..hex.len() / 4 {
                    if let Ok(code) = u32::from_str_radix(&hex[i * 4..i * 4 + 4], 16) {
                        out.push_str(map.get(&code).map_or("\u{fffd}", String::as_str));
                    }
                }
            }
            rest = &rest[(end + 1).min(rest.len())..];
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A PDF as Chromium writes one: a page tree, a font with its
    /// `ToUnicode` map, and a compressed content stream showing glyphs.
    fn pdf_showing(glyphs: &str) -> Vec<u8> {
        use std::io::Write;
        let content = format!("BT\n/F4 16 Tf\n{glyphs}\nET\n");
        let mut deflated = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::default());
        deflated.write_all(content.as_bytes()).unwrap();
        let deflated = deflated.finish().unwrap();
        let cmap = "2 beginbfchar\n<0037> <0054>\n<09BF> <1EC1>\nendbfchar\n1 beginbfrange\n<0044> <0046> <0061>\nendbfrange\n";
        let mut pdf = b"%PDF-1.4\n1 0 obj\n<</Type /Pages /Kids [2 0 R] /Count 1>>\nendobj\n".to_vec();
        pdf.extend_from_slice(
            b"2 0 obj\n<</Type /Page /Parent 1 0 R /Resources <</Font <</F4 3 0 R>> >> /Contents 5 0 R>>\nendobj\n",
        );
        pdf.extend_from_slice(b"3 0 obj\n<</Type /Font /ToUnicode 4 0 R>>\nendobj\n");
        pdf.extend_from_slice(
            format!("4 0 obj\n<</Length {}>> stream\n{cmap}endstream\nendobj\n", cmap.len()).as_bytes(),
        );
        pdf.extend_from_slice(
            format!("5 0 obj\n<</Filter /FlateDecode /Length {}>> stream\n", deflated.len()).as_bytes(),
        );
        pdf.extend_from_slice(&deflated);
        pdf.extend_from_slice(b"\nendstream\nendobj\n%%EOF\n");
        pdf
    }

    #[test]
    fn glyphs_are_read_back_through_the_fonts_map() {
        let pdf = pdf_showing("<0037> Tj\n9.25 0 Td <09BF00440046> Tj\n[<0045> -12 <0044>] TJ");
        assert_eq!(page_texts(&pdf), vec!["Tềacba\n".to_owned()]);
    }

    #[test]
    fn an_unknown_glyph_is_shown_as_such_not_dropped() {
        let pdf = pdf_showing("<0099> Tj");
        assert_eq!(page_texts(&pdf), vec!["\u{fffd}\n".to_owned()]);
    }
}
