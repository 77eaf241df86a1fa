//! wasm-bindgen's JavaScript glue, minified. Trunk's own minifier stops at
//! the glue's `export default` ("Failed to minify JS") and serves it whole:
//! about 6,3 KB brotli a page where terser's output is 4,7. terser (pinned
//! in `scripts/env.sh`, installed by `scripts/setup.sh`) reads each as an
//! ES module, so its exports keep their names, and it leaves property
//! names alone, so the import object's keys the wasm looks up stay too.
//! A page preloads its glue with an integrity hash, so the page's HTML
//! gets the minified file's.

use std::fs;
use std::path::Path;
use std::process::Command;

use base64::Engine;
use sha2::{Digest, Sha384};

/// The glue files of a directory's names: `<stem>.js` beside `<stem>_bg.wasm`.
pub fn glue_files(names: &[String]) -> Vec<String> {
    let mut glue: Vec<String> = names
        .iter()
        .filter_map(|n| n.strip_suffix("_bg.wasm"))
        .map(|stem| format!("{stem}.js"))
        .filter(|js| names.contains(js))
        .collect();
    glue.sort();
    glue
}

/// Minifies one glue file (an ES module) in place.
pub fn minify_file(path: &Path) -> Result<(), String> {
    terser(path, &["--module"])
}

/// Minifies a classic script of every page's first load in place
/// (`sw-register.js`: 1.072 bytes brotli whole, 563 minified).
pub fn minify_script(path: &Path) -> Result<(), String> {
    terser(path, &[])
}

fn terser(path: &Path, mode: &[&str]) -> Result<(), String> {
    let status = Command::new("terser")
        .arg(path)
        .args(mode)
        .args(["--compress", "--mangle", "--output"])
        .arg(path)
        .status();
    match status {
        Ok(s) if s.success() => Ok(()),
        Ok(s) => Err(format!("terser failed on {}: {s}", path.display())),
        Err(e) => Err(format!("cannot run terser ({e}): scripts/setup.sh installs it")),
    }
}

/// The integrity value of `bytes`, as Trunk writes it.
fn integrity(bytes: &[u8]) -> String {
    format!(
        "sha384-{}",
        base64::engine::general_purpose::STANDARD.encode(Sha384::digest(bytes))
    )
}

/// `html` with `value` as the integrity of the tag that links `/<file>`
/// with one (the inline script that imports it has none); `None` when no
/// tag does.
pub fn with_integrity(html: &str, file: &str, value: &str) -> Option<String> {
    let needle = format!("/{file}");
    html.match_indices(&needle)
        .map(|(at, _)| at)
        .filter(|at| html[at + needle.len()..].starts_with([' ', '>', '"', '\'']))
        .find_map(|at| {
            let start = html[..at].rfind('<')?;
            let end = at + html[at..].find('>')?;
            let from = start + html[start..end].find("integrity=")? + "integrity=".len();
            let (new, value_end) = if html[from..].starts_with('"') {
                (format!("\"{value}\""), from + 1 + html[from + 1..].find('"')? + 1)
            } else {
                let len = html[from..end].find(' ').unwrap_or(end - from);
                (value.to_owned(), from + len)
            };
            Some(format!("{}{new}{}", &html[..from], &html[value_end..]))
        })
}

/// Minifies the glue of a bundle Trunk built into `dir`, and gives its
/// `index.html` the new integrity.
pub fn minify_bundle(dir: &Path) -> Result<(), String> {
    let names: Vec<String> = fs::read_dir(dir)
        .map_err(|e| format!("reading {}: {e}", dir.display()))?
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .collect();
    let index = dir.join("index.html");
    let mut html = fs::read_to_string(&index).map_err(|e| format!("reading {}: {e}", index.display()))?;
    for js in glue_files(&names) {
        let path = dir.join(&js);
        minify_file(&path)?;
        let bytes = fs::read(&path).map_err(|e| format!("reading {js}: {e}"))?;
        html = with_integrity(&html, &js, &integrity(&bytes))
            .ok_or_else(|| format!("{} preloads no {js} with an integrity", index.display()))?;
    }
    fs::write(&index, html).map_err(|e| format!("writing {}: {e}", index.display()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn glue_is_the_script_beside_a_wasm_of_the_same_stem() {
        let names = [
            "home-0a1b.js",
            "home-0a1b_bg.wasm",
            "reader.js",
            "reader-9f.js",
            "reader-9f_bg.wasm",
            "sw.js",
            "sw-register.js",
            "orphan_bg.wasm",
        ]
        .map(String::from);
        assert_eq!(glue_files(&names), ["home-0a1b.js", "reader-9f.js"]);
    }

    #[test]
    fn only_the_glues_integrity_changes() {
        let html = "<script type=module>import init from '/home-0a.js';</script>\
                    <link crossorigin href=/home-0a.js integrity=sha384-OLD rel=modulepreload>\
                    <link as=fetch href=/home-0a_bg.wasm integrity=sha384-WASM rel=preload>";
        assert_eq!(
            with_integrity(html, "home-0a.js", "sha384-NEW").unwrap(),
            "<script type=module>import init from '/home-0a.js';</script>\
             <link crossorigin href=/home-0a.js integrity=sha384-NEW rel=modulepreload>\
             <link as=fetch href=/home-0a_bg.wasm integrity=sha384-WASM rel=preload>"
        );
        let quoted = r#"<link integrity="sha384-OLD" href="/x/home-0a.js">"#;
        assert_eq!(
            with_integrity(quoted, "home-0a.js", "sha384-NEW").unwrap(),
            r#"<link integrity="sha384-NEW" href="/x/home-0a.js">"#
        );
        assert_eq!(with_integrity(html, "other.js", "sha384-NEW"), None);
        // `printf 'a' | openssl dgst -sha384 -binary | base64`
        assert_eq!(
            integrity(b"a"),
            "sha384-VKWbnyKwuAiA2EJ+VIt8I6vYc0huHwNdzpzWl+hRdQM8qojm1XvDXvrgta/TFF8x"
        );
    }
}
