//! Calendar feeds (issue 15): the JSON API that makes an organisation's or a clerk's
//! subscription address (and makes it again, which stops the old one), and the feed itself at
//! `/calendar/{token}.ics`, read by calendar applications without a session: the token in the
//! address is the only credential, and an unknown or rotated one is 404.

use crate::error::ApiError;
use crate::exports::calendar::{feed_body, feed_url, webcal_url};
use crate::extract::{Auth, OrApi};
use crate::openapi::Problems;
use crate::routing::Routes;
use crate::AppState;
use axum::extract::{Path, State};
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::Json;
use chrono::{DateTime, Utc};
use granty_store::calendar::{self, FeedOwner, FeedStatus, IssuedFeed};
use serde::Serialize;
use utoipa::ToSchema;

/// The operations of this module in the OpenAPI document (`crate::openapi`).
#[derive(utoipa::OpenApi)]
#[openapi(paths(
    get_organisation_feed,
    issue_organisation_feed,
    get_clerk_feed,
    issue_clerk_feed
))]
pub struct Doc;

/// Whether a feed has an address, and when it was made: the address itself is never stored,
/// so it is only in the answer that makes it.
#[derive(Serialize, ToSchema)]
pub struct CalendarFeedStatus {
    active: bool,
    created_at: Option<DateTime<Utc>>,
    /// When the address was last made again (the one before stopped working then).
    renewed_at: Option<DateTime<Utc>>,
}

impl From<FeedStatus> for CalendarFeedStatus {
    fn from(status: FeedStatus) -> Self {
        CalendarFeedStatus {
            active: status.created_at.is_some(),
            created_at: status.created_at,
            renewed_at: status.renewed_at,
        }
    }
}

/// A new subscription address, shown this once.
#[derive(Serialize, ToSchema)]
pub struct CalendarFeedAddress {
    /// The `https` address to paste into a calendar application.
    url: String,
    /// The same with the `webcal` scheme, which opens the calendar application.
    webcal_url: String,
    /// An address existed before and stopped working now.
    rotated: bool,
    made_at: DateTime<Utc>,
}

fn address(state: &AppState, issued: IssuedFeed) -> (StatusCode, Json<CalendarFeedAddress>) {
    let status = if issued.rotated {
        StatusCode::OK
    } else {
        StatusCode::CREATED
    };
    let body = CalendarFeedAddress {
        url: feed_url(&state.public_url, &issued.token),
        webcal_url: webcal_url(&state.public_url, &issued.token),
        rotated: issued.rotated,
        made_at: issued.at,
    };
    (status, Json(body))
}

/// Whether the organisation's calendar feed has an address (its NGO members only).
#[utoipa::path(get, path = "/organisations/{id}/calendar-feed", tag = "calendar_feeds",
    params(("id" = i64, Path, description = "The organisation")),
    responses((status = 200, description = "The feed's state", body = CalendarFeedStatus), Problems))]
pub async fn get_organisation_feed(
    State(state): State<AppState>,
    Auth(actor): Auth,
    Path(id): Path<i64>,
) -> Result<Json<CalendarFeedStatus>, ApiError> {
    let status = calendar::status(&state.db, &actor, FeedOwner::Organisation(id))
        .await
        .or_api(actor.tenant.time_zone)?;
    Ok(Json(status.into()))
}

/// Makes the organisation's subscription address: 201 the first time, 200 when it replaces
/// the address before, which stops working at once.
#[utoipa::path(post, path = "/organisations/{id}/calendar-feed", tag = "calendar_feeds",
    params(("id" = i64, Path, description = "The organisation")),
    responses(
        (status = 201, description = "The first address", body = CalendarFeedAddress),
        (status = 200, description = "A new address; the old one no longer works", body = CalendarFeedAddress),
        Problems))]
pub async fn issue_organisation_feed(
    State(state): State<AppState>,
    Auth(actor): Auth,
    Path(id): Path<i64>,
) -> Result<(StatusCode, Json<CalendarFeedAddress>), ApiError> {
    let owner = FeedOwner::Organisation(id);
    let issued = calendar::issue(&state.db, &actor, owner, state.clock.now())
        .await
        .or_api(actor.tenant.time_zone)?;
    Ok(address(&state, issued))
}

/// Whether the calling clerk's calendar feed has an address (the town's staff).
#[utoipa::path(get, path = "/clerk/calendar-feed", tag = "calendar_feeds",
    responses((status = 200, description = "The feed's state", body = CalendarFeedStatus), Problems))]
pub async fn get_clerk_feed(
    State(state): State<AppState>,
    Auth(actor): Auth,
) -> Result<Json<CalendarFeedStatus>, ApiError> {
    let status = calendar::status(&state.db, &actor, FeedOwner::Clerk)
        .await
        .or_api(actor.tenant.time_zone)?;
    Ok(Json(status.into()))
}

/// Makes the calling clerk's subscription address: 201 the first time, 200 when it replaces
/// the address before, which stops working at once.
#[utoipa::path(post, path = "/clerk/calendar-feed", tag = "calendar_feeds",
    responses(
        (status = 201, description = "The first address", body = CalendarFeedAddress),
        (status = 200, description = "A new address; the old one no longer works", body = CalendarFeedAddress),
        Problems))]
pub async fn issue_clerk_feed(
    State(state): State<AppState>,
    Auth(actor): Auth,
) -> Result<(StatusCode, Json<CalendarFeedAddress>), ApiError> {
    let issued = calendar::issue(&state.db, &actor, FeedOwner::Clerk, state.clock.now())
        .await
        .or_api(actor.tenant.time_zone)?;
    Ok(address(&state, issued))
}

/// The JSON API's routes (under `/api/v1`).
pub fn api() -> Routes {
    Routes::default()
        .route(
            "/organisations/{id}/calendar-feed",
            get(get_organisation_feed).post(issue_organisation_feed),
        )
        .route(
            "/clerk/calendar-feed",
            get(get_clerk_feed).post(issue_clerk_feed),
        )
}

/// The feed, mounted at the root beside the pages (not under `/api/v1`: calendar applications
/// subscribe to a plain address).
pub fn feed_router() -> Routes {
    Routes::default().route("/calendar/{feed}", get(calendar_feed))
}

const TEXT_CALENDAR: &str = "text/calendar; charset=utf-8";

/// `GET /calendar/{token}.ics`: the feed as of now. The path holds the token; the logs and
/// metrics name the route pattern only.
async fn calendar_feed(
    State(state): State<AppState>,
    Path(feed): Path<String>,
) -> Result<Response, ApiError> {
    let token = feed.strip_suffix(".ics").ok_or(ApiError::NotFound)?;
    if token.len() != 64 || !token.bytes().all(|b| b.is_ascii_hexdigit()) {
        return Err(ApiError::NotFound);
    }
    let now = state.clock.now();
    let content = calendar::read(&state.db, token, now)
        .await
        .map_err(|e| ApiError::from_store(e, chrono_tz::UTC))?;
    let body = feed_body(&content, &state.public_url, now);
    let mut response = body.into_response();
    let headers = response.headers_mut();
    headers.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static(TEXT_CALENDAR),
    );
    headers.insert(
        header::CONTENT_DISPOSITION,
        HeaderValue::from_static("inline; filename=\"granty.ics\""),
    );
    // Private to whoever holds the address; a rotated address must not live on in a cache.
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    headers.insert("x-robots-tag", HeaderValue::from_static("noindex"));
    Ok(response)
}
