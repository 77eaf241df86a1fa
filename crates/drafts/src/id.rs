use std::fmt;

/// Longest id read from storage or a file.
pub const MAX_ID_LEN: usize = 32;

/// A draft's id: lowercase ASCII letters, digits and `-`, so it can sit in a
/// storage key between dots. The caller brings the randomness.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct DraftId(String);

impl DraftId {
    /// Base 36 of a number the caller chose (a random draw, a clock reading).
    pub fn from_number(mut number: u64) -> DraftId {
        const DIGITS: &[u8; 36] = b"0123456789abcdefghijklmnopqrstuvwxyz";
        let mut reversed = Vec::new();
        loop {
            reversed.push(DIGITS[(number % 36) as usize]);
            number /= 36;
            if number == 0 {
                break;
            }
        }
        reversed.reverse();
        DraftId(reversed.into_iter().map(char::from).collect())
    }

    /// `None` unless the text is 1 to [`MAX_ID_LEN`] of `a-z`, `0-9`, `-`.
    pub fn parse(text: &str) -> Option<DraftId> {
        let valid = !text.is_empty()
            && text.len() <= MAX_ID_LEN
            && text
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
        valid.then(|| DraftId(text.to_owned()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for DraftId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_become_base_36() {
        assert_eq!(DraftId::from_number(0).as_str(), "0");
        assert_eq!(DraftId::from_number(35).as_str(), "z");
        assert_eq!(DraftId::from_number(36).as_str(), "10");
        assert_eq!(DraftId::from_number(u64::MAX).as_str(), "3w5e11264sgsf");
    }

    #[test]
    fn ids_that_could_break_a_key_are_refused() {
        assert!(DraftId::parse("k3x-2").is_some());
        for bad in ["", "a.b", "A", "ä", "a b", &"a".repeat(MAX_ID_LEN + 1)] {
            assert_eq!(DraftId::parse(bad), None, "{bad:?}");
        }
    }
}
