//! The start page `/`. Someone signed in goes straight to their work (the NGO's dashboard, the
//! clerk's calls, the admin's log): they came to work, and the town's public page is one link
//! away. A visitor sees the town itself when the instance has one, or the list of towns.

use super::town_page;
use crate::pages::guard::SignedIn;
use crate::pages::layout::{render, Frame};
use crate::pages::respond::{redirect, remember_language, PageError};
use crate::pages::session::PageLanguage;
use crate::AppState;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;
use granty_domain::roles::Role;
use granty_store::accounts;
use serde::Serialize;

pub async fn home(
    State(state): State<AppState>,
    signed: Result<SignedIn, PageError>,
    language: PageLanguage,
) -> Result<Response, PageError> {
    match signed {
        Ok(signed) => start_of_work(signed),
        // No session (or an expired one): the visitor's start page.
        Err(PageError::Login { .. }) => visitor_home(&state, &language).await,
        Err(other) => Err(other),
    }
}

/// Each role starts where its work is (a committee member: their evaluation queue).
fn start_of_work(signed: SignedIn) -> Result<Response, PageError> {
    match signed.actor.role {
        Role::Admin => Ok(redirect("/admin/notifications")),
        Role::Ngo => Ok(redirect("/dashboard")),
        Role::Clerk => Ok(redirect("/clerk/calls")),
        Role::Evaluator => Ok(redirect("/evaluations")),
    }
}

#[derive(Serialize)]
struct Town {
    slug: String,
    name: String,
}

#[derive(Serialize)]
struct TownsPage {
    towns: Vec<Town>,
}

/// The only town's own page, or the list of towns to choose from.
async fn visitor_home(state: &AppState, language: &PageLanguage) -> Result<Response, PageError> {
    let towns = accounts::all_tenants(&state.db.reader).await?;
    if let [only] = towns.as_slice() {
        return town_page(state, &only.slug, language).await;
    }
    let page = TownsPage {
        towns: towns
            .into_iter()
            .map(|t| Town {
                slug: t.slug,
                name: t.name,
            })
            .collect(),
    };
    let frame = Frame::new(language.lang, String::new());
    let response = render(StatusCode::OK, "towns.html", &frame, &page)?;
    Ok(remember_language(response, language, state.secure_cookies))
}
