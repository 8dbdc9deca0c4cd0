//! The calendar subscription pages (issue 15): an organisation's, for its NGO members, and a
//! clerk's own. Each says whether an address exists and since when, and makes one (or a new one,
//! after a confirmation that the old one stops working); a new address is shown once, on the
//! page that answers the form, since only its hash is kept.

use super::form::{check_csrf, Form};
use super::guard::{SignedIn, Staff};
use super::layout::render;
use super::respond::PageError;
use super::texts::text;
use crate::exports::calendar::{feed_url, webcal_url};
use crate::AppState;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use granty_i18n::format::minute;
use granty_store::calendar::{self, FeedOwner, FeedStatus, IssuedFeed};
use serde::{Deserialize, Serialize};

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct IssueForm {
    csrf: String,
    /// `yes` when the person confirmed that the current address stops working.
    confirm: String,
}

/// A new address, on the page that made it.
#[derive(Serialize)]
struct Address {
    url: String,
    webcal: String,
}

#[derive(Serialize)]
struct CalendarPage {
    owner: String,
    intro: &'static str,
    /// Where the form posts.
    action: String,
    created: Option<String>,
    renewed: Option<String>,
    address: Option<Address>,
    notice: Option<&'static str>,
    /// The confirmation was not ticked.
    confirm_error: Option<&'static str>,
    back_href: &'static str,
    back_text: &'static str,
}

/// What the page is about: whose feed and where its form posts.
struct Subject {
    owner: FeedOwner,
    action: String,
}

fn subject(owner: FeedOwner) -> Subject {
    let action = match owner {
        FeedOwner::Organisation(id) => format!("/organisations/{id}/calendar"),
        FeedOwner::Clerk => "/clerk/calendar".to_string(),
    };
    Subject { owner, action }
}

/// What the page shows besides the feed's state.
#[derive(Default)]
struct Shown {
    address: Option<Address>,
    notice: Option<&'static str>,
    confirm_error: Option<&'static str>,
}

fn page(
    signed: &SignedIn,
    status: StatusCode,
    about: &Subject,
    feed: FeedStatus,
    shown: Shown,
) -> Result<Response, PageError> {
    let (lang, zone) = (signed.lang, signed.zone());
    let clerk = about.owner == FeedOwner::Clerk;
    let (back_href, back) = match clerk {
        true => ("/clerk/calls", "clerk_calls_title"),
        false => ("/dashboard", "dashboard_title"),
    };
    let intro = match clerk {
        true => "calendar_intro_clerk",
        false => "calendar_intro_organisation",
    };
    let page = CalendarPage {
        owner: feed.owner_name,
        intro: text(lang, intro),
        action: about.action.clone(),
        created: feed.created_at.map(|at| minute(at, zone, lang)),
        renewed: feed.renewed_at.map(|at| minute(at, zone, lang)),
        address: shown.address,
        notice: shown.notice,
        confirm_error: shown.confirm_error,
        back_href,
        back_text: text(lang, back),
    };
    render(status, "calendar_feed.html", &signed.frame, &page)
}

async fn show(state: &AppState, signed: &SignedIn, about: Subject) -> Result<Response, PageError> {
    let feed = calendar::status(&state.db, &signed.actor, about.owner).await?;
    page(signed, StatusCode::OK, &about, feed, Shown::default())
}

/// Makes the address (a new one only once the person confirmed the old one stops working) and
/// shows it.
async fn issue(
    state: &AppState,
    signed: &SignedIn,
    about: Subject,
    form: &IssueForm,
) -> Result<Response, PageError> {
    check_csrf(signed, &form.csrf)?;
    let feed = calendar::status(&state.db, &signed.actor, about.owner).await?;
    if feed.created_at.is_some() && form.confirm != "yes" {
        let shown = Shown {
            confirm_error: Some(text(signed.lang, "calendar_rotate_confirm_needed")),
            ..Shown::default()
        };
        return page(
            signed,
            StatusCode::UNPROCESSABLE_ENTITY,
            &about,
            feed,
            shown,
        );
    }
    let now = state.clock.now();
    let issued = calendar::issue(&state.db, &signed.actor, about.owner, now).await?;
    let shown = shown_once(state, signed, &issued);
    let feed = calendar::status(&state.db, &signed.actor, about.owner).await?;
    page(signed, StatusCode::OK, &about, feed, shown)
}

fn shown_once(state: &AppState, signed: &SignedIn, issued: &IssuedFeed) -> Shown {
    let notice = match issued.rotated {
        true => "calendar_rotated_notice",
        false => "calendar_created_notice",
    };
    Shown {
        address: Some(Address {
            url: feed_url(&state.public_url, &issued.token),
            webcal: webcal_url(&state.public_url, &issued.token),
        }),
        notice: Some(text(signed.lang, notice)),
        confirm_error: None,
    }
}

/// `GET /organisations/{id}/calendar`: its NGO members only (anyone else 404).
pub async fn organisation_calendar(
    State(state): State<AppState>,
    signed: SignedIn,
    Path(id): Path<i64>,
) -> Result<Response, PageError> {
    show(&state, &signed, subject(FeedOwner::Organisation(id))).await
}

/// `POST /organisations/{id}/calendar`: make the organisation's address.
pub async fn issue_organisation_calendar(
    State(state): State<AppState>,
    signed: SignedIn,
    Path(id): Path<i64>,
    Form(form): Form<IssueForm>,
) -> Result<Response, PageError> {
    issue(&state, &signed, subject(FeedOwner::Organisation(id)), &form).await
}

/// `GET /clerk/calendar`: the signed-in clerk's own feed.
pub async fn clerk_calendar(
    State(state): State<AppState>,
    Staff(signed): Staff,
) -> Result<Response, PageError> {
    show(&state, &signed, subject(FeedOwner::Clerk)).await
}

/// `POST /clerk/calendar`: make the clerk's address.
pub async fn issue_clerk_calendar(
    State(state): State<AppState>,
    Staff(signed): Staff,
    Form(form): Form<IssueForm>,
) -> Result<Response, PageError> {
    issue(&state, &signed, subject(FeedOwner::Clerk), &form).await
}
