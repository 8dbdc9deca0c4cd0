//! Fuzzing Granty's pure parts: the bodies live in `bodies.rs`, shared with the quick run in
//! `cargo test`.

pub mod bodies;
