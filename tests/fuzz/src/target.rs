//! A fuzz target: one parser or importer, the valid samples its cases
//! start from, and a call that runs it on any bytes.

use std::borrow::Cow;

/// What one call gave. A panic is neither: the runner catches it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    /// The input was read (perhaps with reported problems).
    Accepted,
    /// The input was refused with an error for the user.
    Refused,
}

impl Verdict {
    pub fn accepted_if(accepted: bool) -> Verdict {
        if accepted { Verdict::Accepted } else { Verdict::Refused }
    }
}

impl<T, E> From<&Result<T, E>> for Verdict {
    fn from(result: &Result<T, E>) -> Verdict {
        Verdict::accepted_if(result.is_ok())
    }
}

pub struct Target {
    pub name: &'static str,
    /// What it reads, for the table in `docs/fuzzing.md`.
    pub reads: &'static str,
    /// The target runs `cases / cost` cases: costly ones (a whole document,
    /// annex or household list a case) run fewer, so that a run of
    /// millions of cases stays within minutes.
    pub cost: u64,
    /// Valid inputs, mutated into most cases.
    pub samples: fn() -> Vec<Vec<u8>>,
    /// Runs the parser and what the page does next with its result; a
    /// broken invariant panics, like a bug in the parser.
    pub run: fn(&[u8]) -> Verdict,
}

/// The bytes as the text a page would hand over: invalid UTF-8 becomes
/// U+FFFD, as a browser decodes it.
pub fn text(input: &[u8]) -> Cow<'_, str> {
    String::from_utf8_lossy(input)
}

/// Inputs made of several texts (a draft's parts, a form's fields) are
/// joined by this byte, which no format uses.
pub const FIELD_SEPARATOR: u8 = 0x1f;

/// The `n` texts of a joined input; missing ones are empty.
pub fn split_fields<const N: usize>(input: &[u8]) -> [String; N] {
    let mut parts = input.split(|&b| b == FIELD_SEPARATOR);
    std::array::from_fn(|_| text(parts.next().unwrap_or_default()).into_owned())
}

/// The texts joined back into one input, for samples.
pub fn join_fields(fields: &[&str]) -> Vec<u8> {
    fields.join("\u{1f}").into_bytes()
}

/// Every error the user sees says something.
pub fn said(message: String) {
    assert!(!message.trim().is_empty(), "an empty message");
}
