#!/usr/bin/env bash
# Benchmarks the release server on demo data, over loopback only:
#   1. wrk -t2 -c32 -d15s on / (requests/s, p50, p99);
#   2. the same HTML as a static file from nginx, for comparison;
#   3. the server's resident memory after the load;
#   4. a first load in Chromium: compressed bytes, requests, time to the first drawn chart.
# Results go to bench/results/ and are printed at the end.
source "$(dirname "${BASH_SOURCE[0]}")/../scripts/common.sh"
cd "$ROOT"

scripts/tools.sh --browser
command -v wrk >/dev/null || { sudo_cmd=""; [[ "$(id -u)" != 0 ]] && sudo_cmd=sudo;
  $sudo_cmd apt-get install -y -qq wrk; }
command -v nginx >/dev/null || { sudo_cmd=""; [[ "$(id -u)" != 0 ]] && sudo_cmd=sudo;
  $sudo_cmd apt-get install -y -qq nginx-light; }

log "release build"
cargo leptos build --release
node scripts/precompress.mjs target/site

out="$ROOT/bench/results"
mkdir -p "$out"
port=3200
static_port=3201
export DATABASE_URL="$(scripts/db.sh nba_dashboard_bench)"
export LEPTOS_SITE_ROOT="$ROOT/target/site" LEPTOS_SITE_ADDR="127.0.0.1:$port" RUST_LOG=warn
# The demo's busiest night is a Wednesday: measure the Games page on that slate, the largest
# the simulator makes, by letting "today" be the Thursday after it.
export LEAGUE_TODAY="${LEAGUE_TODAY:-$(date -d 'last thursday' +%F)}"
target/release/server demo-data --replace >/dev/null 2>&1
target/release/server serve >"$out/server.log" 2>&1 &
server_pid=$!
nginx_dir="$(mktemp -d)"
cleanup() {
  kill "$server_pid" 2>/dev/null || true
  [[ -f "$nginx_dir/nginx.pid" ]] && kill "$(cat "$nginx_dir/nginx.pid")" 2>/dev/null || true
  rm -rf "$nginx_dir"
}
trap cleanup EXIT
for _ in $(seq 1 60); do
  curl -fsS "http://127.0.0.1:$port/readyz" >/dev/null 2>&1 && break
  sleep 0.5
done

log "wrk on the dashboard's /"
curl -fsS "http://127.0.0.1:$port/" -o "$nginx_dir/index.html"
# nginx workers run unprivileged: let them read the copy.
chmod 755 "$nginx_dir"
chmod 644 "$nginx_dir/index.html"
wrk -t2 -c32 -d15s --latency "http://127.0.0.1:$port/" | tee "$out/wrk-app.txt"
rss_kb=$(awk '/VmRSS/ {print $2}' "/proc/$server_pid/status")
hwm_kb=$(awk '/VmHWM/ {print $2}' "/proc/$server_pid/status")

log "wrk on the same HTML from nginx"
cat >"$nginx_dir/nginx.conf" <<CONF
worker_processes 2;
pid $nginx_dir/nginx.pid;
error_log $nginx_dir/error.log;
events { worker_connections 1024; }
http {
  access_log off;
  server {
    listen 127.0.0.1:$static_port;
    root $nginx_dir;
    location / { try_files /index.html =404; }
  }
}
CONF
nginx -c "$nginx_dir/nginx.conf"
sleep 0.5
wrk -t2 -c32 -d15s --latency "http://127.0.0.1:$static_port/" | tee "$out/wrk-static.txt"

log "the Games page: server time, sizes and wrk on the first game"
base="http://127.0.0.1:$port"
slugs=$(curl -fsS "$base/games" | grep -o 'href="/games/[0-9a-z-]*"' | sed 's|href="/games/||; s|"||' | sort -u)
largest_html=0; largest_plot=0; : >"$out/games-pages.txt"
for slug in $slugs; do
  # The first request renders (a page-cache miss), the second is served from the cache.
  miss=$(curl -fsS -o "$nginx_dir/game.html" -w '%{time_total}' "$base/games/$slug")
  hit=$(curl -fsS -o /dev/null -w '%{time_total}' "$base/games/$slug")
  html=$(wc -c <"$nginx_dir/game.html")
  html_br=$(curl -fsS -H 'Accept-Encoding: br' "$base/games/$slug" | wc -c)
  plot=$(curl -fsS -X POST -H 'Content-Type: application/x-www-form-urlencoded' \
    --data "game=$slug" "$base/api/game_plot" | wc -c)
  plot_br=$(curl -fsS -X POST -H 'Content-Type: application/x-www-form-urlencoded' \
    -H 'Accept-Encoding: br' --data "game=$slug" "$base/api/game_plot" | wc -c)
  echo "$slug render ${miss}s cached ${hit}s html $html B (br $html_br) plot $plot B (br $plot_br)" \
    | tee -a "$out/games-pages.txt"
  (( html > largest_html )) && largest_html=$html
  (( plot > largest_plot )) && largest_plot=$plot
