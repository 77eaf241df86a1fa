//! What a training link asks for: `?ca=3` (a household case, from 1) or
//! `?xa=1` (a commune table), and `che-do=trinh-chieu` (presenter), `phieu`
//! (handout) or `dap-an` (answer key). Anything else is the list.

use link_text::raw_pairs;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Exercise {
    /// Index into `household_cases()`.
    Household(usize),
    /// Index into `commune_scenarios()`.
    Commune(usize),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    Exercise,
    Presenter,
    Handout,
    AnswerKey,
}

impl Mode {
    pub const ALL: [Mode; 4] = [Mode::Exercise, Mode::Presenter, Mode::Handout, Mode::AnswerKey];

    fn key(self) -> Option<&'static str> {
        match self {
            Mode::Exercise => None,
            Mode::Presenter => Some("trinh-chieu"),
            Mode::Handout => Some("phieu"),
            Mode::AnswerKey => Some("dap-an"),
        }
    }
}

/// `None` when the address names no exercise, or one that does not exist
/// (`ca=0`, `ca=99`, `ca=x`): the page then shows the list.
pub fn parse(query: &str, households: usize, communes: usize) -> Option<(Exercise, Mode)> {
    let mut exercise = None;
    let mut mode = Mode::Exercise;
    for (key, value) in raw_pairs(query) {
        let number = || value.parse::<usize>().ok().filter(|n| *n >= 1).map(|n| n - 1);
        match key {
            "ca" => exercise = number().filter(|i| *i < households).map(Exercise::Household),
            "xa" => exercise = number().filter(|i| *i < communes).map(Exercise::Commune),
            "che-do" => {
                mode = Mode::ALL
                    .into_iter()
                    .find(|m| m.key() == Some(value))
                    .unwrap_or(Mode::Exercise)
            }
            _ => {}
        }
    }
    exercise.map(|e| (e, mode))
}

/// The address's query for an exercise in a mode.
pub fn query(exercise: Exercise, mode: Mode) -> String {
    let base = match exercise {
        Exercise::Household(i) => format!("?ca={}", i + 1),
        Exercise::Commune(i) => format!("?xa={}", i + 1),
    };
    match mode.key() {
        Some(key) => format!("{base}&che-do={key}"),
        None => base,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_what_it_writes() {
        for exercise in [Exercise::Household(0), Exercise::Household(11), Exercise::Commune(1)] {
            for mode in Mode::ALL {
                assert_eq!(parse(&query(exercise, mode), 12, 2), Some((exercise, mode)));
            }
        }
        assert_eq!(
            query(Exercise::Household(2), Mode::Presenter),
            "?ca=3&che-do=trinh-chieu"
        );
        assert_eq!(query(Exercise::Commune(0), Mode::Exercise), "?xa=1");
    }

    #[test]
    fn cases_count_from_one_and_must_exist() {
        assert_eq!(parse("?ca=1", 12, 2), Some((Exercise::Household(0), Mode::Exercise)));
        assert_eq!(parse("?ca=12", 12, 2), Some((Exercise::Household(11), Mode::Exercise)));
        for bad in [
            "",
            "?",
            "?ca=0",
            "?ca=13",
            "?ca=x",
            "?ca=-1",
            "?xa=3",
            "?ca",
            "?che-do=phieu",
            "?ca=99999999999999999999999",
        ] {
            assert_eq!(parse(bad, 12, 2), None, "{bad:?}");
        }
    }

    #[test]
    fn an_unknown_mode_is_the_exercise() {
        assert_eq!(
            parse("?ca=2&che-do=x", 12, 2),
            Some((Exercise::Household(1), Mode::Exercise))
        );
        assert_eq!(
            parse("che-do=dap-an&xa=2", 12, 2),
            Some((Exercise::Commune(1), Mode::AnswerKey))
        );
    }
}
