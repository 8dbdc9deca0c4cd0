//! Files people upload: an offer's attachments and a call's documents. Each upload checks the
//! file, puts its bytes in object storage, records the row in one transaction, and removes the
//! object again when the row does not land, so storage never keeps a file nobody can reach.
//! The JSON API and the pages both call these; reading the request's multipart stream stays in
//! the web layer.

use crate::applications::AttachmentView;
use crate::attachments::{self, NewAttachment};
use crate::call_documents::{self, CallDocumentView, NewCallDocument};
use crate::error::{StoreError, StoreResult};
use crate::storage::{Storage, StorageError, StreamedObject};
use crate::{Actor, Db};
use bytes::Bytes;
use chrono::{DateTime, Utc};
use granty_domain::{Rule, Violations};
use sha2::{Digest, Sha256};

/// A file as it arrived, its name already made safe to show.
pub struct UploadedFile {
    pub file_name: String,
    pub content_type: String,
    pub content: FileContent,
}

/// An upload's bytes: in memory (a file made in code, as the demo's PDFs are) or spooled to a
/// temporary file while it arrived over HTTP, so that memory never holds a whole upload and
/// the object store receives it in parts.
pub enum FileContent {
    Memory(Bytes),
    Spooled(SpooledFile),
}

/// An upload written to a temporary file (removed when this is dropped), with what the checks
/// need worked out as it streamed in: its length, its first bytes and its SHA-256.
pub struct SpooledFile {
    pub path: tempfile::TempPath,
    pub length: u64,
    /// The first [`HEAD_BYTES`] bytes, where a file's type shows.
    pub head: Bytes,
    pub sha256: [u8; 32],
}

/// How much of a file's start is kept for recognising its type by its magic bytes.
pub const HEAD_BYTES: usize = 8 * 1024;

impl UploadedFile {
    /// A file made in code.
    pub fn in_memory(file_name: &str, content_type: &str, bytes: Bytes) -> UploadedFile {
        UploadedFile {
            file_name: file_name.to_string(),
            content_type: content_type.to_string(),
            content: FileContent::Memory(bytes),
        }
    }

    pub fn length(&self) -> u64 {
        match &self.content {
            FileContent::Memory(bytes) => bytes.len() as u64,
            FileContent::Spooled(spooled) => spooled.length,
        }
    }

    fn head(&self) -> &[u8] {
        match &self.content {
            FileContent::Memory(bytes) => &bytes[..bytes.len().min(HEAD_BYTES)],
            FileContent::Spooled(spooled) => &spooled.head,
        }
    }

    fn sha256_hex(&self) -> String {
        match &self.content {
            FileContent::Memory(bytes) => hex::encode(Sha256::digest(bytes)),
            FileContent::Spooled(spooled) => hex::encode(spooled.sha256),
        }
    }

    /// The whole file, for the uses that must parse it (a signed agreement's PDF); it is never
    /// longer than the upload limit.
    pub async fn into_vec(self) -> StoreResult<Vec<u8>> {
        match self.content {
            FileContent::Memory(bytes) => Ok(bytes.to_vec()),
            FileContent::Spooled(spooled) => tokio::fs::read(&spooled.path)
                .await
                .map_err(|e| StoreError::Storage(StorageError::from(e))),
        }
    }
}

/// A stored file, ready to be sent back.
pub struct StoredFile {
    pub file_name: String,
    pub content_type: String,
    pub body: FileBody,
}

/// A file's bytes: in memory (a document just rendered) or streamed from object storage (an
/// upload, which may be large and is never read whole to be sent back).
pub enum FileBody {
    Whole(Bytes),
    Streamed(StreamedObject),
}

impl From<Bytes> for FileBody {
    fn from(bytes: Bytes) -> FileBody {
        FileBody::Whole(bytes)
    }
}

impl From<Vec<u8>> for FileBody {
    fn from(bytes: Vec<u8>) -> FileBody {
        FileBody::Whole(bytes.into())
    }
}

/// What an uploaded file may be: its largest size and the accepted content types.
#[derive(Debug, Clone)]
pub struct FileRules {
    pub max_bytes: usize,
    pub allowed_types: Vec<String>,
}

impl FileRules {
    /// The file's problems: empty, too large, declared as a type outside the list, or with
    /// content (its magic bytes) that is not of an accepted type whatever it is called. Returns
    /// the type the content showed, which is what gets stored and sent back.
    pub fn check(&self, file: &UploadedFile, violations: &mut Violations) -> Option<&'static str> {
        if file.length() == 0 {
            violations.push("file", Rule::FileEmpty);
        } else if file.length() > self.max_bytes as u64 {
            let max_bytes = self.max_bytes as u64;
            violations.push("file", Rule::FileTooLarge { max_bytes });
        } else if !self.allowed_types.contains(&file.content_type) {
            let allowed = ALLOWED_NAMES.to_string();
            violations.push("file", Rule::FileTypeNotAllowed { allowed });
        } else {
            match infer::get(file.head()).map(|found| found.mime_type()) {
                Some(found) if self.allowed_types.iter().any(|a| a == found) => return Some(found),
                _ => {
                    let allowed = ALLOWED_NAMES.to_string();
                    violations.push("file", Rule::FileContentNotAllowed { allowed });
                }
            }
        }
        None
    }
}

