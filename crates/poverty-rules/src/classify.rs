//! The classification rule of a standard applied to one household's facts,
//! step by step, each step citing the rule it applied.

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use crate::standard::{Area, Rule, Standard};
use lang::LegalBasis;

/// The lists a household can be on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Category {
    /// Hộ nghèo.
    Poor,
    /// Hộ cận nghèo.
    NearPoor,
    /// Hộ có mức sống trung bình.
    AverageLiving,
    /// None of the above.
    Other,
}

impl Category {
    /// Higher is worse off; lets tests say "never worse off".
    pub fn severity(self) -> u8 {
        match self {
            Category::Poor => 3,
            Category::NearPoor => 2,
            Category::AverageLiving => 1,
            Category::Other => 0,
        }
    }
}

/// What the rule needs to know.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Facts {
    pub area: Area,
    /// Đồng per person per month.
    pub income_per_person: Decimal,
    pub deprivations: u32,
}

/// One comparison the rule made.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Check {
    /// Income at or below the (poverty) income line?
    IncomeLine {
        area: Area,
        income: Decimal,
        line: Decimal,
        at_or_below: bool,
    },
    /// 2016–2020: income at or below the near-poverty line?
    NearPovertyLine {
        area: Area,
        income: Decimal,
        line: Decimal,
        at_or_below: bool,
    },
    /// Enough deprivations to be poor?
    Deprivations { count: u32, min: u32, enough: bool },
    /// 2016–2020: at or below the poverty line, deprivations do not matter.
    DeprivationsIrrelevant { count: u32 },
    /// Income within the average-living-standard band?
    AverageBand {
        area: Area,
        income: Decimal,
        upper: Decimal,
        at_or_below: bool,
    },
    /// The standard does not say (or we do not know) where that band ends.
    AverageBandUnknown,
    /// Review score A against its threshold (Thông tư 07/2021).
    ScoreA {
        area: Area,
        score: Decimal,
        threshold: Decimal,
        at_or_below: bool,
    },
    /// Review score B against the poor minimum.
    ScoreB { score: Decimal, min: Decimal, enough: bool },
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Step {
    pub check: Check,
    pub basis: LegalBasis,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Outcome {
    pub category: Category,
    pub steps: Vec<Step>,
}

pub fn classify(standard: &Standard, facts: &Facts) -> Outcome {
    let Facts {
        area,
        income_per_person: income,
        deprivations,
    } = *facts;
    let mut steps = Vec::new();
    let line = standard.income_line.get(area);
    let at_or_below = income <= line;
    steps.push(Step {
        check: Check::IncomeLine {
            area,
            income,
            line,
            at_or_below,
        },
        basis: standard.income_line.basis.clone(),
    });
    let min = standard.rule.min_deprivations();
    let deprivation_check = |basis: &LegalBasis| Step {
        check: Check::Deprivations {
            count: deprivations,
            min,
            enough: deprivations >= min,
        },
        basis: basis.clone(),
    };
    let poor_or_near = |enough: bool| {
        if enough { Category::Poor } else { Category::NearPoor }
    };

    let listed = match &standard.rule {
        Rule::SingleLine { basis, .. } => at_or_below.then(|| {
            steps.push(deprivation_check(basis));
            poor_or_near(deprivations >= min)
        }),
        Rule::TwoTier {
            near_poverty_line,
            basis,
            ..
        } => {
            if at_or_below {
                steps.push(Step {
                    check: Check::DeprivationsIrrelevant { count: deprivations },
                    basis: basis.clone(),
                });
                Some(Category::Poor)
            } else {
                let near_line = near_poverty_line.get(area);
                let within = income <= near_line;
                steps.push(Step {
                    check: Check::NearPovertyLine {
                        area,
                        income,
                        line: near_line,
                        at_or_below: within,
                    },
                    basis: basis.clone(),
                });
                within.then(|| {
                    steps.push(deprivation_check(basis));
                    poor_or_near(deprivations >= min)
                })
            }
        }
    };
    let category = listed.unwrap_or_else(|| match &standard.average_band {
        Some(band) => {
            let upper = band.get(area);
            let within = income <= upper;
            steps.push(Step {
                check: Check::AverageBand {
                    area,
                    income,
                    upper,
                    at_or_below: within,
                },
                basis: band.basis.clone(),
            });
            if within {
                Category::AverageLiving
            } else {
                Category::Other
            }
        }
        None => {
            steps.push(Step {
                check: Check::AverageBandUnknown,
                basis: standard.basis.clone(),
            });
            Category::Other
        }
    });
    Outcome { category, steps }
}

/// The income thresholds of a standard for an area, lowest first: where
/// the category can change as income moves.
pub(crate) fn income_thresholds(standard: &Standard, area: Area) -> Vec<Decimal> {
    let mut thresholds = vec![standard.income_line.get(area)];
    if let Rule::TwoTier { near_poverty_line, .. } = &standard.rule {
        thresholds.push(near_poverty_line.get(area));
    }
    if let Some(band) = &standard.average_band {
        thresholds.push(band.get(area));
    }
    thresholds.sort();
    thresholds.dedup();
    thresholds
}
