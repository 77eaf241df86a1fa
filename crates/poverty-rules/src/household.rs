//! What a user tells us about a household, checked before any rule runs.

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use vn_format::format_integer;

use crate::standard::Area;
use lang::{Lang, msg};

/// Above this, an income per person per month is a typing mistake, not a
/// household that needs classifying (a billion đồng).
pub const MAX_INCOME_PER_PERSON: Decimal = Decimal::from_parts(1_000_000_000, 0, 0, false, 0);
/// More members than any real household.
pub const MAX_MEMBERS: u32 = 99;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Income {
    /// Đồng per person per month.
    PerPerson { amount: Decimal },
    /// The household's income per month, shared among its members.
    Household { amount: Decimal, members: u32 },
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Household {
    pub area: Area,
    pub income: Income,
    /// Ids of the indicators the household is deprived in.
    pub deprived: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum InputError {
    NegativeIncome,
    IncomeTooLarge,
    NoMembers,
    TooManyMembers,
    /// The standard has no review-score form (only 2022–2026 do).
    NoScoreForm,
    NegativeScore,
    ScoreBTooLarge {
        max: Decimal,
    },
    /// Score B comes in steps of 10 points per deprivation.
    ScoreBNotMultiple {
        step: Decimal,
    },
}

impl InputError {
    pub fn message(&self, lang: Lang) -> String {
        match self {
            InputError::NegativeIncome => msg!(lang, "Thu nhập không thể là số âm.", "Income cannot be negative."),
            InputError::IncomeTooLarge => msg!(
                lang,
                "Thu nhập bình quân đầu người trên {} đồng/tháng: có lẽ đã gõ thừa chữ số. Hãy kiểm tra lại.",
                "An income above {} đồng per person per month is probably a typing mistake. Please check it.",
                format_integer(MAX_INCOME_PER_PERSON)
            ),
            InputError::NoMembers => msg!(
                lang,
                "Hộ phải có ít nhất 1 thành viên.",
                "A household has at least 1 member."
            ),
            InputError::TooManyMembers => msg!(
                lang,
                "Số thành viên tối đa là {MAX_MEMBERS}. Hãy kiểm tra lại.",
                "At most {MAX_MEMBERS} members. Please check it."
            ),
            InputError::NoScoreForm => msg!(
                lang,
                "Chuẩn nghèo này không có phiếu chấm điểm rà soát; hãy nhập thu nhập.",
                "This standard has no review scoring form; enter the income instead."
            ),
            InputError::NegativeScore => msg!(lang, "Điểm không thể là số âm.", "A score cannot be negative."),
            InputError::ScoreBTooLarge { max } => msg!(
                lang,
                "Điểm B tối đa là {}.",
                "Score B is at most {}.",
                format_integer(*max)
            ),
            InputError::ScoreBNotMultiple { step } => msg!(
                lang,
                "Điểm B là {} điểm cho mỗi chỉ số thiếu hụt, nên phải là bội số của {}.",
                "Score B gives {} points per deprivation, so it must be a multiple of {}.",
                format_integer(*step),
                format_integer(*step)
            ),
        }
    }
}

impl std::fmt::Display for InputError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message(Lang::Vi))
    }
}

impl std::error::Error for InputError {}

impl Income {
    /// Đồng per person per month, or why it cannot be worked out.
    pub fn per_person(&self) -> Result<Decimal, InputError> {
        let (amount, members) = match *self {
            Income::PerPerson { amount } => (amount, 1),
            Income::Household { amount, members } => (amount, members),
        };
        if amount.is_sign_negative() && !amount.is_zero() {
            return Err(InputError::NegativeIncome);
        }
        if members == 0 {
            return Err(InputError::NoMembers);
        }
        if members > MAX_MEMBERS {
            return Err(InputError::TooManyMembers);
        }
        let per_person = amount / Decimal::from(members);
        if per_person > MAX_INCOME_PER_PERSON {
            return Err(InputError::IncomeTooLarge);
        }
        Ok(per_person)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(n: i64) -> Decimal {
        Decimal::from(n)
    }

    #[test]
    fn household_income_is_shared_among_members() {
        let income = Income::Household {
            amount: d(4_500_000),
            members: 3,
        };
        assert_eq!(income.per_person(), Ok(d(1_500_000)));
        // Not rounded: one đồng over the line stays over it.
        let income = Income::Household {
            amount: d(4_500_001),
            members: 3,
        };
        assert!(income.per_person().unwrap() > d(1_500_000));
    }

    #[test]
    fn refuses_impossible_input() {
        assert_eq!(
            Income::PerPerson { amount: d(-1) }.per_person(),
            Err(InputError::NegativeIncome)
        );
        assert_eq!(
            Income::Household {
                amount: d(100),
                members: 0
            }
            .per_person(),
            Err(InputError::NoMembers)
        );
        assert_eq!(
            Income::Household {
                amount: d(100),
                members: 100
            }
            .per_person(),
            Err(InputError::TooManyMembers)
        );
        assert_eq!(
            Income::PerPerson {
                amount: d(1_000_000_001)
            }
            .per_person(),
            Err(InputError::IncomeTooLarge)
        );
        assert_eq!(
            Income::PerPerson {
                amount: d(1_000_000_000)
            }
            .per_person(),
            Ok(d(1_000_000_000))
        );
        assert_eq!(Income::PerPerson { amount: d(0) }.per_person(), Ok(d(0)));
    }

    #[test]
    fn messages_exist_in_both_languages() {
        let errors = [
            InputError::NegativeIncome,
            InputError::IncomeTooLarge,
            InputError::NoMembers,
            InputError::TooManyMembers,
            InputError::NoScoreForm,
            InputError::NegativeScore,
            InputError::ScoreBTooLarge { max: d(120) },
            InputError::ScoreBNotMultiple { step: d(10) },
        ];
        for e in errors {
            assert!(!e.message(Lang::Vi).is_empty());
            assert_ne!(e.message(Lang::Vi), e.message(Lang::En));
        }
        assert!(InputError::IncomeTooLarge.message(Lang::Vi).contains("1.000.000.000"));
    }
}
