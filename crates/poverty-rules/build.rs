//! Turns `data/standards/*.json` into Rust constructors at build time, so
//! the data files stay the source of truth while the app carries no JSON
//! parser for them. A malformed file fails the build, naming the field.

use std::fmt::Write;
use std::path::Path;

use serde_json::{Map, Value};

/// In order: each file may continue one before it.
const FILES: [&str; 4] = ["qd59-2015", "nd07-2021", "nd351-2026", "nd351-2027"];

type Fields = Map<String, Value>;

fn main() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("data/standards");
    let mut out = String::from(
        "pub(crate) fn national_standards() -> Vec<Standard> {\n    let mut all: Vec<Standard> = Vec::new();\n",
    );
    let mut ids: Vec<String> = Vec::new();
    for name in FILES {
        let path = dir.join(format!("{name}.json"));
        println!("cargo::rerun-if-changed={}", path.display());
        let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let value: Value = serde_json::from_str(&text).unwrap_or_else(|e| panic!("{name}.json: {e}"));
        let fields = value
            .as_object()
            .unwrap_or_else(|| panic!("{name}.json: not an object"));
        if let Some(earlier) = fields.get("continues") {
            let earlier = earlier.as_str().unwrap_or_default();
            assert!(
                ids.iter().any(|id| id == earlier),
                "{name}.json continues {earlier:?}, which no earlier file defines"
            );
            writeln!(
                out,
                "    if let Some(next) = {} {{ all.push(next); }}",
                continuation(name, fields)
            )
            .unwrap();
        } else {
            writeln!(out, "    all.push({});", standard(name, fields)).unwrap();
        }
        ids.push(fields.get("id").and_then(Value::as_str).unwrap_or_default().to_owned());
    }
    out.push_str("    all\n}\n");
    let target = Path::new(&std::env::var("OUT_DIR").unwrap()).join("national_standards.rs");
    std::fs::write(target, out).unwrap();
}

fn field<'a>(file: &str, fields: &'a Fields, key: &str) -> &'a Value {
    fields
        .get(key)
        .unwrap_or_else(|| panic!("{file}.json: missing \"{key}\""))
}

fn string(file: &str, fields: &Fields, key: &str) -> String {
    let v = field(file, fields, key)
        .as_str()
        .unwrap_or_else(|| panic!("{file}.json: \"{key}\" must be a string"));
    format!("{v:?}")
}

fn object<'a>(file: &str, value: &'a Value, what: &str) -> &'a Fields {
    value
        .as_object()
        .unwrap_or_else(|| panic!("{file}.json: {what} must be an object"))
}

fn text(file: &str, value: &Value) -> String {
    let o = object(file, value, "a text");
    format!("t({}, {})", string(file, o, "vi"), string(file, o, "en"))
}

fn optional_text(file: &str, fields: &Fields, key: &str) -> String {
    match fields.get(key) {
        None | Some(Value::Null) => "None".into(),
        Some(v) => format!("Some({})", text(file, v)),
    }
}

fn basis(file: &str, value: &Value) -> String {
    let o = object(file, value, "a basis");
    let article = match o.get("article") {
        None | Some(Value::Null) => "None".to_owned(),
        Some(_) => format!("Some({})", string(file, o, "article")),
    };
    let status = match field(file, o, "status").as_str() {
        Some("verified") => "Status::Verified",
        Some("secondary") => "Status::Secondary",
        Some("unverified") => "Status::Unverified",
        other => panic!("{file}.json: unknown status {other:?}"),
    };
    format!(
        "b({}, {article}, {status}, {})",
        string(file, o, "document"),
        optional_text(file, o, "note")
    )
}

fn date(file: &str, fields: &Fields, key: &str) -> String {
    let s = field(file, fields, key).as_str().unwrap_or_default();
    let parts: Vec<u32> = s.split('-').filter_map(|p| p.parse().ok()).collect();
    assert!(parts.len() == 3, "{file}.json: \"{key}\" must be yyyy-mm-dd");
    format!("d({}, {}, {})", parts[0], parts[1], parts[2])
}

/// An amount in đồng (or points), written as a string of digits.
fn amount(file: &str, fields: &Fields, key: &str) -> String {
    let s = field(file, fields, key).as_str().unwrap_or_default();
    assert!(
        !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit()),
        "{file}.json: \"{key}\" must be digits"
    );
    format!("m({s})")
}

