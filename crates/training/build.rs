//! Turns `data/households.json` and `data/communes.json` into Rust
//! constructors at build time, as poverty-rules does for its standards: the
//! files stay the source of truth and the page carries no JSON parser. A
//! malformed file fails the build, naming the field.

use std::fmt::Write;
use std::path::Path;

use serde_json::{Map, Value};

type Fields = Map<String, Value>;

fn main() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("data");
    let mut out = String::new();
    let households = read(&dir, "households");
    out.push_str("fn generated_household_cases() -> Vec<HouseholdCase> {\n    vec![\n");
    for case in array(&households, "cases", "households") {
        writeln!(out, "        {},", household(object(case, "a case"))).unwrap();
    }
    out.push_str("    ]\n}\n");
    let communes = read(&dir, "communes");
    out.push_str("fn generated_commune_scenarios() -> Vec<CommuneScenario> {\n    vec![\n");
    for scenario in array(&communes, "scenarios", "communes") {
        writeln!(out, "        {},", commune(object(scenario, "a scenario"))).unwrap();
    }
    out.push_str("    ]\n}\n");
    let target = Path::new(&std::env::var("OUT_DIR").unwrap()).join("library.rs");
    std::fs::write(target, out).unwrap();
}

fn read(dir: &Path, name: &str) -> Fields {
    let path = dir.join(format!("{name}.json"));
    println!("cargo::rerun-if-changed={}", path.display());
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let value: Value = serde_json::from_str(&text).unwrap_or_else(|e| panic!("{name}.json: {e}"));
    object(&value, name).clone()
}

fn object<'a>(value: &'a Value, what: &str) -> &'a Fields {
    value.as_object().unwrap_or_else(|| panic!("{what} must be an object"))
}

fn field<'a>(fields: &'a Fields, key: &str) -> &'a Value {
    fields
        .get(key)
        .unwrap_or_else(|| panic!("missing \"{key}\" in {fields:?}"))
}

fn array<'a>(fields: &'a Fields, key: &str, what: &str) -> &'a Vec<Value> {
    field(fields, key)
        .as_array()
        .unwrap_or_else(|| panic!("{what}: \"{key}\" must be an array"))
}

fn string(fields: &Fields, key: &str) -> String {
    let v = field(fields, key)
        .as_str()
        .unwrap_or_else(|| panic!("\"{key}\" must be a string in {fields:?}"));
    format!("{v:?}")
}

fn number(fields: &Fields, key: &str) -> u64 {
    field(fields, key)
        .as_u64()
        .unwrap_or_else(|| panic!("\"{key}\" must be a whole number in {fields:?}"))
}

/// A decimal written as a string, checked here and emitted as a mantissa
/// and scale, so the generated code has nothing left to parse.
fn decimal(fields: &Fields, key: &str) -> String {
    let raw = field(fields, key)
        .as_str()
        .unwrap_or_else(|| panic!("\"{key}\" must be a decimal string in {fields:?}"));
    let (whole, fraction) = raw.split_once('.').unwrap_or((raw, ""));
    let digits = format!("{whole}{fraction}");
    assert!(
        !digits.is_empty() && digits.chars().all(|c| c.is_ascii_digit()),
        "\"{key}\": {raw:?} is not a plain decimal"
    );
    let mantissa: i64 = digits
        .parse()
        .unwrap_or_else(|_| panic!("\"{key}\": {raw:?} too large"));
    format!("dec({mantissa}, {})", fraction.len())
}

fn text(value: &Value) -> String {
    let o = object(value, "a text");
    format!("t({}, {})", string(o, "vi"), string(o, "en"))
}

fn category(value: &Value) -> &'static str {
    match value.as_str() {
        Some("poor") => "Category::Poor",
        Some("near_poor") => "Category::NearPoor",
        Some("average_living") => "Category::AverageLiving",
        Some("other") => "Category::Other",
        other => panic!("unknown category {other:?}"),
    }
}

fn household(c: &Fields) -> String {
    let area = match field(c, "area").as_str() {
        Some("rural") => "Area::Rural",
        Some("urban") => "Area::Urban",
        other => panic!("unknown area {other:?}"),
    };
    let income = object(field(c, "income"), "income");
    let income = match field(income, "kind").as_str() {
        Some("household") => format!(
            "Income::Household {{ amount: {}, members: {} }}",
            decimal(income, "amount"),
            number(income, "members")
        ),
        Some("per_person") => format!("Income::PerPerson {{ amount: {} }}", decimal(income, "amount")),
        other => panic!("unknown income kind {other:?}"),
    };
    let deprived: Vec<String> = array(c, "deprived", "a case")
        .iter()
        .map(|v| format!("{:?}", v.as_str().expect("an indicator id")))
        .collect();
    let questions: Vec<String> = array(c, "questions", "a case")
        .iter()
        .map(|q| {
            let q = object(q, "a question");
            format!("q({}, {})", string(q, "standard"), category(field(q, "expect")))
        })
        .collect();
    format!(
        "HouseholdCase {{ title: {}, story: {}, household: Household {{ area: {area}, income: {income}, deprived: ids(&[{}]) }}, questions: vec![{}], lesson: {} }}",
        text(field(c, "title")),
        text(field(c, "story")),
        deprived.join(", "),
        questions.join(", "),
        text(field(c, "lesson")),
    )
}

fn row(r: &Fields) -> String {
    format!(
        "row({}, {}, {}, {}, {}, {}, {}, {})",
        string(r, "name"),
        number(r, "households"),
        number(r, "poor"),
        number(r, "near_poor"),
        decimal(r, "poor_rate"),
        decimal(r, "near_poor_rate"),
        number(r, "reduction"),
        decimal(r, "reduction_points"),
    )
}

fn column(value: &Value) -> &'static str {
    match value.as_str() {
        Some("households") => "Column::Households",
        Some("poor") => "Column::Poor",
        Some("near_poor") => "Column::NearPoor",
        Some("poor_rate") => "Column::PoorRate",
        Some("near_poor_rate") => "Column::NearPoorRate",
        Some("reduction") => "Column::Reduction",
        Some("reduction_points") => "Column::ReductionPoints",
        other => panic!("unknown column {other:?}"),
    }
}

fn commune(s: &Fields) -> String {
    let rows: Vec<String> = array(s, "rows", "a scenario")
        .iter()
        .map(|r| row(object(r, "a row")))
        .collect();
    let mistakes: Vec<String> = array(s, "mistakes", "a scenario")
        .iter()
        .map(|m| {
            let m = object(m, "a mistake");
            let place = match field(m, "row") {
                Value::String(s) if s == "total" => "Place::Total".to_owned(),
                v => format!("Place::Row({})", v.as_u64().expect("a row number or \"total\"")),
            };
            format!(
                "PlantedMistake {{ place: {place}, column: {}, note: {} }}",
                column(field(m, "column")),
                text(field(m, "note"))
            )
        })
        .collect();
    format!(
        "CommuneScenario {{ title: {}, story: {}, rows: vec![{}], total: {}, mistakes: vec![{}], lesson: {} }}",
        text(field(s, "title")),
        text(field(s, "story")),
        rows.join(", "),
        row(object(field(s, "total"), "the total")),
        mistakes.join(", "),
        text(field(s, "lesson")),
    )
}
