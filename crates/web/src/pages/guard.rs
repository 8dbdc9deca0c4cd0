//! Who is asking: extractors for the signed-in person and for the roles pages are for.
//!
//! A page names what it needs in its arguments (`signed: SignedIn`, `Staff(signed): Staff`); a
//! missing or expired session redirects to the login page with the path to come back to, a wrong
//! role is the 403 page, and a database that cannot be reached is the 503 page, never a login
//! prompt.

use super::layout::Frame;
use super::respond::{Audience, ErrorContext, PageError, Reader};
use super::session::{session_csrf, Cookies, PageLanguage, SESSION};
use crate::AppState;
use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use axum::http::{header, Method};
use chrono_tz::Tz;
use granty_domain::roles::Role;
use granty_domain::Language;
use granty_store::{accounts, two_factor, Actor, StoreError};

/// The signed-in person: who, in which language, the layout's frame, and the session token
/// (which the page's form token is derived from).
pub struct SignedIn {
    pub actor: Actor,
    pub lang: Language,
    pub frame: Frame,
    pub token: String,
}

impl SignedIn {
    /// The form token of this session, for forms the page renders itself (uploads).
    pub fn csrf(&self) -> String {
        session_csrf(&self.token)
    }

    /// The town's time zone, for instants on the page.
    pub fn zone(&self) -> Tz {
        self.actor.tenant.time_zone
    }
}

impl FromRequestParts<AppState> for SignedIn {
    type Rejection = PageError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, PageError> {
        let login = || PageError::Login {
            next: return_path(parts),
        };
        let cookies = Cookies::from_headers(&parts.headers);
        let token = cookies.get(SESSION).ok_or_else(login)?.to_string();
        let sessions = &state.accounts.policy.sessions;
        let now = state.clock.now();
        let mut actor = match accounts::actor_for_token(&state.db, &token, sessions, now).await {
            Ok(actor) => actor,
            Err(StoreError::BadCredentials | StoreError::NotFound) => return Err(login()),
            Err(other) => return Err(other.into()),
        };
        let language = PageLanguage::read(&parts.uri, &parts.headers);
        let lang = language.or_account(actor.language);
        if lang != actor.language {
            keep_language(state, &mut actor, lang).await;
        }
        let mut frame = Frame::new(lang, session_csrf(&token)).in_tenant(&actor.tenant.name);
        frame.user_email = Some(actor.email.clone());
        if let Some(context) = parts.extensions.get::<ErrorContext>() {
            context.note(Reader {
                lang,
                tenant_name: actor.tenant.name.clone(),
                user_email: actor.email.clone(),
                csrf: frame.csrf.clone(),
            });
        }
        Ok(SignedIn {
            actor,
            lang,
            frame,
            token,
        })
    }
}

/// A language chosen with the switch while signed in becomes the account's: the next page and
/// the next email are in it too. A failed write costs only the choice, never the page.
async fn keep_language(state: &AppState, actor: &mut Actor, lang: Language) {
    let now = state.clock.now();
    match accounts::set_language(&state.db, actor, lang, now).await {
        Ok(()) => actor.language = lang,
        Err(error) => tracing::warn!(?error, "the chosen language was not kept"),
    }
}

/// Where to come back after logging in: the page asked for; after a form sent without a session,
/// the page the form was on (a POST cannot be replayed), else home.
fn return_path(parts: &Parts) -> String {
    if parts.method == Method::GET || parts.method == Method::HEAD {
        return parts
            .uri
            .path_and_query()
            .map(|p| p.as_str().to_string())
            .unwrap_or_else(|| "/".to_string());
    }
    let host = parts
        .headers
        .get(header::HOST)
        .and_then(|h| h.to_str().ok());
    parts
        .headers
        .get(header::REFERER)
        .and_then(|r| r.to_str().ok())
        .and_then(|referer| local_path(referer, host?))
        .unwrap_or_else(|| "/".to_string())
}

/// The path and query of `url` when it points at `host` itself.
fn local_path(url: &str, host: &str) -> Option<String> {
    let rest = url
        .strip_prefix("https://")
        .or_else(|| url.strip_prefix("http://"))?
        .strip_prefix(host)?;
    rest.starts_with('/').then(|| rest.to_string())
}

/// Someone of the town's staff (a clerk or an admin; evaluators are not staff). When the town
/// requires two-factor login for its staff, one not enrolled is sent to the account page first.
pub struct Staff(pub SignedIn);

