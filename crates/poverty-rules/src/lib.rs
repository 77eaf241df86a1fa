//! Vietnam's multidimensional poverty standards (chuẩn nghèo đa chiều) as
//! data, each item with its legal basis and how sure we are of it, and the
//! classification of a household under any of them.
//!
//! The standards live in `data/standards/*.json`; golden test cases in
//! `data/cases/`. Nothing here knows about the web.

mod assess;
mod catalogue;
mod changes;
mod classify;
mod household;
mod legal;
mod scores;
mod standard;
mod text;

pub use assess::{Assessment, DimensionDeprivations, assess};
pub use catalogue::{Catalogue, CatalogueError};
pub use changes::{Change, what_would_change};
pub use classify::{Category, Check, Facts, Outcome, Step, classify};
pub use household::{Household, Income, InputError, MAX_INCOME_PER_PERSON, MAX_MEMBERS};
pub use legal::{LegalBasis, Status};
pub use scores::{ReviewScoreInput, classify_by_scores};
pub use standard::{
    Area, AreaAmounts, Dimension, IncomeLine, Indicator, Origin, ReviewScores, Rule, Standard,
};
pub use text::Text;
