//! The classification form as the user fills it in: raw text per field,
//! so nothing typed is lost, and a parse that names the field at fault.

use lang::Lang;
use rust_decimal::Decimal;
use vn_format::{NumberError, parse_count, parse_money, parse_number};

use crate::household::{Household, Income, InputError};
use crate::local::LocalSpec;
use crate::scores::ReviewScoreInput;
use crate::standard::Area;

/// How the household's income is given.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum IncomeMethod {
    #[default]
    PerPerson,
    Household,
    /// The review's points form (score A, score B).
    Scores,
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CaseForm {
    /// `None`: the standard in force today.
    pub standard: Option<String>,
    /// The local standard in use, carried so that a link reproduces it.
    pub local: Option<LocalSpec>,
    pub area: Area,
    pub method: IncomeMethod,
    pub income_per_person: String,
    pub household_income: String,
    pub members: String,
    pub score_a: String,
    pub score_b: String,
    pub deprived: Vec<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field {
    IncomePerPerson,
    HouseholdIncome,
    Members,
    ScoreA,
    ScoreB,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldError {
    pub field: Field,
    pub vi: String,
    pub en: String,
}

impl FieldError {
    fn number(field: Field, e: &NumberError) -> FieldError {
        FieldError {
            field,
            vi: e.message(Lang::Vi),
            en: e.message(Lang::En),
        }
    }

    pub fn input(field: Field, e: &InputError) -> FieldError {
        FieldError {
            field,
            vi: e.message(Lang::Vi),
            en: e.message(Lang::En),
        }
    }
}

/// What the form holds, once parsed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Parsed {
    /// A required field is still empty: nothing to say yet.
    Incomplete,
    Household(Household),
    Scores(ReviewScoreInput),
    Invalid(Vec<FieldError>),
}

impl CaseForm {
    pub fn toggle(&mut self, indicator_id: &str) {
        match self.deprived.iter().position(|id| id == indicator_id) {
            Some(i) => {
                self.deprived.remove(i);
            }
            None => self.deprived.push(indicator_id.to_owned()),
        }
    }

    pub fn is_deprived(&self, indicator_id: &str) -> bool {
        self.deprived.iter().any(|id| id == indicator_id)
    }

    pub fn parse(&self) -> Parsed {
        let mut errors = Vec::new();
        let mut field =
            |text: &str, field: Field, parse: fn(&str) -> Result<Decimal, NumberError>| -> Option<Decimal> {
                if text.trim().is_empty() {
                    return None;
                }
                parse(text).map_err(|e| errors.push(FieldError::number(field, &e))).ok()
            };
        let parsed = match self.method {
            IncomeMethod::PerPerson => {
                let amount = field(&self.income_per_person, Field::IncomePerPerson, parse_money);
                amount.map(|amount| Parsed::Household(self.household(Income::PerPerson { amount })))
            }
            IncomeMethod::Household => {
                let amount = field(&self.household_income, Field::HouseholdIncome, parse_money);
                let members = field(&self.members, Field::Members, |t| parse_count(t).map(Decimal::from));
                match (amount, members) {
                    (Some(amount), Some(members)) => {
                        let members = u32::try_from(members.mantissa()).unwrap_or(u32::MAX);
                        Some(Parsed::Household(self.household(Income::Household { amount, members })))
                    }
                    _ => None,
                }
            }
            IncomeMethod::Scores => {
                let a = field(&self.score_a, Field::ScoreA, parse_number);
                let b = field(&self.score_b, Field::ScoreB, parse_number);
                match (a, b) {
                    (Some(score_a), Some(score_b)) => Some(Parsed::Scores(ReviewScoreInput {
                        area: self.area,
                        score_a,
                        score_b,
                    })),
                    _ => None,
                }
            }
        };
        if !errors.is_empty() {
            return Parsed::Invalid(errors);
        }
        parsed.unwrap_or(Parsed::Incomplete)
    }

    fn household(&self, income: Income) -> Household {
        Household {
            area: self.area,
            income,
            deprived: self.deprived.clone(),
        }
    }
}

/// Which form field an input error belongs to.
pub fn field_of(error: &InputError, method: IncomeMethod) -> Field {
    match error {
        InputError::NoMembers | InputError::TooManyMembers => Field::Members,
        InputError::NegativeScore | InputError::NoScoreForm => Field::ScoreA,
        InputError::ScoreBTooLarge { .. } | InputError::ScoreBNotMultiple { .. } => Field::ScoreB,
        _ if method == IncomeMethod::Household => Field::HouseholdIncome,
        _ => Field::IncomePerPerson,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn form(method: IncomeMethod) -> CaseForm {
        CaseForm {
            method,
            ..CaseForm::default()
        }
    }

    #[test]
    fn an_empty_form_is_incomplete_not_wrong() {
        assert_eq!(form(IncomeMethod::PerPerson).parse(), Parsed::Incomplete);
        let mut f = form(IncomeMethod::Household);
        f.household_income = "4.500.000".into();
        assert_eq!(f.parse(), Parsed::Incomplete, "members still missing");
    }

    #[test]
    fn reads_vietnamese_amounts() {
        let mut f = form(IncomeMethod::PerPerson);
        f.income_per_person = "1.500.000 đ".into();
        f.toggle("nguon-nuoc");
        let Parsed::Household(h) = f.parse() else { panic!() };
        assert_eq!(
            h.income,
            Income::PerPerson {
                amount: Decimal::from(1_500_000)
            }
        );
        assert_eq!(h.deprived, vec!["nguon-nuoc"]);
        f.toggle("nguon-nuoc");
        assert!(!f.is_deprived("nguon-nuoc"));
    }

    #[test]
    fn names_each_bad_field() {
        let mut f = form(IncomeMethod::Household);
        f.household_income = "4,500,000".into();
        f.members = "2,5".into();
        let Parsed::Invalid(errors) = f.parse() else { panic!() };
        let fields: Vec<Field> = errors.iter().map(|e| e.field).collect();
        assert_eq!(fields, [Field::HouseholdIncome, Field::Members]);
        assert!(errors[0].vi.contains("1.500.000"), "suggests the Vietnamese form");
    }

    #[test]
    fn scores_need_both() {
        let mut f = form(IncomeMethod::Scores);
        f.score_a = "140".into();
        assert_eq!(f.parse(), Parsed::Incomplete);
        f.score_b = "30".into();
        assert!(matches!(f.parse(), Parsed::Scores(s) if s.score_a == Decimal::from(140)));
        f.score_b = "ba mươi".into();
        assert!(matches!(f.parse(), Parsed::Invalid(e) if e[0].field == Field::ScoreB));
    }
}
