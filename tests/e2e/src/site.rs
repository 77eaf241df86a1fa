use std::path::PathBuf;

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
