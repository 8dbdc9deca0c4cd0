//! Signing: an incremental update with an invisible signature field whose value is a signature
//! dictionary; its /Contents is a hole of reserved size, the rest of the file is hashed and the
//! CMS written into the hole.

use chrono::{DateTime, Utc};
use lopdf::{Dictionary, Document, IncrementalDocument, Object, ObjectId, StringFormat};
use sha2::{Digest, Sha256};

use super::pdf::{self, find};
use super::signer::Signer;
use super::{cms, verify};

/// Bytes reserved for the CMS beyond the certificates it carries (signed attributes, the
/// signature, structure). The hole is written as hex, twice as many characters.
const CMS_ROOM: usize = 4096;
/// A placeholder wide enough for any byte offset the final /ByteRange may hold (10 digits).
const OFFSET_PLACEHOLDER: i64 = 9_999_999_999;

/// What the signature dictionary says besides the signature itself.
#[derive(Debug, Clone)]
pub struct SignOptions {
    /// The claimed signing time, written as /M (PAdES puts the time there, not in the CMS:
    /// ETSI EN 319 142-1 §5.4.1 leaves the CMS signing-time attribute out of B-B signatures).
    /// Passed in, never "now", so the same inputs give the same bytes.
    pub signing_time: DateTime<Utc>,
    pub reason: Option<String>,
    pub location: Option<String>,
    /// Who signs, as the dictionary's /Name (the certificate's name otherwise).
    pub signer_name: Option<String>,
}

/// Why a PDF could not be signed. Codes with values.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum SignError {
    /// The input is not a PDF lopdf can read (its message).
    #[error("unreadable_pdf: {0}")]
    UnreadablePdf(String),
    /// Encrypted PDFs are not signed.
    #[error("encrypted_pdf")]
    EncryptedPdf,
    #[error("no_pages")]
    NoPages,
    /// Writing the incremental update failed (lopdf's message).
    #[error("write_failed: {0}")]
    WriteFailed(String),
    /// The CMS did not fit the hole reserved for it (its size, the room).
    #[error("signature_too_large: {size} > {room}")]
    SignatureTooLarge { size: usize, room: usize },
    #[error("cms_failed: {0}")]
    CmsFailed(String),
}

/// Signs `pdf` with `signer`: the original bytes, then an incremental update holding the
/// signature. Works on a PDF already signed (each signature is its own update).
pub fn sign(pdf: &[u8], signer: &Signer, options: SignOptions) -> Result<Vec<u8>, SignError> {
    let document = Document::load_mem(pdf).map_err(|e| SignError::UnreadablePdf(e.to_string()))?;
    if document.is_encrypted() || document.trailer.has(b"Encrypt") {
        return Err(SignError::EncryptedPdf);
    }
    let room = CMS_ROOM + signer.chain.iter().map(der_len).sum::<usize>();
    let mut update = IncrementalDocument::create_from(pdf.to_vec(), document);
    add_signature_field(&mut update, signer, &options, room)?;
    let mut out = Vec::with_capacity(pdf.len() + 2 * room + 4096);
    update
        .save_to(&mut out)
        .map_err(|e| SignError::WriteFailed(e.to_string()))?;
    let hole = locate_placeholders(&out, pdf.len())?;
    fill(&mut out, &hole, signer)?;
    Ok(out)
}

fn der_len(certificate: &x509_cert::Certificate) -> usize {
    der::Encode::encoded_len(certificate)
        .ok()
        .and_then(|l| usize::try_from(u32::from(l)).ok())
        .unwrap_or(4096)
}

/// Adds the signature dictionary, the invisible widget on page 1, the page's /Annots and the
/// catalog's /AcroForm (/Fields, /SigFlags 3: signatures exist, append only).
fn add_signature_field(
    update: &mut IncrementalDocument,
    signer: &Signer,
    options: &SignOptions,
    room: usize,
) -> Result<(), SignError> {
    let previous = update.get_prev_documents();
    let page = *previous.get_pages().get(&1).ok_or(SignError::NoPages)?;
    let catalog = previous
        .trailer
        .get(b"Root")
        .and_then(Object::as_reference)
        .map_err(|e| SignError::UnreadablePdf(e.to_string()))?;
    let field_name = format!("Signature{}", verify::signature_count(previous) + 1);
    let signature = update
        .new_document
        .add_object(signature_dictionary(signer, options, room));
    let widget = update.new_document.add_object(Dictionary::from_iter([
        ("Type", Object::Name(b"Annot".to_vec())),
        ("Subtype", Object::Name(b"Widget".to_vec())),
        ("FT", Object::Name(b"Sig".to_vec())),
        ("T", pdf::text_string(&field_name)),
        ("V", Object::Reference(signature)),
        (
            "Rect",
            Object::Array(vec![0.into(), 0.into(), 0.into(), 0.into()]),
        ),
        // Print (4) + Locked (128): invisible (zero rectangle), never edited.
        ("F", Object::Integer(132)),
        ("P", Object::Reference(page)),
    ]));
    append_to_array(update, page, b"Annots", widget)?;
    let form = acro_form(update, catalog)?;
    append_to_array(update, form, b"Fields", widget)?;
    let form_dict = dictionary_mut(update, form)?;
    form_dict.set("SigFlags", Object::Integer(3));
    Ok(())
}

