//! Criterion benchmarks of PAdES: signing a 3-page PDF made with printpdf (the town's P-256 key
//! from the TEST ONLY fixtures), verifying it, and verifying a file signed twice (town, NGO).
//!
//! Run with `cargo bench -p granty-documents --bench pades`. Under `cargo test --all-targets`
//! each benchmark runs once, as a smoke test.
#![allow(clippy::unwrap_used, clippy::expect_used)]

#[path = "../tests/pades_support/mod.rs"]
mod pades_support;

use criterion::{criterion_group, criterion_main, Criterion};
use granty_documents::pades::{sign, verify};
use pades_support::*;
use std::hint::black_box;

fn benches(c: &mut Criterion) {
    let pdf = small_pdf(3);
    let town = town();
    let anchors = anchors();
    let signed = sign(&pdf, &town, options("2026-12-01T10:00:00Z")).expect("signed");
    let twice = sign(&signed, &ngo(), options("2026-12-02T10:00:00Z")).expect("signed twice");
    assert_eq!(verify(&twice, &anchors).expect("verifies").len(), 2);

    c.bench_function("pades_sign_3_pages_p256", |b| {
        b.iter(|| sign(black_box(&pdf), &town, options("2026-12-01T10:00:00Z")).expect("signed"))
    });
    c.bench_function("pades_verify_3_pages", |b| {
        b.iter(|| verify(black_box(&signed), &anchors).expect("verifies"))
    });
    c.bench_function("pades_verify_3_pages_two_signatures", |b| {
        b.iter(|| verify(black_box(&twice), &anchors).expect("verifies"))
    });
}

criterion_group!(pades, benches);
criterion_main!(pades);
