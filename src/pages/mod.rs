mod building;
pub(crate) mod classify;
mod criteria;
mod home;
mod local_standards;
mod not_found;
mod questionnaire;
mod targets;
mod targets_path;

pub use building::Building;
pub use classify::ClassifyPage;
pub use criteria::CriteriaPage;
pub use home::Home;
pub use local_standards::LocalStandardsPage;
pub use not_found::NotFound;
pub use questionnaire::QuestionnairePage;
pub use targets::TargetsPage;
