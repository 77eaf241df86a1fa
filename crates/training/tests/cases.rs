//! Every case checked against `poverty_rules` and every commune table against
//! `planning`, so that the workshop can never teach a wrong answer. The named
//! tests pin each boundary a case is there to teach to the standard's data:
//! if a line moves, the case fails rather than teach the old one.

use poverty_rules::Lang;
use std::collections::HashSet;

use planning::{Column, Place, describe};
use poverty_rules::{Catalogue, Category, Check, Income, Standard};
use rust_decimal::Decimal;
use training::{CommuneScenario, HouseholdCase, commune_scenarios, household_cases, issue_cell};
use vn_format::format_integer;

const Y2016: &str = "qd59-2015";
const Y2022: &str = "nd07-2021";

/// Case `n`, counted from 1 as the page's address counts them.
fn case(n: usize) -> HouseholdCase {
    household_cases().swap_remove(n - 1)
}

fn standard(id: &str) -> Standard {
    Catalogue::national().get(id).cloned().expect("a national standard")
}

fn per_person(case: &HouseholdCase) -> Decimal {
    case.household.income.per_person().expect("valid income")
}

/// The deprivations that count under a standard.
fn counted(case: &HouseholdCase, standard: &Standard) -> u32 {
    case.household
        .deprived
        .iter()
        .filter(|id| standard.indicator(id).is_some())
        .count() as u32
}

fn expected(case: &HouseholdCase, standard_id: &str) -> Category {
    case.questions
        .iter()
        .find(|q| q.standard_id == standard_id)
        .unwrap_or_else(|| panic!("the case asks nothing under {standard_id}"))
        .expect
}

#[test]
fn every_case_teaches_what_poverty_rules_decide() {
    let catalogue = Catalogue::national();
    for (i, case) in household_cases().iter().enumerate() {
        assert!(!case.questions.is_empty(), "case {} asks nothing", i + 1);
        for question in &case.questions {
            let assessment = case
                .assess(&catalogue, question)
                .unwrap_or_else(|| panic!("case {}: no standard {}", i + 1, question.standard_id))
                .unwrap_or_else(|e| panic!("case {}: {e}", i + 1));
            assert_eq!(
                assessment.outcome.category,
                question.expect,
                "case {} under {}",
                i + 1,
                question.standard_id
            );
            assert!(!assessment.outcome.steps.is_empty());
        }
    }
}

#[test]
fn at_least_ten_households_and_two_communes_one_with_planted_mistakes() {
    assert!(household_cases().len() >= 10);
    let scenarios = commune_scenarios();
    assert!(scenarios.len() >= 2);
    assert!(scenarios.iter().any(|s| !s.mistakes.is_empty()));
}

#[test]
fn every_category_of_2022_2025_is_taught() {
    let taught: HashSet<Category> = household_cases()
        .iter()
        .flat_map(|c| c.questions.iter())
        .filter(|q| q.standard_id == Y2022)
        .map(|q| q.expect)
        .collect();
    for category in [
        Category::Poor,
        Category::NearPoor,
        Category::AverageLiving,
        Category::Other,
    ] {
        assert!(taught.contains(&category), "{category:?} is never taught");
    }
}

#[test]
fn cases_where_2016_2020_and_2022_2025_disagree_ask_both() {
    let disagreeing = household_cases()
        .iter()
        .filter(|c| c.questions.iter().any(|q| q.standard_id == Y2016))
        .filter(|c| expected(c, Y2016) != expected(c, Y2022))
        .count();
    assert!(disagreeing >= 3, "{disagreeing} cases where the periods disagree");
}

#[test]
fn every_deprivation_is_an_indicator_of_a_standard_the_case_asks_about() {
    let catalogue = Catalogue::national();
    for (i, case) in household_cases().iter().enumerate() {
        for id in &case.household.deprived {
            let known = case
                .questions
                .iter()
                .filter_map(|q| catalogue.get(&q.standard_id))
                .any(|s| s.indicator(id).is_some());
            assert!(known, "case {}: {id} is in no standard it asks about", i + 1);
        }
    }
}

