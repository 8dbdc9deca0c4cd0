#!/usr/bin/env bash
# HTTP load test of the release binary (`make load`). Sends traffic to 127.0.0.1 only, every wrk
# run is bounded in time, and the server (and a PostgreSQL database it created) is removed at the
# end, also on Ctrl-C or an error.
#
#   bash scripts/load-test.sh                  # SQLite file in a fresh temp folder
#   LOAD_DB=postgres bash scripts/load-test.sh # a fresh database at postgres://postgres@127.0.0.1:5432
#
# Settings: LOAD_DURATION (10s), LOAD_CONNECTIONS ("8 32"), LOAD_SAVE_CONNECTIONS (8),
# LOAD_SUBMIT_CONNECTIONS (as LOAD_CONNECTIONS), LOAD_SUBMIT_DURATION (5s, whole seconds),
# LOAD_SUBMIT_DRAFTS (drafts prepared per first-submission run; by default sized from the
# POST new draft rate so that they do not run out), LOAD_PORT (a free port from 18080), LOAD_LOG (warn),
# LOAD_PG_URL (postgres://postgres@127.0.0.1:5432), CARGO_TARGET_DIR (honoured for the build).
# Raw wrk output is kept in <target dir>/load-test/<db>-<time>/. How to read the numbers:
# docs/benchmarks.md.
set -euo pipefail

REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
DB_KIND=${LOAD_DB:-sqlite}
DURATION=${LOAD_DURATION:-10s}
CONNECTIONS=${LOAD_CONNECTIONS:-"8 32"}
PG_URL=${LOAD_PG_URL:-postgres://postgres@127.0.0.1:5432}
HOST=127.0.0.1
LUA="$REPO/scripts/load/request.lua"

case "$DB_KIND" in
  sqlite | postgres) ;;
  *) echo "LOAD_DB must be sqlite or postgres, not '$DB_KIND'" >&2; exit 2 ;;
esac
case "$PG_URL" in
  postgres://*@127.0.0.1:* | postgres://*@localhost:*) ;;
  *) echo "LOAD_PG_URL must point at 127.0.0.1 or localhost" >&2; exit 2 ;;
esac