fn signature_dictionary(signer: &Signer, options: &SignOptions, room: usize) -> Dictionary {
    let placeholder = Object::Integer(OFFSET_PLACEHOLDER);
    let mut dict = Dictionary::from_iter([
        ("Type", Object::Name(b"Sig".to_vec())),
        ("Filter", Object::Name(b"Adobe.PPKLite".to_vec())),
        ("SubFilter", Object::Name(b"ETSI.CAdES.detached".to_vec())),
        (
            "ByteRange",
            Object::Array(vec![
                0.into(),
                placeholder.clone(),
                placeholder.clone(),
                placeholder,
            ]),
        ),
        (
            "Contents",
            Object::String(vec![0; room], StringFormat::Hexadecimal),
        ),
        ("M", pdf::date(options.signing_time)),
    ]);
    let name = options
        .signer_name
        .clone()
        .unwrap_or_else(|| signer.signer_name());
    dict.set("Name", pdf::text_string(&name));
    if let Some(reason) = &options.reason {
        dict.set("Reason", pdf::text_string(reason));
    }
    if let Some(location) = &options.location {
        dict.set("Location", pdf::text_string(location));
    }
    dict
}

/// The catalog's /AcroForm as an object of the update (made if the PDF had none; an inline
/// form dictionary is moved into its own object).
fn acro_form(update: &mut IncrementalDocument, catalog: ObjectId) -> Result<ObjectId, SignError> {
    let existing = dictionary_mut(update, catalog)?
        .get(b"AcroForm")
        .ok()
        .cloned();
    let form = match existing {
        Some(Object::Reference(id)) => {
            update
                .opt_clone_object_to_new_document(id)
                .map_err(|e| SignError::UnreadablePdf(e.to_string()))?;
            return Ok(id);
        }
        Some(Object::Dictionary(inline)) => inline,
        _ => Dictionary::new(),
    };
    let id = update.new_document.add_object(form);
    dictionary_mut(update, catalog)?.set("AcroForm", Object::Reference(id));
    Ok(id)
}

/// Appends `item` to the array under `key` of `owner`, following a reference to the array.
fn append_to_array(
    update: &mut IncrementalDocument,
    owner: ObjectId,
    key: &[u8],
    item: ObjectId,
) -> Result<(), SignError> {
    let current = dictionary_mut(update, owner)?.get(key).ok().cloned();
    match current {
        Some(Object::Reference(array_id)) => {
            update
                .opt_clone_object_to_new_document(array_id)
                .map_err(|e| SignError::UnreadablePdf(e.to_string()))?;
            let array = update
                .new_document
                .get_object_mut(array_id)
                .and_then(Object::as_array_mut)
                .map_err(|e| SignError::UnreadablePdf(e.to_string()))?;
            array.push(Object::Reference(item));
        }
        Some(Object::Array(mut items)) => {
            items.push(Object::Reference(item));
            dictionary_mut(update, owner)?.set(key.to_vec(), Object::Array(items));
        }
        _ => {
            let items = vec![Object::Reference(item)];
            dictionary_mut(update, owner)?.set(key.to_vec(), Object::Array(items));
        }
    }
    Ok(())
}

/// The dictionary `id` in the update (copied from the previous revision on first use).
fn dictionary_mut(
    update: &mut IncrementalDocument,
    id: ObjectId,
) -> Result<&mut Dictionary, SignError> {
    update
        .opt_clone_object_to_new_document(id)
        .map_err(|e| SignError::UnreadablePdf(e.to_string()))?;
    update
        .new_document
        .get_object_mut(id)
        .and_then(Object::as_dict_mut)
        .map_err(|e| SignError::UnreadablePdf(e.to_string()))
}

/// Where the placeholders were written: the /ByteRange array (brackets included) and the
/// /Contents hex string (angle brackets included), as byte ranges of the output.
struct Placeholders {
    byte_range: std::ops::Range<usize>,
    contents: std::ops::Range<usize>,
}

fn locate_placeholders(out: &[u8], update_start: usize) -> Result<Placeholders, SignError> {
    let missing = || SignError::WriteFailed("placeholder_not_found".into());
    let key = find(out, b"/ByteRange", update_start).ok_or_else(missing)?;
    let open = find(out, b"[", key).ok_or_else(missing)?;
    let close = find(out, b"]", open).ok_or_else(missing)?;
    let contents_key = find(out, b"/Contents", close).ok_or_else(missing)?;
    let lt = find(out, b"<", contents_key).ok_or_else(missing)?;
    let gt = find(out, b">", lt).ok_or_else(missing)?;
    Ok(Placeholders {
        byte_range: open..close + 1,
        contents: lt..gt + 1,
    })
}

/// Writes the real /ByteRange (padded to the placeholder's width), hashes everything but the
/// hole and writes the CMS into it.
fn fill(out: &mut [u8], at: &Placeholders, signer: &Signer) -> Result<(), SignError> {
    let (start, end) = (at.contents.start, at.contents.end);
    let ranges = format!("[0 {} {} {}", start, end, out.len() - end);
    let width = at.byte_range.len();
    if ranges.len() + 1 > width {
        return Err(SignError::WriteFailed("byte_range_too_wide".into()));
    }
    let padded = format!("{ranges:<0$}]", width - 1);
    out[at.byte_range.clone()].copy_from_slice(padded.as_bytes());
    let mut hasher = Sha256::new();
    hasher.update(&out[..start]);
    hasher.update(&out[end..]);
    let digest = hasher.finalize();
    let cms = cms::build(signer, &digest).map_err(|e| SignError::CmsFailed(e.to_string()))?;
    let room = (end - start - 2) / 2;
    if cms.len() > room {
        return Err(SignError::SignatureTooLarge {
            size: cms.len(),
            room,
        });
    }
    let hex = hex::encode_upper(&cms);
    out[start + 1..start + 1 + hex.len()].copy_from_slice(hex.as_bytes());
    Ok(())
}