#[test]
fn every_story_states_the_income_the_facts_hold_in_both_languages() {
    for (i, case) in household_cases().iter().enumerate() {
        let amount = match case.household.income {
            Income::Household { amount, .. } | Income::PerPerson { amount } => amount,
        };
        let written = format_integer(amount);
        for (lang, story) in [("vi", &case.story.vi), ("en", &case.story.en)] {
            assert!(story.contains(&written), "case {} ({lang}) never says {written}", i + 1);
        }
        assert_ne!(case.story.vi, case.story.en, "case {} is not translated", i + 1);
        assert_ne!(case.title.vi, case.title.en);
        assert_ne!(case.lesson.vi, case.lesson.en);
    }
}

#[test]
fn exactly_the_rural_income_line_with_exactly_3_deprivations_is_poor() {
    let (case, s) = (case(5), standard(Y2022));
    assert_eq!(per_person(&case), s.income_line.rural);
    assert_eq!(counted(&case, &s), s.rule.min_deprivations());
    assert_eq!(expected(&case, Y2022), Category::Poor);
}

#[test]
fn exactly_the_rural_income_line_with_one_deprivation_too_few_is_near_poor() {
    let (case, s) = (case(6), standard(Y2022));
    assert_eq!(per_person(&case), s.income_line.rural);
    assert_eq!(counted(&case, &s) + 1, s.rule.min_deprivations());
    assert_eq!(expected(&case, Y2022), Category::NearPoor);
}

#[test]
fn one_dong_above_the_rural_line_is_not_poor_whatever_the_deprivations() {
    let (case, s) = (case(7), standard(Y2022));
    assert_eq!(per_person(&case), s.income_line.rural + Decimal::ONE);
    assert!(counted(&case, &s) > s.rule.min_deprivations());
    assert_eq!(expected(&case, Y2022), Category::AverageLiving);
}

#[test]
fn exactly_the_top_of_the_rural_average_band_is_average_living() {
    let (case, s) = (case(8), standard(Y2022));
    let band = s.average_band.as_ref().expect("2022–2025 has an average band");
    assert_eq!(per_person(&case), band.rural);
    assert_eq!(expected(&case, Y2022), Category::AverageLiving);
}

#[test]
fn exactly_the_urban_line_with_3_deprivations_is_poor_where_rural_would_not_be() {
    let (case, s) = (case(9), standard(Y2022));
    assert_eq!(case.household.area, poverty_rules::Area::Urban);
    assert_eq!(per_person(&case), s.income_line.urban);
    assert!(per_person(&case) > s.income_line.rural);
    assert_eq!(counted(&case, &s), s.rule.min_deprivations());
    assert_eq!(expected(&case, Y2022), Category::Poor);
}

#[test]
fn above_the_lines_of_both_bands_is_none_of_the_lists() {
    let (case, s) = (case(4), standard(Y2022));
    let band = s.average_band.as_ref().expect("2022–2025 has an average band");
    assert!(per_person(&case) > band.urban);
    assert!(
        counted(&case, &s) > 0,
        "a deprivation does not make the household listed"
    );
    assert_eq!(expected(&case, Y2022), Category::Other);
}

#[test]
fn below_the_2016_poverty_line_is_poor_whatever_the_deprivations_but_only_near_poor_from_2022() {
    let case = case(10);
    let (old, new) = (standard(Y2016), standard(Y2022));
    assert!(per_person(&case) <= old.income_line.rural);
    assert!(counted(&case, &old) < old.rule.min_deprivations());
    assert!(counted(&case, &new) < new.rule.min_deprivations());
    let outcome = poverty_rules::classify(
        &old,
        &poverty_rules::Facts {
            area: case.household.area,
            income_per_person: per_person(&case),
            deprivations: counted(&case, &old),
        },
    );
    assert!(
        outcome
            .steps
            .iter()
            .any(|s| matches!(s.check, Check::DeprivationsIrrelevant { .. }))
    );
    assert_eq!(expected(&case, Y2016), Category::Poor);
    assert_eq!(expected(&case, Y2022), Category::NearPoor);
}

