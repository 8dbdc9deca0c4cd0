# Fixtures and runners of scripts/load-test.sh (sourced; it sets BASE, CEIL_BASE, WORK, OUT, LUA,
# TOKEN, DB_KIND, DATABASE_URL, RESULTS). Every request goes to 127.0.0.1; every run is bounded.

api() { # method path [body-file] -> body on stdout, fails on a non-2xx status
  local args=(-sS --max-time 10 -X "$1" -H "Authorization: Bearer ${TOKEN:-}" "$BASE$2")
  [ $# -ge 3 ] && args+=(-H "Content-Type: application/json" --data-binary "@$3")
  curl --fail-with-body "${args[@]}"
}
# The first `"name":value` in a JSON body (the top-level one for the fields used here).
json_field() { grep -o "\"$1\":[^,}]*" | head -n 1 | cut -d: -f2- | tr -d '"'; }

# sql QUERY: rows tab-separated, from the database both servers use.
sql() {
  if [ "$DB_KIND" = postgres ]; then
    psql -qAtX -F $'\t' "$DATABASE_URL" -c "$1"
  else
    sqlite3 -batch -noheader -separator $'\t' "$WORK/granty.sqlite" "$1"
  fi
}

# nip N: a valid NIP (checksum weights 6 5 7 2 3 4 5 6 7, mod 11) from a counter.
nip() {
  local n=$1 digits sum w i
  while :; do
    digits=$(printf '526%06d' "$n")
    sum=0 w=(6 5 7 2 3 4 5 6 7)
    for i in 0 1 2 3 4 5 6 7 8; do sum=$((sum + ${digits:i:1} * w[i])); done
    [ $((sum % 11)) -lt 10 ] && { echo "$digits$((sum % 11))"; return; }
    n=$((n + 100000))
  done
}

# create_organisations N FILE: N organisations of the NGO user (many NGOs submitting at once);
# their ids, one a line, go to FILE.
create_organisations() {
  local i body
  : >"$2"
  for i in $(seq 1 "$1"); do
    body="$WORK/organisation.json"
    sed "s/\"nip\": \"[0-9]*\"/\"nip\": \"$(nip "$i")\"/; s/NAME/Fundacja Obciążeniowa $i/" \
      "$WORK/organisation-template.json" >"$body"
    api POST /api/v1/organisations "$body" | json_field id >>"$2"
  done
}

# prepare_drafts N FILE: N drafts ready to submit, spread over the organisations and the offers
# (10, 20 and 30 cost lines): created, saved, with the required `statut`; ids to FILE. Three
# batches of self-contained curl config blocks, each batch sent by PREP_CURLS curl processes.
PREP_CURLS=4
prepare_drafts() {
  local n=$1 file=$2
  create_drafts "$n" "$file"
  prep_batch saves "$file" "$WORK/batch-status.txt"
  expect_all "$WORK/batch-status.txt" 200 "$n" save
  prep_batch uploads "$file" "$WORK/batch-status.txt"
  expect_all "$WORK/batch-status.txt" 201 "$n" upload
}
create_drafts() { # N FILE: N empty drafts (version 1), organisations in turn; ids to FILE
  local -a orgs
  mapfile -t orgs <"$WORK/organisations.txt"
  prep_batch creates "$1" "$WORK/batch-created.txt"
  grep -oE '^\{"id":[0-9]+' "$WORK/batch-created.txt" | cut -d: -f2 >"$2"
  [ "$(wc -l <"$2")" -eq "$1" ] || { echo "created $(wc -l <"$2") of $1 drafts" >&2; return 1; }
}
submit_all() { # FILE: submits each draft (fixtures for the pages, not measured)
  prep_batch submits "$1" "$WORK/batch-status.txt"
  expect_all "$WORK/batch-status.txt" 201 "$(wc -l <"$1")" submit
}
submits() {
  local id
  while read -r id; do
    block_head POST "$BASE/api/v1/applications/$id/submit"
    printf 'header = "Content-Type: application/json"\ndata = "{}"\noutput = "/dev/null"\nwrite-out = "%%{http_code}\\n"\nnext\n'
  done <"$1"
}
block_head() { # method url: the part of a block every request shares
  printf 'url = "%s"\nrequest = "%s"\nheader = "Authorization: Bearer %s"\nsilent\nshow-error\nmax-time = 10\n' \
    "$2" "$1" "$TOKEN"
}
creates() { # N: create a draft, organisations in turn
  local i
  for i in $(seq 0 $(($1 - 1))); do
    block_head POST "$BASE/api/v1/calls/1/applications"
    printf 'header = "Content-Type: application/json"\ndata = "{\\"organisation_id\\": %s}"\nwrite-out = "\\n"\nnext\n' \
      "${orgs[i % ${#orgs[@]}]}"
  done
}
saves() { # FILE: save an offer into each draft, the three sizes in turn
  local i=0 id sizes=(10 20 30)
  while read -r id; do
    block_head PATCH "$BASE/api/v1/applications/$id"
    printf 'header = "Content-Type: application/json"\ndata-binary = "@%s"\noutput = "/dev/null"\nwrite-out = "%%{http_code}\\n"\nnext\n' \
      "$WORK/offer-${sizes[i % 3]}-v1.json"
    i=$((i + 1))
  done <"$1"
}
uploads() { # FILE: the statute into each draft
  local id
  while read -r id; do
    block_head POST "$BASE/api/v1/applications/$id/attachments"
    printf 'form = "kind=statut"\nform = "file=@%s;type=application/pdf"\noutput = "/dev/null"\nwrite-out = "%%{http_code}\\n"\nnext\n' \
      "$WORK/statut.pdf"
  done <"$1"
}
# prep_batch WRITER ARG OUTPUT: the blocks WRITER prints, dealt to PREP_CURLS curls in turn.
prep_batch() {
  local writer=$1 arg=$2 output=$3 i pids=()
  "$writer" "$arg" | awk -v dir="$WORK" -v k="$PREP_CURLS" \
    'BEGIN { n = 0 } { print > (dir "/batch." (n % k) ".curl") } /^next$/ { n++ }
     END { for (i = n; i < k; i++) printf "" > (dir "/batch." i ".curl") }'
  for i in $(seq 0 $((PREP_CURLS - 1))); do
    : >"$WORK/batch.$i.out"
    [ -s "$WORK/batch.$i.curl" ] || continue
    timeout 600 curl -K "$WORK/batch.$i.curl" >"$WORK/batch.$i.out" 2>>"$OUT/prepare-errors.txt" &
    pids+=($!)
  done
  for i in "${pids[@]}"; do wait "$i" || true; done
  for i in $(seq 0 $((PREP_CURLS - 1))); do cat "$WORK/batch.$i.out"; done >"$output"
}
expect_all() { # STATUS-FILE EXPECTED N WHAT
  [ "$(grep -cx "$2" "$1")" -eq "$3" ] \
    || { echo "preparing drafts, $4: $(sort "$1" | uniq -c | tr -s ' \n' ' ')" >&2; return 1; }
}

outbox_count() { find "$WORK/outbox" -type f -name '*.eml' 2>/dev/null | wc -l; }
# Waits (at most 60 s) until the worker has caught up: the outbox folder unchanged for 3 s.
outbox_settle() {
  local last=-1 same=0 now
  for _ in $(seq 1 120); do
    now=$(outbox_count)
    if [ "$now" -eq "$last" ]; then same=$((same + 1)); else same=0; last=$now; fi
    [ "$same" -ge 6 ] && break
    sleep 0.5
  done
}

# wrk_run LOG URL CONNECTIONS THREADS DURATION [VAR=VALUE ...]: one bounded wrk run of the Lua
# scenario script; the LOAD_RESULT line is left in LOG.
wrk_run() {
  local log=$1 url=$2 conns=$3 threads=$4 duration=$5
  shift 5
  env LOAD_THREADS="$threads" "$@" timeout 120 wrk -t"$threads" -c"$conns" -d"$duration" \
    --timeout 10s --latency -s "$LUA" "$url" >"$log" 2>&1 || echo "    wrk failed, see $log" >&2
}

# record SCENARIO SERVER ROUND CONNECTIONS LOG: one row of results.tsv from a wrk log.
record() {
  local line
  line=$(grep '^LOAD_RESULT' "$5" || true)
  if [ -z "$line" ]; then
    printf '%s\t%s\t%s\t%s\t-\t-\t-\t-\t-\twrk failed\n' "$1" "$2" "$3" "$4" >>"$RESULTS"
    return
  fi
  field() { sed -E "s/.* $1=([^ ]*).*/\\1/" <<<"$line"; }
  local errors="socket=$(field socket_errors) timeout=$(field timeouts)"
  [ "$(field ids_ran_out)" -eq 0 ] || errors="$errors IDS-RAN-OUT"
  printf '%s\t%s\t%s\t%s\t%.0f\t%s\t%s\t%s\t%s\t%s\n' "$1" "$2" "$3" "$4" "$(field rps)" \
    "$(field p50_ms)" "$(field p99_ms)" "$(field max_ms)" "$(field statuses)" "$errors" >>"$RESULTS"
}
