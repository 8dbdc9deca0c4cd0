# The scenarios of scripts/load-test.sh (sourced after the fixtures), the count in the database
# and the report.

RESULTS="$OUT/results.tsv"
printf 'scenario\tserver\tround\tconn\treq/s\tp50 ms\tp99 ms\tmax ms\tstatuses\terrors\n' >"$RESULTS"
: >"$WORK/granty-ok.txt"
: >"$WORK/ceiling-ok.txt"
: >"$WORK/prepared.txt"
SUBMIT_RATE=${LOAD_SUBMIT_RATE:-500} # per second, for the first round's drafts; then the measured rate
BG_PID=""

# --- Pages, on a call of a realistic size (before the runs fill it with thousands) ---------------
PAGE_OFFERS=${LOAD_PAGE_OFFERS:-200}
echo "==> $PAGE_OFFERS submitted offers in the open call, for the clerk's list"
prepare_drafts "$PAGE_OFFERS" "$WORK/page-offers.txt"
submit_all "$WORK/page-offers.txt"
NGO2_TOKEN=$(login stowarzyszenie@demo.granty.pl)
PAGE_CONNS=${LOAD_PAGE_CONNECTIONS:-32}
page() { # NAME PATH TOKEN
  local log="$OUT/page-$(tr -c 'A-Za-z0-9\n' '_' <<<"$1").txt"
  echo "--> page: $1 ($2), $PAGE_CONNS readers"
  wrk_run "$log" "$BASE" "$PAGE_CONNS" 2 "$DURATION" LOAD_PATH="$2" \
    LOAD_COOKIE="${3:+granty_session=$3}"
  record "page: $1" granty 1 "$PAGE_CONNS" "$log"
}
page "public call list" /demo ""
page "NGO dashboard" /dashboard "$NGO2_TOKEN"
page "editor (20 cost lines)" "/applications/$EDITOR_ID/edit" "$TOKEN"
page "clerk's submissions list" /clerk/calls/1/applications "$CLERK_TOKEN"
[ -n "$RANKING_CALL" ] && page "ranking board" "/clerk/calls/$RANKING_CALL/ranking" "$CLERK_TOKEN"

# --- Background loads ------------------------------------------------------------------------------
start_background() { # SCENARIO SERVER ROUND: the load that runs beside the submissions
  local log="$OUT/$1-background-$2-$3.txt" seconds=$((SECONDS_PER_RUN + 2))
  BG_PID=""
  case "$1" in
    flood)
      wrk_run "$log" "$BASE" "${LOAD_FLOOD_CONNECTIONS:-200}" 2 "${seconds}s" LOAD_METHOD=POST \
        LOAD_PATH=/api/v1/sessions LOAD_BODY_FILE="$WORK/wrong-login.json" &
      BG_PID=$! ;;
    autosave)
      local conns=${LOAD_SAVE_CONNECTIONS:-128}
      create_drafts "$conns" "$WORK/autosave-ids.txt"
      wrk_run "$log" "$BASE" "$conns" "$conns" "${seconds}s" LOAD_METHOD=PATCH \
        LOAD_PATH="/api/v1/applications/{id}" LOAD_IDS="$(paste -sd, "$WORK/autosave-ids.txt")" \
        LOAD_TOKEN="$TOKEN" LOAD_BODY_FILE="$WORK/offer-20.json" LOAD_VERSION_BODY=1 \
        LOAD_DELAY_MS="${LOAD_SAVE_EVERY_MS:-2000}" &
      BG_PID=$! ;;
    *) return 0 ;;
  esac
  BG_ROW=("$1: $( [ "$1" = flood ] && echo wrong-password logins || echo draft saves)" "$2" "$3" "$log")
  sleep 1
}
finish_background() {
  [ -n "$BG_PID" ] || return 0
  wait "$BG_PID" || true
  local conns
  conns=$(sed -nE 's/.* ([0-9]+) connections$/\1/p' "${BG_ROW[3]}" | head -n 1)
  record "${BG_ROW[0]}" "beside ${BG_ROW[1]}" "${BG_ROW[2]}" "${conns:-?}" "${BG_ROW[3]}"
}

# --- Submissions: Granty and the ceiling in turn -----------------------------------------------------
granty_submit() { # SCENARIO ROUND
  local ids="$WORK/ids-$1-$2.txt" log="$OUT/$1-granty-$2.txt"
  local drafts=$((SUBMIT_RATE * SECONDS_PER_RUN * 3 / 2 + 100))
  echo "--> $1, Granty, round $2: preparing $drafts drafts"
  prepare_drafts "$drafts" "$ids"
  cat "$ids" >>"$WORK/prepared.txt"
  outbox_settle
  start_background "$1" granty "$2"
  wrk_run "$log" "$BASE" "$RUSH_CONNS" 2 "$DURATION" LOAD_METHOD=POST \
    LOAD_PATH="/api/v1/applications/{id}/submit" LOAD_IDS_FILE="$ids" LOAD_IDS_ONCE=1 \
    LOAD_TOKEN="$TOKEN" LOAD_BODY_FILE="$WORK/empty.json" LOAD_OK_IDS_FILE="$WORK/ok.txt"
  cat "$WORK/ok.txt" >>"$WORK/granty-ok.txt" 2>/dev/null || true
  finish_background
  record "$1: submit" granty "$2" "$RUSH_CONNS" "$log"
  local rate
  rate=$(sed -nE 's/.* rps=([0-9]+).*/\1/p' "$log")
  [ -n "$rate" ] && [ "$rate" -gt "$SUBMIT_RATE" ] && SUBMIT_RATE=$rate
  return 0
}
ceiling_submit() { # SCENARIO ROUND: the 20-line offer, the organisations in turn
  local log="$OUT/$1-ceiling-$2.txt"
  echo "--> $1, ceiling, round $2"
  outbox_settle
  start_background "$1" ceiling "$2"
  wrk_run "$log" "$CEIL_BASE" "$RUSH_CONNS" 2 "$DURATION" LOAD_METHOD=POST \
    LOAD_PATH="/ceiling/calls/1/organisations/{id}/submit" LOAD_IDS="$ORG_IDS" LOAD_IDS_CYCLE=1 \
    LOAD_TOKEN="$TOKEN" LOAD_BODY_FILE="$WORK/offer-20-v1.json" LOAD_OK_IDS_FILE="$WORK/ok.txt"
  cat "$WORK/ok.txt" >>"$WORK/ceiling-ok.txt" 2>/dev/null || true
  finish_background
  record "$1: submit" ceiling "$2" "$RUSH_CONNS" "$log"
}
for scenario in rush flood autosave; do
  for round in $(seq 1 "$ROUNDS"); do
    granty_submit "$scenario" "$round"
    ceiling_submit "$scenario" "$round"
  done
done
outbox_settle

source "$REPO/scripts/load/report.sh"
