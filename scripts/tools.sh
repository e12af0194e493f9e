#!/usr/bin/env bash
# Installs what a fresh machine lacks to build the project, skipping whatever is already
# there at the right version. `--browser` also installs Debian's Chromium for the e2e tests.
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
cd "$ROOT"

want_browser=false
[[ "${1:-}" == "--browser" ]] && want_browser=true

if ! rustup target list --installed 2>/dev/null | grep -q '^wasm32-unknown-unknown$'; then
  log "adding the wasm32 target"
  rustup target add wasm32-unknown-unknown
fi

if [[ "$(cargo-leptos --version 2>/dev/null)" != "cargo-leptos $CARGO_LEPTOS_VERSION" ]]; then
  log "installing cargo-leptos $CARGO_LEPTOS_VERSION (takes a while, once per machine)"
  # No LTO and parallel codegen: the tool builds in a fraction of its release-profile time.
  CARGO_PROFILE_RELEASE_LTO=false CARGO_PROFILE_RELEASE_CODEGEN_UNITS=16 \
    cargo install cargo-leptos --version "$CARGO_LEPTOS_VERSION" --locked
fi

if [[ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $WASM_BINDGEN_VERSION" ]]; then
  log "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION"
  # Not --locked: its lockfile names a crate version the registry no longer serves.
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION"
fi

if [[ ! -f node_modules/.package-lock.json || package-lock.json -nt node_modules/.package-lock.json ]]; then
  log "installing npm packages (echarts, esbuild, binaryen)"
  npm ci --no-audit --no-fund
fi
node scripts/vendor-assets.mjs >/dev/null

if $want_browser; then
  if [[ ! -f end2end/node_modules/.package-lock.json \
    || end2end/package-lock.json -nt end2end/node_modules/.package-lock.json ]]; then
    log "installing Playwright (without its browser download)"
    (cd end2end && npm ci --no-audit --no-fund)
  fi
  if [[ ! -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ]]; then
    log "installing Debian's Chromium"
    sudo=""
    [[ "$(id -u)" != 0 ]] && sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium
  fi
fi

# Point target/ at the shared build directory (once per checkout).
if [[ ! -e target ]]; then
  mkdir -p "$SHARED_TARGET"
  ln -s "$SHARED_TARGET" target
fi
