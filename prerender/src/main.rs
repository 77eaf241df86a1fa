//! `prerender DIST PUBLIC_URL`: writes each page, as `giamngheo::prerender`
//! draws it, into `DIST/<page>/index.html`, its title and its body, before
//! the service worker lists the files (`xtask build-site`).

use std::path::Path;

use giamngheo::prerender::{Prerendered, page};
use site_map::{NOT_FOUND_FILE, PRERENDERED_ID};

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [dist, public_url] = args.as_slice() else {
        eprintln!("usage: prerender DIST PUBLIC_URL");
        std::process::exit(2);
    };
    let pages = site_map::PAGES.iter().map(|entry| {
        (
            Some(entry.section),
            Path::new(dist).join(entry.section.dir()).join("index.html"),
        )
    });
    let not_found = (None, Path::new(dist).join(NOT_FOUND_FILE));
    for (section, file) in pages.chain([not_found]) {
        let drawn = page(section, public_url);
        let done = std::fs::read_to_string(&file)
            .map_err(|e| e.to_string())
            .and_then(|html| inject(&html, &drawn))
            .and_then(|html| std::fs::write(&file, html).map_err(|e| e.to_string()));
        if let Err(e) = done {
            eprintln!("prerender: {}: {e}", file.display());
            std::process::exit(1);
        }
    }
}

const TITLE: (&str, &str) = ("<title>", "</title>");
const BODY: &str = "<body>";

/// `html` with the page's title and, first in its body, the page drawn
/// inside the marker the bundle replaces, its controls disabled.
fn inject(html: &str, drawn: &Prerendered) -> Result<String, String> {
    let start = html.find(TITLE.0).ok_or("no <title>")? + TITLE.0.len();
    let end = start + html[start..].find(TITLE.1).ok_or("no </title>")?;
    let body = html.find(BODY).ok_or("no <body>")? + BODY.len();
    if body < end {
        return Err("<body> before </title>".into());
    }
    Ok(format!(
        "{}{}{}{}{}",
        &html[..start],
        escape(&drawn.title),
        &html[end..body],
        format_args!(r#"<div id="{PRERENDERED_ID}">{}</div>"#, disable_controls(&drawn.html)),
        &html[body..]
    ))
}

/// Form controls disabled: until the bundle runs they do nothing, and
/// what is typed into them would be lost when it takes over.
fn disable_controls(html: &str) -> String {
    ["input", "select", "textarea", "button"]
        .iter()
        .fold(html.to_owned(), |html, tag| {
            html.replace(&format!("<{tag} "), &format!("<{tag} disabled "))
                .replace(&format!("<{tag}>"), &format!("<{tag} disabled>"))
        })
}

/// Text as HTML: a page's title is text, never markup.
fn escape(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;")
}

#[cfg(test)]
mod tests {
    use super::*;
    use site_map::Section;

    fn drawn() -> Prerendered {
        Prerendered {
            title: "A & <b> · Site".into(),
            html: "<h1>A</h1>".into(),
        }
    }

    #[test]
    fn the_title_is_replaced_and_the_page_goes_first_in_the_body() {
        let html = "<html><head><title>Site</title></head><body>\n<noscript>x</noscript></body></html>";
        assert_eq!(
            inject(html, &drawn()).unwrap(),
            "<html><head><title>A &amp; &lt;b&gt; · Site</title></head><body><div id=\"prerendered\"><h1>A</h1></div>\n<noscript>x</noscript></body></html>"
        );
    }

    #[test]
    fn controls_are_disabled_and_nothing_else_changes() {
        assert_eq!(
            disable_controls(
                r#"<p>a</p><button type="button">In</button><select id="x"><option>1</option></select><input><textarea>t</textarea>"#
            ),
            r#"<p>a</p><button disabled type="button">In</button><select disabled id="x"><option>1</option></select><input disabled><textarea disabled>t</textarea>"#
        );
    }

    #[test]
    fn a_page_without_its_markers_is_refused() {
        assert_eq!(inject("<body></body>", &drawn()).unwrap_err(), "no <title>");
        assert_eq!(inject("<title>x</title>", &drawn()).unwrap_err(), "no <body>");
    }

    #[test]
    fn pages_are_drawn_with_their_text_and_title() {
        let home = page(Some(Section::Home), "/");
        assert_eq!(
            home.title,
            "Công cụ lập kế hoạch giảm nghèo bền vững · Giảm nghèo bền vững"
        );
        assert!(
            home.html.contains(r#"<a href="/chuan-ngheo/">Chuẩn nghèo</a>"#),
            "{}",
            home.html
        );
        assert!(home.html.contains(r#"<main id="noi-dung""#), "the shell's frame");
        let criteria = page(Some(Section::Criteria), "/giamngheo/");
        assert!(criteria.html.contains(r#"href="/giamngheo/phan-loai-ho/""#));
        assert!(criteria.html.contains("Thiếu hụt"), "the indicators' text");
        // Dated by the build machine's clock, in Việt Nam: dd/mm/yyyy.
        let classify = page(Some(Section::Classify), "/").html;
        let today = classify
            .split_once("Chuẩn đang áp dụng hôm nay (")
            .map(|(_, after)| &after[..10])
            .unwrap_or_else(|| panic!("{classify}"));
        let parts: Vec<u32> = today.split('/').filter_map(|p| p.parse().ok()).collect();
        assert!(
            matches!(parts[..], [day, month, year] if (1..=31).contains(&day) && (1..=12).contains(&month) && year >= 2026),
            "{today}"
        );
    }

    #[test]
    fn every_page_is_drawn_as_a_first_visit_that_is_still_reading_what_is_stored() {
        // A page that reads the browser while drawing panics natively:
        // this is where a new such read shows.
        for entry in site_map::PAGES {
            let drawn = page(Some(entry.section), "/");
            assert!(drawn.html.contains("<h1"), "{:?}: {}", entry.section, drawn.html);
            assert!(
                drawn.title.ends_with(" · Giảm nghèo bền vững"),
                "{:?}: {}",
                entry.section,
                drawn.title
            );
            for first_visit in [
                "Chưa lưu.",
                "Chưa có bản nháp nào",
                "Chưa có chuẩn địa phương nào",
                "Chưa có dòng kinh phí nào",
                "Chưa có kinh phí nào.",
                "Bản nháp này chưa có kế hoạch",
            ] {
                assert!(
                    !drawn.html.contains(first_visit),
                    "{:?} says {first_visit:?}",
                    entry.section
                );
            }
        }
        let not_found = page(None, "/giamngheo/");
        assert!(
            not_found.html.contains(r#"href="/giamngheo/404.html#noi-dung""#),
            "{}",
            not_found.html
        );
        assert!(
            not_found.html.contains(r#"<a href="/giamngheo/">"#),
            "the way home: {}",
            not_found.html
        );
        let training = page(Some(Section::Training), "/").html;
        assert!(training.contains(r#"<strong id="diem">…</strong>"#), "{training}");
        let drafts = page(Some(Section::Drafts), "/").html;
        assert!(
            drafts.contains("Đang đọc những gì đã lưu trong trình duyệt này…"),
            "{drafts}"
        );
    }
}
