//! The review path (Thông tư 07/2021/TT-BLĐTBXH): score A (often called B1)
//! stands in for income, score B (B2) is 10 points per deprivation. The user
//! types both; the per-item tables of score A are not encoded.

use rust_decimal::Decimal;

use crate::classify::{Category, Check, Outcome, Step};
use crate::household::InputError;
use crate::standard::{Area, Standard};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ReviewScoreInput {
    pub area: Area,
    pub score_a: Decimal,
    pub score_b: Decimal,
}

/// Poor: A at or below the threshold and B at least the points of the
/// minimum deprivations; near-poor: A at or below, B below. Above the
/// threshold the scores do not tell whether the household is of average
/// living standard, so the result is `Category::Other`.
pub fn classify_by_scores(standard: &Standard, input: &ReviewScoreInput) -> Result<Outcome, InputError> {
    let form = standard.review_scores.as_ref().ok_or(InputError::NoScoreForm)?;
    if input.score_a.is_sign_negative() && !input.score_a.is_zero()
        || input.score_b.is_sign_negative() && !input.score_b.is_zero()
    {
        return Err(InputError::NegativeScore);
    }
    let step = form.points_per_deprivation;
    let max_b = step * Decimal::from(standard.indicator_count());
    if input.score_b > max_b {
        return Err(InputError::ScoreBTooLarge { max: max_b });
    }
    if !(input.score_b % step).is_zero() {
        return Err(InputError::ScoreBNotMultiple { step });
    }
    let threshold = form.threshold(input.area);
    let at_or_below = input.score_a <= threshold;
    let mut steps = vec![Step {
        check: Check::ScoreA {
            area: input.area,
            score: input.score_a,
            threshold,
            at_or_below,
        },
        basis: form.basis.clone(),
    }];
    let category = if at_or_below {
        let min = step * Decimal::from(standard.rule.min_deprivations());
        let enough = input.score_b >= min;
        steps.push(Step {
            check: Check::ScoreB {
                score: input.score_b,
                min,
                enough,
            },
            basis: form.basis.clone(),
        });
        if enough { Category::Poor } else { Category::NearPoor }
    } else {
        Category::Other
    };
    Ok(Outcome { category, steps })
}
