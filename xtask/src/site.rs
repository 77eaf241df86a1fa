//! Builds the multi-page site: each bundle with Trunk, then laid out so that
//! every section is a directory with its own `index.html`, assets shared at
//! the root. A static host serves it with no rewrite rules.

use std::fs;
use std::io;
use std::path::Path;
use std::process::Command;

use crate::{glue, icons, offline, precompress, run, workers};

/// A wasm bundle (a `src/bin/*.rs`) and the sections it renders.
pub struct Bundle {
    pub bin: &'static str,
    /// Directory names under the site root; `""` is the root itself.
    pub sections: Vec<&'static str>,
}

/// Every bundle and its pages, from the site's table of pages
/// (`crates/site-map`). The home bundle also renders not-found (`404.html`).
pub fn bundles() -> Vec<Bundle> {
    site_map::bundles()
        .into_iter()
        .map(|bin| Bundle {
            bin,
            sections: site_map::pages_of(bin).map(|p| p.section.dir()).collect(),
        })
        .collect()
}

/// Every page's directory under the site root (`""` for the root), in the
/// table's order.
pub fn page_dirs() -> Vec<&'static str> {
    site_map::PAGES.iter().map(|p| p.section.dir()).collect()
}

/// The Trunk entry page of a bundle: the template with its binary named.
pub fn bundle_html(template: &str, bin: &str) -> Result<String, String> {
    const MARK: &str = "data-bin=\"home\"";
    if !template.contains(MARK) {
        return Err(format!("index.html must name its binary with {MARK}"));
    }
    Ok(template.replace(MARK, &format!("data-bin=\"{bin}\"")))
}

/// Runs Trunk for every bundle into `parts/<bin>`, assembles `dist`, draws
/// the pages that can be drawn at build time, then adds the app icons, the
/// web workers (`workers.rs`), the service worker (`offline.rs`) and, last,
/// a brotli copy of each text file (`precompress.rs`).
pub fn build(root: &Path, public_url: &str) -> Result<(), String> {
    let template = fs::read_to_string(root.join("index.html")).map_err(|e| format!("reading index.html: {e}"))?;
    let parts = root.join("target/site-parts");
    // Every bundle compiled by one cargo, which links two at a time on two
    // cores; Trunk's own `cargo build --bin` then finds each one fresh.
    // (Trunk alone builds one after another.)
    run(
        Command::new("cargo").current_dir(root).args([
            "build",
            "--release",
            "--offline",
            "--target=wasm32-unknown-unknown",
            "-p",
            "giamngheo",
            "--bins",
        ]),
        "cargo build of the bundles",
    )?;
    for bundle in bundles() {
        // Trunk resolves the page's links from its directory: keep it at the root.
        let html = root.join(format!(".bundle-{}.html", bundle.bin));
        fs::write(&html, bundle_html(&template, bundle.bin)?).map_err(|e| e.to_string())?;
        let built = run(
            Command::new("trunk")
                .current_dir(root)
                .args(["build", "--release", "--offline", "--public-url", public_url, "--dist"])
                .arg(parts.join(bundle.bin))
                .arg(&html),
            &format!("trunk build of {}", bundle.bin),
        );
        let _ = fs::remove_file(&html);
        built?;
    }
    for bundle in bundles() {
        glue::minify_bundle(&parts.join(bundle.bin))?;
    }
    let dist = root.join("dist");
    assemble(&parts, &dist).map_err(|e| format!("assembling dist: {e}"))?;
    prerender(root, &dist, public_url)?;
    icons::write(&dist).map_err(|e| format!("writing the icons: {e}"))?;
    glue::minify_script(&dist.join("sw-register.js"))?;
    let target = std::env::var_os("CARGO_TARGET_DIR").map_or_else(|| root.join("target"), Into::into);
    workers::build(&target, &dist)?;
    seal(&dist)
}

/// What follows every other file of a build: the service worker, which
/// lists and hashes them, then the brotli copies of them all, the worker
/// too. Run again after changing a file of `dist`.
pub fn seal(dist: &Path) -> Result<(), String> {
    offline::write_service_worker(dist).map_err(|e| format!("writing sw.js: {e}"))?;
    precompress::write(dist).map_err(|e| format!("writing the brotli copies: {e}"))?;
    Ok(())
}

/// Draws the pages that are the same for every visitor into their
/// `index.html` (`prerender/`), natively, with the app's own components.
fn prerender(root: &Path, dist: &Path, public_url: &str) -> Result<(), String> {
    run(
        Command::new("cargo")
            .current_dir(root)
            .args(["run", "--quiet", "--offline", "-p", "prerender", "--"])
            .arg(dist)
            .arg(public_url),
        "prerender",
    )
}

