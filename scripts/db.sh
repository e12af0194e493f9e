#!/usr/bin/env bash
# Prints a Postgres URL for the app, creating the database if needed:
#   1. DATABASE_URL when it is set;
#   2. otherwise Postgres on 127.0.0.1:5432 when something listens there;
#   3. otherwise a project-local cluster in .pgdata/, started from the system's binaries.
# Usage: scripts/db.sh DBNAME   (the database to create on 2 and 3)
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
cd "$ROOT"

dbname="${1:-nba_dashboard}"

if [[ -n "${DATABASE_URL:-}" ]]; then
  echo "$DATABASE_URL"
  exit 0
fi

listening() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

pg_bindir() {
  if command -v pg_config >/dev/null && [[ -x "$(pg_config --bindir)/initdb" ]]; then
    pg_config --bindir
  elif command -v initdb >/dev/null; then
    dirname "$(command -v initdb)"
  else
    ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1
  fi
}

as_postgres() {
  if [[ "$(id -u)" == 0 ]]; then
    su postgres -s /bin/bash -c "$*"
  else
    bash -c "$*"
  fi
}

if listening 5432; then
  port=5432
else
  port=55432
  if ! listening "$port"; then
    bindir="$(pg_bindir)"
    [[ -x "$bindir/initdb" ]] || { echo "no Postgres binaries found (initdb)" >&2; exit 1; }
    data="$ROOT/.pgdata"
    if [[ ! -f "$data/PG_VERSION" ]]; then
      log "creating a project-local Postgres cluster in .pgdata/"
      mkdir -p "$data"
      [[ "$(id -u)" == 0 ]] && chown postgres "$data"
      as_postgres "'$bindir/initdb' -D '$data' -U postgres --auth=trust -E UTF8 >/dev/null"
    fi
    log "starting the project-local Postgres on 127.0.0.1:$port"
    as_postgres "'$bindir/pg_ctl' -D '$data' -l '$data/server.log' -w \
      -o \"-p $port -k '$data' -c listen_addresses=127.0.0.1\" start >/dev/null"
  fi
fi

admin="postgres://postgres@127.0.0.1:$port/postgres"
command -v psql >/dev/null || PATH="$(pg_bindir):$PATH"
if ! psql "$admin" -tAc "SELECT 1 FROM pg_database WHERE datname = '$dbname'" | grep -q 1; then
  psql "$admin" -qc "CREATE DATABASE \"$dbname\"" >/dev/null
fi
echo "postgres://postgres@127.0.0.1:$port/$dbname"
