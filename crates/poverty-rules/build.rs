//! Turns `data/legal-documents.json` and every `data/standards/*.json` into
//! Rust constructors at build time, so the data files stay the source of
//! truth while the app carries no JSON parser for them. A malformed file
//! fails the build with a message naming the file and the field. Texts,
//! legal bases and statuses are read into `lang`'s own types, the shape the
//! app and the other build scripts use.

use std::fmt::Write;
use std::path::{Path, PathBuf};

use lang::{LegalBasis, Status, Text};
use serde::de::DeserializeOwned;
use serde_json::{Map, Value};

type Fields = Map<String, Value>;

/// Where in which file a value sits, for error messages:
/// `standards/nd07-2021.json: dimensions[0].indicators[1].basis.status`.
#[derive(Clone)]
struct At {
    file: String,
    path: String,
}

impl At {
    fn key(&self, key: &str) -> At {
        let path = if self.path.is_empty() {
            key.to_owned()
        } else {
            format!("{}.{key}", self.path)
        };
        At {
            file: self.file.clone(),
            path,
        }
    }

    fn index(&self, i: usize) -> At {
        At {
            file: self.file.clone(),
            path: format!("{}[{i}]", self.path),
        }
    }

    fn fail(&self, problem: &str) -> ! {
        let path = if self.path.is_empty() { "(top)" } else { &self.path };
        panic!("{}: {path}: {problem}", self.file)
    }
}

fn main() {
    let data = Path::new(env!("CARGO_MANIFEST_DIR")).join("data");
    let documents_path = data.join("legal-documents.json");
    println!("cargo::rerun-if-changed={}", documents_path.display());
    let documents = read(&documents_path, "legal-documents.json");
    let documents = Documents::from(
        &documents,
        &At {
            file: "legal-documents.json".into(),
            path: String::new(),
        },
    );

    let standards_dir = data.join("standards");
    // The directory itself: a file added or removed reruns the build.
    println!("cargo::rerun-if-changed={}", standards_dir.display());
    let mut files: Vec<(String, PathBuf)> = std::fs::read_dir(&standards_dir)
        .unwrap_or_else(|e| panic!("{}: {e}", standards_dir.display()))
        .map(|entry| entry.unwrap_or_else(|e| panic!("data/standards: {e}")).path())
        .filter(|path| path.extension().is_some_and(|x| x == "json"))
        .map(|path| {
            let name = path.file_name().unwrap_or_default().to_string_lossy().into_owned();
            (format!("standards/{name}"), path)
        })
        .collect();
    assert!(!files.is_empty(), "data/standards holds no .json file");
    // A standard may continue only one that starts before it.
    let mut loaded: Vec<(At, Value)> = files
        .drain(..)
        .map(|(name, path)| {
            println!("cargo::rerun-if-changed={}", path.display());
            let value = read(&path, &name);
            (
                At {
                    file: name,
                    path: String::new(),
                },
                value,
            )
        })
        .collect();
    loaded.sort_by_key(|(at, value)| date_parts(at, object(at, value), "valid_from"));

    let mut out = documents.rust();
    out.push_str(
        "pub(crate) fn national_standards() -> Vec<Standard> {\n    let mut all: Vec<Standard> = Vec::new();\n",
    );
    let mut ids: Vec<String> = Vec::new();
    // Each standard's entry of the index of names: its own indicators, or
    // those of the standard it continues.
    let mut index: Vec<IndexEntry> = Vec::new();
    // Each questionnaire's rules, in a function of their own that only the
    // code asking the questions calls (`Standard::questionnaire_rules`).
    let mut questionnaires = String::from(
        "pub(crate) fn national_questionnaire(id: &str) -> Option<QuestionnaireRules> {\n    match id {\n",
    );
    for (at, value) in &loaded {
        let fields = object(at, value);
        let id = string_value(at, fields, "id");
        let own = status(&at.key("basis"), object(&at.key("basis"), field(at, fields, "basis")));
        let (indicators, weakest) = match fields.get("continues").and_then(Value::as_str) {
            Some(earlier) => index
                .iter()
                .find(|e| e.id == earlier)
                .map(|e| (e.indicators.clone(), e.weakest.min(own)))
                // No such standard: said below, where `continues` is checked.
                .unwrap_or((String::new(), Status::Unverified)),
            None => {
                let (names, weakest) = indicator_names(&at.key("dimensions"), field(at, fields, "dimensions"));
                (names, weakest.min(own))
            }
        };
        let name = object(&at.key("name"), field(at, fields, "name"));
        index.push(IndexEntry {
            id: id.clone(),
            head: format!(
                "StandardIndicators {{ id: {}, name: ({}, {}), valid_from: {}, valid_to: {}, ",
                string(at, fields, "id"),
                string(&at.key("name"), name, "vi"),
                string(&at.key("name"), name, "en"),
                const_date(at, fields, "valid_from"),
                const_date(at, fields, "valid_to"),
            ),
            indicators,
            weakest,
        });
        if ids.contains(&id) {
            at.key("id").fail(&format!("{id:?} is defined by another file too"));
        }
        if let Some(earlier) = fields.get("continues") {
            let earlier = earlier
                .as_str()
                .unwrap_or_else(|| at.key("continues").fail("must be a string"));
            if !ids.iter().any(|id| id == earlier) {
                at.key("continues")
                    .fail(&format!("{earlier:?} is no standard that starts earlier"));
            }
            writeln!(
                out,
                "    if let Some(next) = {} {{ all.push(next); }}",
                continuation(at, fields, &documents)
            )
            .unwrap();
        } else {
            writeln!(out, "    all.push({});", standard(at, fields, &documents)).unwrap();
            if let Some(q) = fields.get("questionnaire").filter(|q| !q.is_null()) {
                writeln!(
                    questionnaires,
                    "        {:?} => Some({}),",
                    id,
                    questionnaire(&at.key("questionnaire"), q, &documents)
                )
                .unwrap();
            }
        }
        ids.push(id);
    }
    out.push_str("    all\n}\n");
    out.push_str(&questionnaires);
    out.push_str("        _ => None,\n    }\n}\n");
    out.push_str(
        "/// Each national standard's indicators by id and name, in order, and\n/// nothing else of it: for a page that only names them.\npub static INDICATOR_INDEX: &[StandardIndicators] = &[\n",
    );
    for e in &index {
        let status = status_path(e.weakest);
        writeln!(
            out,
            "    {}status: {status}, indicators: &[{}] }},",
            e.head, e.indicators
        )
        .unwrap();
    }
    out.push_str("];\n");
    let target = Path::new(&std::env::var("OUT_DIR").unwrap()).join("national_standards.rs");
    std::fs::write(target, out).unwrap();
}

