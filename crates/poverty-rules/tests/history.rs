//! A rule's history across the standards, and the rules not yet verified.

use poverty_rules::{Catalogue, RuleHistory, RuleValue, Status, rule_histories, unverified_rules};
use rust_decimal::Decimal;

fn histories() -> Vec<RuleHistory> {
    rule_histories(Catalogue::national().all())
}

fn history(id: &str) -> RuleHistory {
    histories()
        .into_iter()
        .find(|h| h.id == id)
        .unwrap_or_else(|| panic!("no history for {id}"))
}

fn amounts(h: &RuleHistory) -> Vec<Option<Decimal>> {
    h.entries
        .iter()
        .map(|e| match &e.value {
            RuleValue::Money { amount, .. } => Some(*amount),
            _ => None,
        })
        .collect()
}

fn present(h: &RuleHistory) -> Vec<bool> {
    h.entries
        .iter()
        .map(|e| matches!(e.value, RuleValue::Indicator { .. }))
        .collect()
}

fn d(n: i64) -> Option<Decimal> {
    Some(Decimal::from(n))
}

#[test]
fn the_rural_income_line_across_the_standards_with_citations() {
    let h = history("income_line.rural");
    assert_eq!(amounts(&h), [d(700_000), d(1_500_000), d(1_500_000), d(2_200_000)]);
    let documents: Vec<&str> = h
        .entries
        .iter()
        .flat_map(|e| e.value.bases())
        .map(|b| b.document_id.as_deref().unwrap())
        .collect();
    assert_eq!(documents, ["qd59-2015", "nd07-2021", "nd07-2021", "nd351-2025"]);
    assert_eq!(
        h.summary().vi,
        "Chuẩn nghèo về thu nhập, nông thôn: 700.000 đồng (2016–2020) → 1.500.000 đồng (2022–2025) → 1.500.000 đồng (2026) → 2.200.000 đồng (2027–2030)"
    );
}

#[test]
fn every_history_has_one_entry_per_standard_in_order() {
    let c = Catalogue::national();
    let ids: Vec<&str> = c.all().iter().map(|s| s.id.as_str()).collect();
    for h in histories() {
        let got: Vec<&str> = h.entries.iter().map(|e| e.standard_id.as_str()).collect();
        assert_eq!(got, ids, "{}", h.id);
    }
}

#[test]
fn means_of_information_goes_in_2027_and_waste_handling_comes_in() {
    assert_eq!(
        present(&history("indicator.tiep-can-thong-tin")),
        [false, true, true, false]
    );
    assert_eq!(present(&history("indicator.rac-thai")), [false, false, false, true]);
    assert_eq!(
        present(&history("indicator.tai-san-thong-tin")),
        [true, false, false, false]
    );
    let s = history("indicator.rac-thai").summary();
    assert!(
        s.en.ends_with("absent (2022–2025) → absent (2026) → present (2027–2030)"),
        "{}",
        s.en
    );
}

#[test]
fn bands_lines_and_questionnaire_say_absent_or_unknown_not_zero() {
    let near = history("near_poverty_line.rural");
    assert_eq!(amounts(&near), [d(1_000_000), None, None, None]);
    assert!(matches!(near.entries[1].value, RuleValue::Absent));
    let band = history("average_band.rural");
    assert_eq!(amounts(&band), [d(1_500_000), d(2_250_000), d(2_250_000), None]);
    assert!(matches!(band.entries[3].value, RuleValue::Unknown));
    let low = history("low_income_workers.urban");
    assert_eq!(amounts(&low), [None, d(3_000_000), d(3_000_000), None]);
    assert!(matches!(low.entries[0].value, RuleValue::Unknown));
    let floor = history("questionnaire.min_floor_area_per_person_m2");
    assert!(matches!(floor.entries[0].value, RuleValue::Unknown));
    assert!(matches!(&floor.entries[1].value, RuleValue::Number { value, .. } if *value == Decimal::from(8)));
}

#[test]
fn every_basis_that_is_not_verified_is_listed() {
    let c = Catalogue::national();
    let listed = unverified_rules(c.all());
    assert!(listed.iter().all(|r| r.basis.status != Status::Verified));
    for s in c.all() {
        for basis in s.all_bases().into_iter().filter(|b| b.status != Status::Verified) {
            assert!(
                listed.iter().any(|r| r.standard_id == s.id && r.basis == basis),
                "{}: {} not listed",
                s.id,
                basis.citation()
            );
        }
    }
    let has = |standard: &str, rule: &str| listed.iter().any(|r| r.standard_id == standard && r.rule_id == rule);
    assert!(has("nd07-2021", "questionnaire.working_age_from"));
    assert!(has("nd07-2021", "score_a.rural"), "the scores are secondary now");
    assert!(has("nd07-2021", "low_income_workers.rural"));
    assert!(!has("nd07-2021", "income_line.rural"));
    // 2016–2020: the thresholds are listed, the names (Điều 1) are not.
    let qd59: Vec<_> = listed
        .iter()
        .filter(|r| r.standard_id == "qd59-2015" && r.rule_id == "indicator.tiep-can-y-te")
        .collect();
    assert_eq!(qd59.len(), 1);
    assert_eq!(qd59[0].basis.document_id.as_deref(), Some("huong-dan-qd59-2015"));
}
