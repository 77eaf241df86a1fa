//! The numbers and provisions the guided questionnaire applies, kept as data
//! of a standard (`questionnaire` in `data/standards/*.json`), each with its
//! basis, so that a correction is a change of data, not of code.

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use crate::catalogue::national_questionnaire;
use crate::local::LocalError;
use crate::standard::Standard;
use lang::Text;
use lang::{LegalBasis, Status};

/// A value a rule compares with, and where it comes from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Threshold<T> {
    pub value: T,
    pub basis: LegalBasis,
}

/// A threshold of a standard's own (a [`Knob`]): `None` where the
/// standard's text is not known here, which is never filled by a guess.
pub type Known = Threshold<Option<Decimal>>;

/// Giới tính, which the retirement age depends on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Sex {
    Male,
    Female,
}

/// A retirement age that rises by a step each year until it reaches its
/// final value. Ages are in whole months.
#[derive(Debug, Clone, PartialEq, Eq)]
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
#[derive(Debug, Clone, PartialEq, Eq)]
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
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QuestionnaireRules {
    /// Độ tuổi lao động starts at this age.
    pub working_age_from: Threshold<u32>,
    /// …and ends at the retirement age.
    pub retirement: RetirementAges,
    /// Wage work without a labour contract deprives like having no job.
    pub employment_without_contract: LegalBasis,
    /// A child under this age is a dependant.
    pub dependant_under: Known,
    /// An elderly or disabled member receiving a monthly social allowance
    /// is a dependant (age alone does not make one).
    pub dependant_with_allowance: LegalBasis,
    /// A malnourished member under this age deprives the household.
    pub nutrition_under: Known,
    /// A member of this age or over without health insurance deprives it.
    pub insurance_from: Known,
    /// Adult education concerns members from this age…
    pub adult_education_from: Known,
    /// …up to this age, included.
    pub adult_education_to: Known,
    /// From this age upper secondary or vocational is needed; below it,
    /// lower secondary.
    pub upper_secondary_from: Known,
    /// Work at an enterprise with certified on-the-job vocational training
    /// spares a member the adult-education deprivation.
    pub on_the_job_training: LegalBasis,
    /// Children's schooling concerns children from this age…
    pub school_from: Known,
    /// …to under this age.
    pub school_under: Known,
    /// At least this many of the 3 main parts of non-durable material make
    /// a home not durable.
    pub non_durable_parts: Known,
    /// Less than this floor area per person deprives the household.
    pub min_floor_area_per_person_m2: Known,
}

impl QuestionnaireRules {
    /// What makes the thresholds unusable: one out of its range, or an age
    /// range whose start is not below its end (a local standard's threshold
    /// against its base's). Checked where the rules are built, so that a
    /// page which never asks the questions carries none of this.
    pub fn problems(&self) -> Vec<LocalError> {
        let mut problems: Vec<LocalError> = Knob::ALL
            .into_iter()
            .filter(|k| k.of(self).value.is_some_and(|v| !k.accepts(v)))
            .map(|knob| LocalError::ThresholdOutOfRange { knob })
            .collect();
        for (from, to) in [
            (Knob::AdultEducationFrom, Knob::AdultEducationTo),
            (Knob::SchoolFrom, Knob::SchoolUnder),
        ] {
            if let (Some(a), Some(b)) = (from.of(self).value, to.of(self).value)
                && a >= b
            {
                problems.push(LocalError::ThresholdsOutOfOrder { from, to });
            }
        }
        problems
    }

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

/// Where a standard's questionnaire rules come from. The rules are built
/// from the data only when asked for ([`Standard::questionnaire_rules`]),
/// so that a page which never asks the questions carries none of them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QuestionnaireSource {
    /// The national standard whose data holds them.
    pub data: String,
    /// The least sure status of the rules as the data holds them, counted
    /// at build time.
    pub data_weakest: Status,
    /// A standard that continues another's rules (2026 keeps 2022–2025's):
    /// none is surer than this, and a capped one says why.
    pub cap: Option<(Status, Text)>,
    /// Thresholds a local standard sets, and the basis it cites for them.
    pub local: Vec<(Knob, Decimal)>,
    pub local_basis: Option<LegalBasis>,
}

