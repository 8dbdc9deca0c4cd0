//! Signs a PDF with a TEST ONLY key from tests/fixtures/pades (the browser journey's organisation
//! signing its copy, as a signing tool would): `sign_test_copy <in.pdf> <out.pdf> [ngo]`.
//! The keys are public in this repository; this example exists for tests and signs nothing real.

use granty_documents::pades::{self, SignOptions, Signer};
use std::path::Path;

fn fixture(name: &str) -> String {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/pades");
    std::fs::read_to_string(dir.join(name)).unwrap_or_else(|e| panic!("{name}: {e}"))
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [input, output] = [&args[0], &args[1]];
    let who = args.get(2).map_or("ngo", String::as_str);
    let chain = fixture(&format!("{who}.pem")) + &fixture("ca.pem");
    let signer = Signer::from_pem(&fixture(&format!("{who}.key.pem")), &chain).expect("test signer");
    let pdf = std::fs::read(input).expect("the PDF to sign");
    let options = SignOptions {
        signing_time: chrono::Utc::now(),
        reason: None,
        location: None,
        signer_name: None,
    };
    let signed = pades::sign(&pdf, &signer, options).expect("signed");
    std::fs::write(output, signed).expect("the signed copy written");
}
