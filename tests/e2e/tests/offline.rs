//! After a first visit the site works with no network: the service worker
//! has every file of the build, pages open from deep links whatever their
//! query, and a new build waits until the user asks for it.
//!
//! "Offline" is both DevTools' offline mode for the page and the server
//! closing every connection: DevTools' mode does not stop the requests of
//! the service worker itself, the server does.

use std::path::Path;

use e2e::{Browser, SHARED_CASE, Site, golden_list};
use serde_json::{Value, json};
use xtask::offline;

const HOME_H1: &str = "Công cụ lập kế hoạch giảm nghèo bền vững";
const NOT_FOUND_VI: &str = "Không tìm thấy trang";
const BANNER_VI: &str = "Đã có phiên bản mới của trang.";
const UPDATE_VI: &str = "Dùng bản mới";
/// What the "new build" of the update test adds to every page.
const NEW_BUILD_MARK: &str = "<meta name=giamngheo-build content=2>";

/// Waits until a service worker controls the page and its cache holds every
/// address of the precache list.
fn wait_until_precached(browser: &Browser, dist: &Path) {
    let urls = offline::precache_urls(dist).expect("reading dist");
    assert!(urls.len() > 10, "a precache list of the whole site: {urls:?}");
    let missing = browser.script_async(
        r#"
        const [urls, done] = arguments;
        const late = new Promise((_, fail) => setTimeout(() => fail('no service worker after 20 s'), 20000));
        Promise.race([navigator.serviceWorker.ready, late])
          .then(() => Promise.all(urls.map((u) => caches.match(new URL(u, document.baseURI).href).then((hit) => hit ? null : u))))
          .then((missing) => done(missing.filter(Boolean)), (error) => done(['error: ' + error]));
        "#,
        json!([urls]),
    );
    assert_eq!(missing, json!([]), "not precached");
    browser.wait_for_js("navigator.serviceWorker.controller");
}

/// The site's caches, by name.
fn cache_names(browser: &Browser) -> Vec<String> {
    let names = browser.script_async(
        "const done = arguments[0]; caches.keys().then((k) => done(k.filter((n) => n.startsWith('giamngheo '))), (e) => done(['error: ' + e]));",
        json!([]),
    );
    serde_json::from_value(names).expect("a list of cache names")
}

fn set_online(browser: &Browser, site: &Site, online: bool) {
    browser.cdp("Network.enable", json!({}));
    browser.cdp(
        "Network.emulateNetworkConditions",
        json!({ "offline": !online, "latency": 0, "downloadThroughput": -1, "uploadThroughput": -1 }),
    );
    site.server.set_online(online);
}

/// As `assert_clean`, except for what being offline explains: the
/// browser's own check for a new `sw.js` fails, and the pages in `allowed`
/// may answer 404.
fn assert_clean_offline(browser: &Browser, origin: &str, allowed: &[&str]) {
    let mut problems: Vec<String> = browser
        .console()
        .iter()
        .filter(|entry| entry["level"] == "SEVERE")
        .map(|entry| format!("console: {}", entry["message"]))
        .collect();
    problems.extend(browser.network().problems(origin));
    problems.retain(|p| !p.contains("/sw.js") && !allowed.iter().any(|a| p.contains(a)));
    assert!(problems.is_empty(), "problems on the page:\n{}", problems.join("\n"));
}

fn wait_verdict(browser: &Browser, start: &str) {
    browser.wait_for_js(&format!(
        "document.querySelector('.verdict')?.textContent.startsWith({start:?})"
    ));
}

/// The share link opens and classification answers typing.
fn classify_from_the_deep_link(browser: &Browser, site: &Site) {
    browser.goto(&site.url(SHARED_CASE));
    wait_verdict(browser, "Hộ nghèo");
    assert_eq!(
        browser.script("return document.querySelector('#tn').value;", json!([])),
        "1.500.000"
    );
    browser.type_into("#tn", "1.500.001");
    wait_verdict(browser, "Hộ có mức sống trung bình");
}

#[test]
fn after_a_first_visit_the_site_works_offline() {
    let site = Site::start();
    let browser = Browser::start();
    browser.goto(&site.url("/"));
    browser.expect_text_eq("main h1", HOME_H1);
    wait_until_precached(&browser, &site.dist);
    assert_eq!(cache_names(&browser).len(), 1, "one cache for one build");
    browser.assert_clean(&site.origin);

    set_online(&browser, &site, false);
    browser.refresh();
    browser.expect_text_eq("main h1", HOME_H1);
    classify_from_the_deep_link(&browser, &site);
    // Another page, never opened before, by its address without the slash.
    browser.goto(&site.url("/chi-tieu"));
    browser.expect_text_eq("main h1", "Chỉ tiêu");
    assert_clean_offline(&browser, &site.origin, &[]);
    // A household list read offline: the reader worker, which no page
    // loads first, comes from the cache too.
    browser.goto(&site.url("/chi-tieu/danh-sach-ho/"));
    browser.choose_file("#tep", &golden_list());
    browser.expect_text("#trang-thai", "Đã phân loại 10 hộ trong");
    // Its counts as .xlsx: the writer worker comes from the cache too.
    let files = e2e::downloads::scratch_dir("ngoai-tuyen");
    browser.download_into(&files);
    browser.click("#tai-xlsx-thon");
    browser.expect_text("#tai-xlsx-thon-trang-thai", "Đã ghi tệp, trình duyệt đang tải về.");
    let book = e2e::downloads::downloaded(&files, "xlsx");
    assert!(book.starts_with(b"PK\x03\x04"), "a workbook");
    std::fs::remove_dir_all(files).ok();
    assert_clean_offline(&browser, &site.origin, &[]);

    // An address the site does not have: the cached not-found page.
    browser.goto(&site.url("/khong-co-trang-nay"));
    browser.expect_text_eq("main h1", NOT_FOUND_VI);
    assert_clean_offline(&browser, &site.origin, &["khong-co-trang-nay", "status of 404"]);
    browser.click("main a");
    browser.wait_for_js("location.pathname === '/'");
    browser.expect_text_eq("main h1", HOME_H1);
    assert_clean_offline(&browser, &site.origin, &[]);
}

