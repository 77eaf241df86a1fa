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
//!
//! An annex's answer starts with a line of its own: the worksheets of a
//! workbook the user may choose among ([`Sheets`]), empty for a CSV file.

use link_text::{decode, encode, raw_pairs};

pub mod client;
pub mod worker;

/// A page and a worker agree on this, or the page asks for a reload.
const PROTOCOL: &str = "3";
/// The worker's first message: `ready:<PROTOCOL>`.
const READY: &str = "ready:";
/// Before a progress report (`Progress::to_text`).
const PROGRESS: &str = "progress:";
/// The file that starts the worker, at the site's root (`xtask`'s
/// `workers.rs` writes it).
const SCRIPT: &str = "reader.js";

/// A workbook's visible worksheets, in the order of its tabs, and the one
/// read: what the annex page offers to choose among.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Sheets {
    pub names: Vec<String>,
    pub read: String,
}

impl Sheets {
    /// One line: `trang=<name>` per worksheet, then `doc=<name>`.
    pub fn to_text(&self) -> String {
        self.names
            .iter()
            .map(|n| format!("trang={}", encode(n)))
            .chain((!self.read.is_empty()).then(|| format!("doc={}", encode(&self.read))))
            .collect::<Vec<_>>()
            .join("&")
    }

    /// What does not read is left out: at worst the page offers no choice.
    pub fn from_text(text: &str) -> Sheets {
        let mut sheets = Sheets::default();
        for (key, value) in raw_pairs(text) {
            match (key, decode(value)) {
                ("trang", Some(name)) => sheets.names.push(name),
                ("doc", Some(name)) => sheets.read = name,
                _ => {}
            }
        }
        sheets
    }
}

/// The jobs a worker knows, as the first value of the page's message.
pub const ANNEX: &str = "annex";
pub const HOUSEHOLDS: &str = "households";
