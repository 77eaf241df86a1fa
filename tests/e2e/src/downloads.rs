//! Files the browser downloads: a scratch directory to send them to, and
//! the file once the browser has finished writing it.

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use crate::browser::WAIT;

static DIRS: AtomicUsize = AtomicUsize::new(0);

/// A new empty directory under the test's temporary directory: tests run
/// in parallel in one process, so two asking for the same name get two.
pub fn scratch_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!(
        "tai-ve-{name}-{}-{}",
        std::process::id(),
        DIRS.fetch_add(1, Ordering::SeqCst)
    ));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("a scratch directory");
    dir
}

/// The one finished file ending in `.{extension}` in `dir`. Chromium
/// reserves the final name with an empty file while it writes into a
/// `.crdownload` beside it, so a file is finished only when no
/// `.crdownload` is left and it is not empty (issue 13: the drafts export
/// read the empty placeholder).
pub fn downloaded(dir: &Path, extension: &str) -> Vec<u8> {
    let start = Instant::now();
    loop {
        let files: Vec<(PathBuf, u64)> = std::fs::read_dir(dir)
            .map(|entries| {
                entries
                    .filter_map(|e| e.ok())
                    .map(|e| (e.path(), e.metadata().map(|m| m.len()).unwrap_or(0)))
                    .collect()
            })
            .unwrap_or_default();
        let writing = files
            .iter()
            .any(|(p, _)| p.extension().is_some_and(|x| x == "crdownload"));
        let done: Vec<&(PathBuf, u64)> = files
            .iter()
            .filter(|(p, len)| p.extension().is_some_and(|x| x == extension) && *len > 0)
            .collect();
        if let (false, [(file, _)]) = (writing, done.as_slice()) {
            return std::fs::read(file).expect("reading the download");
        }
        assert!(
            start.elapsed() < WAIT,
            "waited {} s for one finished, non-empty .{extension} download in {} (and no .crdownload); saw {files:?}",
            WAIT.as_secs(),
            dir.display()
        );
        std::thread::sleep(Duration::from_millis(100));
    }
}
