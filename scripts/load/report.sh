# The report of scripts/load-test.sh (sourced last): the count in the database and the table of
# ratios to the ceiling.

# --- Counted in the database: no submission lost or duplicated ------------------------------------
sql "SELECT a.id, a.state, COUNT(v.id), COUNT(DISTINCT v.receipt_number), COALESCE(a.receipt_number, '')
     FROM applications a LEFT JOIN application_versions v ON v.application_id = a.id
     WHERE a.call_id = 1 GROUP BY a.id, a.state, a.receipt_number" >"$OUT/applications.tsv"
DUP_RECEIPTS=$(sql "SELECT COUNT(*) FROM (SELECT receipt_number FROM application_versions
  GROUP BY receipt_number HAVING COUNT(*) > 1) d")
# count_check SERVER ANSWERED-IDS MINE-AWK: answered = 2xx answers; lost = answered without exactly
# one version and one receipt in the database, submitted; twice = an application answered twice;
# unanswered = submitted rows of this server no answer counted (a request cut off at the end of a
# run: wrk does not count responses still in flight).
count_check() {
  awk -F'\t' -v server="$1" -v mine="$3" '
    FILENAME == ARGV[1] { answered[$1]++; total++; next }
    FILENAME == ARGV[2] { prepared[$1] = 1; next }
    { ok = ($2 == "submitted" && $3 == 1 && $4 == 1)
      is_mine = (mine == "prepared") ? ($1 in prepared) : ($5 ~ /^C/)
      if ($1 in answered) { found[$1] = ok } else if (is_mine && ok) unanswered++ }
    END { lost = 0; twice = 0
      for (id in answered) { if (!(id in found) || !found[id]) lost++; if (answered[id] > 1) twice++ }
      printf "%s\t%d\t%d\t%d\t%d\n", server, total, lost, twice, unanswered }' \
    "$2" "$WORK/prepared.txt" "$OUT/applications.tsv"
}
{
  count_check granty "$WORK/granty-ok.txt" prepared
  count_check ceiling "$WORK/ceiling-ok.txt" ceiling
} >"$OUT/counted.tsv"
MESSAGES=$(outbox_count)

# --- The table --------------------------------------------------------------------------------------
# Per scenario and server: the mean over the rounds of req/s and of p99.
awk -F'\t' 'NR > 1 && $5 != "-" { k = $1 "\t" $2; n[k]++; rps[k] += $5; p99[k] += $7 }
  END { for (k in n) printf "%s\t%.0f\t%.1f\n", k, rps[k] / n[k], p99[k] / n[k] }' \
  "$RESULTS" | sort >"$OUT/means.tsv"
mean() { awk -F'\t' -v s="$1" -v w="$2" -v c="$3" '$1 == s && $2 == w { print $c }' "$OUT/means.tsv"; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "-" }'; }
verdict() { awk -v v="$1" -v op="$2" -v goal="$3" \
  'BEGIN { if (v == "-" || v == "") print "?"; else if ((op == ">=" && v >= goal) || (op == "<=" && v <= goal)) print "met"; else print "MISSED" }'; }
QUIET_P99=$(mean "rush: submit" granty 4)
{
  printf 'goal\tmeasure\tGranty\tceiling\tratio\ttarget\tverdict\n'
  g=$(mean "rush: submit" granty 3) c=$(mean "rush: submit" ceiling 3) r=$(ratio "$g" "$c")
  printf '1 rush\tsubmissions/s at %s\t%s\t%s\t%s\t>= 0.50\t%s\n' "$RUSH_CONNS" "$g" "$c" "$r" "$(verdict "$r" ">=" 0.5)"
  g=$QUIET_P99 c=$(mean "rush: submit" ceiling 4) r=$(ratio "$g" "$c")
  printf '1 rush\tp99 ms\t%s\t%s\t%s\t<= 1.50\t%s\n' "$g" "$c" "$r" "$(verdict "$r" "<=" 1.5)"
  read -r _ answered lost twice unanswered < <(grep '^granty' "$OUT/counted.tsv")
  printf '1 rush\t2xx answers / lost / answered twice / submitted unanswered\t%s / %s / %s / %s\t-\t-\t0 lost, 0 twice, %s duplicate receipts\t%s\n' \
    "$answered" "$lost" "$twice" "$unanswered" "$DUP_RECEIPTS" \
    "$([ "$lost" -eq 0 ] && [ "$twice" -eq 0 ] && [ "$DUP_RECEIPTS" -eq 0 ] && echo met || echo MISSED)"
  for s in flood autosave; do
    g=$(mean "$s: submit" granty 4) c=$(mean "$s: submit" ceiling 4) r=$(ratio "$g" "$QUIET_P99")
    if [ "$s" = flood ]; then goal="2 flood" limit=2.00; else goal="3 autosave" limit=1.50; fi
    printf '%s\tsubmit p99 ms; ratio = Granty / its quiet p99 (%s)\t%s\t%s\t%s\t<= %s\t%s\n' \
      "$goal" "$QUIET_P99" "$g" "$c" "$r" "$limit" "$(verdict "$r" "<=" "$limit")"
  done
  g=$(awk -F'\t' '$1 == "autosave: draft saves" { if ($7 > m) m = $7 } END { print m + 0 }' "$RESULTS")
  v=$(verdict "$g" "<=" 30)
  grep -q $'^autosave: draft saves\t.*\t0\t0.00\t0.00' "$RESULTS" && v="NO ANSWER in a run"
  printf '3 autosave\tdraft save p99 ms (worst round)\t%s\t-\t-\t< 30\t%s\n' "$g" "$v"
  awk -F'\t' '$1 ~ /^page: / { v = ($9 == "" || $5 == 0) ? "NO ANSWER in the run" : ($7 < 20) ? "met" : "MISSED"
    printf "4 pages\t%s p99 ms (%s req/s)\t%s\t-\t-\t< 20\t%s\n", substr($1, 7), $5, $7, v }' "$RESULTS"
} >"$OUT/summary.tsv"

echo
echo "Results ($DB_KIND, $(nproc) cores shared by both servers, wrk and the database; ${DURATION} per"
echo "submission run, $ROUNDS rounds; CPU ${BUSY}% busy before; raw output in $OUT)"
column -t -s $'\t' "$RESULTS" 2>/dev/null || cat "$RESULTS"
echo
column -t -s $'\t' "$OUT/summary.tsv" 2>/dev/null || cat "$OUT/summary.tsv"
echo
echo "Expected statuses: 201 for submissions (Granty and ceiling), 200 for saves and pages, 401 or"
echo "429 for the wrong-password logins. Outbox: $MESSAGES messages; each submission mails its one"
echo "member: expected at least $answered answered submissions + $PAGE_OFFERS fixtures."
