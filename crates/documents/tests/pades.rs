//! PAdES signing and verification with the TEST ONLY keys of tests/fixtures/pades/.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod pades_support;

use granty_documents::pades::{sign, verify, Malformed, Signer, SignerError, VerifyError};
use pades_support::*;
use sha2::{Digest, Sha256};

#[test]
fn a_signed_pdf_verifies_with_its_signer_and_time() {
    let pdf = small_pdf(1);
    let signed = sign(&pdf, &town(), options("2026-12-01T10:00:00Z")).expect("signed");
    assert_eq!(
        &signed[..pdf.len()],
        &pdf[..],
        "the original bytes stay in front"
    );
    let verified = verify(&signed, &anchors()).expect("verifies");
    assert_eq!(verified.len(), 1);
    let one = &verified[0];
    assert_eq!(one.signer_name, "Gmina Testowa");
    assert_eq!(one.certificate_sha256, town().certificate_sha256());
    assert_eq!(one.signing_time, Some(at("2026-12-01T10:00:00Z")));
    assert!(one.covers_whole_file);
    let text = String::from_utf8_lossy(&signed[pdf.len()..]);
    for marker in ["/SubFilter/ETSI.CAdES.detached", "/SigFlags 3", "/FT/Sig"] {
        assert!(text.contains(marker), "{marker} missing in the update");
    }
}

#[test]
fn signing_is_deterministic() {
    let pdf = small_pdf(1);
    let first = sign(&pdf, &town(), options("2026-12-01T10:00:00Z")).expect("signed");
    let second = sign(&pdf, &town(), options("2026-12-01T10:00:00Z")).expect("signed");
    assert_eq!(Sha256::digest(&first), Sha256::digest(&second));
    let later = sign(&pdf, &town(), options("2026-12-01T10:00:01Z")).expect("signed");
    assert_ne!(Sha256::digest(&first), Sha256::digest(&later));
}

#[test]
fn a_one_byte_change_fails() {
    let pdf = small_pdf(1);
    let signed = sign(&pdf, &town(), options("2026-12-01T10:00:00Z")).expect("signed");
    // A byte of the page text ("strona 1" -> "strona 2"), inside the signed range.
    let at = position(&signed, b"strona 1") + 7;
    let mut changed = signed.clone();
    changed[at] = b'2';
    assert_eq!(
        verify(&changed, &anchors()),
        Err(VerifyError::DigestMismatch { signature: 0 })
    );
}

#[test]
fn a_changed_signature_value_fails() {
    let signed = sign(&small_pdf(1), &town(), options("2026-12-01T10:00:00Z")).expect("signed");
    let hole = position(&signed, b"/Contents<") + "/Contents<".len();
    let header = hex::decode(&signed[hole..hole + 8]).expect("hex");
    assert_eq!(header[..2], [0x30, 0x82], "a long-form DER sequence");
    let der_len = 4 + usize::from(u16::from_be_bytes([header[2], header[3]]));
    // The last byte of the DER is the last byte of the ECDSA signature's s.
    let last_hex = hole + 2 * der_len - 1;
    let mut changed = signed.clone();
    changed[last_hex] = if changed[last_hex] == b'0' {
        b'1'
    } else {
        b'0'
    };
    assert_eq!(
        verify(&changed, &anchors()),
        Err(VerifyError::BadSignature {
            signer: "Gmina Testowa".into()
        })
    );
}

#[test]
fn bytes_appended_after_the_signature_fail() {
    let pdf = small_pdf(1);
    let mut signed = sign(&pdf, &town(), options("2026-12-01T10:00:00Z")).expect("signed");
    signed.extend_from_slice(b"\n% nobody signed this\n");
    assert_eq!(
        verify(&signed, &anchors()),
        Err(VerifyError::AppendedAfterSignature { bytes: 22 })
    );
}

