# Granty: the two commands are `make run` and `make test`.
SHELL := /bin/bash
.DEFAULT_GOAL := run

export GRANTY_TEST_POSTGRES_URL ?= postgres://postgres@127.0.0.1:5432/postgres
GRANTY := ./target/debug/granty

.PHONY: run test test-deps lint fmt bench load clean

## Build, migrate the SQLite file under ./data, seed the demo tenant once, and serve.
run:
	cargo build --bin granty
	$(GRANTY) migrate
	$(GRANTY) seed-demo
	$(GRANTY) serve

## Every test: Rust (SQLite and PostgreSQL, real SMTP and S3 servers), then the browser journeys
## in headless Chromium with axe-core (screenshots in target/screenshots/).
test: test-deps
	source scripts/test-env.sh && cargo test --workspace --all-targets
	bash scripts/browser-tests.sh

## Installs or starts what the tests need (PostgreSQL, the moto S3 server).
test-deps:
	bash scripts/ensure-test-services.sh

lint:
	cargo fmt --all -- --check
	cargo clippy --workspace --all-targets -- -D warnings

fmt:
	cargo fmt --all

## Criterion benchmarks (release build) and the HTTP load script.
bench:
	cargo bench -p granty-domain
load:
	bash scripts/load-test.sh

clean:
	rm -rf data target