fn read(path: &Path, name: &str) -> Value {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{name}: {e}"));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{name}: not JSON: {e}"))
}

fn object<'a>(at: &At, value: &'a Value) -> &'a Fields {
    value.as_object().unwrap_or_else(|| at.fail("must be an object"))
}

fn field<'a>(at: &At, fields: &'a Fields, key: &str) -> &'a Value {
    fields.get(key).unwrap_or_else(|| at.key(key).fail("missing"))
}

fn string_value(at: &At, fields: &Fields, key: &str) -> String {
    field(at, fields, key)
        .as_str()
        .unwrap_or_else(|| at.key(key).fail("must be a string"))
        .to_owned()
}

/// A string field as a Rust literal.
fn string(at: &At, fields: &Fields, key: &str) -> String {
    format!("{:?}", string_value(at, fields, key))
}

/// A value read into one of `lang`'s types; a malformed one fails the
/// build naming its place.
fn shared<T: DeserializeOwned>(at: &At, value: &Value) -> T {
    T::deserialize(value).unwrap_or_else(|e| at.fail(&e.to_string()))
}

fn text(at: &At, value: &Value) -> String {
    let t: Text = shared(at, value);
    format!("t({:?}, {:?})", t.vi, t.en)
}

fn optional_text(at: &At, fields: &Fields, key: &str) -> String {
    match fields.get(key) {
        None | Some(Value::Null) => "None".into(),
        Some(v) => format!("Some({})", text(&at.key(key), v)),
    }
}

fn status(at: &At, fields: &Fields) -> Status {
    shared(&at.key("status"), field(at, fields, "status"))
}

/// `Status::Verified`…, as the generated code names it.
fn status_path(status: Status) -> String {
    format!("Status::{status:?}")
}

