//! Turns `data/legal-documents.json` and every `data/standards/*.json` into
//! Rust constructors at build time, so the data files stay the source of
//! truth while the app carries no JSON parser for them. The files are read
//! into `rule-data`'s typed records; a malformed file fails the build with
//! a message naming the file and the field.

use std::fmt::Write;
use std::path::{Path, PathBuf};

use lang::{LegalBasis, Status, Text};
use rule_data::{
    At, Date, Digits, Dimension, DocumentsFile, IncomeLine, Known, LowIncomeWorkers, Questionnaire, ReviewScores, Rule,
    Schedule, StandardFile, Threshold,
};

fn main() {
    let data = Path::new(env!("CARGO_MANIFEST_DIR")).join("data");
    let documents_path = data.join("legal-documents.json");
    let documents = Documents::from(&read::<DocumentsFile>(&documents_path, "legal-documents.json"));

    let standards_dir = data.join("standards");
    // The directory itself: a file added or removed reruns the build.
    println!("cargo::rerun-if-changed={}", standards_dir.display());
    let files: Vec<(String, PathBuf)> = std::fs::read_dir(&standards_dir)
        .unwrap_or_else(|e| panic!("{}: {e}", standards_dir.display()))
        .map(|entry| entry.unwrap_or_else(|e| panic!("data/standards: {e}")).path())
        .filter(|path| path.extension().is_some_and(|x| x == "json"))
        .map(|path| {
            let name = path.file_name().unwrap_or_default().to_string_lossy().into_owned();
            (format!("standards/{name}"), path)
        })
        .collect();
    assert!(!files.is_empty(), "data/standards holds no .json file");
    let mut loaded: Vec<(At, StandardFile)> = files
        .iter()
        .map(|(name, path)| (At::file(name), read(path, name)))
        .collect();
    // A standard may continue only one that starts before it.
    loaded.sort_by_key(|(_, standard)| standard.valid_from);

    let mut out = documents.rust.clone();
    out.push_str(
        "pub(crate) fn national_standards() -> Vec<Standard> {\n    let mut all: Vec<Standard> = Vec::new();\n",
    );
    let mut ids: Vec<&str> = Vec::new();
    // Each standard's entry of the index of names: its own indicators, or
    // those of the standard it continues.
    let mut index: Vec<IndexEntry> = Vec::new();
    // Each questionnaire's rules, in a function of their own that only the
    // code asking the questions calls (`Standard::questionnaire_rules`).
    let mut questionnaires = String::from(
        "pub(crate) fn national_questionnaire(id: &str) -> Option<QuestionnaireRules> {\n    match id {\n",
    );
    for (at, f) in &loaded {
        if ids.contains(&f.id.as_str()) {
            at.key("id").fail(&format!("{:?} is defined by another file too", f.id));
        }
        let own = f.basis.status;
        let (indicators, weakest) = match &f.continues {
            Some(earlier) => {
                let continued = index.iter().find(|e| e.id == *earlier).unwrap_or_else(|| {
                    at.key("continues")
                        .fail(&format!("{earlier:?} is no standard that starts earlier"))
                });
                (continued.indicators.clone(), continued.weakest.min(own))
            }
            None => {
                let (names, weakest) = indicator_names(own_rules(at, f).dimensions);
                (names, weakest.min(own))
            }
        };
        index.push(IndexEntry {
            id: f.id.clone(),
            head: format!(
                "StandardIndicators {{ id: {:?}, name: ({:?}, {:?}), valid_from: {}, valid_to: {}, ",
                f.id,
                f.name.vi,
                f.name.en,
                const_date(f.valid_from),
                const_date(f.valid_to),
            ),
            indicators,
            weakest,
        });
        if f.continues.is_some() {
            writeln!(
                out,
                "    if let Some(next) = {} {{ all.push(next); }}",
                continuation(at, f, &documents)
            )
            .unwrap();
        } else {
            writeln!(out, "    all.push({});", standard(at, f, &documents)).unwrap();
            if let Some(q) = &f.questionnaire {
                writeln!(
                    questionnaires,
                    "        {:?} => Some({}),",
                    f.id,
                    questionnaire(&at.key("questionnaire"), q, &documents)
                )
                .unwrap();
            }
        }
        ids.push(&f.id);
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

/// A data file, read into its record; the build reruns when it changes.
fn read<T: for<'de> serde::Deserialize<'de>>(path: &Path, name: &str) -> T {
    println!("cargo::rerun-if-changed={}", path.display());
    rule_data::read(path, name).unwrap_or_else(|e| panic!("{e}"))
}

/// A standard's own rules, which a standard that continues no other must
/// have.
struct OwnRules<'a> {
    income_line: &'a IncomeLine,
    rule: &'a Rule,
    dimensions: &'a [Dimension],
}

fn own_rules<'a>(at: &At, f: &'a StandardFile) -> OwnRules<'a> {
    OwnRules {
        income_line: f
            .income_line
            .as_ref()
            .unwrap_or_else(|| at.key("income_line").fail("missing")),
        rule: f.rule.as_ref().unwrap_or_else(|| at.key("rule").fail("missing")),
        dimensions: f
            .dimensions
            .as_deref()
            .unwrap_or_else(|| at.key("dimensions").fail("missing")),
    }
}

