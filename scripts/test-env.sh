# Sourced by `make test`: applies what ensure-test-services.sh decided (e.g. no PostgreSQL
# outside CI).
mkdir -p target
# The PostgreSQL variants of the tests run against this server; without the variable they are
# skipped, so a hand-run `source scripts/test-env.sh && cargo test` gets the same default as make.
export GRANTY_TEST_POSTGRES_URL="${GRANTY_TEST_POSTGRES_URL-postgres://postgres@127.0.0.1:5432/postgres}"
if [ -f target/test-env.overrides ]; then
  # shellcheck disable=SC1091
  source target/test-env.overrides
  rm -f target/test-env.overrides
fi
