# The data of scripts/load-test.sh (sourced after both servers are up): sessions, many NGOs,
# realistic offers, and the ids the scenarios use.

for _ in $(seq 1 50); do # the ceiling answers 401 without a token once it listens
  [ "$(curl -s -o /dev/null -w '%{http_code}' -X POST "$CEIL_BASE/ceiling/calls/1/organisations/1/submit")" = 401 ] && break
  sleep 0.2
done

cpu_busy() { # percent of all CPUs busy over the next 2 seconds
  local a b total=0 idle i
  read -r -a a < <(grep '^cpu ' /proc/stat)
  sleep 2
  read -r -a b < <(grep '^cpu ' /proc/stat)
  for i in 1 2 3 4 5 6 7 8; do total=$((total + b[i] - a[i])); done
  idle=$((b[4] - a[4] + b[5] - a[5]))
  echo $((total > 0 ? 100 * (total - idle) / total : 0))
}
BUSY=$(cpu_busy)
echo "    CPU busy before the runs (servers idle): ${BUSY}%"
[ "$BUSY" -lt 20 ] || echo "    warning: the machine is busy; absolute numbers will be low, ratios hold better" >&2

login() { # email -> a session token
  printf '{"email": "%s", "password": "granty-demo-2026", "tenant": "demo"}' "$1" >"$WORK/login.json"
  TOKEN="" api POST /api/v1/sessions "$WORK/login.json" | json_field token
}
TOKEN=$(login fundacja@demo.granty.pl)
CLERK_TOKEN=$(login urzednik@demo.granty.pl)
[ -n "$TOKEN" ] && [ -n "$CLERK_TOKEN" ] || { echo "login failed" >&2; exit 1; }
printf '{"email": "fundacja@demo.granty.pl", "password": "wrong-password", "tenant": "demo"}' \
  >"$WORK/wrong-login.json"

# Many NGOs: organisations of the demo NGO's person, in turn for drafts and ceiling submissions.
cat >"$WORK/organisation-template.json" <<'EOF'
{"name": "NAME", "legal_form": "foundation", "krs": "0000123456", "nip": "0", "regon": "123456785",
 "street": "ul. Długa 5", "postal_code": "00-950", "city": "Warszawa", "email": "biuro@example.org",
 "bank_account": "PL61 1090 1014 0000 0712 1981 2874",
 "representatives": [{"name": "Anna Nowak", "function": "Prezeska"}]}
EOF
NGOS=${LOAD_NGOS:-64}
echo "==> creating $NGOS organisations"
create_organisations "$NGOS" "$WORK/organisations.txt"
[ "$(grep -c . "$WORK/organisations.txt")" -eq "$NGOS" ] || { echo "organisations failed" >&2; exit 1; }
ORG_IDS=$(paste -sd, "$WORK/organisations.txt")

# Realistic offers inside the demo call's realisation window (one calendar year: no cost line
# needs values per year), with 10, 20 and 30 cost lines, as the editor saves them.
api GET /api/v1/calls/1 >"$OUT/call.json"
WINDOW_START=$(json_field realisation_start <"$OUT/call.json")
WINDOW_END=$(json_field realisation_end <"$OUT/call.json")
TASK_END=$WINDOW_END
[ "${WINDOW_END:0:4}" = "${WINDOW_START:0:4}" ] || TASK_END="${WINDOW_START:0:4}-12-31"
for lines in 10 20 30; do
  python3 "$REPO/scripts/load/offer.py" "$WINDOW_START" "$TASK_END" "$lines" >"$WORK/offer-$lines.json"
  { printf '{"version": 1, "content": '; cat "$WORK/offer-$lines.json"; printf '}'; } >"$WORK/offer-$lines-v1.json"
done
printf '%%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%%%EOF\n' >"$WORK/statut.pdf"
echo '{}' >"$WORK/empty.json"

# One draft for the editor page, and the call with a ranking board (the seed's scored call).
prepare_drafts 1 "$WORK/editor-id.txt"
EDITOR_ID=$(cat "$WORK/editor-id.txt")
RANKING_CALL=""
for id in $(seq 2 12); do
  status=$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: granty_session=$CLERK_TOKEN" \
    "$BASE/clerk/calls/$id/ranking")
  [ "$status" = 200 ] && { RANKING_CALL=$id; break; }
done
echo "==> $NGOS NGOs, offers of 10/20/30 cost lines ($(wc -c <"$WORK/offer-20.json") bytes at 20),"
echo "    editor draft $EDITOR_ID, ranking board of call ${RANKING_CALL:-none}"
