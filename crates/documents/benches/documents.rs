//! Criterion benchmark of the document engine: the specimen template (tests/fixtures/specimen)
//! with a 30-row cost table and an annex page, three pages in all, from data to PDF bytes.
//!
//! Run with `make bench` (`cargo bench -p granty-documents`). Under `cargo test --all-targets`
//! it runs once, as a smoke test. Results: docs/benchmarks.md.

#![allow(clippy::unwrap_used, clippy::expect_used)]

#[path = "../tests/support/mod.rs"]
mod support;

use criterion::{criterion_group, criterion_main, Criterion};
use std::hint::black_box;
use std::time::Duration;

fn benches(c: &mut Criterion) {
    let engine = support::engine();
    let branding = support::branding("zolkiewka");
    let request = support::request(&branding, "pl", support::data(30, true));
    let pdf = engine.render(&request).unwrap();
    let pages = granty_documents::testing::page_count(&pdf);
    assert_eq!(pages, 3, "the benchmark document has three pages");
    eprintln!("specimen: {pages} pages, {} bytes", pdf.len());

    let mut group = c.benchmark_group("documents");
    group
        .sample_size(30)
        .measurement_time(Duration::from_secs(5));
    group.bench_function("specimen_3_pages_30_rows", |b| {
        b.iter(|| engine.render(black_box(&request)).unwrap())
    });
    let mut with_logo = support::branding("zolkiewka");
    with_logo.logo = Some(support::logo());
    let logo_request = support::request(&with_logo, "pl", support::data(30, true));
    group.bench_function("specimen_3_pages_30_rows_logo", |b| {
        b.iter(|| engine.render(black_box(&logo_request)).unwrap())
    });
    // The floor the others are read against (as the HTTP numbers are against /health/live):
    // the same template with no cost rows and no annex, one page, so what remains is the fixed
    // cost of a document (template, fonts subset, PDF written).
    let bare = support::request(&branding, "pl", support::data(0, false));
    let bare_pdf = engine.render(&bare).unwrap();
    let bare_pages = granty_documents::testing::page_count(&bare_pdf);
    eprintln!("bare: {bare_pages} page(s), {} bytes", bare_pdf.len());
    group.bench_function("bare_specimen_no_rows", |b| {
        b.iter(|| engine.render(black_box(&bare)).unwrap())
    });
    group.bench_function("load_templates", |b| {
        b.iter(|| black_box(support::engine()))
    });
    group.finish();
}

criterion_group!(documents, benches);
criterion_main!(documents);
