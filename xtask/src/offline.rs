//! The service worker that keeps the site working with no network after a
//! first visit. `xtask build-site` writes `dist/sw.js` after assembling
//! `dist/`, from the template `sw.js` beside this file, filled with:
//!
//! - the precache list: every file in `dist/` as the browser asks for it
//!   (`./` for `index.html`, `./phan-loai-ho/` for its `index.html`, hashed
//!   assets, `./404.html`, the manifest and icons), relative to the
//!   worker's own address, so the same list works under a sub-path, each
//!   with a hash of its content ([`content_hash`]): an update copies a file
//!   whose hash an older cache holds instead of downloading it;
//! - a version: a hash of the template, the list and every file's bytes,
//!   which names the cache, so a new build makes a new cache (and a new
//!   `sw.js`, which is how the browser notices an update).

use std::fs;
use std::io;
use std::path::Path;

use sha2::{Digest, Sha256};

use crate::precompress;

/// The worker's file, at the root of `dist/`. It is not precached: the
/// browser fetches it itself when checking for updates.
pub const WORKER: &str = "sw.js";

const TEMPLATE: &str = include_str!("sw.js");
const VERSION_MARK: &str = "__GIAMNGHEO_VERSION__";
const PRECACHE_MARK: &str = "__GIAMNGHEO_PRECACHE__";

/// Every file under `dist`, as `/`-separated paths relative to it, except
/// the worker itself and the brotli copies (`precompress.rs`: the browser
/// asks for a file, and the host picks the copy); sorted by the URL they
/// are precached under.
pub fn precache_files(dist: &Path) -> io::Result<Vec<String>> {
    let mut files = site_files(dist)?;
    files.retain(|f| f != WORKER && !precompress::is_copy(f));
    files.sort_by_key(|f| url_of(f));
    Ok(files)
}

/// Every file under `dist`, as `/`-separated paths relative to it.
pub fn site_files(dist: &Path) -> io::Result<Vec<String>> {
    let mut files = Vec::new();
    walk(dist, "", &mut files)?;
    Ok(files)
}

fn walk(dir: &Path, prefix: &str, files: &mut Vec<String>) -> io::Result<()> {
    for entry in fs::read_dir(dir)? {
        let entry = entry?;
        let name = entry
            .file_name()
            .into_string()
            .map_err(|name| io::Error::other(format!("a file name that is not UTF-8: {}", name.to_string_lossy())))?;
        let path = format!("{prefix}{name}");
        if entry.file_type()?.is_dir() {
            walk(&entry.path(), &format!("{path}/"), files)?;
        } else {
            files.push(path);
        }
    }
    Ok(())
}

/// The address a file is asked for by, relative to the site's root: a
/// page directory's `index.html` by the directory itself, as links have it.
pub fn url_of(file: &str) -> String {
    match file.strip_suffix("index.html") {
        Some(dir) if dir.is_empty() || dir.ends_with('/') => format!("./{dir}"),
        _ => format!("./{file}"),
    }
}

/// The file behind a precached address: the inverse of [`url_of`].
pub fn file_of(url: &str) -> String {
    let path = url.trim_start_matches("./");
    if path.is_empty() || path.ends_with('/') {
        format!("{path}index.html")
    } else {
        path.to_owned()
    }
}

/// The precache list: [`precache_files`] as addresses.
pub fn precache_urls(dist: &Path) -> io::Result<Vec<String>> {
    Ok(precache_files(dist)?.iter().map(|f| url_of(f)).collect())
}

/// [`precache_files`], each with its [`content_hash`]: every file of the
/// build read once.
pub fn hashed_files(dist: &Path) -> io::Result<Vec<(String, String)>> {
    precache_files(dist)?
        .into_iter()
        .map(|file| {
            let hash = content_hash(&fs::read(dist.join(&file))?);
            Ok((file, hash))
        })
        .collect()
}

/// A hash of the worker's template and of the list with each file's
/// content hash: any change to the build changes it. 16 hex digits are
/// plenty to tell builds apart.
pub fn version(files: &[(String, String)]) -> String {
    let mut hash = Sha256::new();
    hash.update(TEMPLATE.as_bytes());
    for (file, content) in files {
        // Lengths keep "ab"+"c" and "a"+"bc" apart; content hashes are
        // all 16 digits.
        hash.update((file.len() as u64).to_le_bytes());
        hash.update(file.as_bytes());
        hash.update(content.as_bytes());
    }
    hex16(&hash.finalize())
}