#[test]
fn a_town_and_an_ngo_both_sign_one_file() {
    let pdf = small_pdf(2);
    let by_town = sign(&pdf, &town(), options("2026-12-01T10:00:00Z")).expect("town signs");
    let mut ngo_options = options("2026-12-02T09:30:00Z");
    ngo_options.signer_name = Some("Anna Kowalska, prezes zarządu".into());
    let by_both = sign(&by_town, &ngo(), ngo_options).expect("ngo signs");
    assert_eq!(&by_both[..by_town.len()], &by_town[..]);
    let verified = verify(&by_both, &anchors()).expect("both verify");
    let names: Vec<_> = verified.iter().map(|v| v.signer_name.as_str()).collect();
    assert_eq!(names, ["Gmina Testowa", "Stowarzyszenie Testowe"]);
    assert!(!verified[0].covers_whole_file);
    assert!(verified[1].covers_whole_file);
    assert_eq!(verified[1].signing_time, Some(at("2026-12-02T09:30:00Z")));
    let text = String::from_utf8_lossy(&by_both[by_town.len()..]);
    assert!(text.contains("/T(Signature2)"), "a second field name");
}

#[test]
fn a_certificate_from_an_untrusted_ca_is_refused() {
    let signed = sign(&small_pdf(1), &stranger(), options("2026-12-01T10:00:00Z")).expect("signed");
    assert_eq!(
        verify(&signed, &anchors()),
        Err(VerifyError::Untrusted {
            signer: "Stranger".into()
        })
    );
    let other_ca = granty_documents::pades::TrustAnchors::from_pem(&fixture("other-ca.pem"))
        .expect("other ca");
    assert!(verify(&signed, &other_ca).is_ok());
}

#[test]
fn a_town_trusting_no_certificate_trusts_no_signature() {
    for blank in ["", "\n", " \r\n\n"] {
        let none = granty_documents::pades::TrustAnchors::from_pem(blank).expect("no anchors");
        assert!(none.is_empty(), "{blank:?}");
        let signed = sign(&small_pdf(1), &ngo(), options("2026-12-01T10:00:00Z")).expect("signed");
        assert!(
            matches!(verify(&signed, &none), Err(VerifyError::Untrusted { .. })),
            "{blank:?}"
        );
    }
}

#[test]
fn an_end_entity_certificate_cannot_vouch_for_another() {
    let chain = format!("{}{}", fixture("forged.pem"), fixture("ngo.pem"));
    let forger = Signer::from_pem(&fixture("forged.key.pem"), &chain).expect("forged signer");
    assert_eq!(forger.signer_name(), "Gmina Testowa");
    let signed = sign(&small_pdf(1), &forger, options("2026-12-01T10:00:00Z")).expect("signed");
    assert_eq!(
        verify(&signed, &anchors()),
        Err(VerifyError::Untrusted {
            signer: "Gmina Testowa".into()
        })
    );
}

#[test]
fn a_signing_time_outside_the_certificate_is_refused() {
    // The fixtures were made on 2026-12-01; a claim from 2020 predates the certificate.
    let signed = sign(&small_pdf(1), &town(), options("2020-01-01T00:00:00Z")).expect("signed");
    assert_eq!(
        verify(&signed, &anchors()),
        Err(VerifyError::CertificateNotUsable {
            signer: "Gmina Testowa".into()
        })
    );
}

#[test]
fn an_unsigned_pdf_has_no_signature_and_garbage_is_malformed() {
    assert_eq!(
        verify(&small_pdf(1), &anchors()),
        Err(VerifyError::NoSignature)
    );
    assert_eq!(
        verify(b"not a pdf", &anchors()),
        Err(VerifyError::Malformed(Malformed::Pdf))
    );
}