/// The accepted types as people know them.
pub const ALLOWED_NAMES: &str = "PDF, JPG, PNG, DOCX, ODT";

/// The attachment's kind: a short code the call names (`statut`), or `inne`.
fn check_kind(kind: &str, violations: &mut Violations) -> String {
    let kind = kind.trim();
    if kind.is_empty() {
        violations.push("kind", Rule::Required);
    } else if kind.len() > 50
        || !kind
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-')
    {
        violations.push("kind", Rule::InvalidValue);
    }
    kind.to_string()
}

/// Where a file's bytes go: under the tenant, then the object it belongs to, under a fresh name.
fn storage_key(actor: &Actor, owner: &str) -> String {
    let name = uuid::Uuid::new_v4();
    format!("tenants/{}/{owner}/{name}", actor.tenant_id())
}

/// Puts the bytes, then runs `record`; when the record fails, the object is removed again.
async fn put_then_record<T>(
    storage: &Storage,
    key: &str,
    content: FileContent,
    record: impl std::future::Future<Output = StoreResult<T>>,
) -> StoreResult<T> {
    match content {
        FileContent::Memory(bytes) => storage.put(key, bytes).await?,
        FileContent::Spooled(spooled) => storage.put_file(key, &spooled.path).await?,
    }
    let recorded = record.await;
    if recorded.is_err() {
        if let Err(error) = storage.delete(key).await {
            tracing::warn!(%error, "could not remove the object of a failed upload");
        }
    }
    recorded
}

/// Adds an attachment to an offer its applicant may still change. `now` is when the upload's body
/// finished arriving: the offer must still take attachments then, checked before the bytes are
/// stored and again in the transaction that records them.
#[allow(clippy::too_many_arguments)]
pub async fn upload_attachment(
    db: &Db,
    storage: &Storage,
    rules: &FileRules,
    actor: &Actor,
    application_id: i64,
    kind: &str,
    file: UploadedFile,
    now: DateTime<Utc>,
) -> StoreResult<AttachmentView> {
    attachments::ensure_accepts_files(db, actor, application_id, now).await?;
    let mut problems = Violations::new();
    let kind = check_kind(kind, &mut problems);
    let (new, content) = checked_attachment(rules, actor, application_id, kind, file, problems)?;
    let key = new.storage_key.clone();
    let record = attachments::add(db, actor, application_id, new, now);
    put_then_record(storage, &key, content, record).await
}

/// Adds `file` as the next version of an attachment of an offer its applicant may still change,
/// checked as an upload is; the replaced version stays in the history (and in storage).
#[allow(clippy::too_many_arguments)]
pub async fn replace_attachment(
    db: &Db,
    storage: &Storage,
    rules: &FileRules,
    actor: &Actor,
    application_id: i64,
    attachment_id: i64,
    file: UploadedFile,
    now: DateTime<Utc>,
) -> StoreResult<AttachmentView> {
    attachments::ensure_accepts_files(db, actor, application_id, now).await?;
    let problems = Violations::new();
    // The kind is the attachment's own; the replaced version's is kept in the transaction.
    let kind = String::new();
    let (new, content) = checked_attachment(rules, actor, application_id, kind, file, problems)?;
    let key = new.storage_key.clone();
    let record = attachments::replace(db, actor, application_id, attachment_id, new, now);
    put_then_record(storage, &key, content, record).await
}

/// The file checked against the rules (with the problems found so far), as a row to record and
/// the bytes to store.
fn checked_attachment(
    rules: &FileRules,
    actor: &Actor,
    application_id: i64,
    kind: String,
    file: UploadedFile,
    mut problems: Violations,
) -> StoreResult<(NewAttachment, FileContent)> {
    let content_type = rules.check(&file, &mut problems);
    let Some(content_type) = content_type.filter(|_| problems.is_empty()) else {
        return Err(StoreError::Invalid(problems));
    };
    let new = NewAttachment {
        kind,
        content_type: content_type.to_string(),
        size_bytes: file.length() as i64,
        storage_key: storage_key(actor, &format!("applications/{application_id}")),
        sha256: file.sha256_hex(),
        file_name: file.file_name,
    };
    Ok((new, file.content))
}

