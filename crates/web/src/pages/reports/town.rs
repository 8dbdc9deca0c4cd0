//! The town's reports for the clerk (`/clerk/reports`): waiting for a review first, then sent
//! back for corrections, overdue, accepted, rejected; filtered by state and by call. A filed
//! report links to its review, an overdue one to its agreement (where the written call is sent).

use crate::pages::guard::Staff;
use crate::pages::layout::render;
use crate::pages::respond::PageError;
use crate::pages::texts::text;
use crate::AppState;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::Response;
use granty_domain::Language;
use granty_i18n::format::{date, instant};
use granty_store::reports::{self, TownReport, TownReportState};
use serde::{Deserialize, Serialize};

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct ListFilter {
    state: String,
    call: String,
}

#[derive(Serialize)]
struct StateLink {
    code: &'static str,
    label: &'static str,
    count: usize,
}

#[derive(Serialize)]
struct CallOption {
    id: i64,
    title: String,
}

#[derive(Serialize)]
struct Row {
    href: String,
    organisation: String,
    agreement_number: String,
    task_title: String,
    kind: &'static str,
    period: String,
    due_on: String,
    state_code: &'static str,
    state: &'static str,
    submitted_at: String,
}

#[derive(Serialize)]
struct ListPage {
    current: Option<&'static str>,
    call: Option<i64>,
    states: Vec<StateLink>,
    calls: Vec<CallOption>,
    rows: Vec<Row>,
}

pub async fn town_reports(
    State(state): State<AppState>,
    Staff(signed): Staff,
    Query(filter): Query<ListFilter>,
) -> Result<Response, PageError> {
    let all = reports::town_reports(&state.db, &signed.actor, state.clock.now()).await?;
    let current = TownReportState::parse(&filter.state);
    let call = filter.call.trim().parse().ok();
    let in_call: Vec<&TownReport> = all
        .iter()
        .filter(|r| call.is_none_or(|c| r.call_id == c))
        .collect();
    let lang = signed.lang;
    let row = |r: &TownReport| Row {
        href: match r.report_id {
            Some(id) => format!("/clerk/reports/{id}"),
            None => format!("/clerk/agreements/{}", r.agreement_id),
        },
        organisation: r.organisation_name.clone(),
        agreement_number: r.agreement_number.clone(),
        task_title: r.task_title.clone(),
        kind: text(lang, &format!("report_kind_{}", r.kind.code())),
        period: format!(
            "{} – {}",
            date(r.period_from, lang),
            date(r.period_to, lang)
        ),
        due_on: date(r.due_on, lang),
        state_code: r.state.code(),
        state: state_name(r.state, lang),
        submitted_at: r
            .submitted_at
            .map(|at| instant(at, signed.zone(), lang))
            .unwrap_or_default(),
    };
    let page = ListPage {
        current: current.map(TownReportState::code),
        call,
        states: TownReportState::ALL
            .into_iter()
            .map(|s| StateLink {
                code: s.code(),
                label: state_name(s, lang),
                count: in_call.iter().filter(|r| r.state == s).count(),
            })
            .collect(),
        calls: calls(&all),
        rows: in_call
            .iter()
            .filter(|r| current.is_none_or(|c| r.state == c))
            .map(|r| row(r))
            .collect(),
    };
    render(StatusCode::OK, "clerk_reports.html", &signed.frame, &page)
}

fn state_name(state: TownReportState, lang: Language) -> &'static str {
    match state {
        TownReportState::Overdue => text(lang, "clerk_reports_state_overdue"),
        other => text(lang, &format!("report_state_{}", other.code())),
    }
}

/// The calls the town's reports belong to, each once, in the order first met.
fn calls(all: &[TownReport]) -> Vec<CallOption> {
    let mut calls: Vec<CallOption> = Vec::new();
    for r in all {
        if !calls.iter().any(|c| c.id == r.call_id) {
            calls.push(CallOption {
                id: r.call_id,
                title: r.call_title.clone(),
            });
        }
    }
    calls.sort_by(|a, b| a.title.cmp(&b.title));
    calls
}