# --- Build ---------------------------------------------------------------------------------------
TARGET_DIR=${CARGO_TARGET_DIR:-$REPO/target}
case "$TARGET_DIR" in /*) ;; *) TARGET_DIR="$REPO/$TARGET_DIR" ;; esac
echo "==> cargo build --release --bin granty (target dir $TARGET_DIR)"
(cd "$REPO" && CARGO_TARGET_DIR="$TARGET_DIR" cargo build --release --bin granty)
BIN="$TARGET_DIR/release/granty"

if ! command -v wrk >/dev/null 2>&1; then
  echo "==> installing wrk"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null
fi

# --- A fresh server ------------------------------------------------------------------------------
WORK=$(mktemp -d -t granty-load.XXXXXX)
OUT="$TARGET_DIR/load-test/$DB_KIND-$(date +%Y%m%d-%H%M%S)"
mkdir -p "$OUT"
SERVER_PID=""
PG_DB=""

cleanup() {
  local status=$?
  if [ -n "$SERVER_PID" ] && kill -0 "$SERVER_PID" 2>/dev/null; then
    kill "$SERVER_PID" 2>/dev/null || true
    for _ in $(seq 1 50); do kill -0 "$SERVER_PID" 2>/dev/null || break; sleep 0.1; done
    kill -9 "$SERVER_PID" 2>/dev/null || true
    wait "$SERVER_PID" 2>/dev/null || true
  fi
  if [ -n "$PG_DB" ]; then
    psql -q "$PG_URL/postgres" -c "DROP DATABASE IF EXISTS \"$PG_DB\" WITH (FORCE)" >/dev/null 2>&1 \
      || echo "warning: could not drop database $PG_DB" >&2
  fi
  cp "$WORK/server.log" "$OUT/server.log" 2>/dev/null || true
  rm -rf "$WORK"
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

port_free() { ! (exec 3<>"/dev/tcp/$HOST/$1") 2>/dev/null; }
PORT=${LOAD_PORT:-}
if [ -z "$PORT" ]; then
  for candidate in $(seq 18080 18180); do
    if port_free "$candidate"; then PORT=$candidate; break; fi
  done
fi
[ -n "$PORT" ] && port_free "$PORT" || { echo "no free port on $HOST" >&2; exit 1; }
BASE="http://$HOST:$PORT"

if [ "$DB_KIND" = postgres ]; then
  PG_DB="granty_load_$(date +%s)_$$"
  psql -q "$PG_URL/postgres" -c "CREATE DATABASE \"$PG_DB\"" >/dev/null
  DATABASE_URL="$PG_URL/$PG_DB"
else
  DATABASE_URL="sqlite://$WORK/granty.sqlite?mode=rwc"
fi

export GRANTY_CONFIG_DIR="$REPO/config"
export GRANTY_LISTEN="$HOST:$PORT"
export GRANTY_PUBLIC_URL="$BASE"
export GRANTY_DATABASE_URL="$DATABASE_URL"
export GRANTY_STORAGE_URL="$WORK/attachments"
export GRANTY_SMTP_URL="$WORK/outbox"
export GRANTY_LOG=${LOAD_LOG:-warn}

cd "$WORK"
echo "==> seeding the demo tenant ($DB_KIND)"
timeout 120 "$BIN" seed-demo >"$WORK/seed.log" 2>&1 || { cat "$WORK/seed.log" >&2; exit 1; }
"$BIN" serve >"$WORK/server.log" 2>&1 &
SERVER_PID=$!
for _ in $(seq 1 100); do
  curl -fsS -o /dev/null "$BASE/health/live" 2>/dev/null && break
  kill -0 "$SERVER_PID" 2>/dev/null || { cat "$WORK/server.log" >&2; exit 1; }
  sleep 0.2
done
curl -fsS -o /dev/null "$BASE/health/live" || { echo "server did not start" >&2; exit 1; }
echo "==> server up at $BASE (pid $SERVER_PID)"
# Another build or test run on the machine skews every number: say how busy it is before we start.
cpu_busy() { # percent of all CPUs busy over the next 2 seconds
  local a b
  read -r -a a < <(grep '^cpu ' /proc/stat)
  sleep 2
  read -r -a b < <(grep '^cpu ' /proc/stat)
  local total=0 idle i
  for i in 1 2 3 4 5 6 7 8; do total=$((total + b[i] - a[i])); done
  idle=$((b[4] - a[4] + b[5] - a[5]))
  echo $(( total > 0 ? 100 * (total - idle) / total : 0 ))
}
BUSY=$(cpu_busy)
echo "    CPU busy before the runs (server idle): ${BUSY}%"
[ "$BUSY" -lt 20 ] || echo "    warning: the machine is busy; the numbers will be low" >&2

# --- Fixtures: a token and filled drafts -------------------------------------------------------
api() { # method path [body-file] -> body on stdout, fails on a non-2xx status
  local args=(-sS --max-time 10 -X "$1" -H "Authorization: Bearer ${TOKEN:-}" "$BASE$2")
  [ $# -ge 3 ] && args+=(-H "Content-Type: application/json" --data-binary "@$3")
  curl --fail-with-body "${args[@]}"
}
# The first `"name":value` in a JSON body (the top-level one for the fields used here).
json_field() { grep -o "\"$1\":[^,}]*" | head -n 1 | cut -d: -f2- | tr -d '"'; }
# An application's own version: `organisation` (earlier in the body) has a version of its own.
app_version() { grep -oE '"state":"[a-z_]+","version":[0-9]+' | head -n 1 | sed -E 's/.*://'; }

cat >"$WORK/login.json" <<'EOF'
{"email": "fundacja@demo.granty.pl", "password": "granty-demo-2026", "tenant": "demo"}
EOF
TOKEN=$(api POST /api/v1/sessions "$WORK/login.json" | json_field token)
[ -n "$TOKEN" ] || { echo "login failed" >&2; exit 1; }

echo '{"organisation_id": 1}' >"$WORK/create.json"
# The offer of tests/api/support.rs `offer_content()`: a filled draft, as an applicant saves it.
cat >"$WORK/content.json" <<'EOF'
{"title": "Letnie koncerty w parku", "place": "Park Miejski", "target_group": "Mieszkańcy, rodziny z dziećmi", "summary": "Cykl sześciu koncertów plenerowych.", "start_date": "2027-05-01", "end_date": "2027-09-30", "schedule": [{"name": "Koncerty", "description": "Sześć koncertów", "start": "2027-06-01", "end": "2027-08-31"}], "results": [{"name": "Liczba koncertów", "planned_value": "6", "monitoring": "Lista obecności"}], "costs": [{"category": "action", "action_no": 1, "name": "Honoraria artystów", "unit": "koncert", "unit_cost": "1500", "quantity": "6"}, {"category": "action", "action_no": 1, "name": "Nagłośnienie", "unit": "usługa", "unit_cost": "400", "quantity": "6"}, {"category": "administrative", "name": "Koordynacja", "unit": "miesiąc", "unit_cost": "400", "quantity": "4"}], "sources": {"requested_grant": "11000", "own_financial": "1000", "own_personal": "1000"}, "declarations": {"remuneration": "unpaid", "public_benefit_only": true, "fees_only_in_paid_activity": true, "no_tax_arrears": true, "no_social_security_arrears": true, "register_data_consistent": true, "information_true": true, "gdpr_statements_obtained": true}, "contact": {"name": "Anna Nowak", "email": "anna@fundacja.pl"}}
EOF
# A draft saved once (version 2): the GET target; PATCH with version 1 is a stale save.
api POST /api/v1/calls/1/applications "$WORK/create.json" >"$OUT/created.json"
APP_ID=$(json_field id <"$OUT/created.json")
{ printf '{"version": 1, "content": '; cat "$WORK/content.json"; printf '}'; } >"$WORK/save-v1.json"
api PATCH "/api/v1/applications/$APP_ID" "$WORK/save-v1.json" >"$OUT/saved.json"
SAVED_VERSION=$(app_version <"$OUT/saved.json")
[ "$SAVED_VERSION" = 2 ] || { echo "first save returned version '$SAVED_VERSION'" >&2; exit 1; }
echo "==> logged in; filled draft $APP_ID at version $SAVED_VERSION"

# --- Fixtures for submission: complete drafts -----------------------------------------------------
# Submitting needs an offer that meets every rule of the call: dates inside the demo call's
# realisation window (it moves with the seed date) and the required attachment `statut`.
api GET /api/v1/calls/1 >"$OUT/call.json"
WINDOW_START=$(json_field realisation_start <"$OUT/call.json")
WINDOW_END=$(json_field realisation_end <"$OUT/call.json")
[ -n "$WINDOW_START" ] && [ -n "$WINDOW_END" ] || { echo "no realisation window in call 1" >&2; exit 1; }
# One calendar year only, so that no cost line needs values per year.
TASK_END=$WINDOW_END
[ "${WINDOW_END:0:4}" = "${WINDOW_START:0:4}" ] || TASK_END="${WINDOW_START:0:4}-12-31"
sed -e "s/\"start_date\": \"[0-9-]*\"/\"start_date\": \"$WINDOW_START\"/" \
  -e "s/\"end_date\": \"[0-9-]*\"/\"end_date\": \"$TASK_END\"/" \
  -e "s/\"start\": \"[0-9-]*\"/\"start\": \"$WINDOW_START\"/" \
  -e "s/\"end\": \"[0-9-]*\"/\"end\": \"$TASK_END\"/" "$WORK/content.json" >"$WORK/offer.json"
{ printf '{"version": 1, "content": '; cat "$WORK/offer.json"; printf '}'; } >"$WORK/offer-v1.json"
printf '%%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%%%EOF\n' >"$WORK/statut.pdf"
echo '{}' >"$WORK/empty.json"

# prepare_drafts N FILE: N drafts ready to submit (the offer saved, the statut uploaded); their ids,
# one a line, go to FILE. Three batches (create, save, upload), each sent by PREP_CURLS curl
# processes in parallel, one keep-alive connection each.
PREP_CURLS=4
prepare_drafts() {
  local n=$1 file=$2 i k
  # batch WRITE-CONFIG OUTPUT CURL-ARGS...: WRITE-CONFIG prints one curl config block per request;
  # block k goes to curl number k mod PREP_CURLS; the outputs are concatenated into OUTPUT.
  batch() {
    local write=$1 output=$2 pids=()
    shift 2
    for i in $(seq 0 $((PREP_CURLS - 1))); do : >"$WORK/batch.$i.curl"; done
    k=0
    while IFS= read -r block; do
      printf '%b\n' "$block" >>"$WORK/batch.$((k % PREP_CURLS)).curl"
      k=$((k + 1))
    done < <($write)
    for i in $(seq 0 $((PREP_CURLS - 1))); do
      : >"$WORK/batch.$i.out"
      [ -s "$WORK/batch.$i.curl" ] || continue # fewer requests than curls
      timeout 600 curl -sS --max-time 10 -H "Authorization: Bearer $TOKEN" "$@" \
        -K "$WORK/batch.$i.curl" >"$WORK/batch.$i.out" 2>>"$OUT/prepare-errors.txt" &
      pids+=($!)
    done
    for i in "${pids[@]}"; do wait "$i" || true; done
    for i in $(seq 0 $((PREP_CURLS - 1))); do cat "$WORK/batch.$i.out"; done >"$output"
  }
  creates() { for _ in $(seq 1 "$n"); do echo "url = \"$BASE/api/v1/calls/1/applications\""; done; }
  per_id() { # one request per id, to the application's path followed by $what
    while read -r id; do
      echo "url = \"$BASE/api/v1/applications/$id$what\"\\noutput = \"/dev/null\""
    done <"$file"
  }
  expect() { # STATUS-FILE EXPECTED WHAT: every one of the n requests gave EXPECTED
    [ "$(grep -cx "$2" "$1")" -eq "$n" ] \
      || { echo "preparing drafts, $3: $(sort "$1" | uniq -c | tr -s ' \n' ' ')" >&2; return 1; }
  }
  batch creates "$WORK/batch-created.txt" -X POST -H "Content-Type: application/json" \
    --data-binary "@$WORK/create.json" -w '\n'
  sed -nE 's/^\{"id":([0-9]+),.*/\1/p' "$WORK/batch-created.txt" >"$file"
  [ "$(wc -l <"$file")" -eq "$n" ] || { echo "created $(wc -l <"$file") of $n drafts" >&2; return 1; }
  local what=""
  batch per_id "$WORK/batch-status.txt" -X PATCH -H "Content-Type: application/json" \
    --data-binary "@$WORK/offer-v1.json" -w '%{http_code}\n'
  expect "$WORK/batch-status.txt" 200 save
  what=/attachments
  batch per_id "$WORK/batch-status.txt" -F kind=statut \
    -F "file=@$WORK/statut.pdf;type=application/pdf" -w '%{http_code}\n'
  expect "$WORK/batch-status.txt" 201 upload
}

