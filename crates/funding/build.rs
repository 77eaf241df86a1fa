//! Turns each programme's catalogue in `data/catalogue/` (`qd90-2022.json`,
//! the 2021–2025 programme; `nq257-2025.json`, the 2026–2035 one) into a
//! Rust table at build time, so the data files stay the source of truth
//! while the app carries no JSON parser. A malformed file fails the build,
//! naming the file and the field.

use std::fmt::Write;
use std::path::Path;

use serde_json::{Map, Value};

/// Each data file and the name of its generated table.
const FILES: [(&str, &str); 2] = [("qd90-2022", "2021_2025"), ("nq257-2025", "2026_2035")];

/// Ids at and above this are the user's (see `catalogue.rs`).
const FIRST_USER_ID: u64 = 1000;

type Fields = Map<String, Value>;

/// One data file being read: its name, for the messages.
struct File(&'static str);

fn main() {
    let mut out = String::new();
    // Ids are unique across the presets too, so an id names one project.
    let mut ids: Vec<u64> = Vec::new();
    for (name, table) in FILES {
        let file = File(name);
        let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("data/catalogue/{name}.json"));
        println!("cargo::rerun-if-changed={}", path.display());
        let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let value: Value = serde_json::from_str(&text).unwrap_or_else(|e| panic!("{name}.json: {e}"));
        file.write(&mut out, &value, table, &mut ids);
    }
    let target = Path::new(&std::env::var("OUT_DIR").unwrap()).join("preset.rs");
    std::fs::write(target, out).unwrap();
}

impl File {
    fn write(&self, out: &mut String, value: &Value, table: &str, ids: &mut Vec<u64>) {
        let name = self.0;
        let top = self.object(value, "the file");
        let programme = self.object(self.field(top, "programme"), "\"programme\"");
        writeln!(
            out,
            "const PROGRAMME_{table}: PresetProgramme = PresetProgramme {{ name: {}, basis: {} }};",
            self.text_of(self.field(programme, "name")),
            self.basis(self.field(programme, "basis"))
        )
        .unwrap();
        let projects = top
            .get("projects")
            .and_then(Value::as_array)
            .unwrap_or_else(|| panic!("{name}.json: \"projects\" must be a list"));
        writeln!(out, "const PRESET_{table}: &[PresetProject] = &[").unwrap();
        let mut own: Vec<u64> = Vec::new();
        let mut codes: Vec<String> = Vec::new();
        for p in projects {
            let p = self.object(p, "a project");
            let id = self
                .field(p, "id")
                .as_u64()
                .unwrap_or_else(|| panic!("{name}.json: an id must be a whole number"));
            assert!(
                (1..FIRST_USER_ID).contains(&id),
                "{name}.json: id {id} must be from 1 to {}",
                FIRST_USER_ID - 1
            );
            assert!(
                !ids.contains(&id),
                "{name}.json: id {id} is used twice (in this file or another)"
            );
            let code = self.field(p, "code").as_str().unwrap_or_default().trim().to_owned();
            assert!(!code.is_empty(), "{name}.json: project {id} has no code");
            assert!(!codes.contains(&code), "{name}.json: code {code} is used twice");
            let parent = match self.field(p, "parent") {
                Value::Null => "None".to_owned(),
                v => {
                    let parent = v.as_u64().unwrap_or_default();
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
                self.text_of(self.field(p, "name")),
                self.basis(self.field(p, "basis"))
            )
            .unwrap();
            ids.push(id);
            own.push(id);
            codes.push(code);
        }
        out.push_str("];\n");
    }

    fn object<'a>(&self, value: &'a Value, what: &str) -> &'a Fields {
        value
            .as_object()
            .unwrap_or_else(|| panic!("{}.json: {what} must be an object", self.0))
    }

    fn field<'a>(&self, fields: &'a Fields, key: &str) -> &'a Value {
        fields
            .get(key)
            .unwrap_or_else(|| panic!("{}.json: missing \"{key}\"", self.0))
    }

    fn string(&self, fields: &Fields, key: &str) -> String {
        let v = self
            .field(fields, key)
            .as_str()
            .unwrap_or_else(|| panic!("{}.json: \"{key}\" must be a string", self.0));
        assert!(!v.trim().is_empty(), "{}.json: \"{key}\" is empty", self.0);
        format!("{v:?}")
    }

    fn text_of(&self, value: &Value) -> String {
        let o = self.object(value, "a text");
        format!("({}, {})", self.string(o, "vi"), self.string(o, "en"))
    }

    fn basis(&self, value: &Value) -> String {
        let o = self.object(value, "a basis");
        let article = match o.get("article") {
            None | Some(Value::Null) => "None".to_owned(),
            Some(_) => format!("Some({})", self.string(o, "article")),
        };
        let status = match self.field(o, "status").as_str() {
            Some("verified") => "Status::Verified",
            Some("secondary") => "Status::Secondary",
            Some("unverified") => "Status::Unverified",
            other => panic!("{}.json: unknown status {other:?}", self.0),
        };
        let note = match o.get("note") {
            None | Some(Value::Null) => "None".to_owned(),
            Some(v) => format!("Some({})", self.text_of(v)),
        };
        format!("({}, {article}, {status}, {note})", self.string(o, "document"))
    }
}
