//! A deterministic fuzz harness for every parser and importer of the
//! domain crates (see `docs/fuzzing.md`). cargo-fuzz needs a nightly
//! compiler; this runs on stable, natively, from a seed.

mod mutate;
mod pieces;
pub mod rng;
pub mod runner;
pub mod target;
pub mod targets;
