//! The detached CMS (CAdES) inside a PAdES signature: built with the signing-certificate-v2
//! attribute (PAdES B-B binds the signer's certificate to the signature), and read back.

use cms::builder::{SignedDataBuilder, SignerInfoBuilder};
use cms::cert::{CertificateChoices, IssuerAndSerialNumber};
use cms::content_info::ContentInfo;
use cms::signed_data::{EncapsulatedContentInfo, SignedData, SignerIdentifier, SignerInfo};
use const_oid::db::{rfc5911, rfc5912};
use const_oid::ObjectIdentifier;
use der::asn1::{OctetString, SetOfVec};
use der::{Any, Decode, Encode, Sequence};
use x509_cert::attr::Attribute;
use x509_cert::ext::pkix::name::GeneralName;
use x509_cert::serial_number::SerialNumber;
use x509_cert::spki::AlgorithmIdentifierOwned;
use x509_cert::Certificate;

use super::certs;
use super::signer::Signer;

/// id-aa-signingCertificateV2 (RFC 5035 §3).
const ID_AA_SIGNING_CERTIFICATE_V2: ObjectIdentifier =
    ObjectIdentifier::new_unwrap("1.2.840.113549.1.9.16.2.47");

/// ESSCertIDv2 (RFC 5035): the hash algorithm is left out, meaning its default, SHA-256.
#[derive(Debug, Clone, Sequence)]
struct EssCertIdV2 {
    #[asn1(optional = "true")]
    hash_algorithm: Option<AlgorithmIdentifierOwned>,
    cert_hash: OctetString,
    #[asn1(optional = "true")]
    issuer_serial: Option<IssuerSerial>,
}

#[derive(Debug, Clone, Sequence)]
struct IssuerSerial {
    issuer: Vec<GeneralName>,
    serial_number: SerialNumber,
}

#[derive(Debug, Clone, Sequence)]
struct SigningCertificateV2 {
    certs: Vec<EssCertIdV2>,
}

fn sha256_algorithm() -> AlgorithmIdentifierOwned {
    AlgorithmIdentifierOwned {
        oid: rfc5912::ID_SHA_256,
        parameters: None,
    }
}

/// The DER of a detached SignedData over content whose SHA-256 is `digest`, signed by `signer`,
/// carrying its chain.
pub(crate) fn build(signer: &Signer, digest: &[u8]) -> Result<Vec<u8>, der::Error> {
    let failed = |_| der::Error::from(der::ErrorKind::Failed);
    let certificate = &signer.chain[0];
    let content = EncapsulatedContentInfo {
        econtent_type: rfc5911::ID_DATA,
        econtent: None,
    };
    let sid = SignerIdentifier::IssuerAndSerialNumber(IssuerAndSerialNumber {
        issuer: certificate.tbs_certificate.issuer.clone(),
        serial_number: certificate.tbs_certificate.serial_number.clone(),
    });
    let mut signer_info =
        SignerInfoBuilder::new(&signer.key, sid, sha256_algorithm(), &content, Some(digest))
            .map_err(failed)?;
    signer_info
        .add_signed_attribute(signing_certificate_v2(certificate)?)
        .map_err(failed)?;
    let mut builder = SignedDataBuilder::new(&content);
    builder
        .add_digest_algorithm(sha256_algorithm())
        .map_err(failed)?;
    for certificate in &signer.chain {
        builder
            .add_certificate(CertificateChoices::Certificate(certificate.clone()))
            .map_err(failed)?;
    }
    builder
        .add_signer_info::<_, p256::ecdsa::DerSignature>(signer_info)
        .map_err(failed)?;
    builder.build().map_err(failed)?.to_der()
}

fn signing_certificate_v2(certificate: &Certificate) -> Result<Attribute, der::Error> {
    let value = SigningCertificateV2 {
        certs: vec![EssCertIdV2 {
            hash_algorithm: None,
            cert_hash: OctetString::new(certs::sha256(certificate).to_vec())?,
            issuer_serial: Some(IssuerSerial {
                issuer: vec![GeneralName::DirectoryName(
                    certificate.tbs_certificate.issuer.clone(),
                )],
                serial_number: certificate.tbs_certificate.serial_number.clone(),
            }),
        }],
    };
    Ok(Attribute {
        oid: ID_AA_SIGNING_CERTIFICATE_V2,
        values: SetOfVec::try_from(vec![Any::encode_from(&value)?])?,
    })
}

