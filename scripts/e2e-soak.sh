#!/usr/bin/env bash
# Runs the end-to-end suite again and again against the built dist/, to
# find tests that fail now and then (issue 13). Build first (scripts/test.sh
# or `target/debug/xtask build-site /`).
#   scripts/e2e-soak.sh 10                 ten runs in a row
#   scripts/e2e-soak.sh 5 --load           each beside a release build of the crates
#   scripts/e2e-soak.sh 5 --throttle 4     Chromium's CPU four times slower
# Prints one line per run and a tally; exits non-zero if any run failed.
set -uo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh

runs="${1:-10}"
shift || true
load=false
while [ $# -gt 0 ]; do
  case "$1" in
    --load) load=true ;;
    --throttle) export GIAMNGHEO_E2E_CPU_THROTTLE="$2"; shift ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
  shift
done

scratch="$(mktemp -d "${TMPDIR:-/tmp}/giamngheo-soak.XXXXXX")"
export TMPDIR="$scratch"
export CHROMEDRIVER="$(command -v chromedriver)"
burner=""
cleanup() {
  [ -n "$burner" ] && kill -- -"$burner" 2>/dev/null
  rm -rf "$scratch"
}
trap cleanup EXIT

cargo test --no-run -q -p e2e || exit 1
if $load; then
  # A real CPU-heavy job beside the tests: the domain crates built in
  # release from scratch, over and over, on every core.
  set -m
  ( while true; do
      cargo build -q --release --target-dir "$scratch/load" -p poverty-rules -p planning -p funding -p household-list >/dev/null 2>&1
      rm -rf "$scratch/load"
    done ) &
  burner=$!
  set +m
fi

passed=0
failed=0
for i in $(seq 1 "$runs"); do
  start=$SECONDS
  out="$scratch/run-$i.log"
  if cargo test -q --no-fail-fast -p e2e -- --test-threads=2 >"$out" 2>&1; then
    passed=$((passed + 1))
    echo "run $i: green in $((SECONDS - start)) s"
  else
    failed=$((failed + 1))
    echo "run $i: RED in $((SECONDS - start)) s; failing:"
    sed -n 's/^test \(.*\) \.\.\. FAILED$/    \1/p;s/^    \([a-z0-9_]*\)$/    \1/p' "$out" | sort -u
    mkdir -p target/soak && cp "$out" "target/soak/run-$i.log"
  fi
done
echo "soak: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