done
first_game=$(echo "$slugs" | head -1)
wrk -t2 -c32 -d15s --latency "$base/games/$first_game" | tee "$out/wrk-games.txt"

log "teams, players, schedule, social, about: page renders, and the server functions behind typing"
: >"$out/teams-players.txt"
player=$(curl -fsS "$base/players" | grep -o 'href="/players/[a-z0-9-]*"' | head -1 | sed 's|href="||; s|"||')
for path in /teams /teams/BOS /players "/players?q=an" "$player" /schedule "/social?team=BOS" \
  "/social?team=BOS&tables=open" /about; do
  miss=$(curl -fsS -o "$nginx_dir/page.html" -w '%{time_total}' "$base$path")
  hit=$(curl -fsS -o /dev/null -w '%{time_total}' "$base$path")
  html=$(wc -c <"$nginx_dir/page.html")
  html_br=$(curl -fsS -H 'Accept-Encoding: br' "$base$path" | wc -c)
  echo "$path render ${miss}s cached ${hit}s html $html B (br $html_br)" | tee -a "$out/teams-players.txt"
done
wrk -t2 -c32 -d10s --latency "$base/teams/BOS" | tee "$out/wrk-team.txt"
wrk -t2 -c32 -d10s --latency "$base/social?team=BOS&tables=open" | tee "$out/wrk-social.txt"
curl -fsS -o /dev/null -w 'CSV of every comment: %{size_download} B in %{time_total}s\n' \
  "$base/csv/comments" | tee -a "$out/teams-players.txt"
cat >"$nginx_dir/players.lua" <<'LUA'
wrk.method = "POST"
wrk.body = "search=%3Fq%3Dan%26sort%3Dsalary"
wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"
LUA
wrk -t2 -c8 -d10s --latency -s "$nginx_dir/players.lua" "$base/api/players" | tee "$out/wrk-players-api.txt"
cat >"$nginx_dir/search.lua" <<'LUA'
wrk.method = "POST"
wrk.body = "q=an"
wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"
LUA
wrk -t2 -c8 -d10s --latency -s "$nginx_dir/search.lua" "$base/api/search" | tee "$out/wrk-search-api.txt"

log "first load in Chromium"
node bench/first-load.mjs "http://127.0.0.1:$port/" | tee "$out/first-load.json"

summary() {
  local file=$1
  local rps p50 p99
  rps=$(awk '/Requests\/sec/ {print $2}' "$file")
  p50=$(awk '$1 == "50%" {print $2}' "$file")
  p99=$(awk '$1 == "99%" {print $2}' "$file")
  echo "$rps req/s, p50 $p50, p99 $p99"
}
{
  echo "dashboard /: $(summary "$out/wrk-app.txt")"
  echo "nginx static copy: $(summary "$out/wrk-static.txt")"
  echo "server RSS after load: $((rss_kb / 1024)) MiB (peak $((hwm_kb / 1024)) MiB)"
  echo "HTML size: $(wc -c <"$nginx_dir/index.html") bytes uncompressed"
  echo "first load: $(cat "$out/first-load.json")"
  echo "dashboard /games/$first_game: $(summary "$out/wrk-games.txt")"
  echo "games on the slate: $(echo "$slugs" | wc -l); largest game page $largest_html bytes, largest chart data $largest_plot bytes"
  echo "dashboard /teams/BOS: $(summary "$out/wrk-team.txt")"
  echo "dashboard /social?team=BOS&tables=open: $(summary "$out/wrk-social.txt")"
  echo "players index server function (typing, q=an, sort=salary): $(summary "$out/wrk-players-api.txt")"
  echo "search suggestions server function (q=an): $(summary "$out/wrk-search-api.txt")"
} | tee "$out/summary.txt"