fn date_parts(at: &At, fields: &Fields, key: &str) -> (i32, u32, u32) {
    let s = field(at, fields, key)
        .as_str()
        .unwrap_or_else(|| at.key(key).fail("must be a yyyy-mm-dd string"));
    let parts: Vec<&str> = s.split('-').collect();
    let number = |i: usize| parts.get(i).and_then(|p| p.parse::<u32>().ok());
    match (parts.len(), number(0), number(1), number(2)) {
        (3, Some(y), Some(m @ 1..=12), Some(d @ 1..=31)) => (y as i32, m, d),
        _ => at.key(key).fail(&format!("{s:?} is not a yyyy-mm-dd date")),
    }
}

fn date(at: &At, fields: &Fields, key: &str) -> String {
    let (y, m, d) = date_parts(at, fields, key);
    format!("d({y}, {m}, {d})")
}

/// A date as a constant expression.
fn const_date(at: &At, fields: &Fields, key: &str) -> String {
    let (year, month, day) = date_parts(at, fields, key);
    format!("Date {{ year: {year}, month: {month}, day: {day} }}")
}

/// One standard in the index of names, as it is written.
struct IndexEntry {
    id: String,
    /// The literal up to its status.
    head: String,
    /// `(id, vi, en), …` of its indicators.
    indicators: String,
    /// The weakest status of the standard's basis and its indicators'.
    weakest: Status,
}

/// The weakest status anywhere in `value` (every `status` of its bases);
/// verified where there is none.
fn weakest_in(at: &At, value: &Value) -> Status {
    match value {
        Value::Object(o) => o
            .iter()
            .map(|(k, v)| match k.as_str() {
                "status" => shared(&at.key(k), v),
                _ => weakest_in(&at.key(k), v),
            })
            .min()
            .unwrap_or(Status::Verified),
        Value::Array(items) => items
            .iter()
            .enumerate()
            .map(|(i, v)| weakest_in(&at.index(i), v))
            .min()
            .unwrap_or(Status::Verified),
        _ => Status::Verified,
    }
}

/// `(id, vi, en)` of every indicator of every dimension, in order, and the
/// weakest status of their names' and thresholds' bases.
fn indicator_names(at: &At, value: &Value) -> (String, Status) {
    let mut out = String::new();
    let mut weakest = Status::Verified;
    for_each_dimension(at, value, |at, d| {
        for_each_indicator(at, d, |at, i| {
            let name = object(&at.key("name"), field(at, i, "name"));
            for key in ["name_basis", "basis"] {
                weakest = weakest.min(status(&at.key(key), object(&at.key(key), field(at, i, key))));
            }
            write!(
                out,
                "({}, {}, {}), ",
                string(at, i, "id"),
                string(&at.key("name"), name, "vi"),
                string(&at.key("name"), name, "en")
            )
            .unwrap();
        });
    });
    (out, weakest)
}

/// Calls `f` on each dimension of a list, with where it stands.
fn for_each_dimension(at: &At, value: &Value, mut f: impl FnMut(&At, &Fields)) {
    for (n, d) in value
        .as_array()
        .unwrap_or_else(|| at.fail("must be a list"))
        .iter()
        .enumerate()
    {
        let at = at.index(n);
        f(&at, object(&at, d));
    }
}

/// Calls `f` on each indicator of a dimension, with where it stands.
fn for_each_indicator(at: &At, dimension: &Fields, mut f: impl FnMut(&At, &Fields)) {
    let list_at = at.key("indicators");
    for (k, i) in field(at, dimension, "indicators")
        .as_array()
        .unwrap_or_else(|| list_at.fail("must be a list"))
        .iter()
        .enumerate()
    {
        let at = list_at.index(k);
        f(&at, object(&at, i));
    }
}

fn optional_date(at: &At, fields: &Fields, key: &str) -> String {
    match fields.get(key) {
        None | Some(Value::Null) => "None".into(),
        Some(_) => format!("Some({})", date(at, fields, key)),
    }
}

/// The legal documents, by id, and how each is cited.
struct Documents {
    /// (id, citation as `Nghị định 07/2021/NĐ-CP ngày 27/01/2021`)
    citations: Vec<(String, String)>,
    rust: String,
}

