//! Files over HTTP, for the JSON API and the pages alike: reading a multipart form with one file
//! (refusing it while it streams in once it grows past the limit), and sending a stored file
//! back as a download. What is done with the file is the store's upload use case.

use crate::error::ApiError;
use axum::extract::multipart::MultipartError;
use axum::extract::Multipart;
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use granty_domain::{Rule, Violations};
use granty_store::uploads::{StoredFile, UploadedFile};
use std::collections::HashMap;

/// A multipart form with one file (`file`) and short text fields beside it.
pub(crate) struct Upload {
    pub fields: HashMap<String, String>,
    pub file: UploadedFile,
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
}

impl From<UploadError> for ApiError {
    fn from(error: UploadError) -> ApiError {
        match error {
            UploadError::Refused(v) => ApiError::Invalid(v),
            UploadError::TooLarge => ApiError::TooLarge { max_bytes: 0 },
            UploadError::Malformed(detail) => ApiError::BadRequest(detail),
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

/// Reads the form; a file over `max_bytes` is refused before the rest is read.
pub(crate) async fn read_upload(
    mut multipart: Multipart,
    max_bytes: usize,
) -> Result<Upload, UploadError> {
    let mut fields = HashMap::new();
    let mut file = None;
    while let Some(field) = multipart.next_field().await.map_err(multipart_error)? {
        match field.name().map(str::to_string) {
            Some(name) if name != "file" => {
                let value = field.text().await.map_err(multipart_error)?;
                // Text fields are short; anything longer is not one of ours.
                if value.len() <= 2000 {
                    fields.insert(name, value);
                }
            }
            Some(_) => {
                let file_name = sanitise_file_name(field.file_name().unwrap_or("plik"));
                let content_type = field
                    .content_type()
                    .unwrap_or("application/octet-stream")
                    .to_string();
                let bytes = field.bytes().await.map_err(multipart_error)?;
                if bytes.len() > max_bytes {
                    let max_bytes = max_bytes as u64;
                    return Err(refused(Rule::FileTooLarge { max_bytes }));
                }
                file = Some(UploadedFile {
                    file_name,
                    content_type,
                    bytes,
                });
            }
            None => {}
        }
    }
    let file = file.ok_or_else(|| refused(Rule::Required))?;
    Ok(Upload { fields, file })
}

fn multipart_error(error: MultipartError) -> UploadError {
    if error.status() == StatusCode::PAYLOAD_TOO_LARGE {
        UploadError::TooLarge
    } else {
        UploadError::Malformed(error.body_text())
    }
}

/// Keeps the name readable (Polish letters included) but drops path parts and control characters.
fn sanitise_file_name(name: &str) -> String {
    let base = name.rsplit(['/', '\\']).next().unwrap_or(name);
    let cleaned: String = base
        .chars()
        .filter(|c| !c.is_control() && *c != '"')
        .take(200)
        .collect();
    if cleaned.trim().is_empty() {
        "plik".to_string()
    } else {
        cleaned.trim().to_string()
    }
}

/// A stored file as a download: its type, its file name, and never sniffed as something else.
pub(crate) fn file_response(file: StoredFile) -> Response {
    let mut response = file.bytes.into_response();
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
    fn file_names_lose_their_folders_but_keep_their_letters() {
        assert_eq!(
            sanitise_file_name("C:\\Users\\a\\Statut łódź.pdf"),
            "Statut łódź.pdf"
        );
        assert_eq!(sanitise_file_name("../../etc/passwd"), "passwd");
        assert_eq!(sanitise_file_name("  \"\u{7}"), "plik");
        assert_eq!(url_encode("a b.pdf"), "a%20b.pdf");
    }
}
