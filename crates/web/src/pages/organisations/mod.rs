//! An NGO's organisation profile: created by a member when signing up, edited later, with its
//! registry numbers checked by the domain.

mod form;
mod history;
mod page;

pub use history::organisation_history_page;

use crate::pages::form::check_csrf;
use crate::pages::form::Form;
use crate::pages::guard::{NgoMember, SignedIn};
use crate::pages::respond::{redirect, Audience, PageError};
use crate::pages::texts::text;
use crate::AppState;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use form::OrganisationForm;
use granty_domain::{Rule, Violation, Violations};
use granty_store::{organisations, StoreError};
use page::{organisation_page, Mode, Problems};

pub async fn new_organisation(NgoMember(signed): NgoMember) -> Result<Response, PageError> {
    let shown = (Mode::New, StatusCode::OK);
    organisation_page(&signed, shown, OrganisationForm::default(), Problems::None)
}

pub async fn create_organisation(
    State(state): State<AppState>,
    signed: SignedIn,
    Form(form): Form<OrganisationForm>,
) -> Result<Response, PageError> {
    check_csrf(&signed, &form.csrf)?;
    let input = form.input();
    let invalid = (Mode::New, StatusCode::UNPROCESSABLE_ENTITY);
    match organisations::create(&state.db, &signed.actor, &input, state.clock.now()).await {
        Ok(_) => Ok(redirect("/dashboard")),
        Err(StoreError::Invalid(v)) => {
            organisation_page(&signed, invalid, form, Problems::Invalid(&v))
        }
        Err(StoreError::Duplicate { .. }) => {
            let taken = Violations(vec![Violation::new("nip", Rule::Duplicate)]);
            organisation_page(&signed, invalid, form, Problems::Invalid(&taken))
        }
        Err(StoreError::Forbidden) => Err(PageError::Forbidden(Audience::Ngo)),
        Err(error) => Err(error.into()),
    }
}

pub async fn edit_organisation(
    State(state): State<AppState>,
    signed: SignedIn,
    Path(id): Path<i64>,
) -> Result<Response, PageError> {
    let view = organisations::for_editing(&state.db, &signed.actor, id).await?;
    let shown = (Mode::Edit(id), StatusCode::OK);
    organisation_page(
        &signed,
        shown,
        OrganisationForm::from_view(&view),
        Problems::None,
    )
}

pub async fn update_organisation(
    State(state): State<AppState>,
    signed: SignedIn,
    Path(id): Path<i64>,
    Form(form): Form<OrganisationForm>,
) -> Result<Response, PageError> {
    check_csrf(&signed, &form.csrf)?;
    let version = form.version.parse().ok();
    let (actor, now) = (&signed.actor, state.clock.now());
    let mode = Mode::Edit(id);
    match organisations::update(&state.db, actor, id, version, &form.input(), now).await {
        Ok(_) => Ok(redirect("/dashboard")),
        Err(StoreError::Invalid(v)) => {
            let shown = (mode, StatusCode::UNPROCESSABLE_ENTITY);
            organisation_page(&signed, shown, form, Problems::Invalid(&v))
        }
        Err(StoreError::Stale { current }) => {
            // Keep what this person typed; the next save, made knowingly, replaces the other one.
            let mut kept = form;
            kept.version = current.to_string();
            let notice = Problems::Notice(text(signed.lang, "saved_elsewhere"));
            organisation_page(&signed, (mode, StatusCode::CONFLICT), kept, notice)
        }
        Err(error) => Err(error.into()),
    }
}
