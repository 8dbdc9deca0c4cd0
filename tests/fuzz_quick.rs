//! The fuzz targets' bodies (`fuzz/src/bodies.rs`) on stable Rust: each runs for a couple of
//! seconds over random bytes, hostile text and mutations of valid inputs, in every
//! `cargo test`. `make fuzz` runs the same bodies for long under cargo-fuzz (libFuzzer).
//!
//! `GRANTY_FUZZ_SECONDS` sets the time per target (default 2) and `GRANTY_FUZZ_SEED` repeats a
//! run; a failure prints the seed and the input that broke.
#![allow(clippy::unwrap_used, clippy::expect_used)]

#[path = "../fuzz/src/bodies.rs"]
mod bodies;

use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};
use std::time::{Duration, Instant};

/// Pieces a hostile or careless person types, mixed into generated inputs.
const PIECES: &[&str] = &[
    "0",
    "9",
    "00",
    "-",
    ",",
    ".",
    " ",
    "\u{a0}",
    "|",
    "PL",
    "DE",
    "61",
    "1 234,56",
    "5260001246",
    "123456785",
    "0000123456",
    "PL61 1090 1014 0000 0712 1981 2874",
    "9223372036854775807",
    "-9223372036854775808",
    "1000000000000",
    "99999999999999999999",
    "0.005",
    "1e5",
    "NaN",
    "\u{0}",
    "\u{200B}",
    "\u{202E}",
    "\u{FEFF}",
    "<script>",
    "</b>",
    "{{ x }}",
    "{% raw %}",
    "'",
    "\"",
    "\\",
    "😀",
    "ż",
    "٣",
    "\u{ff10}",
    "%",
    "+",
    "_",
];

/// One input: random bytes, pieces glued together, or a valid sample with a few bytes changed.
fn input(rng: &mut StdRng, samples: &[Vec<u8>]) -> Vec<u8> {
    match rng.random_range(0..4) {
        0 => (0..rng.random_range(0..64)).map(|_| rng.random()).collect(),
        1 => (0..rng.random_range(1..12))
            .flat_map(|_| PIECES[rng.random_range(0..PIECES.len())].bytes())
            .collect(),
        _ => {
            let mut bytes = samples[rng.random_range(0..samples.len())].clone();
            for _ in 0..rng.random_range(0..4) {
                if bytes.is_empty() {
                    break;
                }
                let at = rng.random_range(0..bytes.len());
                let piece = PIECES[rng.random_range(0..PIECES.len())].as_bytes();
                bytes.splice(at..at + 1, piece.iter().copied());
            }
            bytes
        }
    }
}

fn run(name: &str, body: fn(&[u8]), samples: &[Vec<u8>]) {
    let seconds = std::env::var("GRANTY_FUZZ_SECONDS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(2);
    let seed = std::env::var("GRANTY_FUZZ_SEED")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or_else(rand::random::<u64>);
    let mut rng = StdRng::seed_from_u64(seed);
    let until = Instant::now() + Duration::from_secs(seconds);
    let mut runs = 0u64;
    for sample in samples {
        body(sample);
    }
    while Instant::now() < until {
        let data = input(&mut rng, samples);
        let outcome = std::panic::catch_unwind(|| body(&data));
        if outcome.is_err() {
            panic!(
                "fuzz target {name} broke (GRANTY_FUZZ_SEED={seed}) on {:?}",
                String::from_utf8_lossy(&data)
            );
        }
        runs += 1;
    }
    eprintln!("fuzz target {name}: {runs} inputs, seed {seed}");
    assert!(runs > 0, "no input ran");
}

fn text_samples(texts: &[&str]) -> Vec<Vec<u8>> {
    texts.iter().map(|t| t.as_bytes().to_vec()).collect()
}

#[test]
fn identifiers() {
    let samples = text_samples(&[
        "5260001246",
        "526-000-12-46",
        "123456785",
        "12345678512347",
        "0000123456",
        "PL61 1090 1014 0000 0712 1981 2874",
        "DE89370400440532013000",
    ]);
    run("identifiers", bodies::identifiers, &samples);
}

#[test]
fn money() {
    let samples = text_samples(&["1 234,56", "0.1", "-5", "12,5", "100", "1000000000000.00"]);
    run("money", bodies::money, &samples);
}

#[test]
fn offer_rules() {
    let valid = serde_json::to_vec(&granty_domain::testing::valid_offer()).unwrap();
    let mut samples = text_samples(&["150|40|125,50|20|3 000|1|250|7|11000|1000|1260|0"]);
    samples.push(valid);
    run("offer_rules", bodies::offer_rules, &samples);
}

#[test]
fn templates() {
    let samples = text_samples(&[
        "Kultura 2027|Lato|Fundacja|K1/2026/0001|abc",
        "<b>|&amp;|\u{202E}",
    ]);
    run("templates", bodies::templates, &samples);
}