#[test]
fn a_new_build_waits_until_the_user_takes_it() {
    let copy = Site::copy_of_build("update");
    let site = Site::serve(copy.clone());
    let browser = Browser::start();
    browser.goto(&site.url("/"));
    browser.expect_text_eq("main h1", HOME_H1);
    wait_until_precached(&browser, &site.dist);
    let old = cache_names(&browser);
    assert_eq!(old.len(), 1, "{old:?}");
    assert!(!is_new_build(&browser));
    browser.assert_clean(&site.origin);

    let before = Site::copy_of_build("update-before");
    publish_new_build(&site.dist);
    site.server.take_served();
    browser.refresh();
    browser.expect_text_eq("main h1", HOME_H1);
    // The browser checks for a new sw.js on navigation; asking too makes the
    // test independent of when it does.
    browser.script(
        "navigator.serviceWorker.getRegistration().then((r) => r && r.update()).catch(() => {});",
        json!([]),
    );
    browser.wait_for_js("document.querySelector('#update-banner button')");
    browser.expect_text_eq("#update-banner[role='status'] span", BANNER_VI);
    browser.expect_text_eq("#update-banner button", UPDATE_VI);
    assert!(!is_new_build(&browser), "the old version until the user asks");
    let both = cache_names(&browser);
    assert_eq!(both.len(), 2, "the new build is downloaded beside the old: {both:?}");
    // Only what changed is downloaded: the pages and the worker; every
    // bundle, style sheet, font and icon is copied from the old cache.
    let changed = offline::update_downloads(&before, &site.dist).expect("comparing the builds");
    assert!(changed.iter().all(|f| f.ends_with(".html")), "{changed:?}");
    let served = site.server.take_served();
    let assets: Vec<&String> = served
        .iter()
        .filter(|t| !t.ends_with('/') && !t.ends_with(".html") && !t.starts_with("/sw.js"))
        .collect();
    assert!(assets.is_empty(), "downloaded again though unchanged: {assets:?}");
    for file in &changed {
        let url = offline::url_of(file);
        let target = format!("/{}", url.trim_start_matches("./"));
        assert!(
            served.contains(&target),
            "{target} changed but was not downloaded: {served:?}"
        );
    }
    let _ = std::fs::remove_dir_all(before);
    browser.assert_clean(&site.origin);

    // Offline, the old version keeps working and the offer stays.
    set_online(&browser, &site, false);
    browser.refresh();
    browser.expect_text_eq("main h1", HOME_H1);
    classify_from_the_deep_link(&browser, &site);
    assert!(!is_new_build(&browser));
    browser.wait_for_js("document.querySelector('#update-banner button')");
    assert_clean_offline(&browser, &site.origin, &[]);

    // Online, the user takes the new version: one reload, the new worker's.
    set_online(&browser, &site, true);
    browser.click("#update-banner button");
    browser.wait_for_js("document.querySelector('meta[name=\"giamngheo-build\"]')");
    browser.expect_text_eq("main h1", "Phân loại hộ");
    let new = cache_names(&browser);
    assert_eq!(new.len(), 1, "the old build's cache is gone: {new:?}");
    assert_ne!(new, old);
    assert_eq!(
        browser.script("return !document.getElementById('update-banner');", json!([])),
        json!(true),
        "no offer once the new version runs"
    );
    browser.assert_clean(&site.origin);
    let _ = std::fs::remove_dir_all(copy);
}

fn is_new_build(browser: &Browser) -> bool {
    browser.script(
        "return !!document.querySelector('meta[name=\"giamngheo-build\"]');",
        json!([]),
    ) == Value::Bool(true)
}

/// What a new build does to the host: every page changes, and so does the
/// worker that lists them (a new cache name), written as `build-site` does.
fn publish_new_build(dist: &Path) {
    for file in offline::precache_files(dist).expect("reading dist") {
        if !file.ends_with(".html") {
            continue;
        }
        let path = dist.join(&file);
        let html = std::fs::read_to_string(&path).expect("a page");
        let at = html.find("<title>").unwrap_or_else(|| panic!("{file} has no <title>"));
        std::fs::write(&path, format!("{}{NEW_BUILD_MARK}{}", &html[..at], &html[at..])).expect("writing a page");
    }
    let before = std::fs::read_to_string(dist.join(offline::WORKER)).expect("sw.js");
    xtask::site::seal(dist).expect("writing sw.js and the brotli copies");
    let after = std::fs::read_to_string(dist.join(offline::WORKER)).expect("sw.js");
    assert_ne!(before, after, "a new build, a new worker");
}
