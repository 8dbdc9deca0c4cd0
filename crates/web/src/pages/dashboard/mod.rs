//! The NGO member's dashboard: their organisations, the duties under their agreements by date,
//! their offers with what to do next, and the calls open now.

mod duty_rows;

use super::guard::NgoMember;
use super::layout::render;
use super::respond::PageError;
use super::texts::text;
use crate::AppState;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::Response;
use chrono::{DateTime, Utc};
use chrono_tz::Tz;
use duty_rows::{duty_rows, DutyRow};
use granty_domain::application::ApplicationState;
use granty_domain::call::CallPhase;
use granty_domain::Language;
use granty_i18n::format::{application_state, last_moment};
use granty_store::applications::{self, DashboardItem};
use granty_store::calls;
use granty_store::organisations::{self, OrganisationView};
use granty_store::settlement::duties;
use serde::{Deserialize, Serialize};

#[derive(Serialize)]
struct OpenCall {
    id: i64,
    title: String,
    deadline: String,
}

#[derive(Serialize)]
struct Row {
    id: i64,
    title: String,
    organisation: String,
    receipt: Option<String>,
    call_id: i64,
    call_title: String,
    state: &'static str,
    next_step: String,
    /// `withdraw` or `delete` when the applicant may take the offer back now.
    removal: Option<&'static str>,
}

#[derive(Serialize)]
struct Dashboard {
    tenant_slug: String,
    organisations: Vec<OrganisationView>,
    /// Reports, corrections, returns and recommendations due, earliest first.
    duties: Vec<DutyRow>,
    applications: Vec<Row>,
    open_calls: Vec<OpenCall>,
    /// What was just done on another page (an offer withdrawn, a draft deleted).
    notice: Option<&'static str>,
}

/// `?done=withdraw`: what the page that sent the person here did.
#[derive(Deserialize, Default)]
#[serde(default)]
pub struct DashboardQuery {
    done: String,
}

fn notice(done: &str, lang: Language) -> Option<&'static str> {
    match done {
        "withdraw" => Some(text(lang, "withdraw_done")),
        "delete" => Some(text(lang, "delete_done")),
        _ => None,
    }
}

/// Withdrawal while the call is open (the domain's rule), deletion while never submitted.
fn removal(a: &DashboardItem, now: DateTime<Utc>) -> Option<&'static str> {
    match a.state {
        _ if a.as_partner => None,
        ApplicationState::Draft if a.receipt_number.is_none() => Some("delete"),
        ApplicationState::Submitted if now < a.call_deadline => Some("withdraw"),
        _ => None,
    }
}

fn next_step(
    state: ApplicationState,
    deadline: DateTime<Utc>,
    due: Option<DateTime<Utc>>,
    now: DateTime<Utc>,
    zone: Tz,
    lang: Language,
) -> String {
    match state {
        ApplicationState::Draft if now < deadline => format!(
            "{} {}.",
            text(lang, "next_draft"),
            last_moment(deadline, zone, lang)
        ),
        ApplicationState::NeedsCorrection => match due {
            Some(due) if now < due => format!(
                "{} {}.",
                text(lang, "next_correction"),
                last_moment(due, zone, lang)
            ),
            _ => text(lang, "next_late").to_string(),
        },
        ApplicationState::Draft => text(lang, "next_late").to_string(),
        ApplicationState::Submitted | ApplicationState::Resubmitted => {
            text(lang, "next_wait").to_string()
        }
        _ => text(lang, "next_none").to_string(),
    }
}

/// The NGO member's start page: their organisations, their offers with the next step of each,
/// and the calls open now.
pub async fn dashboard(
    State(state): State<AppState>,
    NgoMember(signed): NgoMember,
    Query(query): Query<DashboardQuery>,
) -> Result<Response, PageError> {
    let actor = &signed.actor;
    let organisations = organisations::mine(&state.db, actor).await?;
    let offers = applications::mine(&state.db, actor).await?;
    let calls = calls::list(&state.db, actor).await?;
    let now = state.clock.now();
    let duties = duties::for_member(&state.db, actor, now).await?;
    let (zone, lang) = (signed.zone(), signed.lang);
    let page = Dashboard {
        tenant_slug: actor.tenant.slug.clone(),
        organisations,
        duties: duty_rows(&duties, lang),
        applications: offers.iter().map(|a| row(a, now, zone, lang)).collect(),
        open_calls: calls
            .into_iter()
            .filter(|c| c.phase(now) == CallPhase::Open)
            .map(|c| OpenCall {
                id: c.id,
                title: c.terms.title.clone(),
                deadline: last_moment(c.terms.deadline, zone, lang),
            })
            .collect(),
        notice: notice(&query.done, lang),
    };
    render(StatusCode::OK, "dashboard.html", &signed.frame, &page)
}

/// One offer of the dashboard with what its applicant does next.
fn row(a: &DashboardItem, now: DateTime<Utc>, zone: Tz, lang: Language) -> Row {
    Row {
        id: a.id,
        title: if a.title.is_empty() {
            "—".into()
        } else {
            a.title.clone()
        },
        organisation: if a.as_partner {
            format!("{} ({})", a.organisation_name, text(lang, "as_partner"))
        } else {
            a.organisation_name.clone()
        },
        receipt: a.receipt_number.clone(),
        call_id: a.call_id,
        call_title: a.call_title.clone(),
        state: application_state(a.state, lang),
        // Only the applicant acts on a joint offer; partners have no step of their own.
        next_step: if a.as_partner {
            text(lang, "next_none").to_string()
        } else {
            let (deadline, due) = (a.call_deadline, a.correction_due_at);
            next_step(a.state, deadline, due, now, zone, lang)
        },
        removal: removal(a, now),
    }
}
