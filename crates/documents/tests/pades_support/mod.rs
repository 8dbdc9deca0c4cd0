//! Shared by the PAdES tests and bench: a small PDF made with printpdf, the TEST ONLY keys and
//! certificates of `tests/fixtures/pades/`, and signing options.
#![allow(dead_code)]

use chrono::{DateTime, Utc};
use granty_documents::pades::{SignOptions, Signer, TrustAnchors};
use printpdf::{
    BuiltinFont, Mm, Op, PdfDocument, PdfFontHandle, PdfPage, PdfSaveOptions, Point, Pt, TextItem,
};
use std::path::PathBuf;

pub fn fixture_path(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/pades")
        .join(name)
}

pub fn fixture(name: &str) -> String {
    std::fs::read_to_string(fixture_path(name)).expect("fixture")
}

/// A PDF of `pages` pages with a line of text on each.
pub fn small_pdf(pages: usize) -> Vec<u8> {
    let mut document = PdfDocument::new("Umowa testowa");
    let pages = (1..=pages)
        .map(|n| {
            let ops = vec![
                Op::StartTextSection,
                Op::SetTextCursor {
                    pos: Point::new(Mm(20.0), Mm(270.0)),
                },
                Op::SetFont {
                    font: PdfFontHandle::Builtin(BuiltinFont::Helvetica),
                    size: Pt(12.0),
                },
                Op::ShowText {
                    items: vec![TextItem::Text(format!("Umowa o wsparcie, strona {n}"))],
                },
                Op::EndTextSection,
            ];
            PdfPage::new(Mm(210.0), Mm(297.0), ops)
        })
        .collect();
    document
        .with_pages(pages)
        .save(&PdfSaveOptions::default(), &mut Vec::new())
}

/// The town's identity, read from its PKCS#12 file.
pub fn town() -> Signer {
    let bytes = std::fs::read(fixture_path("town.p12")).expect("town.p12");
    Signer::from_pkcs12(&bytes, "test-only").expect("town signer")
}

/// The NGO's identity, read from PEM.
pub fn ngo() -> Signer {
    Signer::from_pem(&fixture("ngo.key.pem"), &fixture("ngo.pem")).expect("ngo signer")
}

/// A signer whose certificate comes from a CA the tests do not trust.
pub fn stranger() -> Signer {
    let chain = format!("{}{}", fixture("stranger.pem"), fixture("other-ca.pem"));
    Signer::from_pem(&fixture("stranger.key.pem"), &chain).expect("stranger signer")
}

pub fn anchors() -> TrustAnchors {
    TrustAnchors::from_pem(&fixture("ca.pem")).expect("ca.pem")
}

pub fn at(rfc3339: &str) -> DateTime<Utc> {
    DateTime::parse_from_rfc3339(rfc3339)
        .expect("time")
        .with_timezone(&Utc)
}

pub fn options(signing_time: &str) -> SignOptions {
    SignOptions {
        signing_time: at(signing_time),
        reason: Some("Zawarcie umowy o wsparcie realizacji zadania publicznego".into()),
        location: Some("Łódź".into()),
        signer_name: None,
    }
}
