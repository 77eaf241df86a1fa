//! Every page, reached directly by link, downloads within budget for slow
//! commune links, and the size report counts every file the browser fetched.
//! What the service worker downloads once the page has loaded (`sw.js` and
//! its precache) is reported apart and is not part of the budget.

use e2e::{Browser, Site};
use xtask::{first_load, site, sizes};

/// 150 KB, brotli, everything a page downloads on a first visit.
const BUDGET_BROTLI: usize = 150_000;

#[test]
fn every_page_downloads_within_budget_and_is_fully_reported() {
    let site = Site::start();
    let mut sizes = sizes::Measured::default();
    for page in site::page_dirs() {
        // A fresh profile: nothing cached from the page before.
        let browser = Browser::start();
        let path = if page.is_empty() {
            "/".to_owned()
        } else {
            format!("/{page}/")
        };
        browser.goto(&site.url(&path));
        browser.text("main h1");
        let log = browser.network();
        let problems = log.problems(&site.origin);
        assert!(problems.is_empty(), "{path}: {problems:?}");

        let reported = first_load::files(&site.dist, page, "/").expect("reading dist");
        let later = first_load::after_first_load(&site.dist).expect("reading dist");
        let mut fetched = Vec::new();
        let mut fetched_later = Vec::new();
        // Data URLs cost nothing on the wire; everything else is same-origin.
        for url in log.requested_urls().into_iter().filter(|u| !u.starts_with("data:")) {
            let requested = url
                .strip_prefix(&site.origin)
                .unwrap_or(url)
                .split(['?', '#'])
                .next()
                .unwrap();
            let name = match requested.trim_start_matches('/') {
                p if p.is_empty() || p.ends_with('/') => format!("{p}index.html"),
                p => p.to_owned(),
            };
            assert!(
                reported.contains(&name) || later.contains(&name),
                "{path}: {name} was fetched but the size report misses it: {reported:?} then {later:?}"
            );
            if reported.contains(&name) {
                if !fetched.contains(&name) {
                    fetched.push(name);
                }
            } else if !fetched_later.contains(&name) {
                fetched_later.push(name);
            }
        }
        assert!(
            reported.iter().any(|n| n == "sw-register.js"),
            "{path}: the first load counts the worker's registration: {reported:?}"
        );
        let measured: Vec<_> = fetched
            .iter()
            .map(|name| sizes.file(&site.dist, name).expect("a dist file"))
            .collect();
        println!("{path}\n{}", sizes::table(&measured));
        if !fetched_later.is_empty() {
            println!("{path}, already after the first load: {fetched_later:?}");
        }
        let brotli: usize = measured.iter().map(|f| f.brotli).sum();
        assert!(
            brotli <= BUDGET_BROTLI,
            "{path} loads {brotli} bytes brotli, over the budget of {BUDGET_BROTLI}"
        );
        assert!(
            fetched.iter().any(|n| n.ends_with(".wasm")),
            "{path}: no wasm fetched: {fetched:?}"
        );
    }
}
