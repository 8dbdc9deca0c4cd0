//! The receipt of a submitted offer: its number, when it was filed, the fingerprint of the filed
//! content, and the offer as filed.

use super::load;
use crate::pages::guard::SignedIn;
use crate::pages::layout::render;
use crate::pages::respond::{redirect, PageError};
use crate::pages::views::attachments::{attachment_list, AttachmentList};
use crate::pages::views::offer::{submitted_view, OfferView};
use crate::pages::views::results::{applicant_result, ApplicantResult};
use crate::AppState;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use granty_domain::application::ApplicationAction;
use granty_domain::Language;
use granty_i18n::format::instant;
use granty_i18n::message_with;
use granty_store::applications::VersionView;
use serde::Serialize;

#[derive(Serialize)]
struct Receipt {
    number: String,
    title: String,
    call_title: String,
    submitted_at: String,
    sha: String,
}

/// What a correction's receipt says about its number: `K5/2026/0001-K1` is correction 1 of the
/// offer filed as `K5/2026/0001`.
#[derive(Serialize)]
struct CorrectionNote {
    explained: String,
}

#[derive(Serialize)]
struct ReceiptPage {
    id: i64,
    r: Receipt,
    o: Option<OfferView>,
    correction: Option<CorrectionNote>,
    files: AttachmentList,
    /// The applicant may still withdraw the offer (before the deadline).
    withdrawable: bool,
    /// The published result, for the applicant's members.
    result: Option<ApplicantResult>,
}

fn correction_note(version: &VersionView, lang: Language) -> Option<CorrectionNote> {
    let (offer_number, n) = version.receipt_number.rsplit_once("-K")?;
    let explained = message_with(
        lang,
        "correction_number_explained",
        &[
            ("number", version.receipt_number.as_str().into()),
            ("n", n.parse::<i64>().ok()?.into()),
            ("offer_number", offer_number.into()),
        ],
    );
    (version.kind == "correction").then_some(CorrectionNote { explained })
}

pub async fn receipt(
    State(state): State<AppState>,
    signed: SignedIn,
    Path(id): Path<i64>,
) -> Result<Response, PageError> {
    let detail = load(&state, &signed, id).await?;
    let Some(version) = detail.versions.last() else {
        return Ok(redirect(&format!("/applications/{id}/edit")));
    };
    let r = Receipt {
        number: version.receipt_number.clone(),
        title: detail.record.content.title.clone(),
        call_title: detail.call.terms.title.clone(),
        submitted_at: instant(version.submitted_at, signed.zone(), signed.lang),
        sha: version.content_sha256.clone(),
    };
    let o = submitted_view(&detail, signed.lang);
    let correction = correction_note(version, signed.lang);
    let files = attachment_list(&detail, false, signed.zone(), signed.lang);
    let now = state.clock.now();
    let withdrawable = detail
        .next_actions(now)
        .contains(&ApplicationAction::Withdraw);
    let page = ReceiptPage {
        id,
        r,
        o,
        correction,
        files,
        withdrawable,
        result: granty_store::results::applicant_result(&state.db, &signed.actor, id)
            .await?
            .map(|award| applicant_result(&award, signed.lang)),
    };
    render(StatusCode::OK, "receipt.html", &signed.frame, &page)
}
