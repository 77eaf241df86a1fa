//! Golden cases: `data/cases/<standard>.json`, each case naming the rule it
//! checks. Every national standard must have a file.

use lang::Lang;
use poverty_rules::{
    Area, Catalogue, Category, Facts, Home, Household, InputError, Knob, Latrine, LowIncomeCheck, Member,
    Questionnaire, ReviewScoreInput, Standard, Status, WaterSource, assess, classify, classify_by_scores, derive,
    legal_document, low_income_workers,
};
use rust_decimal::Decimal;
use serde::Deserialize;
use std::path::PathBuf;
use vn_format::Date;

#[derive(Deserialize)]
struct CaseFile {
    standard: String,
    cases: Vec<Case>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Case {
    rule: String,
    /// The rule as cited: a document of `data/legal-documents.json` and
    /// the article of a basis of the standard (`null` where not known).
    /// Required of the cases added from December 2026 on.
    document: Option<String>,
    #[serde(default)]
    article: Option<String>,
    /// The review date (`yyyy-mm-dd`) for questionnaire cases.
    on: Option<String>,
    /// Questionnaire members (any answer not given takes its default), in
    /// a good home; `indicator` is the derivation looked at.
    members: Option<Vec<Member>>,
    indicator: Option<String>,
    expect_deprived: Option<bool>,
    /// The answers cannot settle it: these thresholds it needs are not
    /// known for the standard.
    expect_missing: Option<Vec<Knob>>,
    expect_assumption: Option<bool>,
    /// `counted`, `listed`, `above` or `unknown`.
    expect_low_income: Option<String>,
    /// The least sure status of the rules the result rests on.
    expect_status: Option<Status>,
    area: Option<Area>,
    income_per_person: Option<Decimal>,
    deprivations: Option<u32>,
    scores: Option<Scores>,
    household: Option<Household>,
    expect: Option<Category>,
    expect_error: Option<String>,
}

#[derive(Deserialize)]
struct Scores {
    area: Area,
    a: Decimal,
    b: Decimal,
}

fn error_code(e: &InputError) -> &'static str {
    match e {
        InputError::NegativeIncome => "negative_income",
        InputError::IncomeTooLarge => "income_too_large",
        InputError::NoMembers => "no_members",
        InputError::TooManyMembers => "too_many_members",
        InputError::NoScoreForm => "no_score_form",
        InputError::NegativeScore => "negative_score",
        InputError::ScoreBTooLarge { .. } => "score_b_too_large",
        InputError::ScoreBNotMultiple { .. } => "score_b_not_multiple",
    }
}

fn low_income_code(check: &LowIncomeCheck) -> &'static str {
    match check {
        LowIncomeCheck::Counted { .. } => "counted",
        LowIncomeCheck::Listed { .. } => "listed",
        LowIncomeCheck::Above { .. } => "above",
        LowIncomeCheck::Unknown => "unknown",
    }
}

fn date(text: &str) -> Date {
    let parts: Vec<u32> = text.split('-').map(|p| p.parse().unwrap()).collect();
    Date::new(parts[0] as i32, parts[1], parts[2]).unwrap_or_else(|| panic!("bad date {text}"))
}

/// A home lacking nothing, so that only the members decide.
fn good_home() -> Home {
    Home {
        has_home: true,
        durable_walls: true,
        durable_columns: true,
        durable_roof: true,
        floor_area_m2: Decimal::from(200),
        water: WaterSource::Piped,
        latrine: Latrine::Septic,
        internet_user: true,
        information_device: true,
        hears_loudspeaker: true,
        waste_handled: true,
        internet_access: true,
        digital_services_user: true,
    }
}

/// The case's document exists, and the standard has a basis citing it
/// with that article.
fn cites_a_basis_of(case: &Case, standard: &Standard) -> bool {
    let Some(id) = &case.document else {
        return true;
    };
    legal_document(id).is_some()
        && standard
            .all_bases()
            .iter()
            .any(|b| b.document_id.as_deref() == Some(id.as_str()) && b.article == case.article)
}

