//! Changes to a valid sample that keep most of its shape, so a case gets
//! past the first checks of a parser and reaches the code behind them.

use crate::pieces::piece;
use crate::rng::Rng;

/// Inputs are cut to this size, so a run of many mutations stays fast.
pub const MAX_LEN: usize = 64 * 1024;

/// Separators whose fields or lines a mutation swaps, drops or repeats;
/// the last one joins the texts of a several-text input.
const SEPARATORS: &[u8] = b"\n,;\t&~=|/\x1f";

/// One random change.
pub fn mutate(rng: &mut Rng, input: &mut Vec<u8>) {
    let len = input.len();
    let at = rng.below(len + 1);
    let span = |rng: &mut Rng| {
        let most = if rng.one_in(4) { 64 } else { 4 };
        1 + rng.below(most)
    };
    match rng.below(9) {
        0 => input.insert(at, rng.below(256) as u8),
        1 if len > 0 => {
            let end = (at + span(rng)).min(len);
            input.drain(at.min(end)..end);
        }
        2 if at < len => input[at] = rng.below(256) as u8,
        3 if at < len => {
            let end = (at + span(rng)).min(len);
            let copy = input[at..end].to_vec();
            input.splice(at..at, copy);
        }
        4 => {
            let p = piece(rng);
            input.splice(at..at, p);
        }
        5 if at < len => {
            let end = (at + span(rng)).min(len);
            let p = piece(rng);
            input.splice(at..end, p);
        }
        6 => fields(rng, input),
        7 => input.truncate(at),
        _ if at < len => input[at] ^= 1 << rng.below(8),
        _ => input.extend(piece(rng)),
    }
    input.truncate(MAX_LEN);
}

/// Swaps, replaces, drops or repeats whole lines or fields.
fn fields(rng: &mut Rng, input: &mut Vec<u8>) {
    let sep = *rng.pick(SEPARATORS);
    let mut parts: Vec<Vec<u8>> = input.split(|&b| b == sep).map(<[u8]>::to_vec).collect();
    let (i, j) = (rng.below(parts.len()), rng.below(parts.len()));
    match rng.below(4) {
        0 => parts.swap(i, j),
        1 => parts[i] = piece(rng),
        2 => {
            parts.remove(i);
        }
        _ => {
            let copy = parts[i].clone();
            let times = if rng.one_in(8) { 100 } else { 1 };
            for _ in 0..times {
                parts.insert(j, copy.clone());
            }
        }
    }
    *input = parts.join(&sep);
}

/// Half of one sample joined to half of another.
pub fn splice(rng: &mut Rng, a: &[u8], b: &[u8]) -> Vec<u8> {
    let mut out = a[..rng.below(a.len() + 1)].to_vec();
    out.extend_from_slice(&b[rng.below(b.len() + 1)..]);
    out
}
