#!/usr/bin/env bash
# Installs whatever is missing or at the wrong version, and nothing else.
#   scripts/setup.sh          tools to build the site
#   scripts/setup.sh --test   also Chromium and chromedriver, for the tests
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh

say() { printf '==> %s\n' "$*"; }

apt_install() {
  local sudo=""
  if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || { echo "Need root or sudo to install: $*" >&2; exit 1; }
    sudo="sudo"
  fi
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "$@"
}

command -v cargo >/dev/null || { echo "cargo not found: install Rust with rustup (https://rustup.rs) first." >&2; exit 1; }

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "Adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

if [ "$(trunk --version 2>/dev/null)" != "trunk $TRUNK_VERSION" ]; then
  say "Installing trunk $TRUNK_VERSION (about 7 minutes)"
  cargo install trunk --version "$TRUNK_VERSION" --locked
fi

wb="$(wasm_bindgen_version)"
if [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $wb" ] || ! command -v wasm-bindgen-test-runner >/dev/null; then
  say "Installing wasm-bindgen-cli $wb (about 5 minutes)"
  # Not --locked: one of its locked dependencies is gone from the registry.
  cargo install wasm-bindgen-cli --version "$wb" --force
fi

if ! wasm-opt --version 2>/dev/null | grep -q "version ${BINARYEN_VERSION%%.*}\b"; then
  command -v npm >/dev/null || apt_install nodejs npm
  say "Installing wasm-opt (npm binaryen $BINARYEN_VERSION) into $GIAMNGHEO_TOOLS"
  mkdir -p "$GIAMNGHEO_TOOLS/binaryen"
  npm install --prefix "$GIAMNGHEO_TOOLS/binaryen" --no-audit --no-fund --loglevel=error "binaryen@$BINARYEN_VERSION"
fi

if [ "$(terser --version 2>/dev/null)" != "terser $TERSER_VERSION" ]; then
  command -v npm >/dev/null || apt_install nodejs npm
  say "Installing terser $TERSER_VERSION (npm) into $GIAMNGHEO_TOOLS"
  mkdir -p "$GIAMNGHEO_TOOLS/terser"
  npm install --prefix "$GIAMNGHEO_TOOLS/terser" --no-audit --no-fund --loglevel=error "terser@$TERSER_VERSION"
fi

if [ "${1:-}" = "--test" ]; then
  if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then
    say "Installing Chromium and chromedriver from Debian"
    apt_install chromium chromium-driver
  fi
  axe_package="$(dirname "$AXE_CORE_JS")/package.json"
  if ! grep -q "\"version\": \"$AXE_CORE_VERSION\"" "$axe_package" 2>/dev/null; then
    command -v npm >/dev/null || apt_install nodejs npm
    say "Installing axe-core $AXE_CORE_VERSION (npm) into $GIAMNGHEO_TOOLS"
    mkdir -p "$GIAMNGHEO_TOOLS/axe-core"
    npm install --prefix "$GIAMNGHEO_TOOLS/axe-core" --no-audit --no-fund --loglevel=error "axe-core@$AXE_CORE_VERSION"
  fi
fi
