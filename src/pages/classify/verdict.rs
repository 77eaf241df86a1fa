//! What the page shows for the current form: the plain computation behind
//! the result panel, kept out of the view code.

use crate::i18n::Lang;
use poverty_rules::{
    Assessment, CaseForm, FieldError, Outcome, Parsed, Standard, assess, classify_by_scores, field_of,
};

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Verdict {
    NoStandard,
    Incomplete,
    Invalid(Vec<FieldError>),
    Income(Box<Assessment>),
    Scores(Outcome),
}

pub fn verdict(standard: Option<&Standard>, form: &CaseForm) -> Verdict {
    let Some(standard) = standard else {
        return Verdict::NoStandard;
    };
    let invalid = |e| Verdict::Invalid(vec![FieldError::input(field_of(&e, form.method), &e)]);
    match form.parse() {
        Parsed::Incomplete => Verdict::Incomplete,
        Parsed::Invalid(errors) => Verdict::Invalid(errors),
        Parsed::Household(household) => match assess(standard, &household) {
            Ok(assessment) => Verdict::Income(Box::new(assessment)),
            Err(e) => invalid(e),
        },
        Parsed::Scores(input) => match classify_by_scores(standard, &input) {
            Ok(outcome) => Verdict::Scores(outcome),
            Err(e) => invalid(e),
        },
    }
}

impl Verdict {
    /// The message for one form field, if it has one.
    pub fn error_for(&self, field: poverty_rules::Field, lang: Lang) -> Option<String> {
        match self {
            Verdict::Invalid(errors) => errors
                .iter()
                .find(|e| e.field == field)
                .map(|e| lang.pick(e.vi.clone(), e.en.clone())),
            _ => None,
        }
    }
}
