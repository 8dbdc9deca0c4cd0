//! Files over HTTP, for the JSON API and the pages alike: reading a multipart form with one file
//! (keeping no more than the limit in memory while it streams in), and sending a stored file
//! back as a download. What is done with the file is the store's upload use case.

use crate::error::{ApiError, Service};
use crate::Clock;
use axum::extract::multipart::{Field, MultipartError};
use axum::extract::Multipart;
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use bytes::{Bytes, BytesMut};
use chrono::{DateTime, Utc};
use granty_domain::file_name::{clean_file_name, FALLBACK_FILE_NAME};
use granty_domain::{Rule, Violations};
use granty_store::storage::StreamedObject;
use granty_store::uploads::{
    FileBody, FileContent, SpooledFile, StoredFile, UploadedFile, HEAD_BYTES,
};
use sha2::{Digest, Sha256};
use std::collections::HashMap;
use tokio::io::AsyncWriteExt;

/// A multipart form with one file (`file`) and short text fields beside it.
pub(crate) struct Upload {
    pub fields: HashMap<String, String>,
    pub file: UploadedFile,
    /// When the request's body finished arriving: what an upload's deadline is judged by.
    pub received_at: DateTime<Utc>,
}

impl Upload {
    /// A text field's value, empty when it was not sent.
    pub fn field(&self, name: &str) -> &str {
        self.fields.get(name).map(String::as_str).unwrap_or("")
    }
}

/// Why a multipart form could not be read.
#[derive(Debug)]
pub(crate) enum UploadError {
    /// The file is missing or over the limit: a problem of the `file` field.
    Refused(Violations),
    /// The request as a whole is over the server's limit.
    TooLarge,
    /// Not a multipart form we can read.
    Malformed(String),
    /// The file could not be written to the temporary folder (a full disk): ours, not theirs.
    Spool(String),
}

impl From<UploadError> for ApiError {
    fn from(error: UploadError) -> ApiError {
        match error {
            UploadError::Refused(v) => ApiError::Invalid(v),
            UploadError::TooLarge => ApiError::TooLarge { max_bytes: 0 },
            UploadError::Malformed(detail) => ApiError::BadRequest(detail),
            UploadError::Spool(cause) => ApiError::Unavailable {
                service: Service::Storage,
                cause,
            },
        }
    }
}

impl UploadError {
    /// The problems a form page shows: a request over the limit is a file too large; one that
    /// could not be read is a file not sent (its cause is logged).
    pub fn into_violations(self, max_bytes: usize) -> Violations {
        let rule = match self {
            UploadError::Refused(v) => return v,
            UploadError::TooLarge => Rule::FileTooLarge {
                max_bytes: max_bytes as u64,
            },
            UploadError::Malformed(detail) => {
                tracing::warn!(%detail, "an upload could not be read");
                Rule::Required
            }
            UploadError::Spool(cause) => {
                tracing::error!(%cause, "an upload could not be spooled");
                Rule::Required
            }
        };
        let mut violations = Violations::new();
        violations.push("file", rule);
        violations
    }
}

fn refused(rule: Rule) -> UploadError {
    let mut violations = Violations::new();
    violations.push("file", rule);
    UploadError::Refused(violations)
}

/// The body limit of an upload route. Memory holds no more than the file's own limit (the reader
/// drops the rest); the request may run longer so that a browser sending a file too large still
/// hears why, read and dropped up to this cap. Past it axum answers 413 and stops reading.
pub(crate) fn upload_body_limit(max_file_bytes: usize) -> usize {
    const CAP: usize = 64 * 1024 * 1024;
    (max_file_bytes + 64 * 1024).max(CAP)
}

/// Text fields beside the file are short; more of them, or longer ones, are not ours.
const MAX_TEXT_FIELDS: usize = 20;
const MAX_TEXT_BYTES: usize = 2000;

/// Reads the form as it streams in. The file is kept in memory only up to `max_bytes`; past
/// that, the rest of the body is read and dropped (so the client hears the answer rather than
/// a reset connection) and the file is refused. `clock` is read once the body has ended.
pub(crate) async fn read_upload(
    mut multipart: Multipart,
    max_bytes: usize,
    clock: &dyn Clock,
) -> Result<Upload, UploadError> {
    let mut fields = HashMap::new();
    let mut file = None;
    let mut too_large = false;
    while let Some(field) = multipart.next_field().await.map_err(multipart_error)? {
        match field.name().map(str::to_string) {
            Some(name) if name != "file" => {
                let value = read_bounded(field, MAX_TEXT_BYTES).await?;
                if let Some(value) = value.filter(|_| fields.len() < MAX_TEXT_FIELDS) {
                    fields.insert(name, String::from_utf8_lossy(&value).into_owned());
                }
            }
            Some(_) => match read_file(field, max_bytes).await? {
                Some(read) => file = Some(read),
                None => too_large = true,
            },
            None => {}
        }
    }
    let received_at = clock.now();
    if too_large {
        let max_bytes = max_bytes as u64;
        return Err(refused(Rule::FileTooLarge { max_bytes }));
    }
    let file = file.ok_or_else(|| refused(Rule::Required))?;
    Ok(Upload {
        fields,
        file,
        received_at,
    })
}

