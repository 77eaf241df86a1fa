//! The web workers (`crates/site-map`'s `WORKERS`), built beside the pages:
//! each bin bound by wasm-bindgen for a module worker and optimised by
//! wasm-opt as Trunk does a page's bundle, its glue and wasm named by
//! their content, and `<name>.js` at the site's root that starts it. No
//! page links them, so no first load carries them; the service worker
//! precaches them with the rest.

use std::fs;
use std::path::Path;
use std::process::Command;

use sha2::{Digest, Sha256};

use crate::run;

/// What starts a worker: its name never changes, what it imports does.
fn starter(stem: &str) -> String {
    format!(
        "// Starts the worker; its glue and wasm are named by their content.\n\
         import init from \"./{stem}.js\";\n\
         init({{ module_or_path: new URL(\"{stem}_bg.wasm\", import.meta.url) }});\n"
    )
}

/// Builds every worker into `dist` from the release wasm cargo left in
/// `target`.
pub fn build(target: &Path, dist: &Path) -> Result<(), String> {
    for name in site_map::WORKERS {
        let wasm = target.join(format!("wasm32-unknown-unknown/release/{name}.wasm"));
        let bytes = fs::read(&wasm).map_err(|e| format!("reading {}: {e}", wasm.display()))?;
        let digest = Sha256::digest(&bytes);
        let stem = format!(
            "{name}-{}",
            digest[..8].iter().map(|b| format!("{b:02x}")).collect::<String>()
        );
        let bound = target.join("workers").join(name);
        let _ = fs::remove_dir_all(&bound);
        run(
            Command::new("wasm-bindgen")
                .args(["--target", "web", "--no-typescript", "--out-name", &stem, "--out-dir"])
                .arg(&bound)
                .arg(&wasm),
            "wasm-bindgen",
        )?;
        run(
            Command::new("wasm-opt")
                .arg("-Os")
                .arg(bound.join(format!("{stem}_bg.wasm")))
                .arg("-o")
                .arg(dist.join(format!("{stem}_bg.wasm"))),
            "wasm-opt",
        )?;
        crate::glue::minify_file(&bound.join(format!("{stem}.js")))?;
        fs::copy(bound.join(format!("{stem}.js")), dist.join(format!("{stem}.js")))
            .map_err(|e| format!("copying {stem}.js: {e}"))?;
        fs::write(dist.join(format!("{name}.js")), starter(&stem)).map_err(|e| format!("writing {name}.js: {e}"))?;
    }
    Ok(())
}

/// A worker's files in `dist`: its starter, glue and wasm.
pub fn files(dist: &Path, name: &str) -> std::io::Result<Vec<String>> {
    let mut files = vec![format!("{name}.js")];
    let prefix = format!("{name}-");
    let mut built: Vec<String> = fs::read_dir(dist)?
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .filter(|f| f.starts_with(&prefix) && (f.ends_with(".js") || f.ends_with(".wasm")))
        .collect();
    built.sort();
    files.extend(built);
    Ok(files)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_starter_imports_the_glue_and_the_wasm_of_this_build() {
        let js = starter("reader-0123456789abcdef");
        assert!(
            js.contains("import init from \"./reader-0123456789abcdef.js\";"),
            "{js}"
        );
        assert!(
            js.contains("new URL(\"reader-0123456789abcdef_bg.wasm\", import.meta.url)"),
            "{js}"
        );
    }

    #[test]
    fn a_workers_files_are_its_starter_then_what_it_imports() {
        let dist = std::env::temp_dir().join(format!("giamngheo-workers-{}", std::process::id()));
        let _ = fs::remove_dir_all(&dist);
        fs::create_dir_all(&dist).unwrap();
        for f in [
            "reader.js",
            "reader-ab.js",
            "reader-ab_bg.wasm",
            "annex-cd.js",
            "readers.txt",
        ] {
            fs::write(dist.join(f), "x").unwrap();
        }
        assert_eq!(
            files(&dist, "reader").unwrap(),
            vec!["reader.js", "reader-ab.js", "reader-ab_bg.wasm"]
        );
        fs::remove_dir_all(&dist).unwrap();
    }
}
