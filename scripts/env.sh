# Sourced by the other scripts: pinned versions and where tools live.
TRUNK_VERSION=0.21.14
# npm's binaryen 132: Debian's binaryen 108 makes a wasm that crashes Chromium.
BINARYEN_VERSION=132.0.0
# terser minifies wasm-bindgen's glue (xtask/src/glue.rs): Trunk's minifier fails on it.
TERSER_VERSION=5.44.0
# axe-core, injected by the end-to-end tests to check every page's accessibility.
AXE_CORE_VERSION=4.14.1
GIAMNGHEO_TOOLS="${GIAMNGHEO_TOOLS:-$HOME/.cache/giamngheo/tools}"
export AXE_CORE_JS="${AXE_CORE_JS:-$GIAMNGHEO_TOOLS/axe-core/node_modules/axe-core/axe.min.js}"
export PATH="$GIAMNGHEO_TOOLS/binaryen/node_modules/.bin:$GIAMNGHEO_TOOLS/terser/node_modules/.bin:$HOME/.cargo/bin:$PATH"
export CHROME_BIN="${CHROME_BIN:-/usr/bin/chromium}"

# The wasm-bindgen version Cargo.lock pins; the CLI must match it exactly.
wasm_bindgen_version() {
  awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock
}
