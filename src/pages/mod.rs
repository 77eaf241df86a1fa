pub(crate) mod classify;
mod criteria;
mod drafts;
mod funding;
mod home;
mod households;
mod local_standards;
mod not_found;
mod path;
mod plan;
mod questionnaire;
mod target_forms;
mod targets;
mod training;

pub use classify::ClassifyPage;
pub use criteria::{CriteriaPage, UnverifiedRulesPage};
pub use drafts::DraftsPage;
pub use funding::{FundingCataloguePage, FundingPage, FundingTablePage};
pub use home::Home;
pub use households::HouseholdsPage;
pub use local_standards::LocalStandardsPage;
pub use not_found::NotFound;
pub use path::PathPage;
pub use plan::{
    PlanDimensionsPage, PlanOutlinePage, PlanPage, PlanPrintPage, PlanProjectsPage, PlanResultsPage, PlanTargetsPage,
    PlanWordPage, PlanWorkPage,
};
pub use questionnaire::QuestionnairePage;
pub use targets::{AnnexPage, TargetsPage};
pub use training::TrainingPage;
