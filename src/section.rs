//! The pages of the site come from one table, `crates/site-map`: paths,
//! bundles, the navigation and the pages' names.

pub use site_map::Section;
