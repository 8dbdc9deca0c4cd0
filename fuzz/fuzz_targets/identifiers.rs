//! cargo-fuzz target: see `granty_fuzz::bodies::identifiers`.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| granty_fuzz::bodies::identifiers(data));
