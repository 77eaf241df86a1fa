//! The Content-Security-Policy ships with the page, allows only the site's
//! own origin, and really stops an injected inline script.

use e2e::{Browser, Site};
use serde_json::json;

fn policy(site: &Site) -> String {
    let html = std::fs::read_to_string(site.dist.join("index.html")).expect("index.html");
    let start = html.find("Content-Security-Policy").expect("a CSP meta tag");
    let tag_start = html[..start].rfind("<meta").expect("the meta tag");
    let tag = &html[tag_start..tag_start + html[tag_start..].find('>').unwrap()];
    let content = tag.split("content=\"").nth(1).expect("a quoted policy");
    content[..content.find('"').unwrap()].to_owned()
}

#[test]
fn the_policy_allows_only_the_sites_own_origin() {
    let site = Site::start();
    let policy = policy(&site);
    for required in [
        "default-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "connect-src 'self'",
    ] {
        assert!(policy.contains(required), "policy lacks {required}: {policy}");
    }
    for forbidden in ["'unsafe-inline'", "'unsafe-eval'", "http:", "https:", "*", "data: ;"] {
        assert!(!policy.contains(forbidden), "policy allows {forbidden}: {policy}");
    }
}

#[test]
fn an_injected_inline_script_does_not_run() {
    let site = Site::start();
    let browser = Browser::start();
    browser.goto(&site.url("/"));
    browser.text("main h1");
    browser.script(
        "const s = document.createElement('script'); s.textContent = 'window.injected = true'; document.body.append(s);",
        json!([]),
    );
    assert_eq!(browser.script("return window.injected === true;", json!([])), false);
    let blocked = browser.console().iter().any(|e| {
        e["message"]
            .as_str()
            .unwrap_or_default()
            .contains("Content Security Policy")
    });
    assert!(blocked, "the browser did not report the blocked script");
}

/// Leptos puts text in text nodes; only code that sets HTML could render
/// user text as markup, so none may.
#[test]
fn no_source_sets_html() {
    fn walk(dir: &std::path::Path, found: &mut Vec<String>) {
        for entry in std::fs::read_dir(dir).expect("reading src") {
            let path = entry.expect("an entry").path();
            if path.is_dir() {
                walk(&path, found);
            } else if path.extension().is_some_and(|e| e == "rs" || e == "js" || e == "html") {
                let text = std::fs::read_to_string(&path).expect("a source file");
                for bad in ["inner_html", "innerHTML", "insertAdjacentHTML", "outerHTML"] {
                    if text.contains(bad) {
                        found.push(format!("{}: {bad}", path.display()));
                    }
                }
            }
        }
    }
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let mut found = Vec::new();
    for dir in ["src", "public"] {
        walk(&root.join(dir), &mut found);
    }
    assert!(found.is_empty(), "code that sets HTML: {found:?}");
}