/// Adds a document to a call of the clerk's town; the title is checked with the file, before any
/// byte is stored.
#[allow(clippy::too_many_arguments)]
pub async fn upload_call_document(
    db: &Db,
    storage: &Storage,
    rules: &FileRules,
    actor: &Actor,
    call_id: i64,
    title: &str,
    file: UploadedFile,
    now: DateTime<Utc>,
) -> StoreResult<CallDocumentView> {
    actor.require_staff()?;
    let mut problems = call_documents::check_title(title).err().unwrap_or_default();
    let content_type = rules.check(&file, &mut problems);
    let Some(content_type) = content_type.filter(|_| problems.is_empty()) else {
        return Err(StoreError::Invalid(problems));
    };
    let key = storage_key(actor, &format!("calls/{call_id}"));
    let new = NewCallDocument {
        title: title.to_string(),
        content_type: content_type.to_string(),
        size_bytes: file.length() as i64,
        storage_key: key.clone(),
        sha256: file.sha256_hex(),
        file_name: file.file_name,
    };
    let record = call_documents::add(db, actor, call_id, new, now);
    put_then_record(storage, &key, file.content, record).await
}

/// Removes a call's document, then its bytes.
pub async fn remove_call_document(
    db: &Db,
    storage: &Storage,
    actor: &Actor,
    call_id: i64,
    document_id: i64,
    now: DateTime<Utc>,
) -> StoreResult<()> {
    let removed = call_documents::remove(db, actor, call_id, document_id, now).await?;
    forget_object(storage, &removed.storage_key).await;
    Ok(())
}

/// The row is gone already; an object left behind is only wasted space, so it is logged.
async fn forget_object(storage: &Storage, key: &str) {
    if let Err(error) = storage.delete(key).await {
        tracing::warn!(%error, "a file's row was removed but its object was not");
    }
}

/// An attachment's file, for someone who may see its offer.
pub async fn attachment_file(
    db: &Db,
    storage: &Storage,
    actor: &Actor,
    application_id: i64,
    attachment_id: i64,
) -> StoreResult<StoredFile> {
    let found = attachments::get(db, actor, application_id, attachment_id).await?;
    Ok(StoredFile {
        body: FileBody::Streamed(storage.get_streamed(&found.storage_key).await?),
        file_name: found.file_name,
        content_type: found.content_type,
    })
}

/// A document of a published call, for anyone.
pub async fn call_document_file(
    db: &Db,
    storage: &Storage,
    tenant_slug: &str,
    call_id: i64,
    document_id: i64,
) -> StoreResult<StoredFile> {
    let found = call_documents::public_get(db, tenant_slug, call_id, document_id).await?;
    Ok(StoredFile {
        body: FileBody::Streamed(storage.get_streamed(&found.storage_key).await?),
        file_name: found.file_name,
        content_type: found.content_type,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const PDF: &[u8] = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n";

    fn file(content_type: &str, size: usize) -> UploadedFile {
        let mut bytes = PDF.to_vec();
        bytes.resize(size, b' ');
        with_bytes(content_type, &bytes)
    }

    fn with_bytes(content_type: &str, bytes: &[u8]) -> UploadedFile {
        UploadedFile::in_memory("statut.pdf", content_type, Bytes::copy_from_slice(bytes))
    }

    fn codes(rules: &FileRules, file: &UploadedFile) -> Vec<&'static str> {
        let mut v = Violations::new();
        rules.check(file, &mut v);
        v.iter().map(|p| p.rule.code()).collect()
    }

    #[test]
    fn a_file_is_refused_when_empty_too_large_or_of_another_type() {
        let rules = FileRules {
            max_bytes: PDF.len(),
            allowed_types: vec!["application/pdf".into()],
        };
        assert!(codes(&rules, &file("application/pdf", PDF.len())).is_empty());
        assert_eq!(codes(&rules, &file("application/pdf", 0)), ["file_empty"]);
        assert_eq!(
            codes(&rules, &file("application/pdf", PDF.len() + 1)),
            ["file_too_large"]
        );
        assert_eq!(
            codes(&rules, &file("application/x-msdownload", 5)),
            ["file_type_not_allowed"]
        );
    }

    #[test]
    fn the_content_decides_not_the_name_or_the_declared_type() {
        let rules = FileRules {
            max_bytes: 1000,
            allowed_types: vec!["application/pdf".into(), "image/png".into()],
        };
        let html = b"<!DOCTYPE html><html><script>alert(1)</script></html>";
        let exe = b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00";
        let text = b"just some words, no magic";
        for bytes in [&html[..], &exe[..], &text[..]] {
            let disguised = with_bytes("application/pdf", bytes);
            assert_eq!(codes(&rules, &disguised), ["file_content_not_allowed"]);
        }
        // A PNG declared as a PDF is still an accepted file, stored as what it is.
        let png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01";
        let mut v = Violations::new();
        let found = rules.check(&with_bytes("application/pdf", png), &mut v);
        assert_eq!((found, v.is_empty()), (Some("image/png"), true));
    }

    #[test]
    fn an_attachment_kind_is_a_short_code() {
        for (kind, ok) in [("statut", true), ("odpis_krs-2", true), ("", false)] {
            let mut v = Violations::new();
            check_kind(kind, &mut v);
            assert_eq!(v.is_empty(), ok, "{kind}");
        }
        let mut v = Violations::new();
        check_kind("../etc", &mut v);
        assert!(!v.is_empty());
    }
}