# One submitted application: the target of the repeated (idempotent) submission.
prepare_drafts 1 "$WORK/repeat-id.txt"
REPEAT_ID=$(cat "$WORK/repeat-id.txt")
curl -sS --max-time 10 -o "$OUT/receipt.json" -w '%{http_code}' -X POST \
  -H "Authorization: Bearer $TOKEN" -H "Content-Type: application/json" \
  --data-binary "@$WORK/empty.json" "$BASE/api/v1/applications/$REPEAT_ID/submit" >"$WORK/status.txt"
[ "$(cat "$WORK/status.txt")" = 201 ] \
  || { echo "first submission of $REPEAT_ID: $(cat "$WORK/status.txt") $(cat "$OUT/receipt.json")" >&2; exit 1; }
echo "==> submitted application $REPEAT_ID: receipt $(json_field receipt_number <"$OUT/receipt.json")"

outbox_count() { find "$WORK/outbox" -type f -name '*.eml' 2>/dev/null | wc -l; }
# Waits (at most 60 s) until the worker has caught up: the number of messages in the outbox
# folder stays the same for 3 s.
outbox_settle() {
  local last=-1 same=0 now
  for _ in $(seq 1 120); do
    now=$(outbox_count)
    if [ "$now" -eq "$last" ]; then same=$((same + 1)); else same=0; last=$now; fi
    [ "$same" -ge 6 ] && break
    sleep 0.5
  done
}

