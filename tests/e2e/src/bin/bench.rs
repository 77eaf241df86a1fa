//! `cargo run --release -p e2e --bin bench`: the site's speed in numbers,
//! on the release build in `dist/` (or `$GIAMNGHEO_DIST`), in headless
//! Chromium and natively. `scripts/bench.sh` builds the site and runs it.
//!
//! It prints a table and asserts nothing: timings vary with the machine, so
//! they are read by people and recorded in `docs/performance.md`.

use std::path::{Path, PathBuf};
use std::time::Instant;

use e2e::{Browser, Site, peak_resident_memory};
use household_list::sample::synthetic_list;
use household_list::{Importer, Options, decode};
use planning::{RateBase, RowText, TableLink, check, parse_table, table_to_query};
use poverty_rules::Catalogue;
use serde_json::json;

/// Households in the list benchmark.
const HOUSEHOLDS: usize = 100_000;
/// A province's list (issue 16): read once, for its time and peak memory.
const PROVINCE: usize = 1_000_000;
/// Village rows in the table-edit benchmark.
const TABLE_ROWS: usize = 500;
/// Rows on one page of the target table (`src/pages/targets/pager.rs`).
const PAGE_ROWS: usize = 50;
/// Cold loads, list imports and edits per measure; the median is reported.
const LOADS: usize = 5;
const IMPORTS: usize = 5;
const EDITS: usize = 30;

fn main() {
    let site = Site::start();
    let scratch = std::env::temp_dir().join(format!("giamngheo-bench-{}", std::process::id()));
    std::fs::create_dir_all(&scratch).expect("a scratch directory");
    // `--pages`: only the table of every page.
    if std::env::args().any(|a| a == "--pages") {
        per_page(&site, &scratch);
        let _ = std::fs::remove_dir_all(&scratch);
        return;
    }
    let mut rows = Vec::new();

    let static_page = StaticCopy::of_home(&site, &scratch.join("static"));
    for (label, url) in [
        ("home page `/`", site.url("/")),
        ("classification `/phan-loai-ho/`", site.url("/phan-loai-ho/")),
        ("plain static HTML of the home page", static_page.url.clone()),
    ] {
        let times = slow_cold_loads(&url);
        rows.push(Row::browser_only(
            &format!("Time to interactive, slow link, {label} (ms)"),
            &times,
        ));
    }

    let list = scratch.join("ho-100000.csv");
    std::fs::write(&list, synthetic_list(HOUSEHOLDS, 2025)).expect("writing the list");
    let browser = list_imports(&site, &list, IMPORTS).0;
    let native = native_list_imports(&list, HOUSEHOLDS, IMPORTS);
    rows.push(Row::both(
        "100.000 households read, classified, counted (ms)",
        &browser,
        &native,
    ));

    let province = scratch.join("ho-1000000.csv");
    std::fs::write(&province, synthetic_list(PROVINCE, 2025)).expect("writing the province's list");
    let (browser, browser_peak) = list_imports(&site, &province, 1);
    let native_before = peak_resident_memory(Path::new("/proc/self"));
    let native = native_list_imports(&province, PROVINCE, 1);
    let native_peak = peak_resident_memory(Path::new("/proc/self"))
        .zip(native_before)
        .map(|(after, before)| after - before);
    rows.push(Row::both(
        "1.000.000 households read, classified, counted (ms)",
        &browser,
        &native,
    ));
    let mb = |bytes: Option<u64>| bytes.map_or("unknown".to_owned(), |b| format!("{} MB", b / 1_000_000));
    let file_mb = std::fs::metadata(&province).map(|m| m.len()).ok();
    let memory = format!(
        "1.000.000 households ({} file): peak resident memory of the tab (page and reader worker) {}; \
         natively, the rise of this process's peak while importing {}",
        mb(file_mb),
        mb(browser_peak),
        mb(native_peak)
    );

    let (browser, native) = table_edits(&site, RateBase::Row, 2);
    rows.push(Row::both(
        "One poor count edited in a 500-row table, rates over each village (ms)",
        &browser,
        &native,
    ));
    let (browser, native) = table_edits(&site, RateBase::Unit, 0);
    rows.push(Row::both(
        "One household count edited, rates over the unit: every rate changes (ms)",
        &browser,
        &native,
    ));

    print_table(&rows);
    println!("\n{memory}");
    per_page(&site, &scratch);
    let _ = std::fs::remove_dir_all(&scratch);
}

