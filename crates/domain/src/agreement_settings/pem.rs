//! The trust anchors a town pastes in: PEM certificate blocks, each checked as far as the page
//! needs — base64 that decodes, a DER certificate whose subject can be read — so the admin sees
//! how many were understood and whose they are. The signature checks proper use the PAdES
//! verifier in granty-documents; this only refuses what could never be a certificate.

const BEGIN: &str = "-----BEGIN CERTIFICATE-----";
const END: &str = "-----END CERTIFICATE-----";

/// One certificate found in the text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PemBlock {
    /// The subject's common name, or its organisation, or "" when it names neither.
    pub subject: String,
}

/// The certificates in `text`, in order; `None` for anything but certificate blocks (and blank
/// lines between them), a block that does not decode, or DER that is not a certificate.
pub fn certificate_blocks(text: &str) -> Option<Vec<PemBlock>> {
    let mut blocks = Vec::new();
    let mut rest = text.trim();
    while !rest.is_empty() {
        let body = rest.strip_prefix(BEGIN)?;
        let (inside, after) = body.split_once(END)?;
        let der = decode_base64(inside)?;
        blocks.push(PemBlock {
            subject: subject_of(&der)?,
        });
        rest = after.trim_start();
    }
    Some(blocks)
}

fn decode_base64(text: &str) -> Option<Vec<u8>> {
    let symbols: Vec<u8> = text.bytes().filter(|b| !b.is_ascii_whitespace()).collect();
    if symbols.is_empty() || !symbols.len().is_multiple_of(4) {
        return None;
    }
    let padding = symbols.iter().rev().take_while(|b| **b == b'=').count();
    let mut bits: u32 = 0;
    let mut out = Vec::with_capacity(symbols.len() / 4 * 3);
    for (i, symbol) in symbols[..symbols.len() - padding].iter().enumerate() {
        let value = match symbol {
            b'A'..=b'Z' => symbol - b'A',
            b'a'..=b'z' => symbol - b'a' + 26,
            b'0'..=b'9' => symbol - b'0' + 52,
            b'+' => 62,
            b'/' => 63,
            _ => return None,
        };
        bits = (bits << 6) | u32::from(value);
        if i % 4 == 3 {
            out.extend_from_slice(&bits.to_be_bytes()[1..]);
            bits = 0;
        }
    }
    match padding {
        0 => {}
        1 => out.extend_from_slice(&(bits << 6).to_be_bytes()[1..3]),
        2 => out.push((bits >> 4) as u8),
        _ => return None,
    }
    Some(out)
}

/// One DER element: its tag, its contents, and what follows it.
fn element(der: &[u8]) -> Option<(u8, &[u8], &[u8])> {
    let (&tag, rest) = der.split_first()?;
    let (&first, rest) = rest.split_first()?;
    let (len, rest) = if first < 0x80 {
        (usize::from(first), rest)
    } else {
        let count = usize::from(first & 0x7f);
        if count == 0 || count > 4 || rest.len() < count {
            return None;
        }
        let len = rest[..count]
            .iter()
            .fold(0usize, |n, b| (n << 8) | usize::from(*b));
        (len, &rest[count..])
    };
    (rest.len() >= len).then(|| (tag, &rest[..len], &rest[len..]))
}

const SEQUENCE: u8 = 0x30;
const COMMON_NAME: [u8; 3] = [0x55, 0x04, 0x03];
const ORGANISATION: [u8; 3] = [0x55, 0x04, 0x0a];

/// The subject of a certificate: Certificate → tbsCertificate → (version) serial, signature,
/// issuer, validity, subject.
fn subject_of(der: &[u8]) -> Option<String> {
    let (SEQUENCE, certificate, _) = element(der)? else {
        return None;
    };
    let (SEQUENCE, tbs, _) = element(certificate)? else {
        return None;
    };
    let mut fields = tbs;
    let (tag, _, after_first) = element(fields)?;
    if tag == 0xa0 {
        fields = after_first;
    }
    for _ in 0..4 {
        fields = element(fields)?.2;
    }
    let (SEQUENCE, subject, _) = element(fields)? else {
        return None;
    };
    let named = name_part(subject, COMMON_NAME).or_else(|| name_part(subject, ORGANISATION));
    Some(named.unwrap_or_default())
}

/// The text of one attribute of a Name (a sequence of sets of type-and-value sequences).
fn name_part(mut name: &[u8], wanted: [u8; 3]) -> Option<String> {
    while !name.is_empty() {
        let (_, set, next) = element(name)?;
        let (_, pair, _) = element(set)?;
        let (_, oid, value) = element(pair)?;
        if oid == wanted {
            let (_, text, _) = element(value)?;
            return Some(String::from_utf8_lossy(text).into_owned());
        }
        name = next;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    // A self-signed test certificate (CN=Granty Test CA, O=Granty): TEST ONLY, no key kept.
    const CERT: &str = include_str!("test_ca.pem");

    #[test]
    fn certificates_are_counted_with_their_subjects() {
        let two = format!("{CERT}\n{CERT}");
        let blocks = certificate_blocks(&two).expect("two certificates");
        assert_eq!(blocks.len(), 2);
        assert_eq!(blocks[0].subject, "Granty Test CA");
        assert_eq!(certificate_blocks("  ").expect("nothing"), vec![]);
    }

    #[test]
    fn anything_else_is_refused() {
        let damaged = CERT.replacen("MII", "MI!", 1);
        let key = "-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----";
        let not_der = format!("{BEGIN}\nAAAA\n{END}");
        for bad in [
            &damaged[..],
            key,
            &not_der,
            "hello",
            &CERT[..CERT.len() - 10],
        ] {
            assert!(certificate_blocks(bad).is_none(), "{bad}");
        }
    }

    #[test]
    fn base64_decodes_with_and_without_padding() {
        assert_eq!(decode_base64("TWFu").as_deref(), Some(&b"Man"[..]));
        assert_eq!(decode_base64("TWE=").as_deref(), Some(&b"Ma"[..]));
        assert_eq!(decode_base64("TQ==").as_deref(), Some(&b"M"[..]));
        assert_eq!(decode_base64("TQ="), None);
    }
}