/// A file's content hash as the precache list carries it: 16 hex digits.
pub fn content_hash(bytes: &[u8]) -> String {
    hex16(&Sha256::digest(bytes))
}

/// A digest's first 8 bytes in hex: plenty to tell builds and files apart.
fn hex16(digest: &[u8]) -> String {
    digest[..8].iter().map(|b| format!("{b:02x}")).collect()
}

/// What an update from the build in `old` to the one in `new` downloads:
/// each file of `new` whose address and content hash `old` does not have,
/// in the order of the list.
pub fn update_downloads(old: &Path, new: &Path) -> io::Result<Vec<String>> {
    let had: Vec<(String, String)> = hashed_files(old)?
        .into_iter()
        .map(|(file, hash)| (url_of(&file), hash))
        .collect();
    Ok(hashed_files(new)?
        .into_iter()
        .filter(|(file, hash)| !had.contains(&(url_of(file), hash.clone())))
        .map(|(file, _)| file)
        .collect())
}

/// The worker for the build in `dist`.
pub fn service_worker(dist: &Path) -> io::Result<String> {
    let files = hashed_files(dist)?;
    let version = version(&files);
    let mut list = String::from("[\n");
    for (file, hash) in &files {
        list.push_str(&format!("  [{}, \"{hash}\"],\n", js_string(&url_of(file))?));
    }
    list.push(']');
    for mark in [VERSION_MARK, PRECACHE_MARK] {
        assert_eq!(TEMPLATE.matches(mark).count(), 1, "sw.js names {mark} once");
    }
    Ok(TEMPLATE.replace(VERSION_MARK, &version).replace(PRECACHE_MARK, &list))
}

/// Writes `dist/sw.js`; run it last, once every other file is in place.
pub fn write_service_worker(dist: &Path) -> io::Result<()> {
    let worker = service_worker(dist)?;
    fs::write(dist.join(WORKER), worker)
}