fn text(t: &Text) -> String {
    format!("t({:?}, {:?})", t.vi, t.en)
}

fn optional_text(t: &Option<Text>) -> String {
    t.as_ref().map_or("None".into(), |t| format!("Some({})", text(t)))
}

/// `Status::Verified`…, as the generated code names it.
fn status_path(status: Status) -> String {
    format!("Status::{status:?}")
}

fn date(d: Date) -> String {
    format!("d({}, {}, {})", d.year, d.month, d.day)
}

fn optional_date(d: Option<Date>) -> String {
    d.map_or("None".into(), |d| format!("Some({})", date(d)))
}

/// A date as a constant expression.
fn const_date(d: Date) -> String {
    format!("Date {{ year: {}, month: {}, day: {} }}", d.year, d.month, d.day)
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

/// `(id, vi, en)` of every indicator of every dimension, in order, and the
/// weakest status of their names' and thresholds' bases.
fn indicator_names(dimensions: &[Dimension]) -> (String, Status) {
    let mut out = String::new();
    let mut weakest = Status::Verified;
    for i in dimensions.iter().flat_map(|d| &d.indicators) {
        weakest = weakest.min(i.name_basis.status).min(i.basis.status);
        write!(out, "({:?}, {:?}, {:?}), ", i.id, i.name.vi, i.name.en).unwrap();
    }
    (out, weakest)
}

/// The legal documents, by id, and how each is cited.
struct Documents {
    /// (id, citation as `Nghị định 07/2021/NĐ-CP ngày 27/01/2021`)
    citations: Vec<(String, String)>,
    rust: String,
}

impl Documents {
    fn from(file: &DocumentsFile) -> Documents {
        let mut citations: Vec<(String, String)> = Vec::new();
        let mut rust = String::from(
            "/// The legal documents the rules cite, from `data/legal-documents.json`.\npub fn legal_documents() -> Vec<LegalDocument> {\n    vec![\n",
        );
        for (i, o) in file.documents.iter().enumerate() {
            let at = At::file("legal-documents.json").key("documents").index(i);
            let id = &o.id;
            if !id
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
                || id.is_empty()
            {
                at.key("id").fail("must be lowercase letters, digits and '-'");
            }
            if citations.iter().any(|(known, _)| known == id) {
                at.key("id").fail(&format!("{id:?} is listed twice"));
            }
            let citation = if o.number.is_empty() {
                o.summary.vi.clone()
            } else {
                let mut c = format!("{} {}", o.kind, o.number);
                if let Some(d) = o.date {
                    write!(c, " ngày {:02}/{:02}/{}", d.day, d.month, d.year).unwrap();
                }
                c
            };
            let url = &o.url;
            if !(url.is_empty() || url.starts_with("https://")) {
                at.key("url").fail("must be empty or an https:// address");
            }
            writeln!(
                rust,
                "        LegalDocument {{ id: s({:?}), kind: s({:?}), number: s({:?}), citation: s({citation:?}), summary: {}, date: {}, issuer: {}, url: {}, in_force_from: {}, status: {}, note: {} }},",
                id,
                o.kind,
                o.number,
                text(&o.summary),
                optional_date(o.date),
                text(&o.issuer),
                if url.is_empty() { "None".to_owned() } else { format!("Some(s({url:?}))") },
                optional_date(o.in_force_from),
                status_path(o.status),
                optional_text(&o.note),
            )
            .unwrap();
            citations.push((id.clone(), citation));
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
}

/// A basis as the data writes it: `document` is the id of a listed
/// document, whose citation the generated basis carries.
fn basis(at: &At, b: &LegalBasis, documents: &Documents) -> String {
    let citation = documents.citation(&at.key("document"), &b.document);
    format!(
        "b({:?}, {citation:?}, {:?}, {}, {})",
        b.document,
        b.article.as_deref(),
        status_path(b.status),
        optional_text(&b.note)
    )
}

/// An amount in đồng (or points).
fn amount(digits: &Digits) -> String {
    format!("m({})", digits.0)
}

fn line(at: &At, l: &IncomeLine, documents: &Documents) -> String {
    format!(
        "IncomeLine {{ rural: {}, urban: {}, basis: {} }}",
        amount(&l.rural),
        amount(&l.urban),
        basis(&at.key("basis"), &l.basis, documents)
    )
}

fn rule(at: &At, rule: &Rule, documents: &Documents) -> String {
    let basis_at = at.key("basis");
    match rule {
        Rule::SingleLine {
            min_deprivations,
            basis: b,
        } => format!(
            "Rule::SingleLine {{ min_deprivations: {min_deprivations}, basis: {} }}",
            basis(&basis_at, b, documents)
        ),
        Rule::TwoTier {
            near_poverty_line: near,
            min_deprivations,
            basis: b,
        } => format!(
            "Rule::TwoTier {{ near_poverty_line: AreaAmounts {{ rural: {}, urban: {} }}, min_deprivations: {min_deprivations}, basis: {} }}",
            amount(&near.rural),
            amount(&near.urban),
            basis(&basis_at, b, documents)
        ),
    }
}

fn dimensions(at: &At, list: &[Dimension], documents: &Documents) -> String {
    let mut out = String::from("vec![");
    for (n, d) in list.iter().enumerate() {
        let d_at = at.index(n).key("indicators");
        let mut indicators = String::from("vec![");
        for (k, i) in d.indicators.iter().enumerate() {
            let at = d_at.index(k);
            write!(
                indicators,
                "Indicator {{ id: s({:?}), name: {}, name_basis: {}, threshold: {}, basis: {} }}, ",
                i.id,
                text(&i.name),
                basis(&at.key("name_basis"), &i.name_basis, documents),
                text(&i.threshold),
                basis(&at.key("basis"), &i.basis, documents)
            )
            .unwrap();
        }
        indicators.push(']');
        write!(
            out,
            "Dimension {{ id: s({:?}), name: {}, indicators: {indicators} }}, ",
            d.id,
            text(&d.name)
        )
        .unwrap();
    }
    out.push(']');
    out
}

fn optional<T>(at: &At, key: &str, value: &Option<T>, make: impl Fn(&At, &T) -> String) -> String {
    value
        .as_ref()
        .map_or("None".to_owned(), |v| format!("Some({})", make(&at.key(key), v)))
}

fn standard(at: &At, f: &StandardFile, documents: &Documents) -> String {
    let own = own_rules(at, f);
    let scores = |at: &At, s: &ReviewScores| {
        format!(
            "ReviewScores {{ rural_threshold: {}, urban_threshold: {}, points_per_deprivation: {}, basis: {}, procedure: {} }}",
            amount(&s.rural_threshold),
            amount(&s.urban_threshold),
            amount(&s.points_per_deprivation),
            basis(&at.key("basis"), &s.basis, documents),
            basis(&at.key("procedure"), &s.procedure, documents)
        )
    };
    let Head {
        id,
        name,
        period,
        valid_from,
        valid_to,
        note,
        basis: own_basis,
    } = head(at, f, documents);
    format!(
        "Standard {{ id: {id}, name: {name}, period: {period}, valid_from: {valid_from}, valid_to: {valid_to}, note: {note}, basis: {own_basis}, origin: Origin::National, income_line: {}, rule: {}, average_band: {}, low_income_workers: {}, review_scores: {}, questionnaire: {}, dimensions: {} }}",
        line(&at.key("income_line"), own.income_line, documents),
        rule(&at.key("rule"), own.rule, documents),
        optional(at, "average_band", &f.average_band, |at, l| line(at, l, documents)),
        optional(at, "low_income_workers", &f.low_income_workers, |at, l| low_income(
            at, l, documents
        )),
        optional(at, "review_scores", &f.review_scores, scores),
        optional(at, "questionnaire", &f.questionnaire, |_, q| format!(
            "QuestionnaireSource::national({:?}, {})",
            f.id,
            status_path(q.bases().iter().map(|b| b.status).min().unwrap_or(Status::Verified))
        )),
        dimensions(&at.key("dimensions"), own.dimensions, documents),
    )
}

/// A standard that keeps an earlier one's rules: it has none of its own.
fn continuation(at: &At, f: &StandardFile, documents: &Documents) -> String {
    let own = [
        ("income_line", f.income_line.is_some()),
        ("rule", f.rule.is_some()),
        ("average_band", f.average_band.is_some()),
        ("low_income_workers", f.low_income_workers.is_some()),
        ("review_scores", f.review_scores.is_some()),
        ("questionnaire", f.questionnaire.is_some()),
        ("dimensions", f.dimensions.is_some()),
    ];
    if let Some((key, _)) = own.iter().find(|(_, present)| *present) {
        at.key(key)
            .fail("a standard that continues another keeps its rules and has none of its own");
    }
    let Head {
        id,
        name,
        period,
        valid_from,
        valid_to,
        note,
        basis,
    } = head(at, f, documents);
    format!(
        "continue_from(&all, {:?}, {id}, {name}, {period}, {valid_from}, {valid_to}, {note}, {basis})",
        f.continues.as_deref().unwrap_or_default(),
    )
}

/// What every standard has, its own rules or not, as Rust expressions.
struct Head {
    id: String,
    name: String,
    period: String,
    valid_from: String,
    valid_to: String,
    note: String,
    basis: String,
}

fn head(at: &At, f: &StandardFile, documents: &Documents) -> Head {
    Head {
        id: format!("s({:?})", f.id),
        name: text(&f.name),
        period: format!("s({:?})", f.period),
        valid_from: date(f.valid_from),
        valid_to: date(f.valid_to),
        note: optional_text(&f.note),
        basis: basis(&at.key("basis"), &f.basis, documents),
    }
}

/// A threshold that every standard knows (the start of working age, from
/// the Labour Code).
fn threshold(at: &At, t: &Threshold<u64>, documents: &Documents) -> String {
    format!(
        "Threshold {{ value: {}, basis: {} }}",
        t.value,
        basis(&at.key("basis"), &t.basis, documents)
    )
}

/// A threshold of the standard's own (`Known`): `None` where the
/// standard's text is not known. Whole numbers are ages or parts, checked
/// against the questionnaire's bounds when a test builds every standard.
fn known(at: &At, t: &Threshold<Option<Known>>, documents: &Documents) -> String {
    let value = match &t.value {
        None => "None".to_owned(),
        Some(Known::Whole(n)) => format!("Some(m({n}))"),
        Some(Known::Digits(s)) => format!("Some(m({s}))"),
    };
    format!(
        "Threshold {{ value: {value}, basis: {} }}",
        basis(&at.key("basis"), &t.basis, documents)
    )
}

fn schedule(at: &At, s: &Schedule) -> String {
    let months = |years: u64, months: u64, key: &str| {
        if months >= 12 {
            at.key(key).fail("must be under 12");
        }
        years * 12 + months
    };
    let start = months(s.years, s.months, "months");
    let until = months(s.until_years, s.until_months, "until_months");
    if until < start {
        at.key("until_years").fail("must not be below the starting age");
    }
    format!(
        "RetirementSchedule {{ from_year: {}, start_months: {start}, step_months: {}, until_months: {until} }}",
        s.from_year, s.step_months
    )
}

fn questionnaire(at: &At, q: &Questionnaire, documents: &Documents) -> String {
    let t = |key: &str, value: &Threshold<Option<Known>>| known(&at.key(key), value, documents);
    let b = |key: &str, value: &LegalBasis| basis(&at.key(key), value, documents);
    let r_at = at.key("retirement");
    let r = &q.retirement;
    format!(
        "QuestionnaireRules {{ working_age_from: {}, retirement: RetirementAges {{ men: {}, women: {}, basis: {}, schedule_basis: {} }}, employment_without_contract: {}, dependant_under: {}, dependant_with_allowance: {}, nutrition_under: {}, insurance_from: {}, adult_education_from: {}, adult_education_to: {}, upper_secondary_from: {}, on_the_job_training: {}, school_from: {}, school_under: {}, non_durable_parts: {}, min_floor_area_per_person_m2: {} }}",
        threshold(&at.key("working_age_from"), &q.working_age_from, documents),
        schedule(&r_at.key("men"), &r.men),
        schedule(&r_at.key("women"), &r.women),
        basis(&r_at.key("basis"), &r.basis, documents),
        basis(&r_at.key("schedule_basis"), &r.schedule_basis, documents),
        b("employment_without_contract", &q.employment_without_contract),
        t("dependant_under", &q.dependant_under),
        b("dependant_with_allowance", &q.dependant_with_allowance),
        t("nutrition_under", &q.nutrition_under),
        t("insurance_from", &q.insurance_from),
        t("adult_education_from", &q.adult_education_from),
        t("adult_education_to", &q.adult_education_to),
        t("upper_secondary_from", &q.upper_secondary_from),
        b("on_the_job_training", &q.on_the_job_training),
        t("school_from", &q.school_from),
        t("school_under", &q.school_under),
        t("non_durable_parts", &q.non_durable_parts),
        t("min_floor_area_per_person_m2", &q.min_floor_area_per_person_m2),
    )
}

fn low_income(at: &At, l: &LowIncomeWorkers, documents: &Documents) -> String {
    format!(
        "LowIncomeWorkers {{ top: AreaAmounts {{ rural: {}, urban: {} }}, support: {}, basis: {} }}",
        amount(&l.rural),
        amount(&l.urban),
        text(&l.support),
        basis(&at.key("basis"), &l.basis, documents)
    )
}
