//! Which files the first page makes the browser download: `index.html` and
//! every local file it links to (the loader, the wasm it preloads, the
//! stylesheet, the icon, the manifest, `sw-register.js`).
//!
//! Once the page has loaded, `sw-register.js` registers the service worker,
//! which then downloads the whole site for offline use: [`after_first_load`].
//! Those bytes are reported apart, once per site: they do not delay the
//! first page, and they are spent once, not on every page.

use std::path::Path;

/// Local paths named by `href` or `src` attributes (quoted or, as minified
/// HTML has them, unquoted), relative to the site root, skipping other
/// origins, data URLs and fragments.
pub fn linked_paths(html: &str, public_url: &str) -> Vec<String> {
    let mut paths = Vec::new();
    for attr in [" href=", " src="] {
        let mut rest = html;
        while let Some(start) = rest.find(attr) {
            rest = &rest[start + attr.len()..];
            let (value, after) = attribute_value(rest);
            if let Some(path) = local_path(value, public_url)
                && !paths.contains(&path)
            {
                paths.push(path);
            }
            rest = after;
        }
    }
    paths
}

/// Splits `"value" rest`, `'value' rest` or `value>rest` after an `=`.
fn attribute_value(text: &str) -> (&str, &str) {
    match text.chars().next() {
        Some(quote @ ('"' | '\'')) => {
            let inner = &text[1..];
            let end = inner.find(quote).unwrap_or(inner.len());
            (&inner[..end], &inner[end..])
        }
        _ => {
            let end = text.find(|c: char| c.is_whitespace() || c == '>').unwrap_or(text.len());
            (&text[..end], &text[end..])
        }
    }
}

fn local_path(link: &str, public_url: &str) -> Option<String> {
    if link.contains("://") || link.starts_with("//") || link.starts_with("data:") || link.starts_with('#') {
        return None;
    }
    let link = link.split(['?', '#']).next().unwrap_or_default();
    let path = link.strip_prefix(public_url).unwrap_or(link).trim_start_matches('/');
    (!path.is_empty()).then(|| path.to_owned())
}

/// A page's `index.html` (`page` is its directory, `""` for the root)
/// followed by the files it links to that exist in `dist`.
pub fn files(dist: &Path, page: &str, public_url: &str) -> std::io::Result<Vec<String>> {
    let index = if page.is_empty() {
        "index.html".to_owned()
    } else {
        format!("{page}/index.html")
    };
    let html = std::fs::read_to_string(dist.join(&index))?;
    let mut files = vec![index];
    files.extend(
        linked_paths(&html, public_url)
            .into_iter()
            .filter(|p| dist.join(p).is_file()),
    );
    Ok(files)
}

/// What the browser downloads after the first page has loaded: the
/// service worker, then every file it precaches (the first page's own files
/// again among them: the worker asks past the HTTP cache so that its copy
/// is of this build). Files relative to `dist`.
pub fn after_first_load(dist: &Path) -> std::io::Result<Vec<String>> {
    let mut files = vec![crate::offline::WORKER.to_owned()];
    files.extend(crate::offline::precache_files(dist)?);
    Ok(files)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_local_links_and_skips_the_rest() {
        let html = r##"<base href="/"><link rel="modulepreload" href="/app-1.js"><link rel="preload" href="/app-1_bg.wasm" as="fetch">
            <link rel="stylesheet" href="/main-2.css"><a href="https://example.org/x">x</a><img src="data:image/png;base64,AA"><a href="#top">t</a>
            <script type="module" src="/app-1.js?v=1"></script>"##;
        assert_eq!(linked_paths(html, "/"), vec!["app-1.js", "app-1_bg.wasm", "main-2.css"]);
    }

    #[test]
    fn reads_unquoted_and_single_quoted_attributes() {
        let html = "<link href=/main.css integrity=sha384-x rel=stylesheet><link href='/app.js'><link as=fetch href=/app_bg.wasm>";
        assert_eq!(linked_paths(html, "/"), vec!["main.css", "app.js", "app_bg.wasm"]);
    }

    #[test]
    fn the_worker_and_its_precache_come_after_the_first_load() {
        let dist = std::env::temp_dir().join(format!("xtask-first-load-{}", std::process::id()));
        std::fs::create_dir_all(dist.join("chi-tieu")).unwrap();
        for file in [
            "index.html",
            "chi-tieu/index.html",
            "app-1.js",
            "sw-register.js",
            "sw.js",
        ] {
            std::fs::write(dist.join(file), "x").unwrap();
        }
        std::fs::write(
            dist.join("index.html"),
            r#"<base href="/"><link href="/app-1.js"><script src="sw-register.js" defer></script>"#,
        )
        .unwrap();
        assert_eq!(
            files(&dist, "", "/").unwrap(),
            ["index.html", "app-1.js", "sw-register.js"]
        );
        assert_eq!(
            after_first_load(&dist).unwrap(),
            [
                "sw.js",
                "index.html",
                "app-1.js",
                "chi-tieu/index.html",
                "sw-register.js"
            ]
        );
        std::fs::remove_dir_all(dist).unwrap();
    }

    #[test]
    fn strips_a_sub_path_public_url() {
        let html = r#"<link href="/giamngheo/app.js"><link href="/giamngheo/">"#;
        assert_eq!(linked_paths(html, "/giamngheo/"), vec!["app.js"]);
    }
}
