#!/usr/bin/env bash
# Runs the browser journeys against the debug build that `cargo test` just made.
# Outside CI a machine without Chromium or node skips them with a note; under CI=true it fails.
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v chromium >/dev/null 2>&1 || [ ! -d tests/browser/node_modules/playwright-core ]; then
  if [ "${CI:-}" = "true" ]; then
    echo "Browser journeys cannot run: chromium or playwright-core is missing." >&2
    exit 1
  fi
  echo "Skipping the browser journeys: chromium or playwright-core is missing (make test-deps installs them)." >&2
  exit 0
fi
# The same selection as `make test`'s `cargo test`: building the binary alone would unify
# other features and rebuild much of the tree (and overwrite the binary the tests used).
cargo build --workspace --all-targets
cd tests/browser
timeout 600 node --test --test-concurrency=1 journeys/
