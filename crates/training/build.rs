//! Turns `data/households.json` and `data/communes.json` into Rust
//! constructors at build time, as poverty-rules does for its standards: the
//! files stay the source of truth and the page carries no JSON parser. A
//! case's household is read into the domain's own `Household` (and its
//! texts into `lang::Text`, its answers into `Category`), so their shape is
//! written once; a malformed file fails the build naming the file, the line
//! and what is wrong.

use std::fmt::Write;
use std::path::Path;

use lang::Text;
use poverty_rules::{Area, Category, Household, Income};
use rust_decimal::Decimal;
use serde::Deserialize;
use serde::de::DeserializeOwned;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct HouseholdFile {
    cases: Vec<Case>,
}

/// A case: its story, and its household as the classification reads it.
#[derive(Deserialize)]
struct Case {
    title: Text,
    story: Text,
    #[serde(flatten)]
    household: Household,
    questions: Vec<Question>,
    lesson: Text,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Question {
    standard: String,
    expect: Category,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct CommuneFile {
    scenarios: Vec<Scenario>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Scenario {
    title: Text,
    story: Text,
    rows: Vec<Row>,
    total: Row,
    mistakes: Vec<Mistake>,
    lesson: Text,
}

/// A row of a commune's table as typed: counts, and rates as decimals in
/// strings (`"10.67"`).
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Row {
    name: String,
    households: u64,
    poor: u64,
    near_poor: u64,
    poor_rate: Decimal,
    near_poor_rate: Decimal,
    reduction: u64,
    reduction_points: Decimal,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Mistake {
    /// A row from 0, or `"total"`.
    row: MistakeRow,
    column: MistakeColumn,
    note: Text,
}

#[derive(Deserialize)]
#[serde(untagged)]
enum MistakeRow {
    Row(u64),
    Total(TotalWord),
}

#[derive(Deserialize)]
#[serde(rename_all = "snake_case")]
enum TotalWord {
    Total,
}

/// `planning::Column`, as the data names it.
#[derive(Deserialize, Debug)]
#[serde(rename_all = "snake_case")]
enum MistakeColumn {
    Households,
    Poor,
    NearPoor,
    PoorRate,
    NearPoorRate,
    Reduction,
    ReductionPoints,
}

fn main() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("data");
    let mut out = String::new();
    let households: HouseholdFile = read(&dir, "households");
    out.push_str("fn generated_household_cases() -> Vec<HouseholdCase> {\n    vec![\n");
    for case in &households.cases {
        writeln!(out, "        {},", household_case(case)).unwrap();
    }
    out.push_str("    ]\n}\n");
    let communes: CommuneFile = read(&dir, "communes");
    out.push_str("fn generated_commune_scenarios() -> Vec<CommuneScenario> {\n    vec![\n");
    for scenario in &communes.scenarios {
        writeln!(out, "        {},", commune(scenario)).unwrap();
    }
    out.push_str("    ]\n}\n");
    let target = Path::new(&std::env::var("OUT_DIR").unwrap()).join("library.rs");
    std::fs::write(target, out).unwrap();
}

fn read<T: DeserializeOwned>(dir: &Path, name: &str) -> T {
    let path = dir.join(format!("{name}.json"));
    println!("cargo::rerun-if-changed={}", path.display());
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{name}.json: {e}"))
}

fn text(t: &Text) -> String {
    format!("t({:?}, {:?})", t.vi, t.en)
}

/// A decimal as a mantissa and scale, so the generated code has nothing
/// left to parse; never negative.
fn decimal(value: Decimal) -> String {
    assert!(!value.is_sign_negative(), "{value} is negative");
    format!("dec({}, {})", value.mantissa(), value.scale())
}

fn category(c: Category) -> &'static str {
    match c {
        Category::Poor => "Category::Poor",
        Category::NearPoor => "Category::NearPoor",
        Category::AverageLiving => "Category::AverageLiving",
        Category::Other => "Category::Other",
    }
}

fn household_case(c: &Case) -> String {
    let Household { area, income, deprived } = &c.household;
    let area = match area {
        Area::Rural => "Area::Rural",
        Area::Urban => "Area::Urban",
    };
    let income = match income {
        Income::Household { amount, members } => format!(
            "Income::Household {{ amount: {}, members: {members} }}",
            decimal(*amount)
        ),
        Income::PerPerson { amount } => format!("Income::PerPerson {{ amount: {} }}", decimal(*amount)),
    };
    let deprived: Vec<String> = deprived.iter().map(|id| format!("{id:?}")).collect();
    let questions: Vec<String> = c
        .questions
        .iter()
        .map(|q| format!("q({:?}, {})", q.standard, category(q.expect)))
        .collect();
    format!(
        "HouseholdCase {{ title: {}, story: {}, household: Household {{ area: {area}, income: {income}, deprived: ids(&[{}]) }}, questions: vec![{}], lesson: {} }}",
        text(&c.title),
        text(&c.story),
        deprived.join(", "),
        questions.join(", "),
        text(&c.lesson),
    )
}

fn row(r: &Row) -> String {
    format!(
        "row({:?}, {}, {}, {}, {}, {}, {}, {})",
        r.name,
        r.households,
        r.poor,
        r.near_poor,
        decimal(r.poor_rate),
        decimal(r.near_poor_rate),
        r.reduction,
        decimal(r.reduction_points),
    )
}

fn commune(s: &Scenario) -> String {
    let rows: Vec<String> = s.rows.iter().map(row).collect();
    let mistakes: Vec<String> = s
        .mistakes
        .iter()
        .map(|m| {
            let place = match m.row {
                MistakeRow::Total(TotalWord::Total) => "Place::Total".to_owned(),
                MistakeRow::Row(n) => format!("Place::Row({n})"),
            };
            format!(
                "PlantedMistake {{ place: {place}, column: Column::{:?}, note: {} }}",
                m.column,
                text(&m.note)
            )
        })
        .collect();
    format!(
        "CommuneScenario {{ title: {}, story: {}, rows: vec![{}], total: {}, mistakes: vec![{}], lesson: {} }}",
        text(&s.title),
        text(&s.story),
        rows.join(", "),
        row(&s.total),
        mistakes.join(", "),
        text(&s.lesson),
    )
}
