//! `cargo run --profile fuzz -p fuzz -- [--cases N] [--seed S] [--target NAME]
//! [--jobs J] [--out DIR] [--replay FILE]`: runs every target, prints a
//! table, writes each first failing input to DIR and exits 1 on any panic.

use std::process::ExitCode;
use std::time::{Duration, Instant};

use fuzz::runner::{Report, quiet_panics, run_all, run_one};
use fuzz::target::Target;
use vn_format::{Decimal, format_decimal, format_integer};

struct Args {
    cases: u64,
    seed: u64,
    target: Option<String>,
    jobs: usize,
    out: String,
    replay: Option<String>,
}

fn parse_args() -> Result<Args, String> {
    let mut args = Args {
        cases: 100_000,
        seed: 1,
        target: None,
        jobs: 2,
        out: "fuzz-failures".into(),
        replay: None,
    };
    let mut it = std::env::args().skip(1);
    while let Some(flag) = it.next() {
        let mut value = || it.next().ok_or(format!("{flag} needs a value"));
        let number = |text: String| {
            text.replace(['.', '_'], "")
                .parse::<u64>()
                .map_err(|e| format!("{text}: {e}"))
        };
        match flag.as_str() {
            "--cases" => args.cases = number(value()?)?,
            "--seed" => args.seed = number(value()?)?,
            "--jobs" => args.jobs = number(value()?)?.max(1) as usize,
            "--target" => args.target = Some(value()?),
            "--out" => args.out = value()?,
            "--replay" => args.replay = Some(value()?),
            _ => return Err(format!("unknown argument {flag}")),
        }
    }
    Ok(args)
}

fn seconds(d: Duration) -> String {
    format_decimal(Decimal::from(d.as_millis() as u64) / Decimal::ONE_THOUSAND, 1)
}

fn count(n: u64) -> String {
    format_integer(Decimal::from(n))
}

fn print_table(reports: &[Report]) {
    println!(
        "{:<26} {:>12} {:>7} {:>11} {:>11} {:>9} {:>10}",
        "target", "cases", "panics", "ok", "refused", "time (s)", "slowest ms"
    );
    for r in reports {
        println!(
            "{:<26} {:>12} {:>7} {:>11} {:>11} {:>9} {:>10}",
            r.name,
            count(r.cases),
            count(r.panics),
            count(r.accepted),
            count(r.refused),
            seconds(r.elapsed),
            r.slowest.as_millis()
        );
    }
    let total: u64 = reports.iter().map(|r| r.cases).sum();
    let panics: u64 = reports.iter().map(|r| r.panics).sum();
    println!("{:<26} {:>12} {:>7}", "all", count(total), count(panics));
}

fn write_failures(reports: &[Report], args: &Args) -> std::io::Result<()> {
    for r in reports {
        let Some(failure) = &r.first_failure else { continue };
        std::fs::create_dir_all(&args.out)?;
        let path = format!(
            "{}/{}-seed{}-case{}.bin",
            args.out,
            r.name.replace(' ', "-"),
            args.seed,
            failure.case
        );
        std::fs::write(&path, &failure.input)?;
        println!(
            "{}: {} ({} panics; first input in {path})",
            r.name, failure.message, r.panics
        );
    }
    Ok(())
}

fn main() -> ExitCode {
    let args = match parse_args() {
        Ok(args) => args,
        Err(e) => {
            eprintln!("{e}");
            return ExitCode::from(2);
        }
    };
    let targets: Vec<Target> = fuzz::targets::all()
        .into_iter()
        .filter(|t| args.target.as_ref().is_none_or(|name| t.name.contains(name.as_str())))
        .collect();
    quiet_panics();
    if let Some(file) = &args.replay {
        let input = std::fs::read(file).unwrap_or_else(|e| panic!("{file}: {e}"));
        let mut failed = false;
        for target in &targets {
            let result = run_one(target, &input);
            println!("{}: {result:?}", target.name);
            failed |= result.is_err();
        }
        return if failed { ExitCode::FAILURE } else { ExitCode::SUCCESS };
    }
    let start = Instant::now();
    let reports = run_all(&targets, args.cases, args.seed, args.jobs);
    print_table(&reports);
    println!(
        "seed {}, {} jobs, {} s in all",
        args.seed,
        args.jobs,
        seconds(start.elapsed())
    );
    if let Err(e) = write_failures(&reports, &args) {
        eprintln!("could not write the failing inputs: {e}");
    }
    if reports.iter().any(|r| r.panics > 0) {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}