/// A questionnaire, low-income or status case: what it got, or `None`
/// when it holds.
fn check_new_kinds(case: &Case, standard: &Standard) -> Option<String> {
    if let Some(members) = &case.members {
        let q = Questionnaire {
            members: members.clone(),
            home: good_home(),
        };
        let on = date(case.on.as_deref().expect("on"));
        let id = case.indicator.as_deref().expect("indicator");
        let got = derive(standard, &q, on).map_err(|e| e.message(Lang::En));
        let Ok(all) = got else { return Some(format!("{got:?}")) };
        let Some(x) = all.into_iter().find(|x| x.indicator_id == id) else {
            return Some(format!("no derivation for {id}"));
        };
        let verdict = match &case.expect_missing {
            Some(missing) => x.verdict.is_none() && *missing == x.missing,
            None => case.expect_deprived == x.verdict,
        };
        let holds = verdict
            && case.expect_assumption.is_none_or(|a| a == x.assumption.is_some())
            && case.expect_status.is_none_or(|s| s == x.status);
        return (!holds).then(|| format!("{x:?}"));
    }
    let facts = || Facts {
        area: case.area.expect("area"),
        income_per_person: case.income_per_person.expect("income_per_person"),
        deprivations: case.deprivations.expect("deprivations"),
    };
    if let Some(expected) = &case.expect_low_income {
        let got = low_income_workers(standard, &facts());
        let holds = low_income_code(&got) == expected && case.expect_status.is_none_or(|s| Some(s) == got.status());
        return (!holds).then(|| format!("{got:?}"));
    }
    let status = case.expect_status?;
    let got = if let Some(s) = &case.scores {
        let input = ReviewScoreInput {
            area: s.area,
            score_a: s.a,
            score_b: s.b,
        };
        classify_by_scores(standard, &input)
            .ok()
            .and_then(|outcome| outcome.steps.iter().map(|s| s.basis.status).min())
    } else if let Some(h) = &case.household {
        assess(standard, h).ok().map(|a| a.weakest_status)
    } else {
        classify(standard, &facts()).steps.iter().map(|s| s.basis.status).min()
    };
    (got != Some(status)).then(|| format!("status {got:?}"))
}

fn case_files() -> Vec<CaseFile> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("data/cases");
    let mut files: Vec<_> = std::fs::read_dir(&dir).unwrap().map(|e| e.unwrap().path()).collect();
    files.sort();
    files
        .iter()
        .map(|path| {
            let text = std::fs::read_to_string(path).unwrap();
            serde_json::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
        })
        .collect()
}

