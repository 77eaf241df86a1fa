//! Vietnam's multidimensional poverty standards (chuẩn nghèo đa chiều) as
//! data, each item with its legal basis and how sure we are of it, and the
//! classification of a household under any of them.
//!
//! The standards live in `data/standards/*.json`; golden test cases in
//! `data/cases/`. Nothing here knows about the web.

mod assess;
mod case_form;
mod case_link;
mod catalogue;
mod changes;
mod classify;
mod explain;
mod history;
mod household;
mod legal;
mod local;
mod low_income;
mod questionnaire;
mod questionnaire_rules;
mod scores;
mod standard;
mod summary;

pub use assess::{Assessment, DimensionDeprivations, assess};
pub use case_form::{CaseForm, Field, FieldError, IncomeMethod, Parsed, field_of};
pub use case_link::{LinkProblem, from_query, local_from_query, local_to_query, to_query};
pub use catalogue::{Catalogue, legal_document, legal_documents};
pub use changes::{Change, what_would_change};
pub use classify::{Category, Check, Facts, Outcome, Step, classify};
pub use explain::{area_name, category_name, describe_change, describe_check, describe_low_income, status_label};
pub use history::{HistoryEntry, RuleHistory, RuleValue, UnverifiedRule, rule_histories, unverified_rules};
pub use household::{Household, Income, InputError, MAX_INCOME_PER_PERSON, MAX_MEMBERS};
pub use lang::{Lang, LegalBasis, Status, Text};
pub use legal::LegalDocument;
pub use local::{LocalError, LocalSpec, MAX_NAME_CHARS, local_id};
pub use low_income::{LowIncomeCheck, low_income_workers};
pub use questionnaire::{
    Derivation, Home, Latrine, MAX_AGE, MAX_FLOOR_AREA_M2, Member, ND07_INDICATOR_IDS, QUESTIONNAIRE_INDICATOR_IDS,
    Questionnaire, QuestionnaireError, Schooling, WaterSource, Work, deprived_ids, derive, ticks_after,
};
pub use questionnaire_rules::{Knob, Known, QuestionnaireRules, RetirementAges, RetirementSchedule, Sex, Threshold};
pub use scores::{ReviewScoreInput, classify_by_scores};
pub use standard::{
    Area, AreaAmounts, Dimension, IncomeLine, Indicator, LowIncomeWorkers, Origin, ReviewScores, Rule, Standard,
    StandardIndicators,
};
pub use summary::{average_rule, low_income_rule, near_poor_rule, poor_rule, scores_rule};