fn line(file: &str, value: &Value) -> String {
    let o = object(file, value, "an income line");
    let basis = basis(file, field(file, o, "basis"));
    format!(
        "IncomeLine {{ rural: {}, urban: {}, basis: {basis} }}",
        amount(file, o, "rural"),
        amount(file, o, "urban")
    )
}

fn rule(file: &str, value: &Value) -> String {
    let o = object(file, value, "the rule");
    let min = field(file, o, "min_deprivations").as_u64().expect("min_deprivations");
    let basis = basis(file, field(file, o, "basis"));
    match field(file, o, "kind").as_str() {
        Some("single_line") => format!("Rule::SingleLine {{ min_deprivations: {min}, basis: {basis} }}"),
        Some("two_tier") => {
            let near = object(file, field(file, o, "near_poverty_line"), "near_poverty_line");
            format!(
                "Rule::TwoTier {{ near_poverty_line: AreaAmounts {{ rural: {}, urban: {} }}, min_deprivations: {min}, basis: {basis} }}",
                amount(file, near, "rural"),
                amount(file, near, "urban")
            )
        }
        other => panic!("{file}.json: unknown rule kind {other:?}"),
    }
}

fn dimensions(file: &str, value: &Value) -> String {
    let mut out = String::from("vec![");
    for d in value
        .as_array()
        .unwrap_or_else(|| panic!("{file}.json: dimensions must be a list"))
    {
        let d = object(file, d, "a dimension");
        let mut indicators = String::from("vec![");
        for i in field(file, d, "indicators").as_array().expect("indicators") {
            let i = object(file, i, "an indicator");
            write!(
                indicators,
                "Indicator {{ id: s({}), name: {}, name_basis: {}, threshold: {}, basis: {} }}, ",
                string(file, i, "id"),
                text(file, field(file, i, "name")),
                basis(file, field(file, i, "name_basis")),
                text(file, field(file, i, "threshold")),
                basis(file, field(file, i, "basis"))
            )
            .unwrap();
        }
        indicators.push(']');
        write!(
            out,
            "Dimension {{ id: s({}), name: {}, indicators: {indicators} }}, ",
            string(file, d, "id"),
            text(file, field(file, d, "name"))
        )
        .unwrap();
    }
    out.push(']');
    out
}

fn standard(file: &str, f: &Fields) -> String {
    let optional = |key: &str, make: &dyn Fn(&Value) -> String| match f.get(key) {
        None | Some(Value::Null) => "None".to_owned(),
        Some(v) => format!("Some({})", make(v)),
    };
    let scores = |v: &Value| {
        let o = object(file, v, "review_scores");
        format!(
            "ReviewScores {{ rural_threshold: {}, urban_threshold: {}, points_per_deprivation: {}, basis: {}, procedure: {} }}",
            amount(file, o, "rural_threshold"),
            amount(file, o, "urban_threshold"),
            amount(file, o, "points_per_deprivation"),
            basis(file, field(file, o, "basis")),
            basis(file, field(file, o, "procedure"))
        )
    };
    format!(
        "Standard {{ id: s({}), name: {}, period: s({}), valid_from: {}, valid_to: {}, note: {}, basis: {}, origin: Origin::National, income_line: {}, rule: {}, average_band: {}, review_scores: {}, dimensions: {} }}",
        string(file, f, "id"),
        text(file, field(file, f, "name")),
        string(file, f, "period"),
        date(file, f, "valid_from"),
        date(file, f, "valid_to"),
        optional_text(file, f, "note"),
        basis(file, field(file, f, "basis")),
        line(file, field(file, f, "income_line")),
        rule(file, field(file, f, "rule")),
        optional("average_band", &|v| line(file, v)),
        optional("review_scores", &scores),
        dimensions(file, field(file, f, "dimensions")),
    )
}

fn continuation(file: &str, f: &Fields) -> String {
    format!(
        "continue_from(&all, {}, s({}), {}, s({}), {}, {}, {}, {})",
        string(file, f, "continues"),
        string(file, f, "id"),
        text(file, field(file, f, "name")),
        string(file, f, "period"),
        date(file, f, "valid_from"),
        date(file, f, "valid_to"),
        optional_text(file, f, "note"),
        basis(file, field(file, f, "basis")),
    )
}
