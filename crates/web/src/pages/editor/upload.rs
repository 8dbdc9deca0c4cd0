//! The editor's attachments: upload, replace (a new version) and remove. Each answers with a
//! redirect to the editor's attachments section, so the address stays the editor's; what went
//! wrong travels as short codes (`?attachment_error=file_too_large`) that the editor turns into
//! a message next to the section ([`attachment_error_message`]).

use super::load;
use super::view::editor_with_attachment_error;
use crate::pages::form::{check_csrf, Form};
use crate::pages::guard::SignedIn;
use crate::pages::respond::{redirect, PageError};
use crate::pages::texts::text;
use crate::upload::read_upload;
use crate::AppState;
use axum::extract::{Multipart, Path, Query, State};
use axum::http::StatusCode;
use axum::response::Response;
use granty_domain::{Language, Rule};
use granty_i18n::rule_message;
use granty_store::{attachments, uploads, StoreError, StoreResult};
use serde::Deserialize;

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct UploadQuery {
    csrf: String,
}

/// What a file form changes: a new attachment of a kind, or a new version of one.
enum Change {
    Add,
    Replace(i64),
}

/// Reads the form and runs the use case; a form that cannot be read counts as invalid.
async fn store_file(
    state: &AppState,
    signed: &SignedIn,
    id: i64,
    change: Change,
    multipart: Multipart,
) -> StoreResult<()> {
    let max_bytes = state.limits.max_attachment_bytes;
    let upload = read_upload(multipart, max_bytes, state.clock.as_ref())
        .await
        .map_err(|e| StoreError::Invalid(e.into_violations(max_bytes)))?;
    let (db, storage, rules) = (&state.db, &state.storage, &state.limits.file_rules());
    let (actor, file, at) = (&signed.actor, upload.file, upload.received_at);
    match change {
        Change::Add => {
            let kind = upload.fields.get("kind").cloned().unwrap_or_default();
            uploads::upload_attachment(db, storage, rules, actor, id, &kind, file, at).await?;
        }
        Change::Replace(attachment) => {
            uploads::replace_attachment(db, storage, rules, actor, id, attachment, file, at)
                .await?;
        }
    }
    Ok(())
}

pub async fn upload(
    State(state): State<AppState>,
    signed: SignedIn,
    Path(id): Path<i64>,
    Query(query): Query<UploadQuery>,
    multipart: Multipart,
) -> Result<Response, PageError> {
    check_csrf(&signed, &query.csrf)?;
    let outcome = store_file(&state, &signed, id, Change::Add, multipart).await;
    back_to_attachments(&state, &signed, (id, None), outcome).await
}

pub async fn replace(
    State(state): State<AppState>,
    signed: SignedIn,
    Path((id, attachment)): Path<(i64, i64)>,
    Query(query): Query<UploadQuery>,
    multipart: Multipart,
) -> Result<Response, PageError> {
    check_csrf(&signed, &query.csrf)?;
    let change = Change::Replace(attachment);
    let outcome = store_file(&state, &signed, id, change, multipart).await;
    back_to_attachments(&state, &signed, (id, Some(attachment)), outcome).await
}

pub async fn remove(
    State(state): State<AppState>,
    signed: SignedIn,
    Path((id, attachment)): Path<(i64, i64)>,
    Form(pairs): Form<Vec<(String, String)>>,
) -> Result<Response, PageError> {
    let csrf = pairs.iter().find(|(name, _)| name == "csrf");
    check_csrf(&signed, csrf.map_or("", |(_, value)| value.as_str()))?;
    let now = state.clock.now();
    let outcome = attachments::remove(&state.db, &signed.actor, id, attachment, now).await;
    back_to_attachments(&state, &signed, (id, Some(attachment)), outcome).await
}

/// The editor's attachments section, with why the change to the offer `id` (and its attachment)
/// did not happen. Refusals of access stay the error pages they are.
async fn back_to_attachments(
    state: &AppState,
    signed: &SignedIn,
    (id, attachment): (i64, Option<i64>),
    outcome: StoreResult<()>,
) -> Result<Response, PageError> {
    let codes = match outcome {
        Ok(()) => return Ok(redirect(&format!("/applications/{id}/edit#attachments"))),
        Err(StoreError::Invalid(v)) => v.iter().map(|p| p.rule.code()).collect(),
        // The offer cannot take attachments any more: a refusal, not a way back.
        Err(StoreError::Transition(_)) => return refused_in_this_state(state, signed, id).await,
        Err(error) if error.is_storage_outage() => {
            tracing::warn!(%error, "attachment not stored: storage unavailable");
            vec!["storage_unavailable"]
        }
        Err(StoreError::NotFound) => {
            // A version of this offer's attachment that is no longer on it (replaced or removed
            // meanwhile, a form left open in another tab) is said so; anything else is unknown.
            let detail = load(state, signed, id).await?;
            let history = &detail.attachment_history;
            if !attachment.is_some_and(|a| history.iter().any(|h| h.id == a)) {
                return Err(PageError::NotFound);
            }
            vec!["attachment_not_found"]
        }
        Err(error) => return Err(error.into()),
    };
    let codes = codes.join(",");
    let to = format!("/applications/{id}/edit?attachment_error={codes}#attachments");
    Ok(redirect(&to))
}

/// A change the offer's state no longer allows: a filed offer opens as its receipt; a draft past
/// its deadline is the editor with the reason at the attachments (409), at the form's address.
async fn refused_in_this_state(
    state: &AppState,
    signed: &SignedIn,
    id: i64,
) -> Result<Response, PageError> {
    let detail = load(state, signed, id).await?;
    if !detail.versions.is_empty() && !detail.editable {
        return Ok(redirect(&format!("/applications/{id}/receipt")));
    }
    let said = Some(text(signed.lang, "form_expired").to_string());
    editor_with_attachment_error(signed, &detail, (StatusCode::CONFLICT, said))
}

/// The message for the codes of a redirect, in `lang`; codes it does not know are left out.
pub fn attachment_error_message(codes: &str, max_bytes: usize, lang: Language) -> Option<String> {
    let said: Vec<String> = codes
        .split(',')
        .filter_map(|code| message(code, max_bytes, lang))
        .collect();
    (!said.is_empty()).then(|| said.join(" "))
}

fn message(code: &str, max_bytes: usize, lang: Language) -> Option<String> {
    let allowed = || uploads::ALLOWED_NAMES.to_string();
    let rule = match code {
        "form_expired" | "storage_unavailable" | "attachment_not_found" => {
            return Some(text(lang, code).to_string())
        }
        "file_empty" => Rule::FileEmpty,
        "file_too_large" => Rule::FileTooLarge {
            max_bytes: max_bytes as u64,
        },
        "file_type_not_allowed" => Rule::FileTypeNotAllowed { allowed: allowed() },
        "file_content_not_allowed" => Rule::FileContentNotAllowed { allowed: allowed() },
        "required" => Rule::Required,
        "invalid_value" => Rule::InvalidValue,
        _ => return None,
    };
    Some(rule_message(&rule, lang))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_become_one_message_and_unknown_codes_are_dropped() {
        let said = attachment_error_message("file_too_large,nonsense", 1_000_000, Language::En);
        let too_large = Rule::FileTooLarge {
            max_bytes: 1_000_000,
        };
        assert_eq!(said, Some(rule_message(&too_large, Language::En)));
        assert_eq!(attachment_error_message("<script>", 1, Language::Pl), None);
        let gone = attachment_error_message("attachment_not_found", 1, Language::Cs);
        assert_eq!(
            gone.as_deref(),
            Some(text(Language::Cs, "attachment_not_found"))
        );
    }
}
