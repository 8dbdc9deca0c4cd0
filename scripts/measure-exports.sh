#!/usr/bin/env bash
# Measures the downloads of a big call (issue 14, goal 5): 10,000 offers scored by three
# members; for each of the submissions' and the ranking's CSV and XLSX, the time to the last
# byte, the size and the process's peak memory above what it held before. SQLite, and
# PostgreSQL when GRANTY_TEST_POSTGRES_URL is set (scripts/test-env.sh sets it).
#
# It runs the ignored test `exports::measure::measure_big_exports` in the dev profile: the
# shared machines build no release profile, so the times are upper bounds (an optimised build
# is several times faster). The app and the client share the process; the client counts the
# bytes and drops them, so the peak above what the process held before is the server's.
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck disable=SC1091
source scripts/test-env.sh
cargo test --test api exports::measure::measure_big_exports -- --ignored --nocapture 2>&1 \
  | grep -E '^(Sqlite|Postgres|/api/v1/)|test result'
