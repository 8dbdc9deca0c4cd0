//! The client's address for the audit trail: taken once per request from the socket and carried
//! beside the request so use cases need no extra argument. Behind a reverse proxy this is the
//! proxy's address (forwarded headers are not trusted, as any client could set them).

use axum::extract::{ConnectInfo, Request};
use axum::middleware::Next;
use axum::response::Response;
use std::net::SocketAddr;

pub async fn remember_client_address(request: Request, next: Next) -> Response {
    let address = request
        .extensions()
        .get::<ConnectInfo<SocketAddr>>()
        .map(|info| info.0.ip().to_string());
    granty_store::audit::with_client_address(address, next.run(request)).await
}
