//! Sending one request as a caller: the path filled in, the caller's bearer token or session
//! cookie, and a body that would be accepted, so a refusal is the access check's and not the
//! input's. Forms the route's own page shows are read from that page as the object's owner.

use super::recipes::Body;
use super::things::Thing;
use super::world::{Caller, World};
use crate::browser::{client, Browser};
use reqwest::{Method, StatusCode};

/// The anonymous form token this walk's browser holds (the cookie and the field agree).
pub(super) const ANONYMOUS_TOKEN: &str = "matrix-walk-form-token";

/// What came back: the status and where a redirect points.
pub struct Reply {
    pub status: StatusCode,
    pub location: String,
    /// The answer cleared the session cookie (a logout).
    pub ended_session: bool,
}

/// `pattern` with its `{…}` replaced by `params` in order.
pub fn fill(pattern: &str, params: &[String]) -> String {
    let mut values = params.iter();
    pattern
        .split('/')
        .map(|part| match part.starts_with('{') {
            true => values.next().expect("a value for each parameter").clone(),
            false => part.to_string(),
        })
        .collect::<Vec<_>>()
        .join("/")
}

impl As<'_> {
    /// The cookies a browser of theirs sends: the anonymous form token, and the session.
    fn cookies(&self) -> String {
        let token = format!("granty_csrf={ANONYMOUS_TOKEN}");
        match self.signed_in {
            true => format!("{token}; granty_session={}", self.token),
            false => token,
        }
    }
}

/// Who the request goes out as: the caller, or a session of theirs made for this request.
pub(super) struct As<'a> {
    pub(super) token: &'a str,
    pub(super) csrf: String,
    pub(super) signed_in: bool,
    /// The table lets them in: only then is a form read from its page (a refusal must not
    /// depend on what the form holds).
    pub(super) let_in: bool,
}

impl Reply {
    fn read(response: reqwest::Response) -> Reply {
        let headers = response.headers();
        let location = headers.get("location").map(|l| l.to_str().unwrap());
        let ended_session = headers
            .get_all("set-cookie")
            .iter()
            .any(|c| c.to_str().unwrap().starts_with("granty_session=;"));
        Reply {
            status: response.status(),
            location: location.unwrap_or_default().to_string(),
            ended_session,
        }
    }
}

impl World {
    /// Sends `body` to `pattern` filled with the thing's ids, as `caller`; `let_in` says whether
    /// the table lets them in (then forms are read from the owner's page).
    pub async fn send(
        &self,
        (method, pattern, body): (&str, &str, Body),
        caller: &Caller,
        thing: &Thing,
        let_in: bool,
    ) -> Reply {
        let mut who = self.sender(caller, thing).await;
        who.let_in = let_in;
        let mut path = format!("{}{}", fill(pattern, &thing.params), thing.query);
        if matches!(body, Body::Upload | Body::Document) {
            // Upload forms carry their token in the address: the body is the file.
            let csrf = if who.signed_in {
                who.csrf.as_str()
            } else {
                ANONYMOUS_TOKEN
            };
            path = format!("{path}?csrf={csrf}");
        }
        let method = Method::from_bytes(method.as_bytes()).unwrap();
        let request = client().request(method, self.app.url(&path));
        let request = if body.is_api() {
            let request = match who.signed_in {
                true => request.bearer_auth(who.token),
                false => request,
            };
            self.api_body(request, body, caller, thing).await
        } else {
            let request = request.header("cookie", who.cookies());
            let page = (body, &who);
            self.page_body(request, page, caller, thing, &path).await
        };
        Reply::read(request.send().await.expect("request"))
    }

    async fn sender<'a>(&self, caller: &'a Caller, thing: &'a Thing) -> As<'a> {
        match &thing.session {
            Some(session) => As {
                token: session,
                csrf: Browser::signed_in(&self.app, session).csrf().await,
                signed_in: true,
                let_in: false,
            },
            None => As {
                token: &caller.token,
                csrf: caller.csrf.clone(),
                signed_in: caller.signed_in(),
                let_in: false,
            },
        }
    }
}

pub(super) fn pair(name: &str, value: &str) -> (String, String) {
    (name.to_string(), value.to_string())
}

pub(super) fn pairs(list: &[(&str, &str)]) -> Vec<(String, String)> {
    list.iter().map(|(n, v)| pair(n, v)).collect()
}
