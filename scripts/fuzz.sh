#!/usr/bin/env bash
# Fuzzes every parser and importer of the domain crates natively (no
# nightly needed): 1.000.000 cases for the cheapest targets, fewer for the
# costly ones (see docs/fuzzing.md), four to five minutes on two cores.
# Arguments go to the harness: --cases N, --seed S, --target NAME, --jobs J,
# --out DIR, --replay FILE. Exits 1 on any panic, the first failing input
# of each target written to fuzz-failures/ (or --out).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh

# The fuzz profile unwinds (release aborts on a panic) and checks overflow.
cargo run --quiet --profile fuzz -p fuzz -- --cases 1000000 "$@"
