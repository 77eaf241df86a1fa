//! The session's score: answers right out of answers given, kept on the
//! device as plain text (`3/5`) so that the page needs no JSON parser.

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Score {
    pub correct: u32,
    pub answered: u32,
}

impl Score {
    /// One more answer, right or not.
    pub fn record(self, right: bool) -> Score {
        Score {
            correct: self.correct.saturating_add(u32::from(right)),
            answered: self.answered.saturating_add(1),
        }
    }

    /// `correct/answered`, as stored and shown.
    pub fn to_text(self) -> String {
        format!("{}/{}", self.correct, self.answered)
    }

    /// The stored text back; anything else (edited by hand, from another
    /// version) is a fresh score, never a panic.
    pub fn from_text(text: &str) -> Score {
        let parsed = text.trim().split_once('/').and_then(|(correct, answered)| {
            Some(Score {
                correct: correct.trim().parse().ok()?,
                answered: answered.trim().parse().ok()?,
            })
        });
        parsed.filter(|s| s.correct <= s.answered).unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn records_right_and_wrong_answers() {
        let score = Score::default().record(true).record(false).record(true);
        assert_eq!(
            score,
            Score {
                correct: 2,
                answered: 3
            }
        );
        assert_eq!(score.to_text(), "2/3");
    }

    #[test]
    fn reads_back_what_it_writes() {
        let score = Score {
            correct: 7,
            answered: 12,
        };
        assert_eq!(Score::from_text(&score.to_text()), score);
        assert_eq!(Score::from_text(" 0/0 "), Score::default());
    }

    #[test]
    fn anything_else_stored_is_a_fresh_score() {
        for text in [
            "",
            "3",
            "a/b",
            "5/3",
            "-1/2",
            "1/2/3",
            "{\"correct\":1}",
            "99999999999/1",
        ] {
            assert_eq!(Score::from_text(text), Score::default(), "{text:?}");
        }
    }

    #[test]
    fn never_overflows() {
        let full = Score {
            correct: u32::MAX,
            answered: u32::MAX,
        };
        assert_eq!(full.record(true), full);
    }
}
