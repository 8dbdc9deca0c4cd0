//! The administrator's personal-data page (`/admin/people`): find a person of the town by email,
//! download everything held about them as JSON (the same export as `granty person export`), or
//! erase their details after a confirmation (as `granty person erase`). Emails travel in posted
//! forms, never in addresses, so they stay out of access logs and browser history.

use super::form::{check_csrf, Form};
use super::guard::{Admin, SignedIn};
use super::layout::render;
use super::respond::PageError;
use super::texts::text;
use crate::AppState;
use axum::extract::State;
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use granty_domain::text::is_blank;
use granty_store::personal::in_town::{self, Person};
use granty_store::StoreError;
use serde::{Deserialize, Serialize};

#[derive(Serialize, Default)]
struct PeoplePage {
    email: String,
    email_error: Option<String>,
    person: Option<Person>,
    /// The erasure asks once more before it happens.
    confirm_erase: bool,
    erased: bool,
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct PersonForm {
    csrf: String,
    email: String,
    confirm: String,
}

pub async fn people_page(Admin(signed): Admin) -> Result<Response, PageError> {
    render(
        StatusCode::OK,
        "admin_people.html",
        &signed.frame,
        &PeoplePage::default(),
    )
}

pub async fn find_person(
    State(state): State<AppState>,
    Admin(signed): Admin,
    Form(form): Form<PersonForm>,
) -> Result<Response, PageError> {
    check_csrf(&signed, &form.csrf)?;
    match found(&state, &signed, &form.email).await? {
        Ok(person) => show(&signed, StatusCode::OK, with_person(&form, person)),
        Err(page) => show(&signed, StatusCode::UNPROCESSABLE_ENTITY, page),
    }
}

pub async fn export_person(
    State(state): State<AppState>,
    Admin(signed): Admin,
    Form(form): Form<PersonForm>,
) -> Result<Response, PageError> {
    check_csrf(&signed, &form.csrf)?;
    let person = match found(&state, &signed, &form.email).await? {
        Ok(person) => person,
        Err(page) => return show(&signed, StatusCode::UNPROCESSABLE_ENTITY, page),
    };
    let now = state.clock.now();
    let document = in_town::export_in_town(&state.db, &signed.actor, &person.email, now).await?;
    let body = serde_json::to_vec_pretty(&document)
        .map_err(|error| PageError::Internal(error.to_string()))?;
    let name = format!(
        "attachment; filename=\"granty-person-{}.json\"",
        person.user_id
    );
    let mut response = body.into_response();
    let headers = response.headers_mut();
    let json = HeaderValue::from_static("application/json; charset=utf-8");
    headers.insert(header::CONTENT_TYPE, json);
    if let Ok(value) = HeaderValue::from_str(&name) {
        headers.insert(header::CONTENT_DISPOSITION, value);
    }
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    Ok(response)
}

pub async fn erase_person(
    State(state): State<AppState>,
    Admin(signed): Admin,
    Form(form): Form<PersonForm>,
) -> Result<Response, PageError> {
    check_csrf(&signed, &form.csrf)?;
    let person = match found(&state, &signed, &form.email).await? {
        Ok(person) => person,
        Err(page) => return show(&signed, StatusCode::UNPROCESSABLE_ENTITY, page),
    };
    if form.confirm != "yes" {
        let page = PeoplePage {
            confirm_erase: true,
            ..with_person(&form, person)
        };
        return show(&signed, StatusCode::OK, page);
    }
    in_town::erase_in_town(&state.db, &signed.actor, &person.email, state.clock.now()).await?;
    let page = PeoplePage {
        erased: true,
        ..PeoplePage::default()
    };
    show(&signed, StatusCode::OK, page)
}

fn with_person(form: &PersonForm, person: Person) -> PeoplePage {
    PeoplePage {
        email: form.email.trim().to_string(),
        person: Some(person),
        ..PeoplePage::default()
    }
}

/// The person of the town with the typed email, or the page saying why not (kept typed).
async fn found(
    state: &AppState,
    signed: &SignedIn,
    email: &str,
) -> Result<Result<Person, PeoplePage>, PageError> {
    let refused = |key: &str| PeoplePage {
        email: email.trim().to_string(),
        email_error: Some(text(signed.lang, key).to_string()),
        ..PeoplePage::default()
    };
    if is_blank(email) {
        return Ok(Err(refused("people_email_required")));
    }
    match in_town::find_in_town(&state.db, &signed.actor, email).await {
        Ok(person) => Ok(Ok(person)),
        Err(StoreError::NotFound) => Ok(Err(refused("people_not_found"))),
        Err(error) => Err(error.into()),
    }
}

fn show(signed: &SignedIn, status: StatusCode, page: PeoplePage) -> Result<Response, PageError> {
    render(status, "admin_people.html", &signed.frame, &page)
}