# --- Scenarios -----------------------------------------------------------------------------------
RESULTS="$OUT/results.tsv"
printf 'scenario\tconn\treq/s\tp50 ms\tp99 ms\tmax ms\tstatuses\terrors\n' >"$RESULTS"

# run NAME CONNECTIONS THREADS [VAR=VALUE ...]: one bounded wrk run with the Lua scenario script,
# for RUN_DURATION (default LOAD_DURATION).
run() {
  local name=$1 conns=$2 threads=$3 duration=${RUN_DURATION:-$DURATION}
  shift 3
  local log="$OUT/$(echo "$name" | tr -c 'A-Za-z0-9\n' '_')-c$conns.txt"
  echo "--> $name, $conns connections"
  env LOAD_THREADS="$threads" "$@" timeout 60 wrk -t"$threads" -c"$conns" -d"$duration" \
    --timeout 10s --latency -s "$LUA" "$BASE" >"$log" 2>&1 || echo "    wrk failed, see $log" >&2
  local line
  line=$(grep '^LOAD_RESULT' "$log" || true)
  if [ -z "$line" ]; then
    printf '%s\t%s\t-\t-\t-\t-\t-\twrk failed\n' "$name" "$conns" >>"$RESULTS"
    return
  fi
  local rps p50 p99 max statuses sockets timeouts used ran_out errors
  rps=$(sed -E 's/.* rps=([^ ]+).*/\1/' <<<"$line")
  p50=$(sed -E 's/.* p50_ms=([^ ]+).*/\1/' <<<"$line")
  p99=$(sed -E 's/.* p99_ms=([^ ]+).*/\1/' <<<"$line")
  max=$(sed -E 's/.* max_ms=([^ ]+).*/\1/' <<<"$line")
  statuses=$(sed -E 's/.* statuses=([^ ]*).*/\1/' <<<"$line")
  sockets=$(sed -E 's/.* socket_errors=([^ ]+).*/\1/' <<<"$line")
  timeouts=$(sed -E 's/.* timeouts=([^ ]+).*/\1/' <<<"$line")
  used=$(sed -E 's/.* ids_used=([^ ]+).*/\1/' <<<"$line")
  ran_out=$(sed -E 's/.* ids_ran_out=([^ ]+).*/\1/' <<<"$line")
  errors="socket=$sockets timeout=$timeouts"
  # A run that takes each id once: how many it took (less the one wrk builds to check the script
  # and never sends), and whether it ran out (an invalid row).
  if [ "$used" -gt 0 ]; then
    errors="$errors ids=$((used - 1))/$(grep -c . "$LOAD_IDS_FILE")"
    [ "$ran_out" -eq 0 ] || errors="$errors IDS-RAN-OUT"
  fi
  printf '%s\t%s\t%.0f\t%s\t%s\t%s\t%s\t%s\n' "$name" "$conns" "$rps" "$p50" "$p99" "$max" \
    "$statuses" "$errors" >>"$RESULTS"
}