impl QuestionnaireSource {
    /// The national data's own rules.
    pub(crate) fn national(data: &str, data_weakest: Status) -> QuestionnaireSource {
        QuestionnaireSource {
            data: data.to_owned(),
            data_weakest,
            cap: None,
            local: Vec::new(),
            local_basis: None,
        }
    }

    /// The least sure status of the rules, without building them.
    pub fn weakest(&self) -> Status {
        let capped = self
            .cap
            .as_ref()
            .map_or(self.data_weakest, |(cap, _)| self.data_weakest.min(*cap));
        match &self.local_basis {
            Some(basis) if !self.local.is_empty() => capped.min(basis.status),
            _ => capped,
        }
    }

    fn rules(&self) -> Option<QuestionnaireRules> {
        let mut rules = national_questionnaire(&self.data)?;
        if let Some((cap, note)) = &self.cap {
            rules.bases_mut().into_iter().for_each(|b| b.cap(*cap, note));
        }
        if let Some(user) = &self.local_basis {
            for (knob, value) in &self.local {
                let threshold = knob.of_mut(&mut rules);
                if threshold.value != Some(*value) {
                    threshold.value = Some(*value);
                    threshold.basis = user.clone();
                }
            }
        }
        Some(rules)
    }
}

impl Standard {
    /// What the guided questionnaire compares with, built from the data
    /// now; `None` where the standard asks no questions.
    pub fn questionnaire_rules(&self) -> Option<QuestionnaireRules> {
        self.questionnaire.as_ref().and_then(QuestionnaireSource::rules)
    }

    /// Every legal basis the standard rests on, its questionnaire's included.
    pub fn all_bases(&self) -> Vec<LegalBasis> {
        let mut all: Vec<LegalBasis> = self.bases().into_iter().cloned().collect();
        if let Some(rules) = self.questionnaire_rules() {
            all.extend(rules.bases().into_iter().cloned());
        }
        all
    }
}

/// A threshold of a standard's own, which a local standard may set: where
/// the national text is not known here (2027–2030), or where a province
/// decides otherwise. Ages are whole years.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Knob {
    DependantUnder,
    NutritionUnder,
    InsuranceFrom,
    AdultEducationFrom,
    AdultEducationTo,
    UpperSecondaryFrom,
    SchoolFrom,
    SchoolUnder,
    NonDurableParts,
    MinFloorArea,
}

impl Knob {
    pub const ALL: [Knob; 10] = [
        Knob::DependantUnder,
        Knob::NutritionUnder,
        Knob::InsuranceFrom,
        Knob::AdultEducationFrom,
        Knob::AdultEducationTo,
        Knob::UpperSecondaryFrom,
        Knob::SchoolFrom,
        Knob::SchoolUnder,
        Knob::NonDurableParts,
        Knob::MinFloorArea,
    ];

