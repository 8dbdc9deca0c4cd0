//! cargo-fuzz target: see `granty_fuzz::bodies::money`.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| granty_fuzz::bodies::money(data));
