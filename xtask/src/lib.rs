//! Helpers for building, serving and measuring the static site. Native only.

pub mod csp;
pub mod first_load;
pub mod server;
pub mod site;
pub mod sizes;