#[test]
fn every_golden_case_holds() {
    let catalogue = Catalogue::national();
    let mut failures = Vec::new();
    let mut count = 0;
    for file in case_files() {
        let standard = catalogue
            .get(&file.standard)
            .unwrap_or_else(|| panic!("no standard {}", file.standard));
        for case in &file.cases {
            assert!(
                !case.rule.trim().is_empty(),
                "a case in {} names no rule",
                file.standard
            );
            count += 1;
            if !cites_a_basis_of(case, standard) {
                failures.push(format!(
                    "[{}] {}: cites {:?} {:?}, which no rule of the standard does",
                    file.standard, case.rule, case.document, case.article
                ));
            }
            if case.members.is_some() || case.expect_low_income.is_some() || case.expect_status.is_some() {
                assert!(
                    case.document.is_some(),
                    "[{}] {}: names no document",
                    file.standard,
                    case.rule
                );
                if let Some(got) = check_new_kinds(case, standard) {
                    failures.push(format!("[{}] {}: got {got}", file.standard, case.rule));
                }
                if case.expect.is_none() && case.expect_error.is_none() {
                    continue;
                }
            }
            let got: Result<Category, InputError> = if let Some(s) = &case.scores {
                classify_by_scores(
                    standard,
                    &ReviewScoreInput {
                        area: s.area,
                        score_a: s.a,
                        score_b: s.b,
                    },
                )
                .map(|o| o.category)
            } else if let Some(h) = &case.household {
                assess(standard, h).map(|a| a.outcome.category)
            } else {
                let facts = Facts {
                    area: case.area.expect("area"),
                    income_per_person: case.income_per_person.expect("income_per_person"),
                    deprivations: case.deprivations.expect("deprivations"),
                };
                Ok(classify(standard, &facts).category)
            };
            let ok = match (&got, case.expect, &case.expect_error) {
                (Ok(category), Some(expected), None) => *category == expected,
                (Err(e), None, Some(code)) => error_code(e) == code,
                _ => false,
            };
            if !ok {
                failures.push(format!("[{}] {}: got {:?}", file.standard, case.rule, got));
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {count} golden cases failed:\n{}",
        failures.len(),
        failures.join("\n")
    );
    assert!(count >= 80, "only {count} golden cases");
}

#[test]
fn every_national_standard_has_golden_cases_for_both_areas() {
    let catalogue = Catalogue::national();
    let files = case_files();
    for standard in catalogue.national_standards() {
        let file = files
            .iter()
            .find(|f| f.standard == standard.id)
            .unwrap_or_else(|| panic!("no cases for {}", standard.id));
        for area in [Area::Rural, Area::Urban] {
            let line = standard.income_line.get(area);
            let at_line = file
                .cases
                .iter()
                .any(|c| c.area == Some(area) && c.income_per_person == Some(line));
            let above = file
                .cases
                .iter()
                .any(|c| c.area == Some(area) && c.income_per_person == Some(line + Decimal::ONE));
            assert!(
                at_line && above,
                "{} {area:?}: no case at the line and one đồng above",
                standard.id
            );
            for d in [2, 3] {
                assert!(
                    file.cases.iter().any(|c| c.area == Some(area)
                        && c.income_per_person == Some(line)
                        && c.deprivations == Some(d)),
                    "{} {area:?}: no case with exactly {d} deprivations at the line",
                    standard.id
                );
            }
        }
    }
}

/// The corrections of December 2026 and the low-income workers: each
/// standard that has the rule has cases at its edges; the others say
/// unknown.
#[test]
fn every_correction_and_the_low_income_band_have_golden_cases() {
    let catalogue = Catalogue::national();
    let files = case_files();
    for standard in catalogue.national_standards() {
        let file = files.iter().find(|f| f.standard == standard.id).unwrap();
        let low_income = |area: Area, income: Decimal, expected: &str| {
            file.cases.iter().any(|c| {
                c.area == Some(area)
                    && c.income_per_person == Some(income)
                    && c.expect_low_income.as_deref() == Some(expected)
            })
        };
        match &standard.low_income_workers {
            Some(rule) => {
                for area in [Area::Rural, Area::Urban] {
                    let (line, top) = (standard.income_line.get(area), rule.top.get(area));
                    assert!(
                        low_income(area, top, "counted")
                            && low_income(area, top + Decimal::ONE, "above")
                            && low_income(area, line, "listed"),
                        "{} {area:?}: low-income workers need cases at the line, the top and one đồng above",
                        standard.id
                    );
                }
            }
            None => assert!(
                file.cases
                    .iter()
                    .any(|c| c.expect_low_income.as_deref() == Some("unknown")),
                "{}: no case saying low-income workers are unknown",
                standard.id
            ),
        }
        if standard.questionnaire.is_some() {
            let asks = |indicator: &str, deprived: bool| {
                file.cases
                    .iter()
                    .any(|c| c.indicator.as_deref() == Some(indicator) && c.expect_deprived == Some(deprived))
            };
            let left_open = |indicator: &str| {
                file.cases
                    .iter()
                    .any(|c| c.indicator.as_deref() == Some(indicator) && c.expect_missing.is_some())
            };
            for indicator in ["viec-lam", "nguoi-phu-thuoc", "giao-duc-nguoi-lon"] {
                assert!(
                    (asks(indicator, true) && asks(indicator, false)) || left_open(indicator),
                    "{}: {indicator} needs a deprived and a not-deprived case, or one left open",
                    standard.id
                );
            }
            // A threshold the data leaves unknown is shown so, never guessed.
            let rules = standard.questionnaire_rules().unwrap();
            for knob in Knob::ALL.into_iter().filter(|k| k.of(&rules).value.is_none()) {
                assert!(
                    file.cases
                        .iter()
                        .any(|c| c.expect_missing.as_ref().is_some_and(|m| m.contains(&knob))),
                    "{}: the unknown threshold {knob:?} needs a case left open by it",
                    standard.id
                );
            }
            for sex in ["male", "female"] {
                let retirement = |deprived: bool| {
                    file.cases.iter().any(|c| {
                        c.document.as_deref() == Some("blld-2019")
                            && c.expect_deprived == Some(deprived)
                            && c.members
                                .as_ref()
                                .is_some_and(|m| m.iter().any(|m| format!("{:?}", m.sex).to_lowercase().contains(sex)))
                    })
                };
                assert!(
                    retirement(true) && retirement(false),
                    "{}: the {sex} retirement age needs a case each side",
                    standard.id
                );
            }
        }
    }
}
