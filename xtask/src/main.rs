//! `cargo run -p xtask -- COMMAND`:
//! - `build-site [PUBLIC_URL]`: build every bundle and assemble `dist/`;
//! - `serve [DIST] [ADDR] [BASE]`: serve a build as a static host would;
//! - `size-report [DIST] [BASE]`: what each page downloads on a first visit,
//!   then what the service worker downloads once the page has loaded;
//! - `update-size OLD NEW`: what the service worker downloads to update
//!   from the build in OLD to the one in NEW, beside the whole site;
//! - `csp-hash [DIR]`: Trunk's post-build hook (DIR defaults to
//!   `$TRUNK_STAGING_DIR`), see `csp.rs`.

use std::path::PathBuf;
use std::process::ExitCode;

use xtask::{csp, first_load, offline, server, site, sizes, workers};

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let arg = |i: usize, default: &str| args.get(i).cloned().unwrap_or_else(|| default.to_owned());
    let result = match args.first().map(String::as_str) {
        Some("build-site") => site::build(&workspace_root(), &arg(1, "/")),
        Some("serve") => serve(
            PathBuf::from(arg(1, "dist")),
            &arg(2, "127.0.0.1:8080"),
            &arg(3, "/"),
        ),
        Some("size-report") => size_report(PathBuf::from(arg(1, "dist")), &arg(2, "/")),
        Some("update-size") if args.len() == 3 => update_size(PathBuf::from(&args[1]), PathBuf::from(&args[2])),
        Some("csp-hash") => csp_hash(
            args.get(1)
                .cloned()
                .or_else(|| std::env::var("TRUNK_STAGING_DIR").ok()),
        ),
        _ => Err(
            "usage: xtask build-site [PUBLIC_URL] | serve [DIST] [ADDR] [BASE] | size-report [DIST] [BASE] | update-size OLD NEW | csp-hash [DIR]"
                .to_owned(),
        ),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("{message}");
            ExitCode::FAILURE
        }
    }
}

fn serve(dist: PathBuf, addr: &str, base: &str) -> Result<(), String> {
    if !dist.join("index.html").is_file() {
        return Err(format!("{} has no index.html: build the site first", dist.display()));
    }
    let server = server::start(&dist, addr, base).map_err(|e| format!("cannot listen on {addr}: {e}"))?;
    println!("giamngheo: http://{}{}  (Ctrl+C to stop)", server.addr, base);
    loop {
        std::thread::park();
    }
}

fn size_report(dist: PathBuf, base: &str) -> Result<(), String> {
    let mut measured = sizes::Measured::default();
    let mut print = |title: String, names: std::io::Result<Vec<String>>| -> Result<(), String> {
        let names = names.map_err(|e| format!("reading {}: {e}", dist.display()))?;
        let files = names
            .iter()
            .map(|name| measured.file(&dist, name))
            .collect::<Result<Vec<_>, _>>()?;
        println!("{title}");
        println!("{}", sizes::table(&files));
        Ok(())
    };
    for page in site::page_dirs() {
        let slash = if page.is_empty() { "" } else { "/" };
        print(
            format!("First load of {base}{page}{slash} (bytes):"),
            first_load::files(&dist, page, base),
        )?;
    }
    for worker in site_map::WORKERS {
        print(
            format!("When a page reads or writes a table, the worker {worker}.js (bytes; no first load carries it):"),
            workers::files(&dist, worker),
        )?;
    }
    print(
        "After the first load, once per site: the service worker and its precache (bytes):".to_owned(),
        first_load::after_first_load(&dist),
    )
}

fn update_size(old: PathBuf, new: PathBuf) -> Result<(), String> {
    let reading = |e: std::io::Error| format!("reading {} and {}: {e}", old.display(), new.display());
    let changed = offline::update_downloads(&old, &new).map_err(reading)?;
    let all = offline::precache_files(&new).map_err(reading)?;
    let mut measured = sizes::Measured::default();
    let mut sizes_of = |names: &[String]| {
        names
            .iter()
            .map(|name| measured.file(&new, name))
            .collect::<Result<Vec<_>, _>>()
    };
    let update = sizes_of(&changed)?;
    let site = sizes_of(&all)?;
    println!("An update downloads (bytes; every other file is copied from the old cache):");
    println!("{}", sizes::table(&update));
    let brotli = |files: &[sizes::FileSize]| files.iter().map(|f| f.brotli).sum::<usize>();
    let (part, whole) = (brotli(&update), brotli(&site));
    println!(
        "Update: {part} of {whole} bytes brotli, {:.1}% of the site ({} of {} files)",
        100.0 * part as f64 / whole.max(1) as f64,
        update.len(),
        site.len()
    );
    Ok(())
}

fn csp_hash(dir: Option<String>) -> Result<(), String> {
    let dir = dir.ok_or("csp-hash: give a directory or run it as Trunk's post_build hook")?;
    let index = PathBuf::from(dir).join("index.html");
    let html = std::fs::read_to_string(&index).map_err(|e| format!("reading {}: {e}", index.display()))?;
    let updated = csp::add_inline_hashes(&html)?;
    std::fs::write(&index, updated).map_err(|e| format!("writing {}: {e}", index.display()))
}

fn workspace_root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("..")
}
