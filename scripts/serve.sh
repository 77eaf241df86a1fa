#!/usr/bin/env bash
# Sets up what is missing, builds the release site and serves it locally.
#   ADDR=0.0.0.0:8080 scripts/serve.sh          another address
#   PUBLIC_URL=/giamngheo/ scripts/serve.sh     as if deployed under a sub-path
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
scripts/setup.sh

public_url="${PUBLIC_URL:-/}"
cargo build --quiet -p xtask
target/debug/xtask build-site "$public_url"
exec target/debug/xtask serve dist "${ADDR:-127.0.0.1:8080}" "$public_url"