impl Documents {
    fn from(value: &Value, at: &At) -> Documents {
        let list = field(at, object(at, value), "documents")
            .as_array()
            .unwrap_or_else(|| at.key("documents").fail("must be a list"));
        let mut citations: Vec<(String, String)> = Vec::new();
        let mut rust = String::from(
            "/// The legal documents the rules cite, from `data/legal-documents.json`.\npub fn legal_documents() -> Vec<LegalDocument> {\n    vec![\n",
        );
        for (i, entry) in list.iter().enumerate() {
            let at = at.key("documents").index(i);
            let o = object(&at, entry);
            let id = string_value(&at, o, "id");
            if !id
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
                || id.is_empty()
            {
                at.key("id").fail("must be lowercase letters, digits and '-'");
            }
            if citations.iter().any(|(known, _)| *known == id) {
                at.key("id").fail(&format!("{id:?} is listed twice"));
            }
            let kind = string_value(&at, o, "kind");
            let number = string_value(&at, o, "number");
            let summary = object(&at.key("summary"), field(&at, o, "summary"));
            let citation = if number.is_empty() {
                string_value(&at.key("summary"), summary, "vi")
            } else {
                let mut c = format!("{kind} {number}");
                if o.get("date").is_some_and(|d| !d.is_null()) {
                    let (y, m, d) = date_parts(&at, o, "date");
                    write!(c, " ngày {d:02}/{m:02}/{y}").unwrap();
                }
                c
            };
            let url = string_value(&at, o, "url");
            if !(url.is_empty() || url.starts_with("https://")) {
                at.key("url").fail("must be empty or an https:// address");
            }
            writeln!(
                rust,
                "        LegalDocument {{ id: s({:?}), kind: s({:?}), number: s({:?}), citation: s({citation:?}), summary: {}, date: {}, issuer: {}, url: {}, in_force_from: {}, status: {}, note: {} }},",
                id,
                kind,
                number,
                text(&at.key("summary"), field(&at, o, "summary")),
                optional_date(&at, o, "date"),
                text(&at.key("issuer"), field(&at, o, "issuer")),
                if url.is_empty() { "None".to_owned() } else { format!("Some(s({url:?}))") },
                optional_date(&at, o, "in_force_from"),
                status_path(status(&at, o)),
                optional_text(&at, o, "note"),
            )
            .unwrap();
            citations.push((id, citation));
        }
        rust.push_str("    ]\n}\n");
        Documents { citations, rust }
    }

    fn citation(&self, at: &At, id: &str) -> &str {
        self.citations
            .iter()
            .find(|(known, _)| known == id)
            .map(|(_, citation)| citation.as_str())
            .unwrap_or_else(|| at.fail(&format!("{id:?} is not in legal-documents.json")))
    }

    fn rust(&self) -> String {
        self.rust.clone()
    }
}

/// A basis as the data writes it: `document` is the id of a listed
/// document, whose citation the generated basis carries.
fn basis(at: &At, value: &Value, documents: &Documents) -> String {
    let b: LegalBasis = shared(at, value);
    let citation = documents.citation(&at.key("document"), &b.document);
    let note = match &b.note {
        None => "None".to_owned(),
        Some(t) => format!("Some(t({:?}, {:?}))", t.vi, t.en),
    };
    format!(
        "b({:?}, {citation:?}, {:?}, {}, {note})",
        b.document,
        b.article.as_deref(),
        status_path(b.status)
    )
}

/// An amount in đồng (or points), written as a string of digits.
fn amount(at: &At, fields: &Fields, key: &str) -> String {
    let s = field(at, fields, key).as_str().unwrap_or_default();
    if s.is_empty() || !s.bytes().all(|b| b.is_ascii_digit()) {
        at.key(key).fail("must be a string of digits");
    }
    format!("m({s})")
}

fn line(at: &At, value: &Value, documents: &Documents) -> String {
    let o = object(at, value);
    let basis = basis(&at.key("basis"), field(at, o, "basis"), documents);
    format!(
        "IncomeLine {{ rural: {}, urban: {}, basis: {basis} }}",
        amount(at, o, "rural"),
        amount(at, o, "urban")
    )
}

fn rule(at: &At, value: &Value, documents: &Documents) -> String {
    let o = object(at, value);
    let min = field(at, o, "min_deprivations")
        .as_u64()
        .unwrap_or_else(|| at.key("min_deprivations").fail("must be a whole number"));
    let basis = basis(&at.key("basis"), field(at, o, "basis"), documents);
    match field(at, o, "kind").as_str() {
        Some("single_line") => format!("Rule::SingleLine {{ min_deprivations: {min}, basis: {basis} }}"),
        Some("two_tier") => {
            let near_at = at.key("near_poverty_line");
            let near = object(&near_at, field(at, o, "near_poverty_line"));
            format!(
                "Rule::TwoTier {{ near_poverty_line: AreaAmounts {{ rural: {}, urban: {} }}, min_deprivations: {min}, basis: {basis} }}",
                amount(&near_at, near, "rural"),
                amount(&near_at, near, "urban")
            )
        }
        other => at
            .key("kind")
            .fail(&format!("{other:?} is not single_line or two_tier")),
    }
}

