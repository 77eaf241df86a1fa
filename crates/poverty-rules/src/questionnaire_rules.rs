//! The numbers and provisions the guided questionnaire applies, kept as data
//! of a standard (`questionnaire` in `data/standards/*.json`), each with its
//! basis, so that a correction is a change of data, not of code.

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use crate::legal::LegalBasis;

/// A value a rule compares with, and where it comes from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Threshold<T> {
    pub value: T,
    pub basis: LegalBasis,
}

/// Giới tính, which the retirement age depends on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Sex {
    Male,
    Female,
}

/// A retirement age that rises by a step each year until it reaches its
/// final value. Ages are in whole months.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RetirementSchedule {
    /// The first year of the schedule.
    pub from_year: i32,
    /// The age in that year.
    pub start_months: u32,
    /// Added each following year.
    pub step_months: u32,
    /// Where it stops rising.
    pub until_months: u32,
}

impl RetirementSchedule {
    /// The retirement age in months in `year`; `None` before the schedule
    /// starts, where this data says nothing.
    pub fn in_year(&self, year: i32) -> Option<u32> {
        let steps = u32::try_from(year.checked_sub(self.from_year)?).ok()?;
        Some(
            steps
                .saturating_mul(self.step_months)
                .saturating_add(self.start_months)
                .min(self.until_months),
        )
    }
}

/// Tuổi nghỉ hưu by sex and year: the top of working age.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RetirementAges {
    pub men: RetirementSchedule,
    pub women: RetirementSchedule,
    /// The rule that the age rises (Bộ luật Lao động 2019, Điều 169).
    pub basis: LegalBasis,
    /// The year-by-year schedule (Nghị định 135/2020/NĐ-CP).
    pub schedule_basis: LegalBasis,
}

impl RetirementAges {
    pub fn in_year(&self, sex: Sex, year: i32) -> Option<u32> {
        match sex {
            Sex::Male => self.men.in_year(year),
            Sex::Female => self.women.in_year(year),
        }
    }
}

/// Everything the questionnaire of a standard compares with.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct QuestionnaireRules {
    /// Độ tuổi lao động starts at this age.
    pub working_age_from: Threshold<u32>,
    /// …and ends at the retirement age.
    pub retirement: RetirementAges,
    /// Wage work without a labour contract deprives like having no job.
    pub employment_without_contract: LegalBasis,
    /// A child under this age is a dependant.
    pub dependant_under: Threshold<u32>,
    /// An elderly or disabled member receiving a monthly social allowance
    /// is a dependant (age alone does not make one).
    pub dependant_with_allowance: LegalBasis,
    /// A malnourished member under this age deprives the household.
    pub nutrition_under: Threshold<u32>,
    /// A member of this age or over without health insurance deprives it.
    pub insurance_from: Threshold<u32>,
    /// Adult education concerns members from this age…
    pub adult_education_from: Threshold<u32>,
    /// …up to this age, included.
    pub adult_education_to: Threshold<u32>,
    /// From this age upper secondary or vocational is needed; below it,
    /// lower secondary.
    pub upper_secondary_from: Threshold<u32>,
    /// Work at an enterprise with certified on-the-job vocational training
    /// spares a member the adult-education deprivation.
    pub on_the_job_training: LegalBasis,
    /// Children's schooling concerns children from this age…
    pub school_from: Threshold<u32>,
    /// …to under this age.
    pub school_under: Threshold<u32>,
    /// At least this many of the 3 main parts of non-durable material make
    /// a home not durable.
    pub non_durable_parts: Threshold<u32>,
    /// Less than this floor area per person deprives the household.
    pub min_floor_area_per_person_m2: Threshold<Decimal>,
}

impl QuestionnaireRules {
    pub fn bases(&self) -> Vec<&LegalBasis> {
        vec![
            &self.working_age_from.basis,
            &self.retirement.basis,
            &self.retirement.schedule_basis,
            &self.employment_without_contract,
            &self.dependant_under.basis,
            &self.dependant_with_allowance,
            &self.nutrition_under.basis,
            &self.insurance_from.basis,
            &self.adult_education_from.basis,
            &self.adult_education_to.basis,
            &self.upper_secondary_from.basis,
            &self.on_the_job_training,
            &self.school_from.basis,
            &self.school_under.basis,
            &self.non_durable_parts.basis,
            &self.min_floor_area_per_person_m2.basis,
        ]
    }

    pub(crate) fn bases_mut(&mut self) -> Vec<&mut LegalBasis> {
        vec![
            &mut self.working_age_from.basis,
            &mut self.retirement.basis,
            &mut self.retirement.schedule_basis,
            &mut self.employment_without_contract,
            &mut self.dependant_under.basis,
            &mut self.dependant_with_allowance,
            &mut self.nutrition_under.basis,
            &mut self.insurance_from.basis,
            &mut self.adult_education_from.basis,
            &mut self.adult_education_to.basis,
            &mut self.upper_secondary_from.basis,
            &mut self.on_the_job_training,
            &mut self.school_from.basis,
            &mut self.school_under.basis,
            &mut self.non_durable_parts.basis,
            &mut self.min_floor_area_per_person_m2.basis,
        ]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn men() -> RetirementSchedule {
        RetirementSchedule {
            from_year: 2021,
            start_months: 60 * 12 + 3,
            step_months: 3,
            until_months: 62 * 12,
        }
    }

    #[test]
    fn the_schedule_rises_by_its_step_and_stops() {
        assert_eq!(men().in_year(2020), None);
        assert_eq!(men().in_year(2021), Some(60 * 12 + 3));
        assert_eq!(men().in_year(2026), Some(61 * 12 + 6));
        assert_eq!(men().in_year(2028), Some(62 * 12));
        assert_eq!(men().in_year(2040), Some(62 * 12));
        assert_eq!(men().in_year(i32::MIN), None);
    }
}
