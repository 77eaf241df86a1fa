//! Turns each programme's catalogue in `data/catalogue/` (`qd90-2022.json`,
//! the 2021–2025 programme; `nq257-2025.json`, the 2026–2035 one) into a
//! Rust table at build time, so the data files stay the source of truth
//! while the app carries no JSON parser. The files are read into the
//! domain's own `Text` and `LegalBasis` (crate `lang`), so their shape is
//! written once; a malformed file fails the build naming the file, the
//! line and what is wrong.

use std::fmt::Write;
use std::path::Path;

use lang::{LegalBasis, Status, Text};
use serde::Deserialize;

/// Each data file and the name of its generated table.
const FILES: [(&str, &str); 2] = [("qd90-2022", "2021_2025"), ("nq257-2025", "2026_2035")];

/// Ids at and above this are the user's (see `catalogue.rs`).
const FIRST_USER_ID: u64 = 1000;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct CatalogueFile {
    programme: Programme,
    projects: Vec<Project>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Programme {
    name: Text,
    basis: LegalBasis,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Project {
    id: u64,
    parent: Option<u64>,
    code: String,
    name: Text,
    basis: LegalBasis,
}

fn main() {
    let mut out = String::new();
    // Ids are unique across the presets too, so an id names one project.
    let mut ids: Vec<u64> = Vec::new();
    for (name, table) in FILES {
        let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("data/catalogue/{name}.json"));
        println!("cargo::rerun-if-changed={}", path.display());
        let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let file: CatalogueFile = serde_json::from_str(&text).unwrap_or_else(|e| panic!("{name}.json: {e}"));
        write(&mut out, name, &file, table, &mut ids);
    }
    let target = Path::new(&std::env::var("OUT_DIR").unwrap()).join("preset.rs");
    std::fs::write(target, out).unwrap();
}

fn write(out: &mut String, name: &str, file: &CatalogueFile, table: &str, ids: &mut Vec<u64>) {
    let programme = &file.programme;
    writeln!(
        out,
        "const PROGRAMME_{table}: PresetProgramme = PresetProgramme {{ name: {}, basis: {} }};",
        text(name, &programme.name),
        basis(name, &programme.basis)
    )
    .unwrap();
    writeln!(out, "const PRESET_{table}: &[PresetProject] = &[").unwrap();
    let mut own: Vec<u64> = Vec::new();
    let mut codes: Vec<&str> = Vec::new();
    for p in &file.projects {
        let id = p.id;
        assert!(
            (1..FIRST_USER_ID).contains(&id),
            "{name}.json: id {id} must be from 1 to {}",
            FIRST_USER_ID - 1
        );
        assert!(
            !ids.contains(&id),
            "{name}.json: id {id} is used twice (in this file or another)"
        );
        let code = p.code.trim();
        assert!(!code.is_empty(), "{name}.json: project {id} has no code");
        assert!(!codes.contains(&code), "{name}.json: code {code} is used twice");
        let parent = match p.parent {
            None => "None".to_owned(),
            Some(parent) => {
                // Parents first: the catalogue's order is the printed order.
                assert!(
                    own.contains(&parent),
                    "{name}.json: {code}'s parent {parent} is not defined before it"
                );
                format!("Some({parent})")
            }
        };
        writeln!(
            out,
            "    PresetProject {{ id: {id}, parent: {parent}, code: {code:?}, name: {}, basis: {} }},",
            text(name, &p.name),
            basis(name, &p.basis)
        )
        .unwrap();
        ids.push(id);
        own.push(id);
        codes.push(code);
    }
    out.push_str("];\n");
}

/// `("vi", "en")`, neither empty.
fn text(name: &str, t: &Text) -> String {
    for side in [&t.vi, &t.en] {
        assert!(!side.trim().is_empty(), "{name}.json: a text is empty: {t:?}");
    }
    format!("({:?}, {:?})", t.vi, t.en)
}

/// `("document", article, Status::…, note)`: the programmes' documents
/// are cited by their text (no id in poverty-rules' table).
fn basis(name: &str, b: &LegalBasis) -> String {
    assert!(!b.document.trim().is_empty(), "{name}.json: a basis without a document");
    let article = match &b.article {
        None => "None".to_owned(),
        Some(a) => format!("Some({a:?})"),
    };
    let status = match b.status {
        Status::Verified => "Status::Verified",
        Status::Secondary => "Status::Secondary",
        Status::Unverified => "Status::Unverified",
    };
    let note = match &b.note {
        None => "None".to_owned(),
        Some(t) => format!("Some({})", text(name, t)),
    };
    format!("({:?}, {article}, {status}, {note})", b.document)
}
