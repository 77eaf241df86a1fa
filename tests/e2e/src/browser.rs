//! A minimal WebDriver client for chromedriver: only what the tests use,
//! plus chromedriver's log and DevTools endpoints, which carry the console
//! errors and network events the tests check.

use std::net::TcpListener;
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use base64::Engine;
use serde_json::{Value, json};

use crate::network::NetworkLog;
use site_map::PRERENDERED_ID;

const ELEMENT_KEY: &str = "element-6066-11e4-a52e-4f735466cecf";
/// How long a wait may take before it fails: generous, as a loaded CI
/// machine or a throttled CPU may be many times slower than a quiet one.
pub(crate) const WAIT: Duration = Duration::from_secs(60);

static PROFILES: AtomicUsize = AtomicUsize::new(0);

pub struct Browser {
    driver: Child,
    session: String,
    profile: PathBuf,
}

impl Browser {
    /// A fresh headless Chromium with an empty profile.
    pub fn start() -> Browser {
        let port = free_port();
        let driver_bin = std::env::var("CHROMEDRIVER").unwrap_or_else(|_| "chromedriver".to_owned());
        let driver = Command::new(&driver_bin)
            .arg(format!("--port={port}"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap_or_else(|e| panic!("cannot start {driver_bin}: {e}"));
        let endpoint = format!("http://127.0.0.1:{port}");
        wait_until_ready(&endpoint);

        let profile = std::env::temp_dir().join(format!(
            "giamngheo-e2e-{}-{}",
            std::process::id(),
            PROFILES.fetch_add(1, Ordering::SeqCst)
        ));
        let chrome_bin = std::env::var("CHROME_BIN").unwrap_or_else(|_| "/usr/bin/chromium".to_owned());
        let capabilities = json!({
            "capabilities": { "alwaysMatch": {
                "browserName": "chrome",
                "goog:chromeOptions": {
                    "binary": chrome_bin,
                    "args": [
                        "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync",
                        "--no-first-run", "--no-default-browser-check", "--disable-extensions",
                        "--disable-features=Translate,OptimizationHints,MediaRouter",
                        "--window-size=1280,900",
                        format!("--user-data-dir={}", profile.display()),
                    ],
                    "perfLoggingPrefs": { "enableNetwork": true, "enablePage": false },
                },
                "goog:loggingPrefs": { "browser": "ALL", "performance": "ALL" },
            }}
        });
        let created = http(ureq::post(&format!("{endpoint}/session")), Some(capabilities));
        let id = created["value"]["sessionId"].as_str().expect("a session id").to_owned();
        let browser = Browser {
            driver,
            session: format!("{endpoint}/session/{id}"),
            profile,
        };
        // Chromium opens its own new-tab page first; its traffic is not ours.
        browser.goto("about:blank");
        // `scripts/e2e-soak.sh --throttle N` runs the pages N times slower,
        // as on a cheap phone, so that a hidden timing assumption shows.
        if let Some(rate) = std::env::var("GIAMNGHEO_E2E_CPU_THROTTLE")
            .ok()
            .and_then(|r| r.parse::<f64>().ok())
        {
            browser.cdp("Emulation.setCPUThrottlingRate", json!({ "rate": rate }));
        }
        browser.console();
        browser.network();
        browser
    }

    fn post(&self, path: &str, body: Value) -> Value {
        self.try_post(path, body).unwrap_or_else(|e| panic!("{e}"))
    }

    fn get(&self, path: &str) -> Value {
        http(ureq::get(&format!("{}{path}", self.session)), None)["value"].take()
    }

    fn try_post(&self, path: &str, body: Value) -> Result<Value, String> {
        try_http(ureq::post(&format!("{}{path}", self.session)), Some(body)).map(|mut v| v["value"].take())
    }

    /// Runs WebDriver input actions (keys, pointer) in order.
    pub(crate) fn actions(&self, actions: Value) {
        self.post("/actions", json!({ "actions": actions }));
    }

    /// Opens `url` and waits until its bundle has taken over from the page
    /// drawn at build time, if it was (`src/prerender.rs`): a test acts on
    /// the page the bundle draws, never on the copy it replaces.
    pub fn goto(&self, url: &str) {
        self.goto_without_scripts(url);
        self.wait_until("the page's bundle to take over", |_| Ok(()));
    }

    /// Opens `url` and waits for nothing but its load: for a page read with
    /// scripts off.
    pub fn goto_without_scripts(&self, url: &str) {
        self.post("/url", json!({ "url": url }));
    }

    pub fn refresh(&self) {
        self.post("/refresh", json!({}));
    }

    /// Runs `body` as a function body in the page; `arguments` holds `args`.
    pub fn script(&self, body: &str, args: Value) -> Value {
        self.post("/execute/sync", json!({ "script": body, "args": args }))
    }

    /// Runs `body` as an async function body: the last of `arguments` is the
    /// callback that returns its value.
    pub fn script_async(&self, body: &str, args: Value) -> Value {
        self.post("/execute/async", json!({ "script": body, "args": args }))
    }

    /// Polls a JavaScript expression until it is truthy and, for a list, not
    /// empty: a list read from the page before it is drawn is empty, not
    /// falsy (the CI run of 02/12/2026 read an empty periods table so).
    pub fn wait_for_js(&self, expression: &str) -> Value {
        self.wait_until(&format!("`{expression}`"), |b| {
            let value = b.script(&format!("return {expression};"), json!([]));
            let there = !matches!(value, Value::Null | Value::Bool(false))
                && value != json!("")
                && value != json!(0)
                && value != json!([]);
            if there { Ok(value) } else { Err(value.to_string()) }
        })
    }

    /// Polls `probe` until it gives `Ok`; on time-out fails, naming `what`
    /// was awaited, what the probe saw last, and the console. The probe
    /// runs only once the page's bundle has replaced the page drawn at
    /// build time.
    pub fn wait_until<T>(&self, what: &str, mut probe: impl FnMut(&Browser) -> Result<T, String>) -> T {
        let start = Instant::now();
        loop {
            let seen = match self.taken_over().and_then(|()| probe(self)) {
                Ok(value) => return value,
                Err(seen) => seen,
            };
            if start.elapsed() > WAIT {
                let console: Vec<String> = self.console().iter().map(|e| e["message"].to_string()).collect();
                panic!(
                    "waited {} s for {what}; saw: {seen}\nconsole:\n{}",
                    WAIT.as_secs(),
                    console.join("\n")
                );
            }
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    /// `Err` while the page drawn at build time is still there.
    fn taken_over(&self) -> Result<(), String> {
        let drawn = self.script(
            &format!("return document.getElementById('{PRERENDERED_ID}') !== null;"),
            json!([]),
        );
        match drawn {
            Value::Bool(true) => Err("the page as drawn at build time, before its bundle ran".to_owned()),
            _ => Ok(()),
        }
    }

    /// The text of the first element matching `css` once it contains
    /// `needle`: what a page shows after an action may come a moment later.
    pub fn expect_text(&self, css: &str, needle: &str) -> String {
        self.wait_for_text(css, &format!("to contain {needle:?}"), |t| t.contains(needle))
    }

    /// Waits until the first element matching `css` reads exactly `expected`.
    pub fn expect_text_eq(&self, css: &str, expected: &str) {
        self.wait_for_text(css, &format!("to read {expected:?}"), |t| t == expected);
    }

    /// The text of the first element matching `css` once `accept` takes it.
    fn wait_for_text(&self, css: &str, what: &str, accept: impl Fn(&str) -> bool) -> String {
        self.wait_until(&format!("{css} {what}"), |b| {
            let text = b.script(
                "return document.querySelector(arguments[0])?.textContent.trim() ?? null;",
                json!([css]),
            );
            match text.as_str() {
                Some(t) if accept(t) => Ok(t.to_owned()),
                Some(t) => Err(format!("{t:?}")),
                None => Err("no such element".to_owned()),
            }
        })
    }

    /// The rows of `css` (as [`Browser::rows`]) once there are `count`.
    pub fn expect_rows(&self, css: &str, count: usize) -> Vec<String> {
        self.wait_until(&format!("{count} rows of {css}"), |b| {
            let rows = b.rows(css);
            if rows.len() == count {
                Ok(rows)
            } else {
                Err(format!("{} rows: {rows:?}", rows.len()))
            }
        })
    }

    /// The text of the first element matching `css`, once it is there.
    pub fn text(&self, css: &str) -> String {
        let expr = format!("document.querySelector({css:?})?.textContent.trim()");
        self.wait_for_js(&expr).as_str().unwrap_or_default().to_owned()
    }

    /// Clicks the first element matching `css` the way a user would, once
    /// it is there and enabled.
    pub fn click(&self, css: &str) {
        self.wait_for_js(&format!("(e => e && !e.disabled)(document.querySelector({css:?}))"));
        self.on_element(css, |id| {
            self.try_post(&format!("/element/{id}/click"), json!({})).map(drop)
        });
    }

    /// Runs `commands` on the first element matching `css`; if the page drew
    /// it anew in between (a stale element), finds it again and repeats.
    fn on_element(&self, css: &str, commands: impl Fn(&str) -> Result<(), String>) {
        self.wait_until(&format!("{css} to take the command"), |b| {
            b.wait_for_js(&format!("document.querySelector({css:?})"));
            let found = b.post("/element", json!({ "using": "css selector", "value": css }));
            let id = found[ELEMENT_KEY].as_str().expect("an element id").to_owned();
            match commands(&id) {
                Err(e) if e.contains("stale element") => Err(e),
                Err(e) => panic!("{e}"),
                Ok(()) => Ok(()),
            }
        })
    }

    /// Replaces the text of the first input matching `css`, key by key.
    pub fn type_into(&self, css: &str, text: &str) {
        self.on_element(css, |id| {
            self.try_post(&format!("/element/{id}/clear"), json!({}))?;
            self.try_post(&format!("/element/{id}/value"), json!({ "text": text }))
                .map(drop)
        });
    }

    /// Presses keys in the first element matching `css`, as typed: WebDriver
    /// key codes such as `\u{E003}` (Backspace) included.
    pub fn press_keys(&self, css: &str, keys: &str) {
        self.on_element(css, |id| {
            self.try_post(&format!("/element/{id}/value"), json!({ "text": keys }))
                .map(drop)
        });
    }

    /// Chooses a file in an `<input type="file">`: WebDriver takes its path
    /// as the keys typed into the input.
    pub fn choose_file(&self, css: &str, path: &std::path::Path) {
        self.press_keys(css, &path.display().to_string());
    }

    /// Sets a `<select>` to `value` as a user's choice would, firing `change`.
    pub fn select(&self, css: &str, value: &str) {
        self.wait_for_js(&format!("document.querySelector({css:?})"));
        self.script(
            "const s = document.querySelector(arguments[0]); s.value = arguments[1]; s.dispatchEvent(new Event('change', { bubbles: true }));",
            json!([css, value]),
        );
    }

    /// The cells' text of every row matching `css`, joined with `|`.
    pub fn rows(&self, css: &str) -> Vec<String> {
        let value = self.script(
            "return [...document.querySelectorAll(arguments[0])].map(r => [...r.children].map(c => c.textContent.trim()).join('|'));",
            json!([css]),
        );
        serde_json::from_value(value).unwrap_or_default()
    }

    /// The text of the first element matching `css` as the browser renders
    /// it, read by WebDriver rather than by a script in the page: it works
    /// with scripts off. Does not wait.
    pub fn rendered_text(&self, css: &str) -> String {
        let id = self.element_now(css);
        self.get(&format!("/element/{id}/text"))
            .as_str()
            .unwrap_or_default()
            .to_owned()
    }

    /// The top of the first element matching `css`, in CSS pixels from the
    /// top of the page, read by WebDriver (works with scripts off).
    pub fn top_of(&self, css: &str) -> f64 {
        let id = self.element_now(css);
        self.get(&format!("/element/{id}/rect"))["y"]
            .as_f64()
            .unwrap_or_else(|| panic!("no rect for {css}"))
    }

    /// A click on the first element matching `css`, by WebDriver alone:
    /// it works with scripts off, and does not wait.
    pub fn click_without_scripts(&self, css: &str) {
        let id = self.element_now(css);
        self.post(&format!("/element/{id}/click"), json!({}));
    }

    /// WebDriver's id of the first element matching `css`, found without
    /// a script and without waiting.
    fn element_now(&self, css: &str) -> String {
        let found = self.post("/element", json!({ "using": "css selector", "value": css }));
        found[ELEMENT_KEY]
            .as_str()
            .unwrap_or_else(|| panic!("no {css}: {found}"))
            .to_owned()
    }

    /// The document's title, read by WebDriver.
    pub fn title(&self) -> String {
        self.get("/title").as_str().unwrap_or_default().to_owned()
    }

    /// The text of every element matching `css`.
    pub fn texts(&self, css: &str) -> Vec<String> {
        let value = self.script(
            "return [...document.querySelectorAll(arguments[0])].map(e => e.textContent.trim());",
            json!([css]),
        );
        serde_json::from_value(value).unwrap_or_default()
    }

    /// Console messages since the last call.
    pub fn console(&self) -> Vec<Value> {
        self.post("/se/log", json!({ "type": "browser" }))
            .as_array()
            .cloned()
            .unwrap_or_default()
    }

    /// Network events since the last call.
    pub fn network(&self) -> NetworkLog {
        let entries = self.post("/se/log", json!({ "type": "performance" }));
        NetworkLog::from_entries(entries.as_array().map(Vec::as_slice).unwrap_or_default())
    }

    /// The current window's handle.
    pub fn window(&self) -> String {
        self.get("/window").as_str().expect("a window handle").to_owned()
    }

    /// The highest resident memory any of this browser's renderer processes
    /// has reached, in bytes (Linux's `VmHWM`): a tab's page with its
    /// dedicated workers. Chromium rewrites a renderer's command line as
    /// one string, so the profile and the process type are looked for in
    /// it as text. For the benchmark; `None` where `/proc` cannot tell.
    pub fn renderer_peak_memory(&self) -> Option<u64> {
        let profile = format!("--user-data-dir={}", self.profile.display());
        let has = |haystack: &[u8], needle: &[u8]| haystack.windows(needle.len()).any(|w| w == needle);
        std::fs::read_dir("/proc")
            .ok()?
            .filter_map(|entry| {
                let dir = entry.ok()?.path();
                let cmdline = std::fs::read(dir.join("cmdline")).ok()?;
                (has(&cmdline, profile.as_bytes()) && has(&cmdline, b"--type=renderer"))
                    .then(|| peak_resident_memory(&dir))
                    .flatten()
            })
            .max()
    }

    /// Opens a new tab of the same profile and switches to it; its handle.
    pub fn new_tab(&self) -> String {
        let handle = self.post("/window/new", json!({ "type": "tab" }))["handle"]
            .as_str()
            .expect("a new tab")
            .to_owned();
        self.switch_to(&handle);
        handle
    }

    pub fn switch_to(&self, handle: &str) {
        self.post("/window", json!({ "handle": handle }));
    }

    /// Sends the page's downloads into `dir`.
    pub fn download_into(&self, dir: &std::path::Path) {
        self.cdp(
            "Browser.setDownloadBehavior",
            json!({ "behavior": "allow", "downloadPath": dir.display().to_string() }),
        );
    }

    /// A DevTools protocol command.
    pub fn cdp(&self, cmd: &str, params: Value) -> Value {
        self.post("/goog/cdp/execute", json!({ "cmd": cmd, "params": params }))
    }

    /// Prints the current page as the user's print dialog would, honouring
    /// the stylesheet's `@page` size.
    pub fn print_pdf(&self) -> Vec<u8> {
        let printed = self.cdp("Page.printToPDF", json!({ "preferCSSPageSize": true }));
        let data = printed["data"].as_str().expect("PDF data");
        base64::engine::general_purpose::STANDARD
            .decode(data)
            .expect("base64 PDF")
    }

    /// Fails the test on any console error since the last check, any failed
    /// load or error status, and any request that left `origin`.
    pub fn assert_clean(&self, origin: &str) {
        let mut problems: Vec<String> = self
            .console()
            .iter()
            .filter(|entry| entry["level"] == "SEVERE")
            .map(|entry| format!("console: {}", entry["message"]))
            .collect();
        problems.extend(self.network().problems(origin));
        assert!(problems.is_empty(), "problems on the page:\n{}", problems.join("\n"));
    }
}

impl Drop for Browser {
    fn drop(&mut self) {
        let _ = ureq::delete(&self.session).call();
        let _ = self.driver.kill();
        let _ = self.driver.wait();
        let _ = std::fs::remove_dir_all(&self.profile);
    }
}

fn free_port() -> u16 {
    let listener = TcpListener::bind("127.0.0.1:0").expect("a free port");
    listener.local_addr().expect("an address").port()
}

fn wait_until_ready(endpoint: &str) {
    let start = Instant::now();
    loop {
        if let Ok(reply) = ureq::get(&format!("{endpoint}/status")).call()
            && reply.into_json::<Value>().is_ok_and(|v| v["value"]["ready"] == true)
        {
            return;
        }
        assert!(start.elapsed() < Duration::from_secs(20), "chromedriver did not start");
        std::thread::sleep(Duration::from_millis(50));
    }
}

/// Sends a WebDriver command; a WebDriver error fails the test with its
/// message.
fn http(request: ureq::Request, body: Option<Value>) -> Value {
    try_http(request, body).unwrap_or_else(|e| panic!("{e}"))
}

fn try_http(request: ureq::Request, body: Option<Value>) -> Result<Value, String> {
    let result = match body {
        Some(body) => request.send_json(body),
        None => request.call(),
    };
    match result {
        Ok(reply) => Ok(reply.into_json().expect("a JSON reply")),
        Err(ureq::Error::Status(code, reply)) => {
            let text = reply.into_string().unwrap_or_default();
            Err(format!("WebDriver error {code}: {text}"))
        }
        Err(e) => panic!("WebDriver transport error: {e}"),
    }
}

/// The highest resident memory the process of `/proc/<pid>` (or
/// `/proc/self`) has reached, in bytes: Linux's `VmHWM`.
pub fn peak_resident_memory(proc_dir: &std::path::Path) -> Option<u64> {
    let status = std::fs::read_to_string(proc_dir.join("status")).ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    line.split_whitespace().nth(1)?.parse::<u64>().ok().map(|kb| kb * 1024)
}
