//! Tables read in a web worker, the `reader` bundle (`src/bin/reader.rs`,
//! `reader.js` at the site's root): the readers' code stays out of every
//! page's first load, and a long file is read off the page's thread.
//!
//! A page starts a worker per file ([`client::ask`]); the worker says it
//! is ready with its protocol version, the page sends the job (an array:
//! its kind, the file, then the job's own values); the worker may report
//! its progress, then answers with one text the domain crate reads back
//! (`AnnexReading::from_text`, `ListReading::from_text`).
//! A worker of another release (a stale cache) is refused by its version.

pub mod client;
pub mod worker;

/// A page and a worker agree on this, or the page asks for a reload.
const PROTOCOL: &str = "1";
/// The worker's first message: `ready:<PROTOCOL>`.
const READY: &str = "ready:";
/// Before a progress report (`Progress::to_text`).
const PROGRESS: &str = "progress:";
/// The file that starts the worker, at the site's root (`xtask`'s
/// `workers.rs` writes it).
const SCRIPT: &str = "reader.js";

/// The jobs a worker knows, as the first value of the page's message.
pub const ANNEX: &str = "annex";
pub const HOUSEHOLDS: &str = "households";
