//! What the address asks for: `?ca=3` (a household case, from 1) or `?xa=1`
//! (a commune table), and `che-do=trinh-chieu` (presenter), `phieu`
//! (handout) or `dap-an` (answer key). Anything else is the list.

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
    for pair in query.trim_start_matches('?').split('&') {
        let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
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