#[test]
fn a_signature_moved_out_of_its_hole_is_malformed() {
    let pdf = small_pdf(1);
    let signed = sign(&pdf, &town(), options("2026-12-01T10:00:00Z")).expect("signed");
    // Shift the first range's end by one: the hole no longer starts at "<".
    let start = position(&signed, b"/ByteRange[0 ") + "/ByteRange[0 ".len();
    let digits: String = signed[start..]
        .iter()
        .map(|b| char::from(*b))
        .take_while(char::is_ascii_digit)
        .collect();
    assert_eq!(signed[digits.parse::<usize>().expect("offset")], b'<');
    let shifted = (digits.parse::<usize>().expect("offset") - 1).to_string();
    let padded = format!("{shifted:<0$}", digits.len());
    let mut changed = signed.clone();
    changed[start..start + digits.len()].copy_from_slice(padded.as_bytes());
    assert_eq!(
        verify(&changed, &anchors()),
        Err(VerifyError::Malformed(Malformed::ByteRange {
            signature: 0
        }))
    );
}

#[test]
fn rsa_signing_keys_are_refused_and_pem_and_pkcs12_read_the_same_identity() {
    assert_eq!(
        Signer::from_pem(&fixture("rsa.key.pem"), &fixture("rsa.pem")).err(),
        Some(SignerError::RsaKeyRefused)
    );
    let from_pem = Signer::from_pem(&fixture("town.key.pem"), &fixture("town.pem")).expect("pem");
    assert_eq!(from_pem.certificate_sha256(), town().certificate_sha256());
    assert_eq!(
        Signer::from_pkcs12(
            &std::fs::read(fixture_path("town.p12")).expect("p12"),
            "wrong"
        )
        .err(),
        Some(SignerError::Pkcs12Unreadable)
    );
}

#[test]
fn a_development_certificate_signs_and_is_its_own_anchor() {
    let pem = Signer::development_pem("Gmina Rozwojowa", at("2026-12-01T00:00:00Z")).expect("pem");
    let signer = Signer::from_pem(&pem, &pem).expect("signer");
    let signed = sign(&small_pdf(1), &signer, options("2026-12-01T10:00:00Z")).expect("signed");
    let own = granty_documents::pades::TrustAnchors::from_pem(&signer.chain_pem()).expect("anchor");
    let verified = verify(&signed, &own).expect("verifies");
    assert_eq!(verified[0].signer_name, "Gmina Rozwojowa");
    assert!(matches!(
        verify(&signed, &anchors()),
        Err(VerifyError::Untrusted { .. })
    ));
}

#[test]
fn an_rsa_signature_made_by_pyhanko_verifies_and_takes_a_second_signature() {
    let pdf = std::fs::read(fixture_path("rsa-signed-by-pyhanko.pdf")).expect("fixture");
    let verified = verify(&pdf, &anchors()).expect("pyHanko's RSA signature verifies");
    assert_eq!(verified.len(), 1);
    assert_eq!(verified[0].signer_name, "RSA Signer");
    assert!(verified[0].covers_whole_file);
    let countersigned = sign(&pdf, &town(), options("2026-12-03T08:00:00Z")).expect("signed");
    let both = verify(&countersigned, &anchors()).expect("both verify");
    let names: Vec<_> = both.iter().map(|v| v.signer_name.as_str()).collect();
    assert_eq!(names, ["RSA Signer", "Gmina Testowa"]);
    let mut changed = pdf.clone();
    let last = changed.len() - 10;
    changed[last] ^= 0x01;
    assert!(verify(&changed, &anchors()).is_err());
}

#[test]
fn no_single_byte_change_outside_the_hole_verifies_or_panics() {
    let signed = sign(&small_pdf(1), &town(), options("2026-12-01T10:00:00Z")).expect("signed");
    let hole_start = position(&signed, b"/Contents<") + "/Contents".len();
    let hole_end = hole_start + position(&signed[hole_start..], b">") + 1;
    // A fixed pseudo-random walk over the file (LCG), so a failure reproduces.
    let mut state: u64 = 0x5eed;
    let mut tried = 0;
    while tried < 400 {
        state = state
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1);
        let at = usize::try_from(state >> 33).expect("fits") % signed.len();
        if (hole_start..hole_end).contains(&at) {
            continue;
        }
        let mut changed = signed.clone();
        changed[at] ^= 1 << (state % 8);
        assert!(
            verify(&changed, &anchors()).is_err(),
            "a change at byte {at} still verifies"
        );
        tried += 1;
    }
}
