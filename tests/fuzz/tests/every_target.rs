//! Every target at a count that keeps the test command quick; the long run
//! is `scripts/fuzz.sh` (see `docs/fuzzing.md`).

use std::io::Write;

use fuzz::runner::{quiet_panics, run_all};

/// Cases of the cheapest targets; costlier ones run fewer (`Target::cost`).
const CASES: u64 = 20_000;

#[test]
fn no_input_makes_any_parser_panic() {
    let default_hook = std::panic::take_hook();
    quiet_panics();
    let reports = run_all(&fuzz::targets::all(), CASES, 1, 2);
    std::panic::set_hook(default_hook);
    // Straight to stderr, past the test harness's capture: the counts show
    // on every run of the test command.
    let mut err = std::io::stderr().lock();
    for r in &reports {
        let _ = writeln!(
            err,
            "fuzz {:<24} {:>6} cases, {} panics, {} ok, {} refused, {} ms",
            r.name,
            r.cases,
            r.panics,
            r.accepted,
            r.refused,
            r.elapsed.as_millis()
        );
    }
    let failures: Vec<String> = reports
        .iter()
        .filter_map(|r| {
            let f = r.first_failure.as_ref()?;
            let input = String::from_utf8_lossy(&f.input);
            Some(format!("{} (case {}, input {input:?}): {}", r.name, f.case, f.message))
        })
        .collect();
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    // The samples must read, or the cases never get past the first check.
    for r in &reports {
        assert!(r.accepted > 0, "{}: no case was accepted", r.name);
    }
}
