//! PAdES signatures (ETSI EN 319 142-1, baseline B-B) on PDF documents: `sign` appends an
//! incremental update holding an invisible signature field and a detached CAdES signature over
//! the whole file except the signature's own hole; `verify` checks every signature in a file
//! (byte ranges, digest, CMS signature, certificate chain to a trust anchor).
//!
//! Pure Rust: lopdf (the version printpdf uses) for the PDF objects, RustCrypto `cms` 0.2 /
//! `x509-cert` 0.2 for the CMS, `p256` for the server's signing key (ECDSA with RFC 6979
//! deterministic nonces, so the same inputs give the same bytes). RSA keys are verified (Polish
//! qualified certificates are often RSA) but never used to sign.
//!
//! Errors are codes with values, never sentences: the caller words them for people.

mod certs;
mod cms;
mod pdf;
mod sign;
mod signer;
mod verify;

pub use certs::TrustAnchors;
pub use sign::{sign, SignError, SignOptions};
pub use signer::{Signer, SignerError};
pub use verify::{verify, Malformed, VerifiedSignature, VerifyError};
