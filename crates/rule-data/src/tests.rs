use std::path::Path;

use super::*;

/// A standard of its own rules, as small as the format allows, with
/// `patch` applied to its JSON.
fn standard(patch: impl FnOnce(&mut serde_json::Value)) -> Result<StandardFile, String> {
    let basis = serde_json::json!({ "document": "nd07-2021", "article": "Điều 3", "status": "verified" });
    let mut v = serde_json::json!({
        "id": "x",
        "name": { "vi": "X", "en": "X" },
        "period": "2022–2025",
        "valid_from": "2022-01-01",
        "valid_to": "2025-12-31",
        "basis": basis,
        "income_line": { "rural": "1500000", "urban": "2000000", "basis": basis },
        "rule": { "kind": "single_line", "min_deprivations": 3, "basis": basis },
        "dimensions": [{
            "id": "viec-lam",
            "name": { "vi": "Việc làm", "en": "Employment" },
            "indicators": [{
                "id": "viec-lam",
                "name": { "vi": "Việc làm", "en": "Employment" },
                "name_basis": basis,
                "threshold": { "vi": "…", "en": "…" },
                "basis": basis
            }]
        }]
    });
    patch(&mut v);
    parse(&v.to_string(), "standards/x.json")
}

fn fault(patch: impl FnOnce(&mut serde_json::Value)) -> String {
    match standard(patch) {
        Ok(_) => panic!("the file was read"),
        Err(e) => e,
    }
}

#[test]
fn a_well_formed_standard_is_read() {
    let s = standard(|_| {}).unwrap();
    assert_eq!(
        s.valid_from,
        Date {
            year: 2022,
            month: 1,
            day: 1
        }
    );
    assert_eq!(s.income_line.unwrap().rural.0, "1500000");
    assert!(matches!(
        s.rule,
        Some(Rule::SingleLine {
            min_deprivations: 3,
            ..
        })
    ));
    assert!(s.continues.is_none() && s.questionnaire.is_none());
}

#[test]
fn a_fault_names_the_file_and_the_field() {
    let e = fault(|v| v["dimensions"][0]["indicators"][0]["basis"]["status"] = "sure".into());
    assert!(
        e.starts_with("standards/x.json: dimensions[0].indicators[0].basis.status: unknown variant `sure`"),
        "{e}"
    );
    let e = fault(|v| {
        v.as_object_mut().unwrap().remove("period");
    });
    assert!(e.starts_with("standards/x.json: (top): missing field `period`"), "{e}");
    let e = fault(|v| v["sources"] = "…".into());
    assert!(
        e.starts_with("standards/x.json: sources: unknown field `sources`"),
        "{e}"
    );
}

#[test]
fn a_date_is_yyyy_mm_dd_with_a_real_month_and_day() {
    for bad in ["2027-13-01", "2027-01-32", "01/01/2027", "2027-1", ""] {
        let e = fault(|v| v["valid_to"] = bad.into());
        assert!(
            e.contains(&format!("valid_to: {bad:?} is not a yyyy-mm-dd date")),
            "{e}"
        );
    }
    let s = standard(|v| v["valid_to"] = "2030-12-31".into()).unwrap();
    assert_eq!(
        s.valid_to,
        Date {
            year: 2030,
            month: 12,
            day: 31
        }
    );
}

#[test]
fn an_amount_is_digits_only() {
    for bad in ["2.200.000", "2200000đ", "", "-1"] {
        let e = fault(|v| v["income_line"]["urban"] = bad.into());
        assert!(
            e.contains(&format!("income_line.urban: {bad:?} must be a string of digits")),
            "{e}"
        );
    }
    let e = fault(|v| v["income_line"]["urban"] = 2_200_000.into());
    assert!(e.contains("income_line.urban: invalid type: integer"), "{e}");
}

#[test]
fn a_rule_is_one_of_two_kinds() {
    let e = fault(|v| v["rule"]["kind"] = "three_tier".into());
    assert!(e.contains("rule.kind: unknown variant `three_tier`"), "{e}");
    let s = standard(|v| {
        v["rule"]["kind"] = "two_tier".into();
        v["rule"]["near_poverty_line"] = serde_json::json!({ "rural": "1", "urban": "2" });
    })
    .unwrap();
    assert!(matches!(s.rule, Some(Rule::TwoTier { .. })));
}

#[test]
fn a_threshold_is_whole_digits_or_unknown() {
    let read = |value: serde_json::Value| -> Result<Threshold<Option<Known>>, String> {
        let basis = serde_json::json!({ "document": "d", "status": "unverified" });
        parse(&serde_json::json!({ "value": value, "basis": basis }).to_string(), "t")
    };
    assert!(matches!(read(16.into()).unwrap().value, Some(Known::Whole(16))));
    assert!(matches!(read("8".into()).unwrap().value, Some(Known::Digits(d)) if d == "8"));
    assert!(read(serde_json::Value::Null).unwrap().value.is_none());
    for bad in [serde_json::json!(-1), serde_json::json!(8.5), serde_json::json!("8,5")] {
        let e = read(bad.clone()).err().unwrap_or_else(|| panic!("{bad} was read"));
        assert!(e.starts_with("t: value: "), "{e}");
    }
}

#[test]
fn every_data_file_of_poverty_rules_is_read() {
    let data = Path::new(env!("CARGO_MANIFEST_DIR")).join("../poverty-rules/data");
    let documents: DocumentsFile = read(&data.join("legal-documents.json"), "legal-documents.json").unwrap();
    assert!(documents.documents.iter().any(|d| d.id == "nd07-2021"));
    let mut standards = 0;
    for entry in std::fs::read_dir(data.join("standards")).unwrap() {
        let path = entry.unwrap().path();
        let s: StandardFile = read(&path, &path.display().to_string()).unwrap();
        assert!(s.continues.is_some() != s.dimensions.is_some(), "{}", s.id);
        standards += 1;
    }
    assert!(standards >= 4);
}