/// The file field, spooled to a temporary file as it streams in; `None` when it grew past
/// `max_bytes` (the rest is read and dropped).
async fn read_file(
    mut field: Field<'_>,
    max_bytes: usize,
) -> Result<Option<UploadedFile>, UploadError> {
    let file_name = clean_file_name(field.file_name().unwrap_or(FALLBACK_FILE_NAME));
    let content_type = field
        .content_type()
        .unwrap_or("application/octet-stream")
        .to_string();
    let (spool, path) = tempfile::NamedTempFile::new()
        .map_err(spool_error)?
        .into_parts();
    let mut spool = tokio::fs::File::from_std(spool);
    let mut seen = Seen::default();
    while let Some(chunk) = field.chunk().await.map_err(multipart_error)? {
        if seen.over || seen.length + chunk.len() as u64 > max_bytes as u64 {
            seen.over = true;
            continue;
        }
        seen.take(&chunk);
        spool.write_all(&chunk).await.map_err(spool_error)?;
    }
    spool.flush().await.map_err(spool_error)?;
    if seen.over {
        return Ok(None);
    }
    let spooled = SpooledFile {
        path,
        length: seen.length,
        head: seen.head.freeze(),
        sha256: seen.digest.finalize().into(),
    };
    let content = FileContent::Spooled(spooled);
    Ok(Some(UploadedFile {
        file_name,
        content_type,
        content,
    }))
}

/// What the checks need of a file, worked out as its chunks pass.
#[derive(Default)]
struct Seen {
    length: u64,
    head: BytesMut,
    digest: Sha256,
    over: bool,
}

impl Seen {
    fn take(&mut self, chunk: &[u8]) {
        self.length += chunk.len() as u64;
        self.digest.update(chunk);
        let room = HEAD_BYTES.saturating_sub(self.head.len());
        self.head.extend_from_slice(&chunk[..room.min(chunk.len())]);
    }
}

fn spool_error(error: std::io::Error) -> UploadError {
    UploadError::Spool(format!("spooling an upload to a temporary file: {error}"))
}

/// A field, chunk by chunk, keeping at most `max_bytes`; `None` when it was longer (the rest is
/// read and dropped, so memory never holds more than the limit).
async fn read_bounded(
    mut field: Field<'_>,
    max_bytes: usize,
) -> Result<Option<Bytes>, UploadError> {
    let mut kept = BytesMut::new();
    let mut over = false;
    while let Some(chunk) = field.chunk().await.map_err(multipart_error)? {
        if over || kept.len() + chunk.len() > max_bytes {
            over = true;
            kept = BytesMut::new();
        } else {
            kept.extend_from_slice(&chunk);
        }
    }
    Ok((!over).then(|| kept.freeze()))
}

fn multipart_error(error: MultipartError) -> UploadError {
    if error.status() == StatusCode::PAYLOAD_TOO_LARGE {
        UploadError::TooLarge
    } else {
        UploadError::Malformed(error.body_text())
    }
}

/// A stored file as a download: its type, its file name, and never sniffed as something else.
pub(crate) fn file_response(file: StoredFile) -> Response {
    let mut response = match file.body {
        FileBody::Whole(bytes) => bytes.into_response(),
        FileBody::Streamed(object) => streamed(object),
    };
    let headers = response.headers_mut();
    if let Ok(value) = HeaderValue::from_str(&file.content_type) {
        headers.insert(header::CONTENT_TYPE, value);
    }
    let disposition = format!(
        "attachment; filename*=UTF-8''{}",
        url_encode(&file.file_name)
    );
    if let Ok(value) = HeaderValue::from_str(&disposition) {
        headers.insert(header::CONTENT_DISPOSITION, value);
    }
    headers.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    response
}

/// An object from storage sent on as it is read, with its length known up front (so the
/// browser shows the download's progress).
fn streamed(object: StreamedObject) -> Response {
    use futures::TryStreamExt;
    let chunks = object.chunks.map_err(std::io::Error::other);
    let mut response = axum::body::Body::from_stream(chunks).into_response();
    if let Ok(length) = HeaderValue::from_str(&object.length.to_string()) {
        response
            .headers_mut()
            .insert(header::CONTENT_LENGTH, length);
    }
    response
}

/// A rendered document as a download (the API's and the pages' alike).
pub(crate) fn pdf_response(pdf: granty_store::documents::Pdf) -> Response {
    file_response(StoredFile {
        file_name: pdf.file_name,
        content_type: "application/pdf".into(),
        body: pdf.bytes.into(),
    })
}

fn url_encode(text: &str) -> String {
    text.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'.' | b'-' | b'_' => (b as char).to_string(),
            other => format!("%{other:02X}"),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn download_names_are_percent_encoded() {
        assert_eq!(url_encode("a b.pdf"), "a%20b.pdf");
        assert_eq!(url_encode("ł.pdf"), "%C5%82.pdf");
    }
}