fn js_string(text: &str) -> io::Result<String> {
    if text.chars().any(char::is_control) {
        return Err(io::Error::other(format!("a control character in {text:?}")));
    }
    Ok(format!("\"{}\"", text.replace('\\', "\\\\").replace('"', "\\\"")))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::PathBuf;

    /// A small dist of its own per test, laid out as `build-site` makes it.
    fn sample_dist(test: &str) -> PathBuf {
        let dist = std::env::temp_dir().join(format!("xtask-offline-{}-{test}", std::process::id()));
        let _ = fs::remove_dir_all(&dist);
        for (file, text) in [
            ("index.html", "<html>home"),
            ("404.html", "<html>home"),
            ("phan-loai-ho/index.html", "<html>classify"),
            ("phan-loai-ho/cau-hoi/index.html", "<html>questionnaire"),
            ("chi-tieu/index.html", "<html>targets"),
            ("home-1a2b_bg.wasm", "wasm"),
            ("home-1a2b.js", "js"),
            ("main-3c4d.css", "css"),
            ("favicon-5e6f.svg", "svg"),
            ("manifest.webmanifest", "{}"),
            ("sw-register.js", "register"),
            ("icon-192.png", "png"),
            ("icon-512.png", "png"),
            ("sw.js", "an older worker"),
        ] {
            let path = dist.join(file);
            fs::create_dir_all(path.parent().unwrap()).unwrap();
            fs::write(path, text).unwrap();
        }
        dist
    }

    #[test]
    fn lists_every_file_once_in_a_stable_order() {
        let dist = sample_dist("lists");
        let urls = precache_urls(&dist).unwrap();
        assert_eq!(
            urls,
            [
                "./",
                "./404.html",
                "./chi-tieu/",
                "./favicon-5e6f.svg",
                "./home-1a2b.js",
                "./home-1a2b_bg.wasm",
                "./icon-192.png",
                "./icon-512.png",
                "./main-3c4d.css",
                "./manifest.webmanifest",
                "./phan-loai-ho/",
                "./phan-loai-ho/cau-hoi/",
                "./sw-register.js",
            ]
        );
        // Every file but the worker, each once, each back to its file.
        let mut files: Vec<String> = urls.iter().map(|u| file_of(u)).collect();
        files.sort();
        files.dedup();
        assert_eq!(files.len(), urls.len());
        let mut all = site_files(&dist).unwrap();
        all.retain(|f| f != WORKER);
        all.sort();
        assert_eq!(files, all);
        fs::remove_dir_all(dist).unwrap();
    }

    #[test]
    fn addresses_are_relative_to_the_site_root() {
        assert_eq!(url_of("index.html"), "./");
        assert_eq!(url_of("chi-tieu/lo-trinh/index.html"), "./chi-tieu/lo-trinh/");
        assert_eq!(url_of("404.html"), "./404.html");
        assert_eq!(url_of("notindex.html"), "./notindex.html");
        assert_eq!(file_of("./"), "index.html");
        assert_eq!(file_of("./chi-tieu/"), "chi-tieu/index.html");
        assert_eq!(file_of("./main-1.css"), "main-1.css");
    }

    #[test]
    fn the_version_follows_every_byte_of_the_build() {
        let dist = sample_dist("version");
        let first = version(&hashed_files(&dist).unwrap());
        assert_eq!(first.len(), 16);
        assert!(first.chars().all(|c| c.is_ascii_hexdigit()));
        assert_eq!(
            version(&hashed_files(&dist).unwrap()),
            first,
            "the same build, the same version"
        );

        // The worker itself does not count: writing it changes nothing.
        write_service_worker(&dist).unwrap();
        assert_eq!(version(&hashed_files(&dist).unwrap()), first);

        fs::write(dist.join("phan-loai-ho/index.html"), "<html>classify, new").unwrap();
        let changed = version(&hashed_files(&dist).unwrap());
        assert_ne!(changed, first, "a changed file");

        fs::write(dist.join("new-9.wasm"), "").unwrap();
        let added = version(&hashed_files(&dist).unwrap());
        assert_ne!(added, changed, "an added (even empty) file");
        fs::remove_dir_all(dist).unwrap();
    }

    #[test]
    fn the_worker_carries_the_list_and_the_version() {
        let dist = sample_dist("worker");
        let worker = service_worker(&dist).unwrap();
        let version = version(&hashed_files(&dist).unwrap());
        assert!(worker.contains(&format!("const VERSION = \"{version}\";")));
        let home = content_hash(b"<html>home");
        assert!(
            worker.contains(&format!(
                "const PRECACHE = [\n  [\"./\", \"{home}\"],\n  [\"./404.html\", \"{home}\"],\n"
            )),
            "{worker}"
        );
        assert!(worker.contains(&format!(
            "  [\"./sw-register.js\", \"{}\"],\n];",
            content_hash(b"register")
        )));
        assert!(!worker.contains("__GIAMNGHEO"));
        assert!(!worker.contains("\"./sw.js\""), "the worker does not precache itself");
        // A worker has no local storage; it never tries.
        assert!(!worker.contains("localStorage"));
        fs::remove_dir_all(dist).unwrap();
    }

    #[test]
    fn an_update_downloads_only_the_files_whose_content_changed() {
        let old = sample_dist("update-old");
        let new = sample_dist("update-new");
        assert!(update_downloads(&old, &new).unwrap().is_empty(), "the same build");
        fs::write(new.join("phan-loai-ho/index.html"), "<html>classify, new").unwrap();
        fs::remove_file(new.join("home-1a2b.js")).unwrap();
        fs::write(new.join("home-9f9f.js"), "js, new").unwrap();
        // Same content under another address is another file to the worker.
        fs::write(new.join("icon-512.png"), "png").unwrap();
        fs::write(new.join("copy.png"), "png").unwrap();
        assert_eq!(
            update_downloads(&old, &new).unwrap(),
            ["copy.png", "home-9f9f.js", "phan-loai-ho/index.html"]
        );
        assert_eq!(content_hash(b"a").len(), 16);
        assert_ne!(content_hash(b"a"), content_hash(b"b"));
        fs::remove_dir_all(old).unwrap();
        fs::remove_dir_all(new).unwrap();
    }

    #[test]
    fn install_does_not_skip_waiting() {
        let install = TEMPLATE
            .split("self.addEventListener('install'")
            .nth(1)
            .and_then(|rest| rest.split("self.addEventListener('message'").next())
            .expect("an install handler before the message handler");
        assert!(!install.contains("skipWaiting"), "{install}");
        let message = TEMPLATE.split("self.addEventListener('message'").nth(1).unwrap();
        assert!(message.contains("'skip-waiting'") && message.contains("self.skipWaiting()"));
    }

    #[test]
    fn quotes_names_for_javascript() {
        assert_eq!(js_string("./a\"b\\c").unwrap(), r#""./a\"b\\c""#);
        assert!(js_string("./a\nb").is_err());
    }
}