/// A signature's CMS as read from /Contents (which is padded with zeros after the DER).
pub(crate) struct ParsedCms {
    pub signed_data: SignedData,
}

impl ParsedCms {
    pub fn parse(contents: &[u8]) -> Result<Self, der::Error> {
        let mut reader = der::SliceReader::new(contents)?;
        let info = <ContentInfo as der::Decode>::decode(&mut reader)?;
        if info.content_type != rfc5911::ID_SIGNED_DATA {
            return Err(der::ErrorKind::Failed.into());
        }
        Ok(Self {
            signed_data: info.content.decode_as::<SignedData>()?,
        })
    }

    /// The one signer of a PAdES signature.
    pub fn signer_info(&self) -> Option<&SignerInfo> {
        match self.signed_data.signer_infos.0.as_slice() {
            [one] => Some(one),
            _ => None,
        }
    }

    pub fn certificates(&self) -> Vec<Certificate> {
        self.signed_data
            .certificates
            .iter()
            .flat_map(|set| set.0.iter())
            .filter_map(|choice| match choice {
                CertificateChoices::Certificate(c) => Some(c.clone()),
                _ => None,
            })
            .collect()
    }

    /// The certificate the signer info names (issuer and serial, or subject key identifier).
    pub fn signer_certificate(&self, info: &SignerInfo) -> Option<Certificate> {
        self.certificates()
            .into_iter()
            .find(|c| identifies(&info.sid, c))
    }
}

fn identifies(sid: &SignerIdentifier, certificate: &Certificate) -> bool {
    let tbs = &certificate.tbs_certificate;
    match sid {
        SignerIdentifier::IssuerAndSerialNumber(id) => {
            id.issuer == tbs.issuer && id.serial_number == tbs.serial_number
        }
        SignerIdentifier::SubjectKeyIdentifier(ski) => tbs
            .extensions
            .iter()
            .flatten()
            .filter(|e| e.extn_id == const_oid::db::rfc5280::ID_CE_SUBJECT_KEY_IDENTIFIER)
            .any(|e| OctetString::from_der(e.extn_value.as_bytes()).ok() == Some(ski.0.clone())),
    }
}

/// The value of the signed attribute `oid`, if present once.
pub(crate) fn signed_attribute(info: &SignerInfo, oid: ObjectIdentifier) -> Option<&Any> {
    let attributes = info.signed_attrs.as_ref()?;
    let attribute = attributes.iter().find(|a| a.oid == oid)?;
    match attribute.values.as_slice() {
        [value] => Some(value),
        _ => None,
    }
}

/// The message-digest attribute's bytes.
pub(crate) fn message_digest(info: &SignerInfo) -> Option<Vec<u8>> {
    signed_attribute(info, rfc5911::ID_MESSAGE_DIGEST)?
        .decode_as::<OctetString>()
        .ok()
        .map(|o| o.as_bytes().to_vec())
}

/// Whether a signing-certificate-v2 attribute, when present, names `certificate` (a
/// substituted certificate would not match).
pub(crate) fn signing_certificate_matches(info: &SignerInfo, certificate: &Certificate) -> bool {
    let Some(value) = signed_attribute(info, ID_AA_SIGNING_CERTIFICATE_V2) else {
        return true;
    };
    let Ok(attribute) = value.decode_as::<SigningCertificateV2>() else {
        return false;
    };
    let Some(first) = attribute.certs.first() else {
        return false;
    };
    let sha256 = first
        .hash_algorithm
        .as_ref()
        .is_none_or(|a| a.oid == rfc5912::ID_SHA_256);
    sha256 && first.cert_hash.as_bytes() == certs::sha256(certificate)
}

/// The DER the signature was made over: the signed attributes as a SET (RFC 5652 §5.4).
pub(crate) fn signed_attributes_der(info: &SignerInfo) -> Option<Vec<u8>> {
    info.signed_attrs.as_ref()?.to_der().ok()
}
