#!/usr/bin/env bash
# `make run`: builds the release site, prepares Postgres with demo data when the gold schema
# is empty, and serves the dashboard on http://127.0.0.1:3000.
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
cd "$ROOT"

scripts/tools.sh
DATABASE_URL="$(scripts/db.sh nba_dashboard)"
export DATABASE_URL

log "building the release site"
cargo leptos build --release
node scripts/precompress.mjs target/site

export LEPTOS_SITE_ROOT="$ROOT/target/site"
export LEPTOS_SITE_ADDR="${LEPTOS_SITE_ADDR:-127.0.0.1:3000}"
target/release/server migrate
target/release/server demo-data --if-empty
log "serving on http://$LEPTOS_SITE_ADDR (Ctrl-C stops)"
exec target/release/server serve
