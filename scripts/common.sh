# Shared settings for the project's scripts. Sourced, not run.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
CARGO_LEPTOS_VERSION="0.3.10"
# Must equal the wasm-bindgen crate pinned in Cargo.toml.
WASM_BINDGEN_VERSION="0.2.130"
# Dependency builds are kept outside the checkout, so a fresh clone on the same machine
# (CI) starts warm.
SHARED_TARGET="${NBA_SHARED_TARGET:-$HOME/.cache/nba-dashboard/target}"

export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1

log() { printf '\033[1;36m==> %s\033[0m\n' "$*" >&2; }

# Seconds since the script started, for timing reports.
elapsed() { echo $(( $(date +%s) - START_TIME ))s; }
START_TIME="${START_TIME:-$(date +%s)}"
export START_TIME
