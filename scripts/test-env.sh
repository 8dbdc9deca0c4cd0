# Sourced by `make test`: applies what ensure-test-services.sh decided (e.g. no PostgreSQL
# outside CI).
mkdir -p target
if [ -f target/test-env.overrides ]; then
  # shellcheck disable=SC1091
  source target/test-env.overrides
  rm -f target/test-env.overrides
fi