threads_for() { [ "$1" -lt 2 ] && echo 1 || echo 2; }

for c in $CONNECTIONS; do
  t=$(threads_for "$c")
  run "GET /health/live" "$c" "$t" LOAD_PATH=/health/live
  run "GET public calls" "$c" "$t" LOAD_PATH=/api/v1/public/demo/calls
  run "GET application" "$c" "$t" LOAD_PATH="/api/v1/applications/$APP_ID" LOAD_TOKEN="$TOKEN"
  run "PATCH stale (409)" "$c" "$t" LOAD_METHOD=PATCH LOAD_PATH="/api/v1/applications/$APP_ID" \
    LOAD_TOKEN="$TOKEN" LOAD_BODY_FILE="$WORK/save-v1.json"
  run "POST new draft" "$c" "$t" LOAD_METHOD=POST LOAD_PATH=/api/v1/calls/1/applications \
    LOAD_TOKEN="$TOKEN" LOAD_BODY_FILE="$WORK/create.json"
  run "POST submit repeat (200)" "$c" "$t" LOAD_METHOD=POST \
    LOAD_PATH="/api/v1/applications/$REPEAT_ID/submit" LOAD_TOKEN="$TOKEN" \
    LOAD_BODY_FILE="$WORK/empty.json"
done

# Successful saves: one draft per connection, each thread one connection that sends back the
# version its last response gave it, so every save is accepted (200) and writes a new version.
SAVE_CONNS=${LOAD_SAVE_CONNECTIONS:-8}
SAVE_IDS=""
for _ in $(seq 1 "$SAVE_CONNS"); do
  id=$(api POST /api/v1/calls/1/applications "$WORK/create.json" | json_field id)
  SAVE_IDS="${SAVE_IDS:+$SAVE_IDS,}$id"
