//! A household told as a short story, with its facts and the answers it
//! must get under each standard it asks about.

use poverty_rules::{Assessment, Catalogue, Category, Household, InputError, Text, assess};

/// Classify the household under one standard; `expect` is the answer key.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Question {
    pub standard_id: String,
    pub expect: Category,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HouseholdCase {
    pub title: Text,
    /// Who lives there, work, school, insurance, the house, water, income;
    /// paragraphs separated by a line break.
    pub story: Text,
    /// What the story says, as the classification reads it.
    pub household: Household,
    pub questions: Vec<Question>,
    /// The point of the case, said after the answer.
    pub lesson: Text,
}

impl HouseholdCase {
    /// The household under the standard of one question, rule by rule.
    /// `None` when the catalogue has no such standard.
    pub fn assess(&self, catalogue: &Catalogue, question: &Question) -> Option<Result<Assessment, InputError>> {
        let standard = catalogue.get(&question.standard_id)?;
        Some(assess(standard, &self.household))
    }
}
