#!/usr/bin/env bash
# Makes sure the services the test suite talks to are there: PostgreSQL at 127.0.0.1:5432 with
# trust auth, and moto's S3 server. Installs them from Debian / PyPI on a fresh machine.
# Under CI=true a missing PostgreSQL is a failure, not a skip.
set -euo pipefail

pg_ready() { pg_isready -q -h 127.0.0.1 -p 5432 2>/dev/null; }

start_cluster() {
  local version
  version=$(ls /etc/postgresql 2>/dev/null | sort -V | tail -n 1 || true)
  [ -n "$version" ] || return 1
  pg_ctlcluster --skip-systemctl-redirect "$version" main start 2>/dev/null \
    || pg_ctlcluster "$version" main start 2>/dev/null || true
  for _ in $(seq 1 30); do pg_ready && return 0; sleep 1; done
  return 1
}

if ! pg_ready; then
  echo "PostgreSQL is not answering at 127.0.0.1:5432; trying to start it." >&2
  if ! start_cluster; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
      echo "Installing PostgreSQL from Debian's packages." >&2
      apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
      version=$(ls /etc/postgresql | sort -V | tail -n 1)
      # Tests connect over TCP as postgres without a password, as on this project's machines.
      sed -i -E 's/^(host\s+all\s+all\s+(127\.0\.0\.1\/32|::1\/128)\s+)\S+/\1trust/' "/etc/postgresql/$version/main/pg_hba.conf"
      start_cluster || true
    fi
  fi
fi
# The backup test uses the databases' own tools: pg_dump/pg_restore and the sqlite3 shell.
if { ! command -v pg_dump >/dev/null || ! command -v sqlite3 >/dev/null; } \
  && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql-client sqlite3 >/dev/null
fi
if pg_ready; then
  echo "PostgreSQL: ready at 127.0.0.1:5432"
elif [ "${CI:-}" = "true" ]; then
  echo "PostgreSQL is required under CI=true and is not available." >&2
  exit 1
else
  echo "PostgreSQL is not available: its test variants will be skipped (outside CI only)." >&2
  mkdir -p target && echo "export GRANTY_TEST_POSTGRES_URL=" > target/test-env.overrides
fi

if ! command -v moto_server >/dev/null 2>&1; then
  echo "Installing moto's S3 server from PyPI." >&2
  python3 -m pip install -q 'moto[server]' || { [ "${CI:-}" = "true" ] && exit 1; true; }
fi
command -v moto_server >/dev/null 2>&1 && echo "S3 test server: moto_server available"

# PAdES signatures are checked by independent validators: poppler's pdfsig with a throw-away NSS
# database (certutil from libnss3-tools) and pyHanko.
if { ! command -v pdfsig >/dev/null || ! command -v certutil >/dev/null; } \
  && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq poppler-utils libnss3-tools >/dev/null \
    || { [ "${CI:-}" = "true" ] && exit 1; true; }
fi
if ! command -v pyhanko >/dev/null 2>&1; then
  echo "Installing pyHanko from PyPI (validates the PAdES signatures in tests)." >&2
  python3 -m pip install -q pyhanko pyhanko-certvalidator pyhanko-cli || { [ "${CI:-}" = "true" ] && exit 1; true; }
fi
command -v pyhanko >/dev/null 2>&1 && command -v pdfsig >/dev/null 2>&1 && echo "PAdES validators: pdfsig and pyhanko available"

# Calendar feeds are read back by an independent RFC 5545 parser, Python's icalendar.
if ! python3 -c 'import icalendar' >/dev/null 2>&1; then
  echo "Installing icalendar from PyPI (reads the calendar feeds back in tests)." >&2
  python3 -m pip install -q icalendar || { [ "${CI:-}" = "true" ] && exit 1; true; }
fi
python3 -c 'import icalendar' >/dev/null 2>&1 && echo "Calendar parser: icalendar available"

# Browser journeys: Debian's Chromium, and playwright-core plus axe-core from npm.
if ! command -v chromium >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "Installing Debian's chromium for the browser journeys." >&2
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null \
      || { [ "${CI:-}" = "true" ] && exit 1; true; }
  fi
fi
if command -v node >/dev/null 2>&1 && [ ! -d tests/browser/node_modules/playwright-core ]; then
  (cd tests/browser && npm ci --no-audit --no-fund --silent) || { [ "${CI:-}" = "true" ] && exit 1; true; }
fi
if command -v chromium >/dev/null 2>&1 && [ -d tests/browser/node_modules/playwright-core ]; then
  echo "Browser journeys: chromium and playwright-core available"
elif [ "${CI:-}" = "true" ]; then
  echo "The browser journeys need chromium, node and npm under CI=true." >&2
  exit 1
fi
exit 0
