#!/usr/bin/env bash
# Issue 14, goal 6: Granty's agreement and settlement documents against WeasyPrint rendering
# equivalent HTML pages (scripts/bench/weasyprint_documents.py), in the same run, one after the
# other. Installs WeasyPrint from PyPI when missing. Prints a Markdown table for
# docs/benchmarks.md; no thresholds (a benchmark, not a test).
set -euo pipefail
cd "$(dirname "$0")/../.."
python3 -c 'import weasyprint' 2>/dev/null || python3 -m pip install -q weasyprint
mkdir -p target/bench
cargo bench -p granty-documents --bench offer_protocol -- 'agreement|settlement' \
  2>&1 | tee target/bench/granty-documents.txt
python3 scripts/bench/weasyprint_documents.py "${WEASYPRINT_RUNS:-10}" > target/bench/weasyprint.json
python3 - <<'PY'
import json, re
text = open("target/bench/granty-documents.txt").read()
weasy = json.load(open("target/bench/weasyprint.json"))
units = {"ns": 1e-6, "µs": 1e-3, "us": 1e-3, "ms": 1.0, "s": 1000.0}
def median(name):
    found = re.search(re.escape(name) + r"\s*\n?\s*time:\s*\[\S+ \S+ (\S+) (\S+)", text)
    return float(found.group(1)) * units[found.group(2)]
rows = [("agreement", "agreement (30 cost lines)"), ("settlement", "settlement (sample)")]
print("| document | Granty median | WeasyPrint median (pages) | WeasyPrint / Granty |")
print("| --- | ---: | ---: | ---: |")
for key, name in rows:
    ours = median(name)
    theirs = weasy[key]["median_ms"]
    print(f"| {key} | {ours:.2f} ms | {theirs:.0f} ms ({weasy[key]['pages']}) | {theirs / ours:.0f}× |")
PY
