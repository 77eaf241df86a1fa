//! A small static file server for `dist/`, for local use and the end-to-end
//! tests. It behaves like a plain static host: a directory is served by its
//! `index.html`, and a missing page gets `404.html` with status 404. Like a
//! host serving pre-compressed files, it sends a file's brotli copy
//! (`precompress.rs`) to a browser that accepts brotli.

use std::io::{BufRead, BufReader, Write};
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::thread;

use crate::precompress;

pub struct Server {
    pub addr: SocketAddr,
    online: Arc<AtomicBool>,
    served: Arc<Mutex<Vec<String>>>,
}

impl Server {
    /// Offline, the server closes every connection unanswered, as a lost
    /// network would: for the tests of the service worker, whose own
    /// requests DevTools' offline mode for a page does not stop.
    pub fn set_online(&self, online: bool) {
        self.online.store(online, Ordering::SeqCst);
    }

    /// The request targets answered since the last call, in order: what a
    /// test of the service worker's downloads counts.
    pub fn take_served(&self) -> Vec<String> {
        self.served
            .lock()
            .map(|mut s| std::mem::take(&mut *s))
            .unwrap_or_default()
    }
}

/// Binds `addr` (port 0 for any free port) and serves `root` under
/// `base` (`/` or a sub-path such as `/giamngheo/`) on background threads.
pub fn start(root: &Path, addr: &str, base: &str) -> std::io::Result<Server> {
    let listener = TcpListener::bind(addr)?;
    let addr = listener.local_addr()?;
    let served = Arc::new(Mutex::new(Vec::new()));
    let site = Arc::new(Site {
        root: root.to_path_buf(),
        base: normalize_base(base),
        served: Arc::clone(&served),
    });
    let online = Arc::new(AtomicBool::new(true));
    let serving = Arc::clone(&online);
    thread::spawn(move || {
        for stream in listener.incoming().flatten() {
            if !serving.load(Ordering::SeqCst) {
                drop(stream);
                continue;
            }
            let site = Arc::clone(&site);
            thread::spawn(move || {
                let _ = site.answer(stream);
            });
        }
    });
    Ok(Server { addr, online, served })
}

fn normalize_base(base: &str) -> String {
    format!("/{}/", base.trim_matches('/')).replace("//", "/")
}

struct Site {
    root: PathBuf,
    base: String,
    served: Arc<Mutex<Vec<String>>>,
}

/// What to send back for a request path.
#[derive(Debug, PartialEq, Eq)]
pub enum Resolved {
    File(PathBuf),
    NotFound,
    BadRequest,
}

impl Site {
    fn answer(&self, stream: TcpStream) -> std::io::Result<()> {
        let mut reader = BufReader::new(stream.try_clone()?);
        let mut request_line = String::new();
        reader.read_line(&mut request_line)?;
        // Of the headers, only the encodings the browser accepts matter.
        let mut brotli = false;
        let mut line = String::new();
        while reader.read_line(&mut line)? > 2 {
            brotli |= accepts_brotli(&line);
            line.clear();
        }
        let mut parts = request_line.split_whitespace();
        let method = parts.next().unwrap_or_default();
        let target = parts.next().unwrap_or_default();
        let mut out = stream;
        if method != "GET" && method != "HEAD" {
            return respond(
                &mut out,
                "405 Method Not Allowed",
                "text/plain; charset=utf-8",
                b"",
                false,
            );
        }
        let head_only = method == "HEAD";
        if let Ok(mut served) = self.served.lock() {
            served.push(target.to_owned());
        }
        match resolve(&self.root, &self.base, target) {
            Resolved::File(path) => respond_file(&mut out, "200 OK", &path, brotli, head_only),
            Resolved::NotFound => {
                let page = self.root.join(site_map::NOT_FOUND_FILE);
                if page.is_file() {
                    respond_file(&mut out, "404 Not Found", &page, brotli, head_only)
                } else {
                    respond(&mut out, "404 Not Found", "text/html; charset=utf-8", b"404", head_only)
                }
            }
            Resolved::BadRequest => respond(
                &mut out,
                "400 Bad Request",
                "text/plain; charset=utf-8",
                b"400",
                head_only,
            ),
        }
    }
}

