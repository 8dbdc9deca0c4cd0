//! The admin's notification log: queued, sent, retrying and failed messages with their reasons.

use super::session::{session_csrf, Cookies, PageLanguage, SESSION};
use super::{render, texts, Frame};
use crate::AppState;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use granty_domain::format::instant;
use granty_domain::roles::Role;
use granty_store::notifications::{self, status};
use granty_store::{accounts, StoreError};
use serde::{Deserialize, Serialize};

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct Filter {
    status: String,
}

#[derive(Serialize)]
struct StatusLink {
    code: &'static str,
    label: &'static str,
    count: usize,
}

#[derive(Serialize)]
struct Row {
    created: String,
    kind: String,
    recipient: String,
    language: String,
    status: String,
    status_label: String,
    attempts: i32,
    sent: String,
    error: String,
}

#[derive(Serialize)]
struct Page {
    current: Option<&'static str>,
    statuses: Vec<StatusLink>,
    rows: Vec<Row>,
    heading: &'static str,
    text: &'static str,
}

const STATUSES: [&str; 5] = [
    status::QUEUED,
    status::SENDING,
    status::RETRYING,
    status::FAILED,
    status::SENT,
];

pub async fn notifications_page(
    State(state): State<AppState>,
    cookies: Cookies,
    language: PageLanguage,
    Query(filter): Query<Filter>,
) -> Response {
    let Some(token) = cookies.get(SESSION) else {
        return Redirect::to("/login?next=/admin/notifications").into_response();
    };
    let Ok(actor) = accounts::actor_for_token(&state.db, token, state.clock.now()).await else {
        return Redirect::to("/login?next=/admin/notifications").into_response();
    };
    // The choice made with ?lang= wins over the account's own language.
    let lang = if language.chosen {
        language.lang
    } else {
        actor.language
    };
    let t = texts::for_language(lang);
    let mut frame = Frame::new(lang, session_csrf(token));
    frame.tenant_name = Some(actor.tenant.name.clone());
    frame.user_email = Some(actor.email.clone());
    if actor.role != Role::Admin {
        let page = Page {
            current: None,
            statuses: vec![],
            rows: vec![],
            heading: super::texts::text(lang, "notifications_title"),
            text: super::texts::text(lang, "admin_only"),
        };
        return render(StatusCode::FORBIDDEN, "message.html", &frame, &page);
    }
    let current = STATUSES.iter().copied().find(|s| *s == filter.status);
    let all = match notifications::list(&state.db, &actor, None, 1000).await {
        Ok(rows) => rows,
        Err(StoreError::Forbidden) => return StatusCode::FORBIDDEN.into_response(),
        Err(error) => {
            tracing::error!(?error, "listing notifications");
            return StatusCode::INTERNAL_SERVER_ERROR.into_response();
        }
    };
    let zone = actor.tenant.time_zone;
    let label = |code: &str| {
        t.get(format!("status_{code}").as_str())
            .copied()
            .unwrap_or("")
    };
    let statuses = STATUSES
        .iter()
        .map(|code| StatusLink {
            code,
            label: label(code),
            count: all.iter().filter(|n| n.status == *code).count(),
        })
        .collect();
    let rows = all
        .into_iter()
        .filter(|n| current.is_none_or(|c| n.status == c))
        .map(|n| Row {
            created: instant(n.created_at, zone, lang),
            kind: t
                .get(format!("kind_{}", n.kind).as_str())
                .map(|k| k.to_string())
                .unwrap_or(n.kind.clone()),
            recipient: n.recipient_email,
            language: n.language,
            status_label: label(&n.status).to_string(),
            status: n.status,
            attempts: n.attempts,
            sent: n
                .sent_at
                .map(|s| instant(s, zone, lang))
                .unwrap_or_default(),
            error: n.last_error.unwrap_or_default(),
        })
        .collect();
    let page = Page {
        current,
        statuses,
        rows,
        heading: super::texts::text(lang, "notifications_title"),
        text: "",
    };
    render(StatusCode::OK, "notifications.html", &frame, &page)
}