done
run "PATCH save (200)" "$SAVE_CONNS" "$SAVE_CONNS" LOAD_METHOD=PATCH LOAD_PATH="/api/v1/applications/{id}" \
  LOAD_IDS="$SAVE_IDS" LOAD_TOKEN="$TOKEN" LOAD_BODY_FILE="$WORK/content.json" LOAD_VERSION_BODY=1

# First submissions: each request submits a different complete draft once (201): the version, the
# receipt number, an audit row and the outbox rows in one transaction, while the worker delivers
# the outbox to $WORK/outbox. The drafts are prepared before each run; without LOAD_SUBMIT_DRAFTS
# there are as many as POST new draft (one insert and an audit row, much less work than a
# submission) got through in the same time at the same connections, plus 100: about twice what
# the run takes.
SUBMIT_DURATION=${LOAD_SUBMIT_DURATION:-5s}
SUBMIT_SECONDS=${SUBMIT_DURATION%s}
case "$SUBMIT_SECONDS" in '' | *[!0-9]*) echo "LOAD_SUBMIT_DURATION: whole seconds, e.g. 5s" >&2; exit 2 ;; esac
for c in ${LOAD_SUBMIT_CONNECTIONS:-$CONNECTIONS}; do
  t=$(threads_for "$c")
  drafts=${LOAD_SUBMIT_DRAFTS:-}
  if [ -z "$drafts" ]; then
    create_rps=$(awk -F'\t' -v c="$c" '$1 == "POST new draft" && $2 == c { print $3 }' "$RESULTS")
    case "$create_rps" in '' | *[!0-9]*) create_rps=1000 ;; esac
    drafts=$((create_rps * SUBMIT_SECONDS + 100))
    [ "$drafts" -le 20000 ] || drafts=20000
  fi
  echo "==> preparing $drafts complete drafts"
  started=$(date +%s)
  prepare_drafts "$drafts" "$WORK/submit-ids-c$c.txt"
  echo "    done in $(($(date +%s) - started)) s; waiting for the outbox to settle"
  outbox_settle
  LOAD_IDS_FILE="$WORK/submit-ids-c$c.txt" RUN_DURATION="$SUBMIT_DURATION" \
    run "POST submit first (201)" "$c" "$t" LOAD_METHOD=POST \
    LOAD_PATH="/api/v1/applications/{id}/submit" LOAD_IDS_FILE="$WORK/submit-ids-c$c.txt" \
    LOAD_IDS_ONCE=1 LOAD_TOKEN="$TOKEN" LOAD_BODY_FILE="$WORK/empty.json"
done
# Each first submission queues one message per member of the organisation (one member here).
outbox_settle
# Between the 201s counted and the submissions sent (a request cut off by the end of a run may or
# may not have been committed), plus the one before the runs.
SUBMITTED=$(awk -F'\t' '$1 == "POST submit first (201)" && match($7, /201:[0-9]+/) { n += substr($7, RSTART + 4, RLENGTH - 4) } END { print n + 1 }' "$RESULTS")
SENT=$(awk -F'\t' '$1 == "POST submit first (201)" && match($8, /ids=[0-9]+/) { n += substr($8, RSTART + 4, RLENGTH - 4) } END { print n + 1 }' "$RESULTS")
MESSAGES=$(outbox_count)

# --- Report ----------------------------------------------------------------------------------------
echo
echo "Results ($DB_KIND, $(nproc) cores shared by server and wrk, ${DURATION} per run (first submissions"
echo "${SUBMIT_DURATION}), CPU ${BUSY}% busy before;"
echo "raw output in $OUT)"
column -t -s $'\t' "$RESULTS" 2>/dev/null || cat "$RESULTS"
echo
echo "Expected statuses: 200 everywhere, 409 for the stale PATCH, 201 for POST new draft and the"
echo "first submissions. Any other status, socket error, timeout or IDS-RAN-OUT makes that row invalid."
echo "Outbox: the worker wrote $MESSAGES messages; expected one per first submission: at least $SUBMITTED"
echo "(201s), at most $SENT (requests sent; one cut off by the end of a run may or may not be committed)."
[ "$MESSAGES" -ge "$SUBMITTED" ] && [ "$MESSAGES" -le "$SENT" ] || echo "warning: outbox count out of range" >&2
