#!/usr/bin/env bash
# Sets up what is missing, then runs every test: native, WebAssembly in
# headless Chromium, and end to end against the release build. Every suite
# runs even when one before it fails; the summary names every failing test
# and step, and the exit status is non-zero on any failure.
set -uo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
scripts/setup.sh --test || exit 1

# chromedriver and Chromium leave ~50 MB per run in TMPDIR: keep it here.
scratch="$(mktemp -d "${TMPDIR:-/tmp}/giamngheo-test.XXXXXX")"
log="$scratch/test-output.log"
# Made empty now: the first step counts failing tests before it has run,
# and a count of a missing file is no number (a failed first step, the
# formatting check, would then go unreported).
: >"$log"
trap 'rm -rf "$scratch"' EXIT
export TMPDIR="$scratch"
export CHROMEDRIVER="$(command -v chromedriver)"
# A clean clone builds everything once: incremental caches only fill the disk.
[ -n "${CI:-}" ] && export CARGO_INCREMENTAL=0
# A full disk fails every step at once, in messages about temp files: say so first.
free_gb=$(($(df -Pk . | awk 'NR == 2 { print $4 }') / 1048576))
if [ "$free_gb" -lt 12 ]; then
  printf 'warning: %d GB free here; a run from a clean clone needs about 12 GB.\n' "$free_gb" >&2
fi

failed_steps=()
timings=()
failing_tests() { grep -c -- ' \.\.\. FAILED$' "$log"; }
# step NAME COMMAND…: runs it with its output in the log, times it, and
# remembers a failure without stopping. A failed step counts in the summary
# unless failing tests already say why (lints, a build, a crash do not).
step() {
  local name="$1" start=$SECONDS before
  shift
  before="$(failing_tests)"
  printf '\n==> %s\n' "$name"
  "$@" 2>&1 | tee -a "$log"
  local status=${PIPESTATUS[0]}
  timings+=("$(printf '%5d s  %s' $((SECONDS - start)) "$name")")
  if [ "$status" -ne 0 ] && [ "$(failing_tests)" -eq "$before" ]; then
    failed_steps+=("$name")
  fi
  return "$status"
}

step "Formatting" cargo fmt --all -- --check
step "Lints (native)" cargo clippy --quiet --workspace --exclude giamngheo --all-targets -- -D warnings
step "Lints (wasm)" cargo clippy --quiet --target wasm32-unknown-unknown -p giamngheo --bins --tests -- -D warnings
step "Native tests: domain crates and tools" \
  cargo test --no-fail-fast --workspace --exclude giamngheo --exclude e2e
CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
  step "WebAssembly tests in headless Chromium" cargo test --no-fail-fast --target wasm32-unknown-unknown -p giamngheo
if step "Release build: every bundle, assembled into dist/" \
  bash -c 'cargo build --quiet -p xtask && target/debug/xtask build-site /'; then
  step "What each page downloads on a first visit" target/debug/xtask size-report dist
  step "End-to-end tests in headless Chromium" cargo test --no-fail-fast -p e2e -- --test-threads=2
else
  failed_steps+=("End-to-end tests: not run, as the build failed")
fi

printf '\n==> Where the time went\n'
printf '%s\n' "${timings[@]}"

# One closing line for everything above: every test counted, every failing
# test and step named.
failed_tests="$(sed -n 's/^test \(.*\) \.\.\. FAILED$/\1/p' "$log")"
if [ -n "$failed_tests" ] || [ ${#failed_steps[@]} -gt 0 ]; then
  printf '\nFailed:\n'
  [ -n "$failed_tests" ] && printf '  test %s\n' $failed_tests
  for s in "${failed_steps[@]}"; do printf '  step %s\n' "$s"; done
fi
awk -v steps="${#failed_steps[@]}" '
  /^test result:/ { for (i = 1; i <= NF; i++) { if ($(i+1) ~ /^passed/) p += $i; if ($(i+1) ~ /^failed/) f += $i } }
  END { printf "\nall suites: %d passed, %d failed\n", p, f + steps }' "$log"
[ ${#failed_steps[@]} -eq 0 ] && [ -z "$failed_tests" ]