fn dimensions(at: &At, value: &Value, documents: &Documents) -> String {
    let mut out = String::from("vec![");
    for_each_dimension(at, value, |at, d| {
        let mut indicators = String::from("vec![");
        for_each_indicator(at, d, |at, i| {
            write!(
                indicators,
                "Indicator {{ id: s({}), name: {}, name_basis: {}, threshold: {}, basis: {} }}, ",
                string(at, i, "id"),
                text(&at.key("name"), field(at, i, "name")),
                basis(&at.key("name_basis"), field(at, i, "name_basis"), documents),
                text(&at.key("threshold"), field(at, i, "threshold")),
                basis(&at.key("basis"), field(at, i, "basis"), documents)
            )
            .unwrap();
        });
        indicators.push(']');
        write!(
            out,
            "Dimension {{ id: s({}), name: {}, indicators: {indicators} }}, ",
            string(at, d, "id"),
            text(&at.key("name"), field(at, d, "name"))
        )
        .unwrap();
    });
    out.push(']');
    out
}

fn standard(at: &At, f: &Fields, documents: &Documents) -> String {
    let optional = |key: &str, make: &dyn Fn(&At, &Value) -> String| match f.get(key) {
        None | Some(Value::Null) => "None".to_owned(),
        Some(v) => format!("Some({})", make(&at.key(key), v)),
    };
    let scores = |at: &At, v: &Value| {
        let o = object(at, v);
        format!(
            "ReviewScores {{ rural_threshold: {}, urban_threshold: {}, points_per_deprivation: {}, basis: {}, procedure: {} }}",
            amount(at, o, "rural_threshold"),
            amount(at, o, "urban_threshold"),
            amount(at, o, "points_per_deprivation"),
            basis(&at.key("basis"), field(at, o, "basis"), documents),
            basis(&at.key("procedure"), field(at, o, "procedure"), documents)
        )
    };
    format!(
        "Standard {{ id: s({}), name: {}, period: s({}), valid_from: {}, valid_to: {}, note: {}, basis: {}, origin: Origin::National, income_line: {}, rule: {}, average_band: {}, low_income_workers: {}, review_scores: {}, questionnaire: {}, dimensions: {} }}",
        string(at, f, "id"),
        text(&at.key("name"), field(at, f, "name")),
        string(at, f, "period"),
        date(at, f, "valid_from"),
        date(at, f, "valid_to"),
        optional_text(at, f, "note"),
        basis(&at.key("basis"), field(at, f, "basis"), documents),
        line(&at.key("income_line"), field(at, f, "income_line"), documents),
        rule(&at.key("rule"), field(at, f, "rule"), documents),
        optional("average_band", &|at, v| line(at, v, documents)),
        optional("low_income_workers", &|at, v| low_income(at, v, documents)),
        optional("review_scores", &scores),
        optional("questionnaire", &|_, v| format!(
            "QuestionnaireSource::national({}, {})",
            string(at, f, "id"),
            status_path(weakest_in(&at.key("questionnaire"), v))
        )),
        dimensions(&at.key("dimensions"), field(at, f, "dimensions"), documents),
    )
}

fn continuation(at: &At, f: &Fields, documents: &Documents) -> String {
    format!(
        "continue_from(&all, {}, s({}), {}, s({}), {}, {}, {}, {})",
        string(at, f, "continues"),
        string(at, f, "id"),
        text(&at.key("name"), field(at, f, "name")),
        string(at, f, "period"),
        date(at, f, "valid_from"),
        date(at, f, "valid_to"),
        optional_text(at, f, "note"),
        basis(&at.key("basis"), field(at, f, "basis"), documents),
    )
}

fn whole_number(at: &At, fields: &Fields, key: &str) -> u64 {
    field(at, fields, key)
        .as_u64()
        .unwrap_or_else(|| at.key(key).fail("must be a whole number"))
}

