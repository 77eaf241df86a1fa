//! Properties that must hold for every standard, whatever the household.

use lang::Lang;
use poverty_rules::{
    Area, Catalogue, Category, Change, Facts, Household, Income, ReviewScoreInput, Standard, assess, classify,
    classify_by_scores, what_would_change,
};
use proptest::prelude::*;
use rust_decimal::Decimal;
use std::sync::OnceLock;

/// Parsed once: the cases run thousands of times.
fn standards() -> &'static [Standard] {
    static STANDARDS: OnceLock<Vec<Standard>> = OnceLock::new();
    STANDARDS.get_or_init(|| Catalogue::national().all().to_vec())
}

fn area() -> impl Strategy<Value = Area> {
    prop_oneof![Just(Area::Rural), Just(Area::Urban)]
}

/// Incomes around every threshold and well past them, to the đồng.
fn income() -> impl Strategy<Value = Decimal> {
    (0i64..4_000_000).prop_map(Decimal::from)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(3000))]

    #[test]
    fn more_income_never_makes_a_household_worse_off(
        s in 0usize..4, area in area(), a in income(), b in income(), d in 0u32..14,
    ) {
        let standard = &standards()[s];
        let (low, high) = if a <= b { (a, b) } else { (b, a) };
        let at = |income| classify(standard, &Facts { area, income_per_person: income, deprivations: d }).category.severity();
        prop_assert!(at(high) <= at(low), "{}: {high} worse off than {low}", standard.id);
    }

    #[test]
    fn one_more_deprivation_never_makes_it_better_off(
        s in 0usize..4, area in area(), y in income(), d in 0u32..13,
    ) {
        let standard = &standards()[s];
        let with = |d| classify(standard, &Facts { area, income_per_person: y, deprivations: d }).category.severity();
        prop_assert!(with(d + 1) >= with(d));
    }

    #[test]
    fn score_path_agrees_with_income_path_when_the_scores_match(
        s in 1usize..3, area in area(), y in income(), d in 0u32..=12, margin in 0i64..60,
    ) {
        let standard = &standards()[s];
        let form = standard.review_scores.as_ref().unwrap();
        let threshold = form.threshold(area);
        let below_line = y <= standard.income_line.get(area);
        // A score on the same side of its threshold as the income of its line.
        let score_a = if below_line { threshold - Decimal::from(margin.min(100)) } else { threshold + Decimal::from(margin + 1) };
        let score_b = form.points_per_deprivation * Decimal::from(d);
        let by_scores = classify_by_scores(standard, &ReviewScoreInput { area, score_a, score_b }).unwrap().category;
        let by_income = classify(standard, &Facts { area, income_per_person: y, deprivations: d }).category;
        let expected = match by_income {
            Category::Poor | Category::NearPoor => by_income,
            Category::AverageLiving | Category::Other => Category::Other,
        };
        prop_assert_eq!(by_scores, expected);
    }

    #[test]
    fn every_suggested_change_does_what_it_says_and_is_the_smallest(
        s in 0usize..4, area in area(), y in income(), d in 0u32..=10,
    ) {
        let standard = &standards()[s];
        let facts = Facts { area, income_per_person: y, deprivations: d };
        let now = classify(standard, &facts).category;
        let at = |f: Facts| classify(standard, &f).category;
        for change in what_would_change(standard, &facts) {
            match change {
                Change::FewerDeprivations { by, becomes } => {
                    prop_assert_eq!(at(Facts { deprivations: d - by, ..facts }), becomes);
                    prop_assert_eq!(at(Facts { deprivations: d - by + 1, ..facts }), now);
                }
                Change::MoreDeprivations { by, becomes } => {
                    prop_assert_eq!(at(Facts { deprivations: d + by, ..facts }), becomes);
                    prop_assert_eq!(at(Facts { deprivations: d + by - 1, ..facts }), now);
                }
                Change::IncomeAbove { amount, becomes } => {
                    prop_assert!(amount >= y);
                    prop_assert_eq!(at(Facts { income_per_person: amount + Decimal::ONE, ..facts }), becomes);
                    prop_assert_eq!(at(Facts { income_per_person: amount, ..facts }), now);
                }
                Change::IncomeAtMost { amount, becomes } => {
                    prop_assert!(amount < y);
                    prop_assert_eq!(at(Facts { income_per_person: amount, ..facts }), becomes);
                }
            }
            prop_assert_ne!(now, match change {
                Change::FewerDeprivations { becomes, .. } | Change::MoreDeprivations { becomes, .. }
                | Change::IncomeAbove { becomes, .. } | Change::IncomeAtMost { becomes, .. } => becomes,
            });
        }
    }

    #[test]
    fn any_household_input_gives_a_result_or_a_message(
        s in 0usize..4, area in area(), amount in any::<i64>(), members in 0u32..120,
        ids in proptest::collection::vec("[a-z-]{1,20}|viec-lam|nguon-nuoc|nha-tieu|bao-hiem-y-te", 0..20),
    ) {
        let standard = &standards()[s];
        let household = Household { area, income: Income::Household { amount: Decimal::from(amount), members }, deprived: ids };
        match assess(standard, &household) {
            Ok(a) => prop_assert!(a.deprivation_count() <= standard.indicator_count()),
            Err(e) => prop_assert!(!e.message(Lang::Vi).is_empty()),
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn any_link_gives_a_form_without_panicking(query in "\\PC{0,300}") {
        let _ = poverty_rules::from_query(&query);
    }

    #[test]
    fn a_shared_case_reads_back_the_same(
        urban in any::<bool>(), method in 0u8..3, amount in "[0-9. ]{0,12}", members in "[0-9]{0,2}",
        ids in proptest::collection::vec("[a-z][a-z0-9-]{0,15}", 0..12),
    ) {
        let mut deprived: Vec<String> = Vec::new();
        for id in ids { if !deprived.contains(&id) { deprived.push(id); } }
        let form = poverty_rules::CaseForm {
            standard: Some("nd07-2021".into()),
            local: None,
            area: if urban { Area::Urban } else { Area::Rural },
            method: [poverty_rules::IncomeMethod::PerPerson, poverty_rules::IncomeMethod::Household, poverty_rules::IncomeMethod::Scores][method as usize],
            income_per_person: if method == 0 { amount.trim().to_owned() } else { String::new() },
            household_income: if method == 1 { amount.trim().to_owned() } else { String::new() },
            members: if method == 1 { members.clone() } else { String::new() },
            score_a: if method == 2 { amount.trim().to_owned() } else { String::new() },
            score_b: if method == 2 { members.clone() } else { String::new() },
            deprived,
        };
        let (back, problems) = poverty_rules::from_query(&poverty_rules::to_query(&form));
        prop_assert!(problems.is_empty(), "{problems:?}");
        prop_assert_eq!(back, form);
    }
}
