# shellcheck shell=bash
# Sourced by scripts/{setup,build,serve,test}: repo paths, PATH, logging, pinned tool versions.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# cargo-installed tools (wasm-bindgen, wasm-pack) live here; CI's environment may not have it on PATH.
export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"

WASM_TARGET=wasm32-unknown-unknown
# wasm-opt comes from the npm package `binaryen` pinned in package.json/package-lock.json.
# Always call it by this path: Debian's `binaryen` (wasm-opt 108) silently emits a broken module.
WASM_OPT="$ROOT/node_modules/.bin/wasm-opt"
# terser (npm, pinned the same way) minifies the JS glue wasm-bindgen writes (sizes: docs/performance.md).
TERSER="$ROOT/node_modules/.bin/terser"
# Installed only when no wasm-pack is present (wasm-pack is for users; the scripts don't need it).
WASM_PACK_VERSION=0.15.1
# Debian packages for the headless browser tests in both engines (and CJK glyphs for the charts' text).
APT_PACKAGES=(chromium chromium-driver firefox-esr fonts-noto-cjk)
# geckodriver (Firefox's WebDriver) is not packaged by Debian 12: built from crates.io by scripts/setup.
# Tested with Debian 12's firefox-esr 153; wasm-pack 0.15.1 finds it on PATH and downloads nothing.
GECKODRIVER_VERSION=0.37.1

say() { printf '==> %s\n' "$*"; }
note() { printf '    %s\n' "$*"; }
die() {
    printf '\nERROR: %s\n' "$*" >&2
    exit 1
}

# Version of a crate as resolved in Cargo.lock (the single source of truth for wasm-bindgen's version).
lock_version() {
    local v
    v="$(awk -v n="$1" '$0 == "name = \"" n "\"" { f = 1; next } f && /^version = / { gsub(/"/, "", $3); print $3; exit }' "$ROOT/Cargo.lock")"
    [ -n "$v" ] || die "crate '$1' not found in $ROOT/Cargo.lock"
    printf '%s\n' "$v"
}

# "wasm-bindgen 0.2.130" -> "0.2.130"; empty when the tool is missing.
tool_version() {
    command -v "$1" >/dev/null 2>&1 || return 0
    "$1" --version 2>/dev/null | awk '{ print $2; exit }'
}

# Seconds since $1 (an epoch timestamp).
since() { echo "$(($(date +%s) - $1))s"; }
