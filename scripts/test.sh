#!/usr/bin/env bash
# `make test`: every test. Unit and integration tests (real Postgres, a fresh database per
# test), then the end-to-end suite in Debian's Chromium against the real server binary on
# demo data.
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
cd "$ROOT"

scripts/tools.sh --browser
e2e_url="$(scripts/db.sh nba_dashboard_e2e)"
export TEST_DATABASE_URL="${e2e_url%/*}/postgres"
log "tools and database ready ($(elapsed))"

log "unit and integration tests"
# One test at a time: every #[tokio::test] has its own runtime, and Leptos's reactive system is
# global to the process, so server renders on several runtimes at once can stall one of them
# (seen in about one run in three). The server itself runs one runtime.
cargo test -p app -p server -- --test-threads=1
log "cargo tests done ($(elapsed))"

log "building the site (debug)"
cargo leptos build
log "site built ($(elapsed))"

port="${E2E_PORT:-3100}"
logfile="$ROOT/target/e2e-server.log"
export DATABASE_URL="$e2e_url" LEPTOS_SITE_ROOT="$ROOT/target/site" \
  LEPTOS_SITE_ADDR="127.0.0.1:$port" DATA_REFRESH_TOKEN="e2e-refresh-token"
target/debug/server demo-data --replace >"$logfile" 2>&1
target/debug/server serve >>"$logfile" 2>&1 &
server_pid=$!
# A second server whose "today" falls in the playoffs window, for the season control.
playoffs_port=$((port + 1))
LEAGUE_TODAY="$(date +%Y)-05-01" LEPTOS_SITE_ADDR="127.0.0.1:$playoffs_port" \
  target/debug/server serve >>"$logfile" 2>&1 &
playoffs_pid=$!
stop_servers() {
  kill "$server_pid" "$playoffs_pid" 2>/dev/null || true
  wait "$server_pid" "$playoffs_pid" 2>/dev/null || true
}
trap stop_servers EXIT

wait_ready() {
  for _ in $(seq 1 120); do
    curl -fsS "http://127.0.0.1:$1/readyz" >/dev/null 2>&1 && return 0
    sleep 0.5
  done
  cat "$logfile"
  echo "the server on port $1 did not become ready" >&2
  return 1
}
wait_ready "$port"
wait_ready "$playoffs_port"

log "end-to-end tests"
(cd end2end && BASE_URL="http://127.0.0.1:$port" PLAYOFFS_BASE_URL="http://127.0.0.1:$playoffs_port" \
  npx playwright test)
log "all tests passed ($(elapsed))"
