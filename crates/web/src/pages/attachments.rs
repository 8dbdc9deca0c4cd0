//! Downloading one version of an offer's attachment from the pages (the NGO's editor, review and
//! receipt, the clerk's check): the store decides who may (the applicant's and partners' people;
//! the town's staff once it was filed), and the file goes out as a download with its type and its
//! cleaned name.

use super::guard::SignedIn;
use super::respond::PageError;
use crate::upload::file_response;
use crate::AppState;
use axum::extract::{Path, State};
use axum::response::Response;
use granty_store::uploads;

pub async fn download_attachment(
    State(state): State<AppState>,
    signed: SignedIn,
    Path((id, attachment)): Path<(i64, i64)>,
) -> Result<Response, PageError> {
    let (db, storage) = (&state.db, &state.storage);
    let file = uploads::attachment_file(db, storage, &signed.actor, id, attachment).await?;
    Ok(file_response(file))
}
