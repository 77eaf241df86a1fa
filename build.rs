//! Holds the bundles to the site's table of pages (`crates/site-map`): each
//! bundle there needs its `src/bin/<bundle>.rs` and a `[[bin]]` entry in
//! `Cargo.toml` (with `test = false`), and so does each worker it names;
//! nothing else may be a bin. A page
//! added to or removed from the table alone fails the build here, saying
//! what to add or remove.

use std::collections::BTreeSet;
use std::fs;

fn main() {
    println!("cargo::rerun-if-changed=Cargo.toml");
    println!("cargo::rerun-if-changed=src/bin");
    let wanted: BTreeSet<&str> = site_map::bundles()
        .into_iter()
        .chain(site_map::WORKERS.iter().copied())
        .collect();
    let files: BTreeSet<String> = fs::read_dir("src/bin")
        .expect("reading src/bin")
        .filter_map(|e| e.ok())
        .filter_map(|e| e.file_name().to_str()?.strip_suffix(".rs").map(str::to_owned))
        .collect();
    let manifest = fs::read_to_string("Cargo.toml").expect("reading Cargo.toml");
    let declared: BTreeSet<String> = manifest
        .split("[[bin]]")
        .skip(1)
        .filter_map(|entry| {
            let line = entry.lines().find(|l| l.trim_start().starts_with("name"))?;
            Some(line.split('"').nth(1)?.to_owned())
        })
        .collect();
    let mut problems = BTreeSet::new();
    for bundle in &wanted {
        if !files.contains(*bundle) {
            problems.insert(format!(
                "the table of pages names bundle {bundle:?}: add src/bin/{bundle}.rs"
            ));
        }
        if !declared.contains(*bundle) {
            problems.insert(format!(
                "the table of pages names bundle {bundle:?}: add [[bin]] name = \"{bundle}\", test = false to Cargo.toml"
            ));
        }
    }
    for extra in files.iter().chain(&declared) {
        if !wanted.contains(extra.as_str()) {
            problems.insert(format!(
                "{extra:?} is a bin but neither a page's bundle nor a worker of crates/site-map: remove it, or add it there"
            ));
        }
    }
    if !problems.is_empty() {
        let problems: Vec<String> = problems.into_iter().collect();
        panic!("bundles out of step with crates/site-map:\n  {}", problems.join("\n  "));
    }
}
