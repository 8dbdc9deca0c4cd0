#!/usr/bin/env bash
# The load test of issue 14 (`make load`): Granty's release build against the ceiling
# (crates/ceiling: the same offer parsed, checked and inserted with none of Granty's layers) on
# the same database, alternately in the same run (Granty, ceiling, Granty, ceiling), so that a
# shared, busy machine still gives a fair ratio. Traffic to 127.0.0.1 only, every wrk run bounded
# by `timeout`; the servers (and a PostgreSQL database made for the run) are removed at the end.
#
#   bash scripts/load-test.sh                  # SQLite file in a fresh temp folder
#   LOAD_DB=postgres bash scripts/load-test.sh # a fresh database at postgres://postgres@127.0.0.1:5432
#
# Scenarios (the goals of issue 14; how to read them: docs/benchmarks.md):
#   rush      LOAD_RUSH_CONNECTIONS (64) NGOs submitting first submissions; afterwards the database
#             is counted: every 2xx answer is one submitted offer with one version and a receipt.
#   flood     the same submissions while LOAD_FLOOD_CONNECTIONS (200) wrong-password logins run.
#   autosave  the same submissions while LOAD_SAVE_CONNECTIONS (128) editors save their drafts,
#             each every LOAD_SAVE_EVERY_MS (2000, ±25%).
#   pages     five server-rendered pages at LOAD_PAGE_CONNECTIONS (32) readers each.
# Settings: LOAD_DURATION (5s, whole seconds: each submission run; background loads run 2 s
# longer), LOAD_ROUNDS (2: Granty and the ceiling alternate this many times per scenario),
# LOAD_NGOS (64 organisations), LOAD_BIN_DIR (binaries built already: no build), LOAD_PORT, LOAD_LOG (warn), LOAD_PG_URL, CARGO_TARGET_DIR.
# Raw wrk output is kept in <target dir>/load-test/<db>-<time>/.
set -euo pipefail

REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
DB_KIND=${LOAD_DB:-sqlite}
DURATION=${LOAD_DURATION:-5s}
SECONDS_PER_RUN=${DURATION%s}
ROUNDS=${LOAD_ROUNDS:-2}
RUSH_CONNS=${LOAD_RUSH_CONNECTIONS:-64}
PG_URL=${LOAD_PG_URL:-postgres://postgres@127.0.0.1:5432}
HOST=127.0.0.1
LUA="$REPO/scripts/load/request.lua"
case "$DB_KIND" in sqlite | postgres) ;; *) echo "LOAD_DB: sqlite or postgres" >&2; exit 2 ;; esac
case "$SECONDS_PER_RUN" in '' | *[!0-9]*) echo "LOAD_DURATION: whole seconds, e.g. 5s" >&2; exit 2 ;; esac
case "$PG_URL" in
  postgres://*@127.0.0.1:* | postgres://*@localhost:*) ;;
  *) echo "LOAD_PG_URL must point at 127.0.0.1 or localhost" >&2; exit 2 ;;
esac
# shellcheck source=scripts/load/lib.sh
source "$REPO/scripts/load/lib.sh"

# --- Build ----------------------------------------------------------------------------------------
TARGET_DIR=${CARGO_TARGET_DIR:-$REPO/target}
case "$TARGET_DIR" in /*) ;; *) TARGET_DIR="$REPO/$TARGET_DIR" ;; esac
BIN_DIR=${LOAD_BIN_DIR:-$TARGET_DIR/release}
if [ -z "${LOAD_BIN_DIR:-}" ]; then
  echo "==> cargo build --release -p granty -p granty-ceiling (target dir $TARGET_DIR)"
  (cd "$REPO" && CARGO_TARGET_DIR="$TARGET_DIR" cargo build --release -p granty -p granty-ceiling)
fi
BIN="$BIN_DIR/granty"
CEILING_BIN="$BIN_DIR/granty-ceiling"
for tool in wrk sqlite3; do
  command -v "$tool" >/dev/null 2>&1 && continue
  echo "==> installing $tool"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$tool" >/dev/null
done

# --- Two fresh servers on one database --------------------------------------------------------------
WORK=$(mktemp -d -t granty-load.XXXXXX)
OUT="$TARGET_DIR/load-test/$DB_KIND-$(date +%Y%m%d-%H%M%S)"
mkdir -p "$OUT"
PIDS=()
PG_DB=""
cleanup() {
  local status=$? pid
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${PIDS[@]}"; do
    for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    kill -9 "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
  done
  if [ -n "$PG_DB" ]; then
    psql -q "$PG_URL/postgres" -c "DROP DATABASE IF EXISTS \"$PG_DB\" WITH (FORCE)" >/dev/null 2>&1 \
      || echo "warning: could not drop database $PG_DB" >&2
  fi
  cp "$WORK"/*.log "$OUT/" 2>/dev/null || true
  rm -rf "$WORK"
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

port_free() { ! (exec 3<>"/dev/tcp/$HOST/$1") 2>/dev/null; }
free_port() { # the first free port from $1
  local candidate
  for candidate in $(seq "$1" $(($1 + 100))); do port_free "$candidate" && { echo "$candidate"; return; }; done
  echo "no free port on $HOST" >&2; return 1
}
PORT=${LOAD_PORT:-$(free_port 18080)}
CEIL_PORT=$(free_port $((PORT + 1)))
BASE="http://$HOST:$PORT"
CEIL_BASE="http://$HOST:$CEIL_PORT"
if [ "$DB_KIND" = postgres ]; then
  PG_DB="granty_load_$(date +%s)_$$"
  psql -q "$PG_URL/postgres" -c "CREATE DATABASE \"$PG_DB\"" >/dev/null
  DATABASE_URL="$PG_URL/$PG_DB"
else
  DATABASE_URL="sqlite://$WORK/granty.sqlite?mode=rwc"
fi
export GRANTY_CONFIG_DIR="$REPO/config" GRANTY_LISTEN="$HOST:$PORT" GRANTY_PUBLIC_URL="$BASE"
export GRANTY_DATABASE_URL="$DATABASE_URL" GRANTY_STORAGE_URL="$WORK/attachments"
export GRANTY_SMTP_URL="$WORK/outbox" GRANTY_LOG=${LOAD_LOG:-warn} GRANTY_TEMPLATES_DIR="$REPO/pdf-templates"
cd "$WORK"
echo "==> seeding the demo tenant ($DB_KIND)"
timeout 120 "$BIN" seed-demo >"$WORK/seed.log" 2>&1 || { cat "$WORK/seed.log" >&2; exit 1; }
"$BIN" serve >"$WORK/server.log" 2>&1 &
PIDS+=($!)
CEILING_DATABASE_URL="$DATABASE_URL" CEILING_LISTEN="$HOST:$CEIL_PORT" "$CEILING_BIN" \
  >"$WORK/ceiling.log" 2>&1 &
PIDS+=($!)
for _ in $(seq 1 100); do
  curl -fsS -o /dev/null "$BASE/health/live" 2>/dev/null && break
  sleep 0.2
done
curl -fsS -o /dev/null "$BASE/health/live" || { cat "$WORK/server.log" >&2; exit 1; }
kill -0 "${PIDS[1]}" || { cat "$WORK/ceiling.log" >&2; exit 1; }
echo "==> Granty at $BASE, the ceiling at $CEIL_BASE"
source "$REPO/scripts/load/fixtures.sh"
source "$REPO/scripts/load/scenarios.sh"
