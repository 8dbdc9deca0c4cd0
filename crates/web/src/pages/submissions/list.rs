//! The submissions of one call, filtered by state and sorted by receipt, grant or applicant.

use super::chart::{chart, Chart};
use super::Choice;
use crate::pages::guard::Staff;
use crate::pages::layout::render;
use crate::pages::respond::PageError;
use crate::pages::texts::text;
use crate::pages::views::exports::{link, Exports};
use crate::AppState;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::Response;
use granty_domain::application::ApplicationState;
use granty_domain::Language;
use granty_i18n::format::{application_state, money};
use granty_store::applications::{self, ApplicationListItem};
use granty_store::calls;
use serde::{Deserialize, Serialize};

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct ListQuery {
    state: String,
    sort: String,
}

#[derive(Serialize)]
struct SubmissionRow {
    id: i64,
    receipt: String,
    organisation: String,
    title: String,
    grant: String,
    state: &'static str,
}

#[derive(Serialize)]
struct SubmissionsPage {
    call_id: i64,
    call_title: String,
    state: String,
    sort: String,
    states: Vec<Choice>,
    sorts: Vec<Choice>,
    rows: Vec<SubmissionRow>,
    /// Offers started and submitted over the call's time, drawn and tabled.
    chart: Option<Chart>,
    /// Every submitted offer as CSV and XLSX.
    exports: Exports,
}

/// The states a clerk filters by, in the order an offer passes them.
const FILTER_STATES: [ApplicationState; 6] = [
    ApplicationState::Submitted,
    ApplicationState::NeedsCorrection,
    ApplicationState::Resubmitted,
    ApplicationState::FormallyAccepted,
    ApplicationState::FormallyRejected,
    ApplicationState::Withdrawn,
];

pub async fn applications_page(
    State(state): State<AppState>,
    Staff(signed): Staff,
    Path(call_id): Path<i64>,
    Query(query): Query<ListQuery>,
) -> Result<Response, PageError> {
    let call = calls::get(&state.db, &signed.actor, call_id).await?;
    let mut items = applications::list_in_call(&state.db, &signed.actor, &call).await?;
    let activity = applications::activity_in_call(&state.db, &signed.actor, &call).await?;
    let lang = signed.lang;
    let all = items.len() as u64;
    let path = format!("/clerk/calls/{call_id}/applications");
    let exports = Exports::new(vec![link(
        "download-submissions",
        "export_sheet_submissions",
        &path,
        "",
        Some(all),
        lang,
    )]);
    let wanted = ApplicationState::parse(&query.state);
    if let Some(wanted) = wanted {
        items.retain(|i| i.state == wanted);
    }
    sort(&mut items, &query.sort);
    let page = SubmissionsPage {
        call_id,
        call_title: call.terms.title,
        state: wanted.map(|w| w.code().to_string()).unwrap_or_default(),
        sort: if query.sort.is_empty() {
            "receipt".to_string()
        } else {
            query.sort
        },
        states: FILTER_STATES
            .into_iter()
            .map(|s| Choice {
                code: s.code(),
                label: application_state(s, lang),
            })
            .collect(),
        sorts: sorts(lang),
        rows: items.into_iter().map(|i| row(i, lang)).collect(),
        chart: chart(&activity, signed.zone(), lang),
        exports,
    };
    render(
        StatusCode::OK,
        "clerk_applications.html",
        &signed.frame,
        &page,
    )
}

/// Largest grant first, applicants alphabetically, or (the default) in the order received.
fn sort(items: &mut [ApplicationListItem], by: &str) {
    match by {
        "grant" => items.sort_by_key(|i| std::cmp::Reverse(i.requested_grant.minor)),
        "applicant" => items.sort_by(|a, b| {
            a.organisation_name
                .to_lowercase()
                .cmp(&b.organisation_name.to_lowercase())
        }),
        _ => items.sort_by_key(|i| i.submitted_at),
    }
}

fn sorts(lang: Language) -> Vec<Choice> {
    [
        ("receipt", "sort_receipt"),
        ("grant", "sort_grant"),
        ("applicant", "sort_applicant"),
    ]
    .into_iter()
    .map(|(code, label)| Choice {
        code,
        label: text(lang, label),
    })
    .collect()
}

fn row(i: ApplicationListItem, lang: Language) -> SubmissionRow {
    SubmissionRow {
        id: i.id,
        receipt: i.receipt_number.unwrap_or_default(),
        organisation: i.organisation_name,
        title: i.title,
        grant: money(i.requested_grant, lang),
        state: application_state(i.state, lang),
    }
}
