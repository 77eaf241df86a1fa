//! Runs a target on many generated cases, each under `catch_unwind`, and
//! keeps the first input that panicked.

use std::cell::RefCell;
use std::panic::{self, AssertUnwindSafe};
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use crate::mutate::{mutate, splice};
use crate::pieces::random_input;
use crate::rng::{Rng, splitmix};
use crate::target::{Target, Verdict};

#[derive(Debug, Clone)]
pub struct Failure {
    /// Which case, from 0, for `--seed` and `--cases` to reach it again.
    pub case: u64,
    pub input: Vec<u8>,
    pub message: String,
}

#[derive(Debug, Clone)]
pub struct Report {
    pub name: &'static str,
    pub cases: u64,
    pub accepted: u64,
    pub refused: u64,
    pub panics: u64,
    pub elapsed: Duration,
    /// The longest single case: a parser that is slow on some input
    /// shows here before it hangs a page.
    pub slowest: Duration,
    pub first_failure: Option<Failure>,
}

thread_local! {
    static LAST_PANIC: RefCell<String> = const { RefCell::new(String::new()) };
}

/// Keeps panic messages for the report instead of printing thousands of
/// them; the hook is global, so call it once, before any target runs.
pub fn quiet_panics() {
    panic::set_hook(Box::new(|info| {
        LAST_PANIC.with(|last| *last.borrow_mut() = info.to_string());
    }));
}

/// The case's input: at first each sample as it is, then mostly samples
/// changed by a few mutations, sometimes two spliced, sometimes noise.
fn case_input(rng: &mut Rng, samples: &[Vec<u8>], case: u64) -> Vec<u8> {
    if let Some(sample) = usize::try_from(case).ok().and_then(|i| samples.get(i)) {
        return sample.clone();
    }
    let mut input = match rng.below(8) {
        0 if !samples.is_empty() => {
            let (a, b) = (rng.pick(samples), rng.pick(samples));
            splice(rng, a, b)
        }
        0 | 1 => random_input(rng),
        _ if samples.is_empty() => random_input(rng),
        _ => rng.pick(samples).clone(),
    };
    let mutations = if rng.one_in(4) {
        1 + rng.below(32)
    } else {
        1 + rng.below(4)
    };
    for _ in 0..mutations {
        mutate(rng, &mut input);
    }
    input
}

/// One call, a panic caught and its message returned.
pub fn run_one(target: &Target, input: &[u8]) -> Result<Verdict, String> {
    panic::catch_unwind(AssertUnwindSafe(|| (target.run)(input)))
        .map_err(|_| LAST_PANIC.with(|last| last.borrow().clone()))
}

/// `cases / target.cost` cases (at least one) from `seed`; the same
/// arguments give the same cases.
pub fn run(target: &Target, cases: u64, seed: u64) -> Report {
    let cases = (cases / target.cost).max(1);
    let samples = (target.samples)();
    let name_hash = target.name.bytes().fold(0u64, |h, b| splitmix(h ^ u64::from(b)));
    let mut rng = Rng::new(seed ^ name_hash);
    let mut report = Report {
        name: target.name,
        cases,
        accepted: 0,
        refused: 0,
        panics: 0,
        elapsed: Duration::ZERO,
        slowest: Duration::ZERO,
        first_failure: None,
    };
    let start = Instant::now();
    for case in 0..cases {
        let input = case_input(&mut rng, &samples, case);
        let started = Instant::now();
        let verdict = run_one(target, &input);
        report.slowest = report.slowest.max(started.elapsed());
        match verdict {
            Ok(Verdict::Accepted) => report.accepted += 1,
            Ok(Verdict::Refused) => report.refused += 1,
            Err(message) => {
                report.panics += 1;
                report.first_failure.get_or_insert(Failure { case, input, message });
            }
        }
    }
    report.elapsed = start.elapsed();
    report
}

/// Runs every target on `jobs` threads, each taking the next target left;
/// the reports come back in the targets' order.
pub fn run_all(targets: &[Target], cases: u64, seed: u64, jobs: usize) -> Vec<Report> {
    let next = AtomicUsize::new(0);
    let reports = Mutex::new(Vec::new());
    std::thread::scope(|scope| {
        for _ in 0..jobs.max(1) {
            scope.spawn(|| {
                while let Some(target) = targets.get(next.fetch_add(1, Ordering::Relaxed)) {
                    let report = run(target, cases, seed);
                    reports.lock().expect("no thread panics holding it").push(report);
                }
            });
        }
    });
    let mut reports = reports.into_inner().expect("no thread panicked");
    reports.sort_by_key(|r| targets.iter().position(|t| t.name == r.name));
    reports
}

#[cfg(test)]
mod tests {
    use super::*;

    fn no_sevens(input: &[u8]) -> Verdict {
        assert!(!input.contains(&b'7'), "a seven");
        Verdict::accepted_if(input.first() == Some(&b'1'))
    }

    #[test]
    fn panics_are_counted_and_the_first_input_kept() {
        let target = Target {
            name: "no sevens",
            reads: "",
            cost: 2,
            samples: || vec![b"123".to_vec()],
            run: no_sevens,
        };
        let default_hook = panic::take_hook();
        quiet_panics();
        let report = run(&target, 2_000, 1);
        let again = run(&target, 2_000, 1);
        panic::set_hook(default_hook);
        assert_eq!(report.cases, 1_000);
        assert_eq!(report.accepted + report.refused + report.panics, 1_000);
        assert!(
            report.panics > 0 && report.accepted > 0 && report.refused > 0,
            "{report:?}"
        );
        let failure = report.first_failure.expect("a failure kept");
        assert!(failure.input.contains(&b'7'));
        assert!(failure.message.contains("a seven"), "{}", failure.message);
        assert_eq!(
            (again.panics, again.accepted),
            (report.panics, report.accepted),
            "the same seed, the same cases"
        );
    }
}