/// One line of the report: medians, with the spread in Chromium.
struct Row {
    label: String,
    browser: Vec<f64>,
    native: Option<Vec<f64>>,
}

impl Row {
    fn browser_only(label: &str, browser: &[f64]) -> Row {
        Row {
            label: label.to_owned(),
            browser: browser.to_vec(),
            native: None,
        }
    }

    fn both(label: &str, browser: &[f64], native: &[f64]) -> Row {
        Row {
            native: Some(native.to_vec()),
            ..Row::browser_only(label, browser)
        }
    }
}

fn median(values: &[f64]) -> f64 {
    let mut sorted = values.to_vec();
    sorted.sort_by(f64::total_cmp);
    let n = sorted.len();
    if n == 0 {
        return f64::NAN;
    }
    if n % 2 == 1 {
        sorted[n / 2]
    } else {
        (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0
    }
}

fn print_table(rows: &[Row]) {
    println!("\n| measure | Chromium median | Chromium min–max | native median | ratio | runs |");
    println!("|---|---|---|---|---|---|");
    for row in rows {
        let (min, max) = row
            .browser
            .iter()
            .fold((f64::INFINITY, f64::NEG_INFINITY), |(a, b), &v| (a.min(v), b.max(v)));
        let browser = median(&row.browser);
        let (native, ratio) = match &row.native {
            Some(native) => {
                let n = median(native);
                (format!("{n:.2}"), format!("{:.1}×", browser / n))
            }
            None => ("—".to_owned(), "—".to_owned()),
        };
        println!(
            "| {} | {browser:.1} | {min:.1}–{max:.1} | {native} | {ratio} | {} |",
            row.label,
            row.browser.len()
        );
    }
}

/// Chromium's DevTools emulation of the slow profile: 1,6 Mbps down,
/// 750 kbps up, 150 ms latency, and a 4× slower CPU.
fn slow_profile(browser: &Browser) {
    browser.cdp("Network.enable", json!({}));
    browser.cdp(
        "Network.emulateNetworkConditions",
        json!({
            "offline": false,
            "latency": 150,
            "downloadThroughput": 1_600_000 / 8,
            "uploadThroughput": 750_000 / 8,
        }),
    );
    browser.cdp("Emulation.setCPUThrottlingRate", json!({ "rate": 4 }));
}

/// Milliseconds from navigation to interactive, for `LOADS` cold loads
/// (a fresh browser profile each, so nothing is cached). For the app, the
/// shell's mark once mounted; for plain HTML, the end of the load event.
fn slow_cold_loads(url: &str) -> Vec<f64> {
    (0..LOADS).map(|_| slow_cold_load(url).interactive).collect()
}

/// A plain static page with the same text as one of the app's pages and its
/// stylesheet, served from its own directory and brotli-compressed like the
/// site: what the app's cost compares to.
struct StaticCopy {
    url: String,
    _server: xtask::server::Server,
}

impl StaticCopy {
    fn of_home(site: &Site, dir: &Path) -> StaticCopy {
        StaticCopy::of_page(site, "/", dir)
    }

    fn of_page(site: &Site, path: &str, dir: &Path) -> StaticCopy {
        let browser = Browser::start();
        browser.goto(&site.url(path));
        browser.wait_for_js("performance.getEntriesByName('giamngheo-interactive').length");
        let body = browser.script("return document.body.innerHTML;", json!([]));
        let css = browser.script(
            "return [...document.querySelectorAll('link[rel=stylesheet]')].map(l => l.getAttribute('href'));",
            json!([]),
        );
        std::fs::create_dir_all(dir).expect("a directory for the static copy");
        let mut links = String::new();
        for href in css.as_array().into_iter().flatten().filter_map(|v| v.as_str()) {
            let name = href.rsplit('/').next().unwrap_or(href);
            std::fs::copy(site.dist.join(name), dir.join(name)).expect("copying the stylesheet");
            links.push_str(&format!("<link rel=\"stylesheet\" href=\"/{name}\">"));
        }
        let html = format!(
            "<!doctype html><html lang=\"vi\" data-static><head><meta charset=\"utf-8\">\
             <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
             <title>Giảm nghèo bền vững</title>{links}</head><body>{}</body></html>",
            body.as_str().unwrap_or_default()
        );
        std::fs::write(dir.join("index.html"), html).expect("writing the static copy");
        // Sent compressed, as the site is.
        xtask::precompress::write(dir).expect("compressing the static copy");
        let server = xtask::server::start(dir, "127.0.0.1:0", "/").expect("serving the static copy");
        StaticCopy {
            url: format!("http://{}/", server.addr),
            _server: server,
        }
    }
}

/// The household-list page's own timing (`#thoi-gian[data-ms]`, from the
/// file's choice to the results), for `imports` imports of `list`; and the
/// tab's peak resident memory over them.
fn list_imports(site: &Site, list: &Path, imports: usize) -> (Vec<f64>, Option<u64>) {
    let browser = Browser::start();
    let times = (0..imports)
        .map(|_| {
            browser.goto(&site.url("/chi-tieu/danh-sach-ho/"));
            browser.select("#chuan", "nd07-2021");
            browser.choose_file("#tep", list);
            let ms = browser.wait_for_js("document.querySelector('#thoi-gian')?.dataset.ms");
            ms.as_str().and_then(|s| s.parse().ok()).expect("the page's timing")
        })
        .collect();
    (times, browser.renderer_peak_memory())
}

/// The same work natively: bytes checked and decoded, then read, classified
/// and counted in the steps the page takes.
fn native_list_imports(list: &PathBuf, households: usize, imports: usize) -> Vec<f64> {
    let catalogue = Catalogue::national();
    let standard = catalogue.get("nd07-2021").expect("the 2022–2025 standard");
    let bytes = std::fs::read(list).expect("reading the list");
    (0..imports)
        .map(|_| {
            let started = Instant::now();
            let text = decode(bytes.clone(), &Options::default()).expect("a valid list");
            let mut importer = Importer::new(text, standard, Options::default()).expect("a header");
            while !importer.step(1_000).finished {}
            let summary = importer.finish().expect("finished").summary();
            assert_eq!(summary.total.annex.households, households as u64);
            started.elapsed().as_secs_f64() * 1000.0
        })
        .collect()
}

fn table(base: RateBase) -> TableLink {
    let rows = (1..=TABLE_ROWS as u64)
        .map(|i| RowText {
            name: format!("Thôn {i}"),
            cells: [
                (200 + i % 50).to_string(),
                (60 + i % 20).to_string(),
                (12 + i % 7).to_string(),
                (9 + i % 5).to_string(),
                (8 + i % 6).to_string(),
                "1".to_owned(),
                (10 + i % 6).to_string(),
                (i % 4).to_string(),
            ],
            ..RowText::default()
        })
        .collect();
    TableLink {
        unit: "Xã Thử".to_owned(),
        year: "2027".to_owned(),
        base,
        rows,
        total: None,
    }
}

/// One cell of a 500-row table edited, timed in the page from the input
/// event to the end of the update (the reactive work, the DOM changes and
/// the layout they force), `EDITS` times; and the same parsing, totals and
/// checks natively. `cell` is the count edited, by its index in the row.
fn table_edits(site: &Site, base: RateBase, cell: usize) -> (Vec<f64>, Vec<f64>) {
    let link = table(base);
    let browser = Browser::start();
    browser.goto(&site.url(&format!("/chi-tieu/?{}", table_to_query(&link))));
    // The table shows 50 rows a page: each edit is made on its row's page,
    // chosen before the clock starts.
    browser.wait_for_js("document.querySelectorAll('table.targets tbody tr').length === 50");
    // The row's cells after its name: households, ethnic minority, poor, the
    // poor rate…; the total row has the same order without the rate inputs
    // ahead of the poor count.
    let column = match cell {
        0 => 2,
        1 => 3,
        _ => 4,
    };
    let mut chromium = Vec::new();
    let mut page = 0;
    for i in 0..EDITS {
        let row = (i * 37) % TABLE_ROWS;
        while page != row / PAGE_ROWS {
            let step = if page < row / PAGE_ROWS { 1 } else { -1 };
            browser.click(if step > 0 { "#trang-sau" } else { "#trang-truoc" });
            page = page.saturating_add_signed(step);
        }
        browser.wait_for_js(&format!(
            "document.querySelector('table.targets tbody tr th input').value === 'Thôn {}'",
            row / PAGE_ROWS * PAGE_ROWS + 1
        ));
        let value = browser.script_async(
            "const [row, column, total_column, value, done] = arguments;
             const cell = document.querySelector(`table.targets tbody tr:nth-child(${row}) td:nth-child(${column}) input`);
             const total = document.querySelector(`table.targets tfoot td:nth-of-type(${total_column})`);
             const before = total.textContent;
             // The clock starts once the page shown has been drawn: its
             // drawing is the page change's, not the edit's.
             requestAnimationFrame(() => setTimeout(() => {
               const started = performance.now();
               cell.value = value;
               cell.dispatchEvent(new Event('input', { bubbles: true }));
               // Leptos runs effects as microtasks: a message lands after them all.
               const channel = new MessageChannel();
               channel.port1.onmessage = () => {
                 void document.body.offsetHeight;
                 const ms = performance.now() - started;
                 done(total.textContent !== before ? ms : -1);
               };
               channel.port2.postMessage(0);
             }, 0));",
            json!([1 + row % PAGE_ROWS, column, cell + 1, (100 + i).to_string()]),
        );
        let ms = value.as_f64().expect("a time");
        assert!(ms >= 0.0, "the total did not change after an edit");
        chromium.push(ms);
    }
    let mut rows = link.rows;
    let native = (0..EDITS)
        .map(|i| {
            rows[(i * 37) % TABLE_ROWS].cells[cell] = (100 + i).to_string();
            let started = Instant::now();
            let parsed = parse_table(&rows);
            let totals = parsed
                .rows
                .iter()
                .fold(planning::Counts::default(), |a, r| a + r.counts);
            let issues = check(&parsed.rows, None, base);
            std::hint::black_box((totals, issues));
            started.elapsed().as_secs_f64() * 1000.0
        })
        .collect();
    (chromium, native)
}

/// What one cold load on the slow profile showed: milliseconds to the
/// largest contentful paint and to interactive, and the layout shift.
struct Load {
    lcp: f64,
    interactive: f64,
    shift: f64,
}

/// Loads `url` once, cold, on the slow profile; for the app, until its
/// interactive mark, for plain HTML until its load event; then reads the
/// paints and shifts the browser recorded (issue 18's measures).
fn slow_cold_load(url: &str) -> Load {
    let browser = Browser::start();
    slow_profile(&browser);
    browser.goto(url);
    let interactive = browser
        .wait_for_js(
            "(performance.getEntriesByName('giamngheo-interactive')[0]?.startTime) \
             ?? (document.querySelector('html[data-static]') && performance.getEntriesByType('navigation')[0].loadEventEnd)",
        )
        .as_f64()
        .expect("a time in ms");
    // Buffered observers report what happened before they were made, on a
    // later delivery, and on a throttled CPU the last paint's entry may come
    // frames after the page is interactive: wait for one, at most 120
    // frames (about 2 s), and report 0 if none came.
    let measured = browser.script_async(
        "const done = arguments[arguments.length - 1];
         const seen = { 'largest-contentful-paint': [], 'layout-shift': [] };
         const types = Object.keys(seen);
         const observers = types.map((type) => {
           const o = new PerformanceObserver((list) => seen[type].push(...list.getEntries()));
           o.observe({ type, buffered: true });
           return o;
         });
         let frames = 0;
         const look = () => {
           observers.forEach((o, i) => seen[types[i]].push(...o.takeRecords()));
           if (seen['largest-contentful-paint'].length === 0 && ++frames < 120) {
             return requestAnimationFrame(look);
           }
           const lcp = Math.max(0, ...seen['largest-contentful-paint'].map((e) => e.startTime));
           const shift = seen['layout-shift'].filter((e) => !e.hadRecentInput).reduce((a, e) => a + e.value, 0);
           done([lcp, shift]);
         };
         requestAnimationFrame(look);",
        json!([]),
    );
    let value = |i: usize| measured[i].as_f64().expect("a measure");
    Load {
        lcp: value(0),
        interactive,
        shift: value(1),
    }
}

/// Every page once, cold, on the slow profile, beside a plain-HTML copy of
/// its text: largest contentful paint, time to interactive, layout shift.
fn per_page(site: &Site, scratch: &Path) {
    println!("\n| page | LCP (ms) | plain HTML LCP (ms) | ratio | interactive (ms) | layout shift |");
    println!("|---|---|---|---|---|---|");
    // Every page, then a shared classification link (the issue's case): its
    // drawn copy is the empty form, and the bundle adds the case's result.
    let pages = e2e::every_page().into_iter().chain([e2e::SHARED_CASE.to_owned()]);
    for (i, path) in pages.enumerate() {
        let copy = StaticCopy::of_page(site, &path, &scratch.join(format!("page-{i}")));
        let app = slow_cold_load(&site.url(&path));
        let plain = slow_cold_load(&copy.url);
        println!(
            "| `{path}` | {:.0} | {:.0} | {:.1}× | {:.0} | {:.3} |",
            app.lcp,
            plain.lcp,
            app.lcp / plain.lcp,
            app.interactive,
            app.shift
        );
    }
}
