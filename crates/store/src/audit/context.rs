//! Where the current request came from, carried beside the request instead of through every use
//! case's arguments: the web layer sets it once per request and `audit` reads it when it writes.

use std::future::Future;

tokio::task_local! {
    static CLIENT_ADDRESS: Option<String>;
}

/// Runs `work` with `address` as the client address that audit entries record.
pub async fn with_client_address<F: Future>(address: Option<String>, work: F) -> F::Output {
    CLIENT_ADDRESS.scope(address, work).await
}

/// The current request's client address; none outside a request (command line, jobs).
pub fn client_address() -> Option<String> {
    CLIENT_ADDRESS.try_with(Clone::clone).ok().flatten()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn the_address_is_seen_inside_the_scope_only() {
        assert_eq!(client_address(), None);
        let seen = with_client_address(Some("192.0.2.7".into()), async { client_address() }).await;
        assert_eq!(seen.as_deref(), Some("192.0.2.7"));
        assert_eq!(client_address(), None);
    }
}
