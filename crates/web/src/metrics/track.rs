//! Counting requests: an inner layer on the matched routes names the route pattern (in the
//! response, for the outer layer, and in the request's log span), and the outer layer times the
//! whole request and counts it once it is answered.

use crate::AppState;
use axum::extract::{MatchedPath, Request, State};
use axum::middleware::Next;
use axum::response::Response;
use std::time::Instant;

/// The route pattern a request matched (`/api/v1/calls/{id}`), carried on its response.
#[derive(Debug, Clone)]
struct RoutePattern(String);

/// What requests no route matched are counted as (unknown pages, probes for `/wp-admin`).
const UNMATCHED: &str = "unmatched";

/// Mounted with `route_layer`, so it runs only for matched routes, where axum knows the pattern.
pub async fn remember_route(request: Request, next: Next) -> Response {
    let pattern = request
        .extensions()
        .get::<MatchedPath>()
        .map(|matched| matched.as_str().to_string());
    if let Some(pattern) = &pattern {
        tracing::Span::current().record("route", pattern.as_str());
    }
    let mut response = next.run(request).await;
    if let Some(pattern) = pattern {
        response.extensions_mut().insert(RoutePattern(pattern));
    }
    response
}

/// Times and counts every request, matched or not (an outer layer of [`crate::router`]).
pub async fn track_requests(
    State(state): State<AppState>,
    request: Request,
    next: Next,
) -> Response {
    let started = Instant::now();
    let method = request.method().as_str().to_string();
    let response = next.run(request).await;
    let route = response
        .extensions()
        .get::<RoutePattern>()
        .map_or(UNMATCHED, |pattern| pattern.0.as_str());
    let seconds = started.elapsed().as_secs_f64();
    state
        .metrics
        .observe(&method, route, response.status().as_u16(), seconds);
    response
}