/// Maps a request target to a file under `root`, refusing anything that
/// could climb out of it.
pub fn resolve(root: &Path, base: &str, target: &str) -> Resolved {
    let path = target.split(['?', '#']).next().unwrap_or_default();
    let Some(decoded) = percent_decode(path) else {
        return Resolved::BadRequest;
    };
    let Some(inside) = decoded
        .strip_prefix(base)
        .or_else(|| (decoded == base.trim_end_matches('/')).then_some(""))
    else {
        return Resolved::NotFound;
    };
    if inside.split('/').any(|seg| seg == ".." || seg == ".") || inside.contains(['\\', '\0']) {
        return Resolved::BadRequest;
    }
    let path = root.join(inside);
    if path.is_file() {
        return Resolved::File(path);
    }
    let index = path.join("index.html");
    if index.is_file() {
        Resolved::File(index)
    } else {
        Resolved::NotFound
    }
}

fn percent_decode(path: &str) -> Option<String> {
    let bytes = path.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = std::str::from_utf8(bytes.get(i + 1..i + 3)?).ok()?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}

pub fn content_type(path: &Path) -> &'static str {
    match path.extension().and_then(|e| e.to_str()).unwrap_or_default() {
        "html" => "text/html; charset=utf-8",
        "js" | "mjs" => "text/javascript; charset=utf-8",
        "wasm" => "application/wasm",
        "css" => "text/css; charset=utf-8",
        "svg" => "image/svg+xml",
        "png" => "image/png",
        "ico" => "image/x-icon",
        "json" => "application/json",
        "webmanifest" => "application/manifest+json",
        "woff2" => "font/woff2",
        "ttf" => "font/ttf",
        "txt" => "text/plain; charset=utf-8",
        _ => "application/octet-stream",
    }
}

/// Whether a request header line says the browser accepts brotli (and
/// does not refuse it with `q=0`).
fn accepts_brotli(line: &str) -> bool {
    let Some((name, value)) = line.split_once(':') else {
        return false;
    };
    name.trim().eq_ignore_ascii_case("accept-encoding")
        && value.split(',').any(|coding| {
            let mut parts = coding.split(';').map(str::trim);
            parts.next().is_some_and(|c| c.eq_ignore_ascii_case("br"))
                && parts.all(|p| {
                    p.strip_prefix("q=")
                        .and_then(|q| q.trim().parse::<f32>().ok())
                        .is_none_or(|q| q > 0.0)
                })
        })
}

/// Sends `path`, or its brotli copy where the browser takes brotli and the
/// copy is of the file as it is now (a file changed by hand after the
/// build goes out as it is).
fn respond_file(out: &mut TcpStream, status: &str, path: &Path, brotli: bool, head_only: bool) -> std::io::Result<()> {
    let file = std::fs::read(path)?;
    let copy = brotli.then(|| precompress::current_copy(path, &file)).flatten();
    let encoding = if copy.is_some() { "Content-Encoding: br\r\n" } else { "" };
    send(
        out,
        status,
        content_type(path),
        encoding,
        copy.as_deref().unwrap_or(&file),
        head_only,
    )
}

fn respond(out: &mut TcpStream, status: &str, mime: &str, body: &[u8], head_only: bool) -> std::io::Result<()> {
    send(out, status, mime, "", body, head_only)
}

