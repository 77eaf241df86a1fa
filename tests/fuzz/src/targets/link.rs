//! link-text: the percent-encoded values every share link and stored text
//! is made of.

use link_text::{decode, encode, raw_pairs};

use crate::target::{Target, Verdict, text};

fn samples() -> Vec<Vec<u8>> {
    [
        "?don-vi=X%C3%A3%20A&nam=2027&&b&c=x=y",
        "Th%C3%B4n+1%20~%20B%E1%BA%A3n&%25",
        "%C3&%zz&%4&%+5",
    ]
    .map(|s| s.as_bytes().to_vec())
    .to_vec()
}

/// Every value of a query decodes or is refused; a decoded value encodes
/// and decodes back to itself.
fn values(input: &[u8]) -> Verdict {
    let query = text(input);
    let mut verdict = Verdict::Accepted;
    for (_, raw) in raw_pairs(&query) {
        match decode(raw) {
            Some(value) => assert_eq!(decode(&encode(&value)).as_ref(), Some(&value)),
            None => verdict = Verdict::Refused,
        }
    }
    verdict
}

pub fn all() -> Vec<Target> {
    vec![Target {
        name: "link-text values",
        reads: "`raw_pairs` and `decode` of every value of a query",
        cost: 1,
        samples,
        run: values,
    }]
}
