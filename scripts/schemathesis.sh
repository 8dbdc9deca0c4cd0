#!/usr/bin/env bash
# Schemathesis (PyPI) against the OpenAPI document: generated requests, valid and invalid, to every
# JSON operation, as a clerk and as an NGO member of the demo town; every answer is checked
# against the document (status declared, media type, body schema) and must not be a 5xx.
#
#   bash scripts/schemathesis.sh              # the short run of `make test` (SCHEMATHESIS_EXAMPLES=4)
#   SCHEMATHESIS_EXAMPLES=200 SCHEMATHESIS_SECONDS=1800 bash scripts/schemathesis.sh  # `make fuzz`
#
# Traffic goes to 127.0.0.1 only; the server, a fresh SQLite file seeded with the demo data, is
# removed at the end. The report (JUnit and the requests that failed, as a pytest file) stays in
# target/schemathesis/. Findings become regression tests in tests/api.
set -euo pipefail

REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
EXAMPLES=${SCHEMATHESIS_EXAMPLES:-4}
SECONDS_PER_ROLE=${SCHEMATHESIS_SECONDS:-90}
SEED=${SCHEMATHESIS_SEED:-20261202}
HOST=127.0.0.1
BIN="${CARGO_TARGET_DIR:-$REPO/target}/debug/granty"
OUT="$REPO/target/schemathesis"

if ! command -v st >/dev/null 2>&1; then
  echo "Installing schemathesis from PyPI." >&2
  python3 -m pip install -q schemathesis
fi
(cd "$REPO" && cargo build -q --workspace --all-targets) # the selection make test built: no rebuild

WORK=$(mktemp -d -t granty-st.XXXXXX)
SERVER_PID=""
cleanup() {
  local status=$?
  [ -n "$SERVER_PID" ] && kill "$SERVER_PID" 2>/dev/null && wait "$SERVER_PID" 2>/dev/null
  if [ "$status" != 0 ] && [ -f "$WORK/server.log" ]; then
    mkdir -p "$OUT" && cp "$WORK/server.log" "$OUT/server.log"
    echo "server log: $OUT/server.log" >&2
  fi
  rm -rf "$WORK"
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

port_free() { ! (exec 3<>"/dev/tcp/$HOST/$1") 2>/dev/null; }
PORT=""
for candidate in $(seq 18200 18300); do
  if port_free "$candidate"; then PORT=$candidate; break; fi
done
[ -n "$PORT" ] || { echo "no free port on $HOST" >&2; exit 1; }
BASE="http://$HOST:$PORT"

export GRANTY_CONFIG_DIR="$REPO/config"
export GRANTY_LISTEN="$HOST:$PORT"
export GRANTY_PUBLIC_URL="$BASE"
export GRANTY_DATABASE_URL="sqlite://$WORK/granty.sqlite?mode=rwc"
export GRANTY_STORAGE_URL="$WORK/attachments"
export GRANTY_SMTP_URL="$WORK/outbox"
export GRANTY_TEMPLATES_DIR="$REPO/pdf-templates"
export GRANTY_LOG=${SCHEMATHESIS_LOG:-warn}

cd "$WORK"
timeout 180 "$BIN" seed-demo >"$WORK/seed.log" 2>&1 || { cat "$WORK/seed.log" >&2; exit 1; }
"$BIN" serve >"$WORK/server.log" 2>&1 &
SERVER_PID=$!
for _ in $(seq 1 150); do
  curl -fsS -o /dev/null "$BASE/health/live" 2>/dev/null && break
  kill -0 "$SERVER_PID" 2>/dev/null || { cat "$WORK/server.log" >&2; exit 1; }
  sleep 0.2
done

token_of() { # email -> a bearer token of the demo town
  curl -fsS --max-time 30 -X POST "$BASE/api/v1/sessions" -H 'Content-Type: application/json' \
    --data "{\"email\":\"$1\",\"password\":\"granty-demo-2026\",\"tenant\":\"demo\"}" \
    | python3 -c 'import json,sys; print(json.load(sys.stdin)["token"])'
}

mkdir -p "$OUT"
status=0
for account in urzednik@demo.granty.pl fundacja@demo.granty.pl; do
  role=${account%%@*}
  token=$(token_of "$account")
  echo "==> schemathesis as $account: $EXAMPLES examples per operation, at most ${SECONDS_PER_ROLE}s"
  # Logging out would end the token mid-run: those two operations are left out (tests/api covers
  # them). Everything else, including the login itself, is generated.
  timeout $((SECONDS_PER_ROLE + 120)) st --no-color run "$BASE/api/openapi.json" \
    --url "$BASE/api/v1" \
    -H "Authorization: Bearer $token" \
    --checks not_a_server_error,status_code_conformance,content_type_conformance,response_schema_conformance \
    --exclude-path /sessions --exclude-path /sessions/all \
    --max-examples "$EXAMPLES" --seed "$SEED" --workers 1 --max-time "$SECONDS_PER_ROLE" \
    --request-timeout 30 --suppress-health-check all --output-truncate true \
    --report junit,pytest --report-junit-path "$OUT/$role.junit.xml" \
    --report-pytest-path "$OUT/$role-failures.py" \
    || status=$?
done
exit "$status"