    /// Its field in the standards' data (`questionnaire.<field>`).
    pub fn field(self) -> &'static str {
        match self {
            Knob::DependantUnder => "dependant_under",
            Knob::NutritionUnder => "nutrition_under",
            Knob::InsuranceFrom => "insurance_from",
            Knob::AdultEducationFrom => "adult_education_from",
            Knob::AdultEducationTo => "adult_education_to",
            Knob::UpperSecondaryFrom => "upper_secondary_from",
            Knob::SchoolFrom => "school_from",
            Knob::SchoolUnder => "school_under",
            Knob::NonDurableParts => "non_durable_parts",
            Knob::MinFloorArea => "min_floor_area_per_person_m2",
        }
    }

    /// Its key in a local standard's link and stored text.
    pub fn key(self) -> &'static str {
        match self {
            Knob::DependantUnder => "phu-thuoc-duoi",
            Knob::NutritionUnder => "dinh-duong-duoi",
            Knob::InsuranceFrom => "bhyt-tu",
            Knob::AdultEducationFrom => "gd-nguoi-lon-tu",
            Knob::AdultEducationTo => "gd-nguoi-lon-den",
            Knob::UpperSecondaryFrom => "thpt-tu",
            Knob::SchoolFrom => "di-hoc-tu",
            Knob::SchoolUnder => "di-hoc-duoi",
            Knob::NonDurableParts => "ket-cau",
            Knob::MinFloorArea => "dien-tich",
        }
    }

    pub fn from_key(key: &str) -> Option<Knob> {
        Knob::ALL.into_iter().find(|k| k.key() == key)
    }

    pub fn name(self) -> Text {
        let (vi, en) = match self {
            Knob::DependantUnder => (
                "Trẻ em dưới tuổi này là người phụ thuộc",
                "Children under this age are dependants",
            ),
            Knob::NutritionUnder => ("Dinh dưỡng: trẻ em dưới tuổi này", "Nutrition: children under this age"),
            Knob::InsuranceFrom => (
                "Bảo hiểm y tế: thành viên từ tuổi này",
                "Health insurance: members from this age",
            ),
            Knob::AdultEducationFrom => ("Giáo dục người lớn: từ tuổi", "Adult education: from age"),
            Knob::AdultEducationTo => ("Giáo dục người lớn: đến tuổi", "Adult education: up to age"),
            Knob::UpperSecondaryFrom => (
                "Cần trung học phổ thông hoặc giáo dục nghề nghiệp từ tuổi",
                "Upper secondary or vocational needed from age",
            ),
            Knob::SchoolFrom => ("Đi học của trẻ em: từ tuổi", "Children's schooling: from age"),
            Knob::SchoolUnder => ("Đi học của trẻ em: dưới tuổi", "Children's schooling: under age"),
            Knob::NonDurableParts => ("Số kết cấu chính không bền chắc", "Non-durable main parts"),
            Knob::MinFloorArea => (
                "Diện tích nhà ở tối thiểu mỗi người (m²)",
                "Minimum floor area per person (m²)",
            ),
        };
        Text::new(vi, en)
    }

    /// The largest value that can describe a household: an age, 3 main
    /// parts, or a floor area per person.
    pub fn max(self) -> Decimal {
        match self {
            Knob::NonDurableParts => Decimal::from(3),
            Knob::MinFloorArea => Decimal::from(1_000),
            _ => Decimal::from(crate::questionnaire::MAX_AGE),
        }
    }

    /// Whole numbers only (all but the floor area).
    pub fn whole(self) -> bool {
        self != Knob::MinFloorArea
    }

    /// Whether `value` can be this threshold.
    pub fn accepts(self, value: Decimal) -> bool {
        // `trunc` rather than `fract`: no decimal subtraction in a page's code.
        value > Decimal::ZERO && value <= self.max() && (!self.whole() || value.trunc() == value)
    }

    pub fn of(self, rules: &QuestionnaireRules) -> &Known {
        match self {
            Knob::DependantUnder => &rules.dependant_under,
            Knob::NutritionUnder => &rules.nutrition_under,
            Knob::InsuranceFrom => &rules.insurance_from,
            Knob::AdultEducationFrom => &rules.adult_education_from,
            Knob::AdultEducationTo => &rules.adult_education_to,
            Knob::UpperSecondaryFrom => &rules.upper_secondary_from,
            Knob::SchoolFrom => &rules.school_from,
            Knob::SchoolUnder => &rules.school_under,
            Knob::NonDurableParts => &rules.non_durable_parts,
            Knob::MinFloorArea => &rules.min_floor_area_per_person_m2,
        }
    }

    pub fn of_mut(self, rules: &mut QuestionnaireRules) -> &mut Known {
        match self {
            Knob::DependantUnder => &mut rules.dependant_under,
            Knob::NutritionUnder => &mut rules.nutrition_under,
            Knob::InsuranceFrom => &mut rules.insurance_from,
            Knob::AdultEducationFrom => &mut rules.adult_education_from,
            Knob::AdultEducationTo => &mut rules.adult_education_to,
            Knob::UpperSecondaryFrom => &mut rules.upper_secondary_from,
            Knob::SchoolFrom => &mut rules.school_from,
            Knob::SchoolUnder => &mut rules.school_under,
            Knob::NonDurableParts => &mut rules.non_durable_parts,
            Knob::MinFloorArea => &mut rules.min_floor_area_per_person_m2,
        }
    }

    /// The value as whole years (or parts); `None` where it is unknown.
    /// Ages are checked whole when the data is built and when a local
    /// standard sets them.
    pub fn years(self, rules: &QuestionnaireRules) -> Option<u32> {
        use rust_decimal::prelude::ToPrimitive;
        self.of(rules).value.and_then(|v| v.trunc().to_u32())
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
