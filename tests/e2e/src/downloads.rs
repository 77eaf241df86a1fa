//! Files the browser downloads: a scratch directory to send them to, and
//! the file once the browser has finished writing it.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

/// An empty directory under the test's temporary directory.
pub fn scratch_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("tai-ve-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("a scratch directory");
    dir
}

/// The one finished file ending in `.{extension}` in `dir` (Chromium
/// writes `.crdownload` until it is done).
pub fn downloaded(dir: &Path, extension: &str) -> Vec<u8> {
    let start = Instant::now();
    loop {
        let files: Vec<PathBuf> = std::fs::read_dir(dir)
            .map(|entries| entries.filter_map(|e| e.ok()).map(|e| e.path()).collect())
            .unwrap_or_default();
        let done: Vec<&PathBuf> = files
            .iter()
            .filter(|p| p.extension().is_some_and(|x| x == extension))
            .collect();
        if let [file] = done.as_slice() {
            return std::fs::read(file).expect("reading the download");
        }
        assert!(
            start.elapsed() < Duration::from_secs(15),
            "no .{extension} download in {}: {files:?}",
            dir.display()
        );
        std::thread::sleep(Duration::from_millis(100));
    }
}
