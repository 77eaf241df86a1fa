//! Trunk writes the wasm loader as an inline `<script>`. Rather than allow
//! every inline script (`'unsafe-inline'`), the Content-Security-Policy names
//! the loader by its SHA-256 hash, computed after each build.

use base64::Engine;
use sha2::{Digest, Sha256};

const DIRECTIVE: &str = "script-src 'self'";

/// The contents of every inline `<script>` (one without `src`).
pub fn inline_scripts(html: &str) -> Vec<&str> {
    let mut scripts = Vec::new();
    let mut rest = html;
    while let Some(start) = rest.find("<script") {
        rest = &rest[start..];
        let Some(open_end) = rest.find('>') else {
            break;
        };
        let open_tag = &rest[..open_end];
        let body_and_rest = &rest[open_end + 1..];
        let Some(close) = body_and_rest.find("</script>") else {
            break;
        };
        if !open_tag.contains(" src=") {
            scripts.push(&body_and_rest[..close]);
        }
        rest = &body_and_rest[close..];
    }
    scripts
}

pub fn hash_source(script: &str) -> String {
    let digest = Sha256::digest(script.as_bytes());
    format!("'sha256-{}'", base64::engine::general_purpose::STANDARD.encode(digest))
}

/// Adds the hash of each inline script to the policy's `script-src`.
/// Running it twice changes nothing.
pub fn add_inline_hashes(html: &str) -> Result<String, String> {
    if !html.contains(DIRECTIVE) {
        return Err(format!(
            "index.html has no Content-Security-Policy with \"{DIRECTIVE}\""
        ));
    }
    let mut sources = String::new();
    for script in inline_scripts(html) {
        let hash = hash_source(script);
        if !html.contains(&hash) && !sources.contains(&hash) {
            sources.push(' ');
            sources.push_str(&hash);
        }
    }
    Ok(html.replacen(DIRECTIVE, &format!("{DIRECTIVE}{sources}"), 1))
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAGE: &str = "<meta http-equiv=Content-Security-Policy content=\"default-src 'self'; script-src 'self' 'wasm-unsafe-eval'\"><script type=module>import init from '/a.js';</script><script src=/b.js></script>";

    #[test]
    fn hashes_only_inline_scripts() {
        assert_eq!(inline_scripts(PAGE), vec!["import init from '/a.js';"]);
    }

    #[test]
    fn hash_matches_the_csp_format() {
        // printf 'alert(1)' | openssl dgst -sha256 -binary | base64
        assert_eq!(
            hash_source("alert(1)"),
            "'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='"
        );
    }

    #[test]
    fn adds_each_hash_once() {
        let once = add_inline_hashes(PAGE).unwrap();
        let hash = hash_source("import init from '/a.js';");
        assert!(once.contains(&format!("script-src 'self' {hash} 'wasm-unsafe-eval'")));
        assert_eq!(add_inline_hashes(&once).unwrap(), once);
    }

    #[test]
    fn refuses_a_page_without_a_policy() {
        assert!(add_inline_hashes("<script>x</script>").is_err());
    }
}
