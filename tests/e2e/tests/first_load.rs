//! The first page's download stays within budget for slow commune links,
//! and the size report counts every file the browser actually fetched.

use e2e::{Browser, Site};
use xtask::{first_load, sizes};

/// 150 KB, brotli, everything the first page downloads.
const BUDGET_BROTLI: usize = 150_000;

#[test]
fn first_page_download_is_within_budget_and_fully_reported() {
    let site = Site::start();
    let browser = Browser::start();
    browser.goto(&site.url("/"));
    browser.text("main h1");
    let log = browser.network();
    let problems = log.problems(&site.origin);
    assert!(problems.is_empty(), "{problems:?}");

    let reported = first_load::files(&site.dist, "/").expect("reading dist");
    let mut fetched = Vec::new();
    // Data URLs cost nothing on the wire; everything else is same-origin.
    for url in log
        .requested_urls()
        .into_iter()
        .filter(|u| !u.starts_with("data:"))
    {
        let path = url
            .strip_prefix(&site.origin)
            .unwrap_or(url)
            .split(['?', '#'])
            .next()
            .unwrap();
        let name = match path.trim_start_matches('/') {
            "" => "index.html".to_owned(),
            other => other.to_owned(),
        };
        assert!(
            reported.contains(&name),
            "{name} was fetched but is missing from the size report {reported:?}"
        );
        if !fetched.contains(&name) {
            fetched.push(name);
        }
    }
    let measured: Vec<_> = fetched
        .iter()
        .map(|name| {
            sizes::measure(
                name,
                &std::fs::read(site.dist.join(name)).expect("a dist file"),
            )
        })
        .collect();
    println!("{}", sizes::table(&measured));
    let brotli: usize = measured.iter().map(|f| f.brotli).sum();
    assert!(
        brotli <= BUDGET_BROTLI,
        "first load is {brotli} bytes brotli, over the {BUDGET_BROTLI} budget"
    );
    assert!(
        fetched.iter().any(|n| n.ends_with(".wasm")),
        "the app's wasm was not fetched: {fetched:?}"
    );
}
