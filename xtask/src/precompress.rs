//! Brotli copies of the site's text files, written by `xtask build-site`
//! beside them (`main-….css.br` beside `main-….css`). A host that serves
//! pre-compressed files (nginx's `brotli_static on`, Caddy's
//! `precompressed br`, `xtask serve`) sends them to a browser that accepts
//! brotli: a page then downloads what the size report counts, with no
//! compressing per request. Other hosts ignore them.

use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use crate::offline;
use crate::sizes;

/// What a brotli copy's name adds to its file's.
pub const SUFFIX: &str = ".br";

/// The files worth a copy: text and wasm. Images and fonts are compressed
/// already.
const TEXT: [&str; 9] = ["html", "js", "mjs", "wasm", "css", "svg", "json", "webmanifest", "txt"];

/// Whether `file` is a brotli copy, not a file of the site.
pub fn is_copy(file: &str) -> bool {
    file.ends_with(SUFFIX)
}

/// The brotli copy of `path`, if the build wrote one.
fn copy_of(path: &Path) -> Option<PathBuf> {
    let mut name = path.file_name()?.to_os_string();
    name.push(SUFFIX);
    let copy = path.with_file_name(name);
    copy.is_file().then_some(copy)
}

/// The brotli copy of `path`, if the build wrote one and it is still of
/// `bytes`, the file's content.
pub fn current_copy(path: &Path, bytes: &[u8]) -> Option<Vec<u8>> {
    let copy = fs::read(copy_of(path)?).ok()?;
    decompress(&copy).is_some_and(|back| back == bytes).then_some(copy)
}

fn worth_a_copy(file: &str) -> bool {
    Path::new(file)
        .extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| TEXT.contains(&e))
}

/// Writes a brotli copy beside every text file of `dist` that it makes
/// smaller, keeping a copy that is already of the file's bytes; returns how
/// many it wrote.
pub fn write(dist: &Path) -> io::Result<usize> {
    let files: Vec<String> = offline::site_files(dist)?
        .into_iter()
        .filter(|f| !is_copy(f) && worth_a_copy(f))
        .collect();
    // Brotli at its best is slow: one share of the files per core.
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    let shares: Vec<&[String]> = files.chunks(files.len().div_ceil(cores).max(1)).collect();
    std::thread::scope(|scope| {
        let workers: Vec<_> = shares
            .into_iter()
            .map(|share| scope.spawn(move || compress_all(dist, share)))
            .collect();
        workers
            .into_iter()
            .map(|w| {
                w.join()
                    .unwrap_or_else(|_| Err(io::Error::other("a compressing thread panicked")))
            })
            .sum()
    })
}

fn compress_all(dist: &Path, files: &[String]) -> io::Result<usize> {
    let mut written = 0;
    for file in files {
        let bytes = fs::read(dist.join(file))?;
        if current_copy(&dist.join(file), &bytes).is_some() {
            continue;
        }
        let path = dist.join(format!("{file}{SUFFIX}"));
        let copy = sizes::brotli(&bytes);
        if copy.len() < bytes.len() {
            fs::write(&path, copy)?;
            written += 1;
        } else if path.is_file() {
            fs::remove_file(&path)?;
        }
    }
    Ok(written)
}

fn decompress(copy: &[u8]) -> Option<Vec<u8>> {
    let mut out = Vec::new();
    brotli::BrotliDecompress(&mut &copy[..], &mut out).ok()?;
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn writes_a_copy_beside_each_text_file_that_it_makes_smaller() {
        let dist = std::env::temp_dir().join(format!("xtask-precompress-{}", std::process::id()));
        let _ = fs::remove_dir_all(&dist);
        fs::create_dir_all(dist.join("phan-loai-ho")).unwrap();
        let page = "<p>Hộ nghèo, hộ cận nghèo</p>".repeat(50);
        fs::write(dist.join("phan-loai-ho/index.html"), &page).unwrap();
        fs::write(dist.join("app_bg.wasm"), vec![0u8; 4096]).unwrap();
        fs::write(dist.join("icon.png"), vec![0u8; 4096]).unwrap();
        fs::write(dist.join("tiny.js"), "x").unwrap();

        assert_eq!(write(&dist).unwrap(), 2);
        let copy = copy_of(&dist.join("phan-loai-ho/index.html")).expect("the page's copy");
        assert_eq!(
            decompress(&fs::read(copy).unwrap()).unwrap(),
            page.as_bytes(),
            "the copy is the page, compressed"
        );
        assert!(copy_of(&dist.join("app_bg.wasm")).is_some());
        assert!(
            copy_of(&dist.join("icon.png")).is_none(),
            "images are compressed already"
        );
        assert!(
            copy_of(&dist.join("tiny.js")).is_none(),
            "a copy no smaller is not written"
        );
        assert!(
            !offline::precache_files(&dist).unwrap().iter().any(|f| is_copy(f)),
            "the worker keeps the files, not their copies"
        );

        assert_eq!(write(&dist).unwrap(), 0, "copies of the same bytes are kept");
        fs::write(dist.join("phan-loai-ho/index.html"), format!("{page}<p>mới</p>")).unwrap();
        assert_eq!(write(&dist).unwrap(), 1, "a changed file gets a new copy");
        fs::remove_dir_all(&dist).unwrap();
    }
}
