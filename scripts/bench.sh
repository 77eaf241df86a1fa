#!/usr/bin/env bash
# Sets up what is missing, builds the release site, and prints the numbers:
# what each page downloads on a first visit, time to interactive on a slow
# link, the 100.000-household import and a table edit, in Chromium and
# natively. See docs/performance.md.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
scripts/setup.sh --test

scratch="$(mktemp -d "${TMPDIR:-/tmp}/giamngheo-bench.XXXXXX")"
trap 'rm -rf "$scratch"' EXIT
export TMPDIR="$scratch"
export CHROMEDRIVER="$(command -v chromedriver)"

step() { printf '\n==> %s\n' "$*"; }

step "Release build: every bundle, assembled into dist/"
cargo build --quiet -p xtask
target/debug/xtask build-site /

step "What each page downloads on a first visit"
target/debug/xtask size-report dist

step "The household-list import natively, step by step"
cargo run --quiet --release -p household-list --example bench

step "Chromium (headless) beside native code"
cargo run --quiet --release -p e2e --bin bench
