//! A whole household under one standard: income per person, its
//! deprivations by dimension, the outcome, and what would change it.

use rust_decimal::Decimal;

use crate::changes::{Change, what_would_change};
use crate::classify::{Facts, Outcome, classify};
use crate::household::{Household, InputError};
use crate::low_income::{LowIncomeCheck, low_income_workers};
use crate::standard::Standard;
use lang::Status;

/// The indicators a household is deprived in, under one dimension.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DimensionDeprivations {
    pub dimension_id: String,
    pub indicator_ids: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Assessment {
    pub standard_id: String,
    pub income_per_person: Decimal,
    pub outcome: Outcome,
    pub deprivations: Vec<DimensionDeprivations>,
    /// Ticked indicators this standard does not have (when comparing).
    pub not_in_standard: Vec<String>,
    pub changes: Vec<Change>,
    /// Whether the household's workers count as low-income workers.
    pub low_income: LowIncomeCheck,
    /// The least certain status among the rules that decided the result.
    pub weakest_status: Status,
}

impl Assessment {
    pub fn deprivation_count(&self) -> u32 {
        self.deprivations.iter().map(|d| d.indicator_ids.len() as u32).sum()
    }
}

pub fn assess(standard: &Standard, household: &Household) -> Result<Assessment, InputError> {
    let income_per_person = household.income.per_person()?;
    let mut deprivations = Vec::new();
    for dimension in &standard.dimensions {
        let ids: Vec<String> = dimension
            .indicators
            .iter()
            .filter(|i| household.deprived.contains(&i.id))
            .map(|i| i.id.clone())
            .collect();
        if !ids.is_empty() {
            deprivations.push(DimensionDeprivations {
                dimension_id: dimension.id.clone(),
                indicator_ids: ids,
            });
        }
    }
    let mut not_in_standard: Vec<String> = Vec::new();
    for id in household.deprived.iter().filter(|id| standard.indicator(id).is_none()) {
        if !not_in_standard.contains(id) {
            not_in_standard.push(id.clone());
        }
    }
    let count = deprivations.iter().map(|d| d.indicator_ids.len() as u32).sum();
    let facts = Facts {
        area: household.area,
        income_per_person,
        deprivations: count,
    };
    let outcome = classify(standard, &facts);
    let rule_statuses = outcome.steps.iter().map(|s| s.basis.status);
    let indicator_statuses = deprivations
        .iter()
        .flat_map(|d| d.indicator_ids.iter())
        .filter_map(|id| standard.indicator(id))
        .map(|i| i.basis.status);
    let weakest_status = rule_statuses
        .chain(indicator_statuses)
        .min()
        .unwrap_or(Status::Verified);
    Ok(Assessment {
        standard_id: standard.id.clone(),
        income_per_person,
        changes: what_would_change(standard, &facts),
        low_income: low_income_workers(standard, &facts),
        outcome,
        deprivations,
        not_in_standard,
        weakest_status,
    })
}
