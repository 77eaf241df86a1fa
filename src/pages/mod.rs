mod building;
mod classify;
mod criteria;
mod home;
mod not_found;

pub use building::Building;
pub use classify::ClassifyPage;
pub use criteria::CriteriaPage;
pub use home::Home;
pub use not_found::NotFound;
