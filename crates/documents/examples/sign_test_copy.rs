//! Signs a PDF with a TEST ONLY key from tests/fixtures/pades (the browser journey's organisation
//! signing its copy, as a signing tool would): `sign_test_copy <in.pdf> <out.pdf> [ngo]`.
//! The keys are public in this repository; this example exists for tests and signs nothing real.

use granty_documents::pades::{self, SignOptions, Signer};
use std::error::Error;
use std::path::Path;

fn fixture(name: &str) -> Result<String, Box<dyn Error>> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/pades");
    Ok(std::fs::read_to_string(dir.join(name))?)
}

fn main() -> Result<(), Box<dyn Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (Some(input), Some(output)) = (args.first(), args.get(1)) else {
        return Err("usage: sign_test_copy <in.pdf> <out.pdf> [ngo|stranger]".into());
    };
    let who = args.get(2).map_or("ngo", String::as_str);
    // Each TEST ONLY certificate with its issuer: the test CA, or for `stranger` the other CA.
    let issuer = if who == "stranger" {
        "other-ca.pem"
    } else {
        "ca.pem"
    };
    let chain = fixture(&format!("{who}.pem"))? + &fixture(issuer)?;
    let signer = Signer::from_pem(&fixture(&format!("{who}.key.pem"))?, &chain)?;
    let options = SignOptions {
        signing_time: chrono::Utc::now(),
        reason: None,
        location: None,
        signer_name: None,
    };
    let signed = pades::sign(&std::fs::read(input)?, &signer, options)?;
    std::fs::write(output, signed)?;
    Ok(())
}
