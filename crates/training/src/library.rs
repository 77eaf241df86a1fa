//! The cases and scenarios, generated at build time from `data/*.json`
//! (see `build.rs`).

use planning::{Column, Counts, Place, TypedRow};
use poverty_rules::{Area, Category, Household, Income, Text};
use rust_decimal::Decimal;

use crate::commune::{CommuneScenario, NamedRow, PlantedMistake};
use crate::household_case::{HouseholdCase, Question};

include!(concat!(env!("OUT_DIR"), "/library.rs"));

// Small constructors the generated code calls, to keep it short.
fn t(vi: &str, en: &str) -> Text {
    Text::new(vi, en)
}

fn dec(mantissa: i64, scale: u32) -> Decimal {
    Decimal::new(mantissa, scale)
}

fn ids(ids: &[&str]) -> Vec<String> {
    ids.iter().map(|id| (*id).to_owned()).collect()
}

fn q(standard_id: &str, expect: Category) -> Question {
    Question {
        standard_id: standard_id.to_owned(),
        expect,
    }
}

#[allow(clippy::too_many_arguments)]
fn row(
    name: &str,
    households: u64,
    poor: u64,
    near_poor: u64,
    poor_rate: Decimal,
    near_poor_rate: Decimal,
    reduction: u64,
    reduction_points: Decimal,
) -> NamedRow {
    NamedRow {
        name: name.to_owned(),
        row: TypedRow {
            counts: Counts {
                households,
                poor,
                near_poor,
                ..Counts::default()
            },
            poor_rate: Some(poor_rate),
            near_poor_rate: Some(near_poor_rate),
            reduction: Some(reduction),
            reduction_points: Some(reduction_points),
            ..TypedRow::default()
        },
    }
}

/// Every household case, in the order of the data file (case 1 first).
pub fn household_cases() -> Vec<HouseholdCase> {
    generated_household_cases()
}

/// Every commune scenario, in the order of the data file.
pub fn commune_scenarios() -> Vec<CommuneScenario> {
    generated_commune_scenarios()
}
