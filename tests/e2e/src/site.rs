use std::path::{Path, PathBuf};

use xtask::server::Server;

/// The release build, served the way a static host would serve it.
pub struct Site {
    pub dist: PathBuf,
    pub origin: String,
    pub server: Server,
}

impl Site {
    /// Serves `$GIAMNGHEO_DIST` (default: the workspace's `dist/`) on a free
    /// loopback port.
    pub fn start() -> Site {
        Site::serve(Site::built())
    }

    /// Where the release build is: `$GIAMNGHEO_DIST`, or the workspace's
    /// `dist/`.
    pub fn built() -> PathBuf {
        let dist = std::env::var_os("GIAMNGHEO_DIST")
            .map(PathBuf::from)
            .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../dist"));
        assert!(
            dist.join("index.html").is_file(),
            "{} has no index.html: run `trunk build --release --offline` first (scripts/test.sh does)",
            dist.display()
        );
        dist
    }

    /// A copy of the release build to change, as a host would get a new
    /// one or lose a file; `name` tells copies of one test run apart.
    pub fn copy_of_build(name: &str) -> PathBuf {
        let copy = std::env::temp_dir().join(format!("giamngheo-e2e-{}-{name}", std::process::id()));
        let _ = std::fs::remove_dir_all(&copy);
        copy_dir(&Site::built(), &copy);
        copy
    }

    /// Serves `dist` (a copy of the build, say) on a free loopback port.
    pub fn serve(dist: PathBuf) -> Site {
        let server = xtask::server::start(&dist, "127.0.0.1:0", "/").expect("binding a loopback port");
        Site {
            dist,
            origin: format!("http://{}", server.addr),
            server,
        }
    }

    pub fn url(&self, path: &str) -> String {
        format!("{}{}", self.origin, path)
    }
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).expect("a temp dir");
    for entry in std::fs::read_dir(from).expect("reading dist") {
        let entry = entry.expect("a dist entry");
        let target = to.join(entry.file_name());
        if entry.file_type().expect("a file type").is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), &target).expect("copying a file");
        }
    }
}
