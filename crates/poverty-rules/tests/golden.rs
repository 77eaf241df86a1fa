//! Golden cases: `data/cases/<standard>.json`, each case naming the rule it
//! checks. Every national standard must have a file.

use poverty_rules::{
    Area, Catalogue, Category, Facts, Household, InputError, ReviewScoreInput, assess, classify, classify_by_scores,
};
use rust_decimal::Decimal;
use serde::Deserialize;
use std::path::PathBuf;

#[derive(Deserialize)]
struct CaseFile {
    standard: String,
    cases: Vec<Case>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Case {
    rule: String,
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
