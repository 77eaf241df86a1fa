//! Người lao động có thu nhập thấp (Nghị định 30/2025/NĐ-CP, amending
//! Nghị định 07/2021/NĐ-CP): the review also tells a household that is
//! neither poor nor near-poor, with income per person up to the top of its
//! band, that its workers count as low-income workers, who get vocational
//! training support. Only a standard whose data carry the band answers yes
//! or no; for the others the answer is unknown, never guessed.

use rust_decimal::Decimal;

use crate::classify::{Category, Facts, classify};
use crate::standard::{Area, Standard};
use lang::Text;
use lang::{LegalBasis, Status};

/// Whether a household's workers count as low-income workers, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LowIncomeCheck {
    /// Above the income line, at or below the top of the band.
    Counted {
        area: Area,
        income: Decimal,
        top: Decimal,
        /// What it brings.
        support: Text,
        basis: LegalBasis,
    },
    /// Poor or near-poor: on those lists instead.
    Listed { category: Category, basis: LegalBasis },
    /// Above the top of the band.
    Above {
        area: Area,
        income: Decimal,
        top: Decimal,
        basis: LegalBasis,
    },
    /// The standard's data say nothing about low-income workers.
    Unknown,
}

impl LowIncomeCheck {
    pub fn counted(&self) -> bool {
        matches!(self, LowIncomeCheck::Counted { .. })
    }

    /// How sure we are of the rule applied; `None` where none is known.
    pub fn status(&self) -> Option<Status> {
        match self {
            LowIncomeCheck::Counted { basis, .. }
            | LowIncomeCheck::Listed { basis, .. }
            | LowIncomeCheck::Above { basis, .. } => Some(basis.status),
            LowIncomeCheck::Unknown => None,
        }
    }
}

pub fn low_income_workers(standard: &Standard, facts: &Facts) -> LowIncomeCheck {
    let Some(rule) = &standard.low_income_workers else {
        return LowIncomeCheck::Unknown;
    };
    let basis = rule.basis.clone();
    let category = classify(standard, facts).category;
    if matches!(category, Category::Poor | Category::NearPoor) {
        return LowIncomeCheck::Listed { category, basis };
    }
    let (area, income) = (facts.area, facts.income_per_person);
    let top = rule.top.get(area);
    if income <= top {
        LowIncomeCheck::Counted {
            area,
            income,
            top,
            support: rule.support.clone(),
            basis,
        }
    } else {
        LowIncomeCheck::Above {
            area,
            income,
            top,
            basis,
        }
    }
}
