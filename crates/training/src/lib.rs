//! Training workshops (tập huấn): household case studies told as short
//! stories and commune target tables to check, as data in `data/`, each
//! checked by native tests against the rules it teaches, so that a case can
//! never teach a wrong answer. Also the session's score, the presenter's
//! slides and the links to each exercise. Nothing here knows about the web.

mod commune;
mod household_case;
mod library;
mod link;
mod score;
mod slides;

pub use commune::{CommuneScenario, NamedRow, PlantedMistake, issue_cell};
pub use household_case::{HouseholdCase, Question};
pub use library::{commune_scenarios, household_cases};
pub use link::{Exercise, Mode, parse, query};
pub use score::Score;
pub use slides::{Slide, slides};
