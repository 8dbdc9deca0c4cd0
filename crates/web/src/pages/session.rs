//! Cookies: the session, the language choice (kept by `remember_language_choice`) and the login
//! form's CSRF token.

use super::respond::{append_cookie, YEAR};
use crate::AppState;
use axum::extract::{FromRequestParts, Request, State};
use axum::http::request::Parts;
use axum::http::{header, HeaderMap, Uri};
use axum::middleware::Next;
use axum::response::Response;
use granty_domain::Language;
use rand::RngCore;
use sha2::{Digest, Sha256};
use std::collections::HashMap;

pub const SESSION: &str = "granty_session";
pub const LANG: &str = "granty_lang";
pub const LOGIN_CSRF: &str = "granty_csrf";
/// Between the password and the two-factor code: the login's challenge (five minutes).
pub const LOGIN_CHALLENGE: &str = "granty_login_challenge";
pub const LOGIN_CHALLENGE_SECONDS: i64 = 300;

/// Only local paths may follow a login, so the form cannot be used to send people elsewhere.
pub fn safe_next(next: &str) -> String {
    if next.starts_with('/') && !next.starts_with("//") && !next.contains('\\') {
        next.to_string()
    } else {
        "/".to_string()
    }
}

/// The second step of a login, keeping where to go after it.
pub fn code_step_path(next: &str) -> String {
    let next: String = url::form_urlencoded::byte_serialize(next.as_bytes()).collect();
    format!("/login/code?next={next}")
}

/// The request's cookies.
pub struct Cookies(pub HashMap<String, String>);

impl Cookies {
    pub fn from_headers(headers: &HeaderMap) -> Cookies {
        let mut map = HashMap::new();
        for value in headers
            .get_all(header::COOKIE)
            .iter()
            .filter_map(|v| v.to_str().ok())
        {
            for pair in value.split(';') {
                if let Some((name, value)) = pair.trim().split_once('=') {
                    map.insert(name.trim().to_string(), value.trim().to_string());
                }
            }
        }
        Cookies(map)
    }

    pub fn get(&self, name: &str) -> Option<&str> {
        self.0
            .get(name)
            .map(String::as_str)
            .filter(|v| !v.is_empty())
    }
}

impl<S: Send + Sync> FromRequestParts<S> for Cookies {
    type Rejection = std::convert::Infallible;
    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, Self::Rejection> {
        Ok(Cookies::from_headers(&parts.headers))
    }
}

/// The page language: `?lang=`, then the remembered choice, then `Accept-Language`, then Polish.
/// `chosen` is set when `?lang=` asked for a change to remember.
pub struct PageLanguage {
    pub lang: Language,
    pub chosen: bool,
    /// The language came from the remembered choice or `Accept-Language`, not the default.
    pub from_browser: bool,
}

impl PageLanguage {
    /// The language a request asks for, from its address and headers.
    pub fn read(uri: &Uri, headers: &HeaderMap) -> PageLanguage {
        let query = uri.query().unwrap_or("");
        let asked = query
            .split('&')
            .find_map(|p| p.strip_prefix("lang="))
            .and_then(|code| code.parse::<Language>().ok());
        if let Some(lang) = asked {
            return PageLanguage {
                lang,
                chosen: true,
                from_browser: false,
            };
        }
        let remembered = Cookies::from_headers(headers)
            .get(LANG)
            .and_then(|c| c.parse().ok());
        let accepted = headers
            .get(header::ACCEPT_LANGUAGE)
            .and_then(|v| v.to_str().ok())
            .and_then(Language::from_accept_language);
        let found = remembered.or(accepted);
        PageLanguage {
            lang: found.unwrap_or_default(),
            chosen: false,
            from_browser: found.is_some(),
        }
    }

    /// The language of a page for someone signed in: a choice made with `?lang=` wins over the
    /// account's own language.
    pub fn or_account(&self, account: Language) -> Language {
        if self.chosen {
            self.lang
        } else {
            account
        }
    }

    /// The language of a page that has a default of its own (a town's public pages, an
    /// invitation): the visitor's choice or browser, else that default.
    pub fn or_default(&self, default: Language) -> Language {
        if self.chosen || self.from_browser {
            self.lang
        } else {
            default
        }
    }
}

impl<S: Send + Sync> FromRequestParts<S> for PageLanguage {
    type Rejection = std::convert::Infallible;
    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, Self::Rejection> {
        Ok(PageLanguage::read(&parts.uri, &parts.headers))
    }
}

/// A language chosen with the switch (`?lang=`) on any page holds for the pages after it: the
/// choice is remembered in a cookie, unless the page set the cookie itself (the layer around the
/// whole application; the JSON API is left alone).
pub async fn remember_language_choice(
    State(state): State<AppState>,
    request: Request,
    next: Next,
) -> Response {
    let api = request.uri().path().starts_with("/api/");
    let language = PageLanguage::read(request.uri(), request.headers());
    let mut response = next.run(request).await;
    if api || !language.chosen {
        return response;
    }
    let already = response
        .headers()
        .get_all(header::SET_COOKIE)
        .iter()
        .any(|v| v.as_bytes().starts_with(format!("{LANG}=").as_bytes()));
    if !already {
        let value = cookie(LANG, language.lang.code(), YEAR, state.secure_cookies);
        append_cookie(&mut response, &value);
    }
    response
}

/// A `Set-Cookie` value with the attributes every Granty cookie has.
pub fn cookie(name: &str, value: &str, max_age_seconds: i64, secure: bool) -> String {
    format!(
        "{name}={value}; Path=/; Max-Age={max_age_seconds}; HttpOnly; SameSite=Lax{}",
        if secure { "; Secure" } else { "" }
    )
}

/// The CSRF token of a logged-in session: derived from the secret session token, so it needs no
/// storage and cannot be guessed without the cookie.
pub fn session_csrf(session_token: &str) -> String {
    hex::encode(Sha256::digest(
        format!("granty-csrf:{session_token}").as_bytes(),
    ))
}

pub fn random_token() -> String {
    let mut bytes = [0u8; 32];
    rand::rng().fill_bytes(&mut bytes);
    hex::encode(bytes)
}

/// Constant-time comparison, so the check does not leak how much of a token matched.
pub fn same(a: &str, b: &str) -> bool {
    a.len() == b.len()
        && a.bytes()
            .zip(b.bytes())
            .fold(0u8, |acc, (x, y)| acc | (x ^ y))
            == 0
}