/// `{ "value": 15, "basis": … }`: a whole number that every standard knows
/// (the start of working age, from the Labour Code).
fn threshold(parent: &At, fields: &Fields, key: &str, documents: &Documents) -> String {
    let at = parent.key(key);
    let o = object(&at, field(parent, fields, key));
    format!(
        "Threshold {{ value: {}, basis: {} }}",
        whole_number(&at, o, "value"),
        basis(&at.key("basis"), field(&at, o, "basis"), documents)
    )
}

/// A threshold of the standard's own (`Known`): a whole number, digits in
/// a string, or `null` where the standard's text is not known. Whole
/// numbers are ages or parts, checked against the questionnaire's bounds
/// when a test builds every standard.
fn known(parent: &At, fields: &Fields, key: &str, documents: &Documents) -> String {
    let at = parent.key(key);
    let o = object(&at, field(parent, fields, key));
    let value = match field(&at, o, "value") {
        Value::Null => "None".to_owned(),
        Value::Number(_) => format!("Some(m({}))", whole_number(&at, o, "value")),
        Value::String(_) => format!("Some({})", amount(&at, o, "value")),
        _ => at
            .key("value")
            .fail("must be a whole number, a string of digits, or null where unknown"),
    };
    format!(
        "Threshold {{ value: {value}, basis: {} }}",
        basis(&at.key("basis"), field(&at, o, "basis"), documents)
    )
}

/// `{ "from_year": 2021, "years": 60, "months": 3, "step_months": 3,
/// "until_years": 62, "until_months": 0 }`.
fn schedule(at: &At, value: &Value) -> String {
    let o = object(at, value);
    let n = |key: &str| whole_number(at, o, key);
    let months = |years: &str, months: &str| {
        let m = n(months);
        if m >= 12 {
            at.key(months).fail("must be under 12");
        }
        n(years) * 12 + m
    };
    let (start, until) = (months("years", "months"), months("until_years", "until_months"));
    if until < start {
        at.key("until_years").fail("must not be below the starting age");
    }
    format!(
        "RetirementSchedule {{ from_year: {}, start_months: {start}, step_months: {}, until_months: {until} }}",
        n("from_year"),
        n("step_months")
    )
}

fn questionnaire(at: &At, value: &Value, documents: &Documents) -> String {
    let o = object(at, value);
    let t = |key: &str| known(at, o, key, documents);
    let b = |key: &str| basis(&at.key(key), field(at, o, key), documents);
    let r_at = at.key("retirement");
    let r = object(&r_at, field(at, o, "retirement"));
    format!(
        "QuestionnaireRules {{ working_age_from: {}, retirement: RetirementAges {{ men: {}, women: {}, basis: {}, schedule_basis: {} }}, employment_without_contract: {}, dependant_under: {}, dependant_with_allowance: {}, nutrition_under: {}, insurance_from: {}, adult_education_from: {}, adult_education_to: {}, upper_secondary_from: {}, on_the_job_training: {}, school_from: {}, school_under: {}, non_durable_parts: {}, min_floor_area_per_person_m2: {} }}",
        threshold(at, o, "working_age_from", documents),
        schedule(&r_at.key("men"), field(&r_at, r, "men")),
        schedule(&r_at.key("women"), field(&r_at, r, "women")),
        basis(&r_at.key("basis"), field(&r_at, r, "basis"), documents),
        basis(
            &r_at.key("schedule_basis"),
            field(&r_at, r, "schedule_basis"),
            documents
        ),
        b("employment_without_contract"),
        t("dependant_under"),
        b("dependant_with_allowance"),
        t("nutrition_under"),
        t("insurance_from"),
        t("adult_education_from"),
        t("adult_education_to"),
        t("upper_secondary_from"),
        b("on_the_job_training"),
        t("school_from"),
        t("school_under"),
        t("non_durable_parts"),
        t("min_floor_area_per_person_m2"),
    )
}

/// `{ "rural": …, "urban": …, "support": {vi, en}, "basis": … }`.
fn low_income(at: &At, value: &Value, documents: &Documents) -> String {
    let o = object(at, value);
    format!(
        "LowIncomeWorkers {{ top: AreaAmounts {{ rural: {}, urban: {} }}, support: {}, basis: {} }}",
        amount(at, o, "rural"),
        amount(at, o, "urban"),
        text(&at.key("support"), field(at, o, "support")),
        basis(&at.key("basis"), field(at, o, "basis"), documents)
    )
}
