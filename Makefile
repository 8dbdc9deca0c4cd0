# Granty: the two commands are `make run` and `make test`.
SHELL := /bin/bash
.DEFAULT_GOAL := run

export GRANTY_TEST_POSTGRES_URL ?= postgres://postgres@127.0.0.1:5432/postgres
GRANTY := ./target/debug/granty

.PHONY: run test test-deps lint fmt bench load fuzz fuzz-stable clean

## Build, migrate the SQLite file under ./data, seed the demo tenant once, and serve.
run:
	cargo build --bin granty
	$(GRANTY) migrate
	$(GRANTY) seed-demo
	$(GRANTY) serve

## Every test: Rust (SQLite and PostgreSQL, real SMTP and S3 servers), a short schemathesis run
## against the OpenAPI document, then the browser journeys in headless Chromium with axe-core
## (screenshots in target/screenshots/).
## Each phase prints how long it took, so a slow CI run says where its time went.
test: test-deps
	@start=$$(date +%s); source scripts/test-env.sh && cargo test --workspace --all-targets \
	  && echo "make test: build and Rust tests took $$(( $$(date +%s) - start )) s"
	@start=$$(date +%s); bash scripts/schemathesis.sh \
	  && echo "make test: schemathesis took $$(( $$(date +%s) - start )) s"
	@start=$$(date +%s); bash scripts/browser-tests.sh \
	  && echo "make test: browser journeys took $$(( $$(date +%s) - start )) s"

## Installs or starts what the tests need (PostgreSQL, the moto S3 server).
test-deps:
	bash scripts/ensure-test-services.sh

lint:
	cargo fmt --all -- --check
	cargo clippy --workspace --all-targets -- -D warnings

fmt:
	cargo fmt --all

## The long fuzz: every cargo-fuzz target in fuzz/ for FUZZ_SECONDS each (libFuzzer), then
## schemathesis for FUZZ_SECONDS per role with 200 examples per operation. cargo-fuzz
## wants nightly; RUSTC_BOOTSTRAP=1 lets the stable compiler take its sanitizer flags. `make test`
## runs the same bodies for a few seconds each on stable (tests/fuzz_quick.rs).
FUZZ_SECONDS ?= 300
FUZZ_TARGETS := identifiers money offer_rules templates
fuzz:
	command -v cargo-fuzz >/dev/null || cargo install cargo-fuzz --locked
	cd fuzz && for target in $(FUZZ_TARGETS); do \
	  RUSTC_BOOTSTRAP=1 cargo fuzz run $$target -- -max_total_time=$(FUZZ_SECONDS) || exit 1; \
	done
	SCHEMATHESIS_EXAMPLES=200 SCHEMATHESIS_SECONDS=$(FUZZ_SECONDS) bash scripts/schemathesis.sh

## The same bodies for long without cargo-fuzz (stable Rust, random and mutated inputs).
fuzz-stable:
	GRANTY_FUZZ_SECONDS=$(FUZZ_SECONDS) cargo test --test fuzz_quick -- --nocapture

## Criterion benchmarks (release build) and the HTTP load script (10-20 minutes, bounded: every
## wrk run has a `timeout`; LOAD_DB=postgres for PostgreSQL). `make test` runs neither.
bench:
	cargo bench -p granty-domain
	cargo bench -p granty-documents
	bash scripts/bench/documents-vs-weasyprint.sh
load:
	bash scripts/load-test.sh

clean:
	rm -rf data target
