mod building;
mod home;
mod not_found;

pub use building::Building;
pub use home::Home;
pub use not_found::NotFound;
