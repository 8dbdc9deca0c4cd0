//! The client's address, for throttling and the audit trail: the connection's peer, or, when
//! the peer is a configured trusted proxy, the last address in `X-Forwarded-For` that is not
//! one of our proxies. A header from anyone else is ignored, so a client cannot pick the
//! address it is counted under.

use crate::AppState;
use axum::extract::{ConnectInfo, FromRequestParts, Request, State};
use axum::http::request::Parts;
use axum::http::HeaderMap;
use axum::middleware::Next;
use axum::response::Response;
use std::convert::Infallible;
use std::net::{IpAddr, SocketAddr};

/// The address a request came from; `None` when the server was not told its peer (a router
/// called directly, without a socket).
pub struct ClientAddress(pub Option<IpAddr>);

impl ClientAddress {
    /// The address as text, for the store.
    pub fn text(&self) -> Option<String> {
        self.0.map(|ip| ip.to_string())
    }
}

/// The client behind `peer`: `peer` itself unless it is a trusted proxy that forwarded the
/// request, then the nearest forwarded address that is not a trusted proxy.
pub fn client_address(peer: IpAddr, headers: &HeaderMap, trusted: &[IpAddr]) -> IpAddr {
    if !trusted.contains(&peer) {
        return peer;
    }
    let forwarded: Vec<IpAddr> = headers
        .get_all("x-forwarded-for")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(','))
        .filter_map(|part| part.trim().parse().ok())
        .collect();
    forwarded
        .into_iter()
        .rev()
        .find(|ip| !trusted.contains(ip))
        .unwrap_or(peer)
}

impl FromRequestParts<AppState> for ClientAddress {
    type Rejection = Infallible;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Infallible> {
        let peer = parts
            .extensions
            .get::<ConnectInfo<SocketAddr>>()
            .map(|info| info.0.ip());
        let trusted = &state.accounts.trusted_proxies;
        Ok(ClientAddress(
            peer.map(|peer| client_address(peer, &parts.headers, trusted)),
        ))
    }
}

/// Carries the client's address beside the request (a task-local the store's audit trail reads),
/// so use cases need no extra argument to say where a change came from.
pub async fn remember_client_address(
    State(state): State<AppState>,
    request: Request,
    next: Next,
) -> Response {
    let trusted = &state.accounts.trusted_proxies;
    let address = request
        .extensions()
        .get::<ConnectInfo<SocketAddr>>()
        .map(|info| client_address(info.0.ip(), request.headers(), trusted).to_string());
    granty_store::audit::with_client_address(address, next.run(request)).await
}

#[cfg(test)]
mod tests {
    use super::*;

    fn headers(forwarded: &str) -> HeaderMap {
        let mut headers = HeaderMap::new();
        if let Ok(value) = forwarded.parse() {
            headers.insert("x-forwarded-for", value);
        }
        headers
    }

    #[test]
    fn only_a_trusted_proxy_may_name_the_client() {
        let proxy: IpAddr = [10, 0, 0, 1].into();
        let client: IpAddr = [203, 0, 113, 7].into();
        let forged = headers("198.51.100.1, 203.0.113.7");
        // From the proxy: the last address it did not add itself (the first is the client's claim).
        assert_eq!(client_address(proxy, &forged, &[proxy]), client);
        // From anyone else the header is ignored.
        assert_eq!(client_address(client, &forged, &[proxy]), client);
        assert_eq!(client_address(client, &forged, &[]), client);
        // A proxy that forwarded nothing usable is the client.
        assert_eq!(client_address(proxy, &headers("junk"), &[proxy]), proxy);
    }
}
