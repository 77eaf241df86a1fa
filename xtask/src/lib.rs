//! Helpers for building, serving and measuring the static site. Native only.

pub mod csp;
pub mod first_load;
pub mod glue;
pub mod icons;
pub mod offline;
pub mod server;
pub mod site;
pub mod sizes;
pub mod workers;