/// Every answer varies with `Accept-Encoding`, as a cache between must know.
fn send(
    out: &mut TcpStream,
    status: &str,
    mime: &str,
    encoding: &str,
    body: &[u8],
    head_only: bool,
) -> std::io::Result<()> {
    let header = format!(
        "HTTP/1.1 {status}\r\nContent-Type: {mime}\r\n{encoding}Vary: Accept-Encoding\r\nContent-Length: {}\r\nCache-Control: no-cache\r\nX-Content-Type-Options: nosniff\r\nConnection: close\r\n\r\n",
        body.len()
    );
    out.write_all(header.as_bytes())?;
    if !head_only {
        out.write_all(body)?;
    }
    out.flush()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A small site of its own for each test, so tests can run in parallel.
    fn site(test: &str) -> PathBuf {
        let dir = std::env::temp_dir().join(format!("xtask-server-{}-{test}", std::process::id()));
        std::fs::create_dir_all(dir.join("sub")).unwrap();
        std::fs::create_dir_all(dir.join("chi-tieu")).unwrap();
        std::fs::write(dir.join("index.html"), "<html>").unwrap();
        std::fs::write(dir.join("chi-tieu/index.html"), "<html>targets").unwrap();
        std::fs::write(dir.join("404.html"), "<html>not found").unwrap();
        std::fs::write(dir.join("app.js"), "x").unwrap();
        std::fs::write(dir.join("sub/a.css"), "x").unwrap();
        dir
    }

    #[test]
    fn serves_files_and_directory_indexes() {
        let root = site("serves_routes");
        let file = |p: &str| Resolved::File(root.join(p));
        assert_eq!(resolve(&root, "/", "/app.js?v=2"), file("app.js"));
        assert_eq!(resolve(&root, "/", "/sub/a.css"), file("sub/a.css"));
        assert_eq!(resolve(&root, "/", "/"), file("index.html"));
        assert_eq!(resolve(&root, "/", "/chi-tieu/"), file("chi-tieu/index.html"));
        assert_eq!(resolve(&root, "/", "/chi-tieu"), file("chi-tieu/index.html"));
        assert_eq!(resolve(&root, "/", "/chi-tieu/?kv=1"), file("chi-tieu/index.html"));
        assert_eq!(resolve(&root, "/", "/khong-co"), Resolved::NotFound);
        assert_eq!(resolve(&root, "/", "/missing.js"), Resolved::NotFound);
    }

    #[test]
    fn serves_under_a_sub_path() {
        let root = site("serves_path");
        assert_eq!(
            resolve(&root, "/gn/", "/gn/app.js"),
            Resolved::File(root.join("app.js"))
        );
        assert_eq!(resolve(&root, "/gn/", "/gn"), Resolved::File(root.join("index.html")));
        assert_eq!(
            resolve(&root, "/gn/", "/gn/chi-tieu/"),
            Resolved::File(root.join("chi-tieu/index.html"))
        );
        assert_eq!(resolve(&root, "/gn/", "/app.js"), Resolved::NotFound);
    }

    #[test]
    fn refuses_to_leave_the_root() {
        let root = site("refuses_root");
        assert_eq!(resolve(&root, "/", "/../etc/passwd"), Resolved::BadRequest);
        assert_eq!(resolve(&root, "/", "/%2e%2e/etc/passwd"), Resolved::BadRequest);
        assert_eq!(resolve(&root, "/", "/a%zz"), Resolved::BadRequest);
        assert_eq!(resolve(&root, "/", "/a%00b"), Resolved::BadRequest);
    }

    #[test]
    fn reads_whether_the_browser_takes_brotli() {
        assert!(accepts_brotli("Accept-Encoding: gzip, deflate, br, zstd\r\n"));
        assert!(accepts_brotli("accept-encoding: br;q=0.5\r\n"));
        assert!(!accepts_brotli("Accept-Encoding: gzip, deflate\r\n"));
        assert!(!accepts_brotli("Accept-Encoding: gzip, br;q=0\r\n"));
        assert!(!accepts_brotli("X-Note: br\r\n"));
    }

    /// The raw answer to `request`.
    fn ask_bytes(server: &Server, request: &str) -> Vec<u8> {
        let mut stream = TcpStream::connect(server.addr).unwrap();
        stream.write_all(request.as_bytes()).unwrap();
        let mut reply = Vec::new();
        std::io::Read::read_to_end(&mut stream, &mut reply).unwrap();
        reply
    }

    /// The answer to `request`, as text.
    fn ask(server: &Server, request: &str) -> String {
        String::from_utf8(ask_bytes(server, request)).expect("a text answer")
    }

    #[test]
    fn sends_the_brotli_copy_to_a_browser_that_takes_it() {
        let root = site("brotli");
        std::fs::write(root.join("app.js.br"), crate::sizes::brotli(b"x")).unwrap();
        std::fs::write(root.join("404.html.br"), crate::sizes::brotli(b"<html>not found")).unwrap();
        // A copy of other bytes than its file's is not sent.
        std::fs::write(root.join("sub/a.css.br"), crate::sizes::brotli(b"y")).unwrap();
        let server = start(&root, "127.0.0.1:0", "/").unwrap();
        let brotli = "Accept-Encoding: gzip, br\r\n";
        let reply = ask_bytes(&server, &format!("GET /app.js HTTP/1.1\r\n{brotli}\r\n"));
        let text = String::from_utf8_lossy(&reply);
        assert!(text.contains("Content-Encoding: br\r\n"), "{text}");
        assert!(
            text.contains("Content-Type: text/javascript"),
            "the file's type, not the copy's: {text}"
        );
        assert!(reply.ends_with(&crate::sizes::brotli(b"x")), "{text}");
        let reply = ask(&server, "GET /app.js HTTP/1.1\r\nAccept-Encoding: gzip\r\n\r\n");
        assert!(
            !reply.contains("Content-Encoding") && reply.ends_with("\r\n\r\nx"),
            "{reply}"
        );
        let reply = ask_bytes(&server, &format!("GET /khong-co HTTP/1.1\r\n{brotli}\r\n"));
        assert!(reply.starts_with(b"HTTP/1.1 404") && reply.ends_with(&crate::sizes::brotli(b"<html>not found")));
        let reply = ask(&server, &format!("GET /chi-tieu/ HTTP/1.1\r\n{brotli}\r\n"));
        assert!(
            !reply.contains("Content-Encoding") && reply.ends_with("targets"),
            "no copy, the file: {reply}"
        );
        let reply = ask(&server, &format!("GET /sub/a.css HTTP/1.1\r\n{brotli}\r\n"));
        assert!(
            !reply.contains("Content-Encoding") && reply.ends_with("\r\n\r\nx"),
            "a stale copy is not sent: {reply}"
        );
    }

    #[test]
    fn answers_over_tcp() {
        let root = site("answers_tcp");
        let server = start(&root, "127.0.0.1:0", "/").unwrap();
        let reply = ask(&server, "GET /chi-tieu HTTP/1.1\r\nHost: x\r\n\r\n");
        assert!(reply.starts_with("HTTP/1.1 200 OK"));
        assert!(reply.contains("text/html"));
        assert!(reply.ends_with("<html>targets"));

        let reply = ask(&server, "GET /khong-co HTTP/1.1\r\n\r\n");
        assert!(reply.starts_with("HTTP/1.1 404"));
        assert!(reply.ends_with("<html>not found"));

        server.set_online(false);
        let mut stream = TcpStream::connect(server.addr).unwrap();
        let _ = stream.write_all(b"GET / HTTP/1.1\r\n\r\n");
        let mut reply = Vec::new();
        let _ = std::io::Read::read_to_end(&mut stream, &mut reply);
        assert!(reply.is_empty(), "offline: no answer");

        server.set_online(true);
        let reply = ask(&server, "GET / HTTP/1.1\r\n\r\n");
        assert!(reply.starts_with("HTTP/1.1 200 OK"), "online again");
    }
}
