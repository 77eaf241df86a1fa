//! What would change a household's result: the nearest income threshold
//! each way, and how many deprivations more or fewer.

use rust_decimal::Decimal;

use crate::classify::{Category, Facts, classify, income_thresholds};
use crate::standard::Standard;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Change {
    /// "N deprivations fewer makes this household …".
    FewerDeprivations {
        by: u32,
        becomes: Category,
    },
    MoreDeprivations {
        by: u32,
        becomes: Category,
    },
    /// "Income above X đồng makes it …".
    IncomeAbove {
        amount: Decimal,
        becomes: Category,
    },
    /// "Income of X đồng or less makes it …".
    IncomeAtMost {
        amount: Decimal,
        becomes: Category,
    },
}

/// The smallest change of each kind that gives another category.
pub fn what_would_change(standard: &Standard, facts: &Facts) -> Vec<Change> {
    let now = classify(standard, facts).category;
    let category_with = |f: Facts| classify(standard, &f).category;
    let mut changes = Vec::new();

    if let Some((by, becomes)) = (1..=facts.deprivations)
        .map(|by| {
            (
                by,
                category_with(Facts {
                    deprivations: facts.deprivations - by,
                    ..*facts
                }),
            )
        })
        .find(|(_, c)| *c != now)
    {
        changes.push(Change::FewerDeprivations { by, becomes });
    }
    let room = standard.indicator_count().saturating_sub(facts.deprivations);
    if let Some((by, becomes)) = (1..=room)
        .map(|by| {
            (
                by,
                category_with(Facts {
                    deprivations: facts.deprivations + by,
                    ..*facts
                }),
            )
        })
        .find(|(_, c)| *c != now)
    {
        changes.push(Change::MoreDeprivations { by, becomes });
    }

    let thresholds = income_thresholds(standard, facts.area);
    // One đồng above a threshold is the first income past it.
    let above = |t: Decimal| t + Decimal::ONE;
    if let Some(amount) = thresholds
        .iter()
        .copied()
        .filter(|t| *t >= facts.income_per_person)
        .find(|t| {
            category_with(Facts {
                income_per_person: above(*t),
                ..*facts
            }) != now
        })
    {
        let becomes = category_with(Facts {
            income_per_person: above(amount),
            ..*facts
        });
        changes.push(Change::IncomeAbove { amount, becomes });
    }
    if let Some(amount) = thresholds
        .iter()
        .rev()
        .copied()
        .filter(|t| *t < facts.income_per_person)
        .find(|t| {
            category_with(Facts {
                income_per_person: *t,
                ..*facts
            }) != now
        })
    {
        let becomes = category_with(Facts {
            income_per_person: amount,
            ..*facts
        });
        changes.push(Change::IncomeAtMost { amount, becomes });
    }
    changes
}
