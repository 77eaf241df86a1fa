#!/usr/bin/env bash
# Sets up what is missing, then runs every test: native, WebAssembly in
# headless Chromium, and end to end against the release build.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
scripts/setup.sh --test

# chromedriver and Chromium leave ~50 MB per run in TMPDIR: keep it here.
scratch="$(mktemp -d "${TMPDIR:-/tmp}/giamngheo-test.XXXXXX")"
log="$scratch/test-output.log"
trap 'rm -rf "$scratch"' EXIT
export TMPDIR="$scratch"
export CHROMEDRIVER="$(command -v chromedriver)"

step() { printf '\n==> %s\n' "$*"; }
run() { "$@" 2>&1 | tee -a "$log"; }

step "Formatting and lints"
cargo fmt --all -- --check
cargo clippy --quiet --workspace --exclude giamngheo --all-targets -- -D warnings
cargo clippy --quiet --target wasm32-unknown-unknown -p giamngheo --bins --tests -- -D warnings

step "Native tests: domain crates and tools"
run cargo test --workspace --exclude giamngheo --exclude e2e

step "WebAssembly tests in headless Chromium"
CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
  run cargo test --target wasm32-unknown-unknown -p giamngheo

step "Release build: every bundle, assembled into dist/"
cargo build --quiet -p xtask
target/debug/xtask build-site /

step "What each page downloads on a first visit"
target/debug/xtask size-report dist

step "End-to-end tests in headless Chromium"
run cargo test -p e2e -- --test-threads=2

# One closing line for everything above.
awk '/^test result:/ { for (i = 1; i <= NF; i++) { if ($(i+1) ~ /^passed/) p += $i; if ($(i+1) ~ /^failed/) f += $i } }
     END { printf "\nall suites: %d passed, %d failed\n", p, f }' "$log"