impl FromRequestParts<AppState> for Staff {
    type Rejection = PageError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, PageError> {
        let StaffEnrolling(signed) = StaffEnrolling::from_request_parts(parts, state).await?;
        require_two_factor(state, &signed).await?;
        Ok(Staff(signed))
    }
}

/// Anyone signed in, staff held to the town's two-factor requirement: for staff pages whose
/// object decides the answer to everyone else (a report's review: its organisation 403, anyone
/// else 404), where a role check up front would answer 403 to all.
pub struct StaffObject(pub SignedIn);

impl FromRequestParts<AppState> for StaffObject {
    type Rejection = PageError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, PageError> {
        let signed = SignedIn::from_request_parts(parts, state).await?;
        require_two_factor(state, &signed).await?;
        Ok(StaffObject(signed))
    }
}

/// Staff on the pages that enrol them in two-factor login, which the town's requirement must
/// not close (they are how the requirement is met).
pub struct StaffEnrolling(pub SignedIn);

impl FromRequestParts<AppState> for StaffEnrolling {
    type Rejection = PageError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, PageError> {
        let signed = SignedIn::from_request_parts(parts, state).await?;
        if !signed.actor.role.is_staff() {
            return Err(PageError::Forbidden(Audience::Staff));
        }
        Ok(StaffEnrolling(signed))
    }
}

/// The town's `require_two_factor_for_staff`: staff without it enrolled go to enrol.
async fn require_two_factor(state: &AppState, signed: &SignedIn) -> Result<(), PageError> {
    let actor = &signed.actor;
    if !actor.role.is_staff() || !actor.tenant.rules.require_two_factor_for_staff {
        return Ok(());
    }
    if two_factor::is_enabled(&state.db.reader, actor.user_id).await? {
        Ok(())
    } else {
        Err(PageError::EnrolTwoFactor)
    }
}

/// A member of a non-governmental organisation.
pub struct NgoMember(pub SignedIn);

impl FromRequestParts<AppState> for NgoMember {
    type Rejection = PageError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, PageError> {
        let signed = SignedIn::from_request_parts(parts, state).await?;
        if signed.actor.role != Role::Ngo {
            return Err(PageError::Forbidden(Audience::Ngo));
        }
        Ok(NgoMember(signed))
    }
}

/// A committee member (an evaluator); each call and offer is checked against the committee.
pub struct Evaluator(pub SignedIn);

impl FromRequestParts<AppState> for Evaluator {
    type Rejection = PageError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, PageError> {
        let signed = SignedIn::from_request_parts(parts, state).await?;
        if signed.actor.role != Role::Evaluator {
            return Err(PageError::Forbidden(Audience::Unnamed));
        }
        Ok(Evaluator(signed))
    }
}

/// The town's administrator.
pub struct Admin(pub SignedIn);

impl FromRequestParts<AppState> for Admin {
    type Rejection = PageError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, PageError> {
        let signed = SignedIn::from_request_parts(parts, state).await?;
        if signed.actor.role != Role::Admin {
            return Err(PageError::Forbidden(Audience::Admin));
        }
        require_two_factor(state, &signed).await?;
        Ok(Admin(signed))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parts(method: Method, uri: &str, referer: Option<&str>) -> Parts {
        let mut request = axum::http::Request::builder()
            .method(method)
            .uri(uri)
            .header(header::HOST, "granty.example");
        if let Some(referer) = referer {
            request = request.header(header::REFERER, referer);
        }
        request.body(()).expect("request").into_parts().0
    }

    #[test]
    fn a_page_returns_to_itself_and_a_form_to_the_page_it_was_on() {
        let get = parts(Method::GET, "/clerk/calls?state=open", None);
        assert_eq!(return_path(&get), "/clerk/calls?state=open");
        let post = parts(
            Method::POST,
            "/applications/4/submit",
            Some("http://granty.example/applications/4/review"),
        );
        assert_eq!(return_path(&post), "/applications/4/review");
        let elsewhere = parts(
            Method::POST,
            "/applications/4/submit",
            Some("https://evil.example/applications/4/review"),
        );
        assert_eq!(return_path(&elsewhere), "/");
        let no_referer = parts(Method::POST, "/logout", None);
        assert_eq!(return_path(&no_referer), "/");
    }
}