/// Lays the built bundles out in `dist`: assets at the root, an
/// `index.html` per section, `404.html` from the home bundle.
pub fn assemble(parts: &Path, dist: &Path) -> io::Result<()> {
    if dist.exists() {
        fs::remove_dir_all(dist)?;
    }
    fs::create_dir_all(dist)?;
    for bundle in bundles() {
        let part = parts.join(bundle.bin);
        for entry in fs::read_dir(&part)? {
            let entry = entry?;
            if entry.file_name() == "index.html" {
                continue;
            }
            merge(&entry.path(), &dist.join(entry.file_name()))?;
        }
        let index = fs::read(part.join("index.html"))?;
        for section in &bundle.sections {
            let dir = dist.join(section);
            fs::create_dir_all(&dir)?;
            fs::write(dir.join("index.html"), &index)?;
        }
        if bundle.bin == "home" {
            fs::write(dist.join(site_map::NOT_FOUND_FILE), &index)?;
        }
    }
    Ok(())
}

/// Copies a file or directory of one bundle's build into `dist`, where
/// another bundle may have put the same one: it must be identical.
fn merge(from: &Path, to: &Path) -> io::Result<()> {
    if from.is_dir() {
        fs::create_dir_all(to)?;
        for entry in fs::read_dir(from)? {
            let entry = entry?;
            merge(&entry.path(), &to.join(entry.file_name()))?;
        }
        return Ok(());
    }
    let bytes = fs::read(from)?;
    if to.exists() && fs::read(to)? != bytes {
        return Err(io::Error::other(format!("two bundles make different {}", to.display())));
    }
    fs::write(to, bytes)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_the_bundle_in_the_template() {
        let page = bundle_html("<link data-trunk rel=\"rust\" data-bin=\"home\">", "classify").unwrap();
        assert_eq!(page, "<link data-trunk rel=\"rust\" data-bin=\"classify\">");
        assert!(bundle_html("<link data-trunk rel=\"rust\">", "x").is_err());
    }

    #[test]
    fn every_section_is_served_by_exactly_one_bundle() {
        let mut sections: Vec<&str> = bundles().iter().flat_map(|b| b.sections.clone()).collect();
        let n = sections.len();
        sections.sort();
        sections.dedup();
        assert_eq!(sections.len(), n);
        assert_eq!(n, page_dirs().len());
        assert!(sections.contains(&""));
    }

    #[test]
    fn lays_out_sections_as_directories() {
        let root = std::env::temp_dir().join(format!("xtask-site-{}", std::process::id()));
        let parts = root.join("parts");
        for bundle in bundles() {
            let dir = parts.join(bundle.bin);
            fs::create_dir_all(&dir).unwrap();
            fs::write(dir.join("index.html"), format!("<html>{}", bundle.bin)).unwrap();
            fs::write(dir.join(format!("{}-1.wasm", bundle.bin)), "w").unwrap();
            fs::write(dir.join("main-1.css"), "shared").unwrap();
            fs::create_dir_all(dir.join("fonts")).unwrap();
            fs::write(dir.join("fonts/serif.woff2"), "font").unwrap();
        }
        let dist = root.join("dist");
        assemble(&parts, &dist).unwrap();
        assert_eq!(fs::read_to_string(dist.join("index.html")).unwrap(), "<html>home");
        assert_eq!(fs::read_to_string(dist.join("404.html")).unwrap(), "<html>home");
        let page = |dir: &str| fs::read_to_string(dist.join(dir).join("index.html")).unwrap();
        assert_eq!(page("kinh-phi"), "<html>funding");
        assert_eq!(page("ke-hoach/in"), "<html>plan-print");
        assert_eq!(page("kinh-phi/bang"), "<html>funding-table");
        assert_eq!(page("tap-huan"), "<html>training");
        assert_eq!(page("chi-tieu"), "<html>targets");
        assert_eq!(
            fs::read_to_string(dist.join("phan-loai-ho/index.html")).unwrap(),
            "<html>classify"
        );
        assert!(dist.join("classify-1.wasm").is_file() && dist.join("main-1.css").is_file());
        assert_eq!(fs::read_to_string(dist.join("fonts/serif.woff2")).unwrap(), "font");

        fs::write(parts.join("classify/main-1.css"), "different").unwrap();
        assert!(
            assemble(&parts, &dist).is_err(),
            "a name clash with other content is an error"
        );
        fs::remove_dir_all(root).unwrap();
    }
}
