//! The member's queue: each call of their committees with the declaration still to sign, or the
//! offers assigned to them with the card's progress and the scoring deadline.

use crate::pages::guard::Evaluator;
use crate::pages::layout::render;
use crate::pages::respond::PageError;
use crate::pages::texts::text;
use crate::AppState;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;
use granty_domain::Language;
use granty_i18n::format::instant;
use granty_store::evaluation::{self, QueueCall};
use serde::Serialize;

#[derive(Serialize)]
struct QueuePage {
    calls: Vec<CallRow>,
}

#[derive(Serialize)]
struct CallRow {
    id: i64,
    title: String,
    declared: bool,
    declaration_path: String,
    deadline: String,
    scores: bool,
    offers: Vec<OfferRow>,
}

#[derive(Serialize)]
struct OfferRow {
    id: i64,
    title: String,
    receipt: String,
    progress: &'static str,
    progress_code: &'static str,
    late: bool,
}

fn call_row(call: QueueCall, zone: chrono_tz::Tz, lang: Language) -> CallRow {
    CallRow {
        id: call.call_id,
        title: call.title,
        declared: call.declared,
        declaration_path: call.declaration_path,
        deadline: call
            .scoring_deadline
            .map(|d| instant(d, zone, lang))
            .unwrap_or_else(|| text(lang, "no_scoring_deadline").to_string()),
        scores: call.scores,
        offers: call
            .offers
            .into_iter()
            .map(|o| OfferRow {
                id: o.application_id,
                title: o.title,
                receipt: o.receipt_number.unwrap_or_default(),
                progress: text(lang, &format!("card_{}", o.progress.code())),
                progress_code: o.progress.code(),
                late: o.late,
            })
            .collect(),
    }
}

pub async fn evaluations_page(
    State(state): State<AppState>,
    Evaluator(signed): Evaluator,
) -> Result<Response, PageError> {
    let calls = evaluation::queue(&state.db, &signed.actor, state.clock.now()).await?;
    let (zone, lang) = (signed.zone(), signed.lang);
    let page = QueuePage {
        calls: calls.into_iter().map(|c| call_row(c, zone, lang)).collect(),
    };
    render(StatusCode::OK, "evaluations.html", &signed.frame, &page)
}
