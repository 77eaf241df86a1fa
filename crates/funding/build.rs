//! Turns `data/catalogue/qd90-2022.json` into a Rust table at build time, so the data file stays the source of truth while the app carries no
//! JSON parser. A malformed file fails the build, naming the field.

use std::fmt::Write;
use std::path::Path;

use serde_json::{Map, Value};

const FILE: &str = "qd90-2022";

/// Ids at and above this are the user's (see `catalogue.rs`).
const FIRST_USER_ID: u64 = 1000;

type Fields = Map<String, Value>;

fn main() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("data/catalogue/{FILE}.json"));
    println!("cargo::rerun-if-changed={}", path.display());
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let value: Value = serde_json::from_str(&text).unwrap_or_else(|e| panic!("{FILE}.json: {e}"));
    let projects = object(&value, "the file")
        .get("projects")
        .and_then(Value::as_array)
        .unwrap_or_else(|| panic!("{FILE}.json: \"projects\" must be a list"));
    let mut out = String::from("const PRESET: &[PresetProject] = &[\n");
    let (mut ids, mut codes): (Vec<u64>, Vec<String>) = (Vec::new(), Vec::new());
    for p in projects {
        let p = object(p, "a project");
        let id = field(p, "id")
            .as_u64()
            .unwrap_or_else(|| panic!("{FILE}.json: an id must be a whole number"));
        assert!(
            (1..FIRST_USER_ID).contains(&id),
            "{FILE}.json: id {id} must be from 1 to {}",
            FIRST_USER_ID - 1
        );
        assert!(!ids.contains(&id), "{FILE}.json: id {id} is used twice");
        let code = field(p, "code").as_str().unwrap_or_default().trim().to_owned();
        assert!(!code.is_empty(), "{FILE}.json: project {id} has no code");
        assert!(!codes.contains(&code), "{FILE}.json: code {code} is used twice");
        let parent = match field(p, "parent") {
            Value::Null => "None".to_owned(),
            v => {
                let parent = v.as_u64().unwrap_or_default();
                // Parents first: the catalogue's order is the printed order.
                assert!(
                    ids.contains(&parent),
                    "{FILE}.json: {code}'s parent {parent} is not defined before it"
                );
                format!("Some({parent})")
            }
        };
        writeln!(
            out,
            "    PresetProject {{ id: {id}, parent: {parent}, code: {code:?}, name: {}, basis: {} }},",
            text_of(field(p, "name")),
            basis(field(p, "basis"))
        )
        .unwrap();
        ids.push(id);
        codes.push(code);
    }
    out.push_str("];\n");
    let target = Path::new(&std::env::var("OUT_DIR").unwrap()).join("preset.rs");
    std::fs::write(target, out).unwrap();
}

fn object<'a>(value: &'a Value, what: &str) -> &'a Fields {
    value
        .as_object()
        .unwrap_or_else(|| panic!("{FILE}.json: {what} must be an object"))
}

fn field<'a>(fields: &'a Fields, key: &str) -> &'a Value {
    fields
        .get(key)
        .unwrap_or_else(|| panic!("{FILE}.json: missing \"{key}\""))
}

fn string(fields: &Fields, key: &str) -> String {
    let v = field(fields, key)
        .as_str()
        .unwrap_or_else(|| panic!("{FILE}.json: \"{key}\" must be a string"));
    assert!(!v.trim().is_empty(), "{FILE}.json: \"{key}\" is empty");
    format!("{v:?}")
}

fn text_of(value: &Value) -> String {
    let o = object(value, "a text");
    format!("({}, {})", string(o, "vi"), string(o, "en"))
}

fn basis(value: &Value) -> String {
    let o = object(value, "a basis");
    let article = match o.get("article") {
        None | Some(Value::Null) => "None".to_owned(),
        Some(_) => format!("Some({})", string(o, "article")),
    };
    let status = match field(o, "status").as_str() {
        Some("verified") => "Status::Verified",
        Some("secondary") => "Status::Secondary",
        Some("unverified") => "Status::Unverified",
        other => panic!("{FILE}.json: unknown status {other:?}"),
    };
    let note = match o.get("note") {
        None | Some(Value::Null) => "None".to_owned(),
        Some(v) => format!("Some({})", text_of(v)),
    };
    format!("({}, {article}, {status}, {note})", string(o, "document"))
}