#[test]
fn indicators_dropped_in_2022_turn_2016_poor_into_near_poor() {
    let case = case(11);
    let (old, new) = (standard(Y2016), standard(Y2022));
    let dropped = case
        .household
        .deprived
        .iter()
        .filter(|id| old.indicator(id).is_some() && new.indicator(id).is_none())
        .count();
    assert!(dropped > 0);
    assert_eq!(counted(&case, &old), old.rule.min_deprivations());
    assert!(counted(&case, &new) < new.rule.min_deprivations());
    assert_eq!(expected(&case, Y2016), Category::Poor);
    assert_eq!(expected(&case, Y2022), Category::NearPoor);
}

#[test]
fn indicators_new_in_2022_turn_2016_average_living_into_poor() {
    let case = case(12);
    let (old, new) = (standard(Y2016), standard(Y2022));
    assert_eq!(counted(&case, &old), 0);
    assert_eq!(counted(&case, &new), new.rule.min_deprivations());
    match &old.rule {
        poverty_rules::Rule::TwoTier { near_poverty_line, .. } => {
            assert!(per_person(&case) > near_poverty_line.rural)
        }
        rule => panic!("2016–2020 is two-tier, not {rule:?}"),
    }
    assert_eq!(expected(&case, Y2016), Category::AverageLiving);
    assert_eq!(expected(&case, Y2022), Category::Poor);
}

/// The cells `planning`'s checks point at (`Place` and `Column` are not
/// `Hash`, so a list compared both ways).
fn found_cells(scenario: &CommuneScenario) -> Vec<(Place, Column)> {
    let issues = scenario.issues();
    let cells: Vec<_> = issues.iter().filter_map(issue_cell).collect();
    assert_eq!(cells.len(), issues.len(), "every issue points at one cell: {issues:?}");
    cells
}

#[test]
fn planning_checks_find_exactly_the_planted_mistakes() {
    for scenario in commune_scenarios() {
        let planted: Vec<(Place, Column)> = scenario.mistakes.iter().map(|m| (m.place, m.column)).collect();
        let found = found_cells(&scenario);
        assert_eq!(found.len(), planted.len(), "{}: {found:?}", scenario.title.vi);
        for cell in &planted {
            assert!(found.contains(cell), "{}: {cell:?} not found", scenario.title.vi);
        }
    }
}

#[test]
fn the_clean_table_passes_every_check() {
    let clean = commune_scenarios()
        .into_iter()
        .find(|s| s.mistakes.is_empty())
        .expect("a table with no mistake");
    assert_eq!(clean.issues(), vec![]);
    assert!(clean.is_right(&[]));
    assert!(!clean.is_right(&[Place::Total]));
}

#[test]
fn ticking_exactly_the_wrong_rows_is_right() {
    let planted = commune_scenarios()
        .into_iter()
        .find(|s| !s.mistakes.is_empty())
        .expect("a table with mistakes");
    let wrong = planted.wrong_places();
    assert_eq!(wrong, vec![Place::Row(0), Place::Row(1), Place::Row(2), Place::Total]);
    assert!(planted.is_right(&wrong));
    assert!(!planted.is_right(&wrong[1..]), "one missed");
    let mut extra = wrong.clone();
    extra.push(Place::Row(3));
    assert!(!planted.is_right(&extra), "one too many");
    for issue in planted.issues() {
        let (vi, en) = (
            describe(&issue, &planted.names(), Lang::Vi),
            describe(&issue, &planted.names(), Lang::En),
        );
        assert!(!vi.is_empty() && vi != en);
    }
}
