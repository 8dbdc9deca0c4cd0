//! The committee page's forms: appoint, remove, let score, the evaluation rules, assign and
//! reassign. Each answers with the page again: a notice when done (after a redirect), the
//! problems tied to the form's fields when refused (422).

use super::page::{committee_page, Outcome};
use crate::pages::form::{check_csrf, errors_of, Fields, Form};
use crate::pages::guard::{SignedIn, Staff};
use crate::pages::respond::{redirect, PageError};
use crate::pages::texts::text;
use crate::AppState;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::Response;
use granty_domain::evaluation::committee::Nominator;
use granty_domain::evaluation::settings_form::SettingsForm;
use granty_domain::evaluation::MemberKind;
use granty_domain::{Rule, Violations};
use granty_store::evaluation::{self, Appointment, Reassignment, SettingsInput};
use granty_store::StoreError;
use serde::Deserialize;

type Pairs = Form<Vec<(String, String)>>;

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct DoneQuery {
    done: String,
}

pub async fn show_committee(
    State(state): State<AppState>,
    Staff(signed): Staff,
    Path(id): Path<i64>,
    Query(query): Query<DoneQuery>,
) -> Result<Response, PageError> {
    let notice = match query.done.as_str() {
        "appointed" => Some("committee_appointed"),
        "removed" => Some("committee_removed"),
        "scores" => Some("committee_scores_changed"),
        "settings" => Some("committee_settings_saved"),
        "reassigned" => Some("committee_reassigned"),
        _ => None,
    };
    let outcome = Outcome {
        notice: notice.map(|key| text(signed.lang, key)),
        ..Outcome::default()
    };
    committee_page(&state, &signed, id, StatusCode::OK, outcome).await
}

/// The posted fields, after the form's token is checked and the call found among the staff's
/// (a refusal for the caller comes before one for their input).
async fn posted(
    state: &AppState,
    signed: &SignedIn,
    id: i64,
    pairs: Vec<(String, String)>,
) -> Result<Fields, PageError> {
    let fields = Fields::new(pairs);
    check_csrf(signed, &fields.get("csrf"))?;
    granty_store::calls::get(&state.db, &signed.actor, id).await?;
    Ok(fields)
}

/// A use case's answer: done (redirect to the notice) or refused (the page with the problems,
/// each field named `<form>-<field>` as the template's ids are).
async fn answer(
    state: &AppState,
    signed: &SignedIn,
    id: i64,
    result: Result<(), StoreError>,
    form: &str,
    done: &str,
) -> Result<Response, PageError> {
    match result {
        Ok(()) => Ok(redirect(&format!(
            "/clerk/calls/{id}/committee?done={done}"
        ))),
        Err(StoreError::Invalid(v)) => refused(state, signed, id, &v, form, None).await,
        Err(error) => Err(error.into()),
    }
}

async fn refused(
    state: &AppState,
    signed: &SignedIn,
    id: i64,
    v: &Violations,
    form: &str,
    posted_settings: Option<SettingsForm>,
) -> Result<Response, PageError> {
    let errors = errors_of(v, signed.lang)
        .into_iter()
        .map(|mut e| {
            e.field = match e.field.as_str() {
                // The committee as a whole: the reason lives in the rules form.
                "no_ngo_reason" => "settings-no_ngo_reason".into(),
                "committee" => "members".into(),
                field => format!("{form}-{field}"),
            };
            e
        })
        .collect();
    let outcome = Outcome {
        errors,
        posted_settings,
        ..Outcome::default()
    };
    committee_page(state, signed, id, StatusCode::UNPROCESSABLE_ENTITY, outcome).await
}

fn invalid(field: &str, rule: Rule) -> Violations {
    let mut v = Violations::new();
    v.push(field, rule);
    v
}

pub async fn appoint(
    State(state): State<AppState>,
    Staff(signed): Staff,
    Path(id): Path<i64>,
    Form(pairs): Pairs,
) -> Result<Response, PageError> {
    let fields = posted(&state, &signed, id, pairs).await?;
    let Some(kind) = MemberKind::parse(&fields.get("kind")) else {
        let v = invalid("kind", Rule::InvalidValue);
        return refused(&state, &signed, id, &v, "appoint", None).await;
    };
    let Ok(user_id) = fields.get("user_id").parse::<i64>() else {
        let v = invalid("user_id", Rule::Required);
        return refused(&state, &signed, id, &v, "appoint", None).await;
    };
    let (org, name) = (fields.get("nominated_by"), fields.get("nominated_by_name"));
    let nominator = match (org.parse::<i64>(), name.trim().is_empty()) {
        (Ok(org), _) => Some(Nominator::Organisation(org)),
        (Err(_), false) => Some(Nominator::Named(name)),
        (Err(_), true) => None,
    };
    let scores = Some(fields.get("scores") == "true");
    let input = Appointment {
        user_id,
        kind,
        nominator,
        scores,
    };
    let (db, now) = (&state.db, state.clock.now());
    let result = evaluation::appoint(db, &signed.actor, id, input, now).await;
    answer(
        &state,
        &signed,
        id,
        result.map(|_| ()),
        "appoint",
        "appointed",
    )
    .await
}

pub async fn remove(
    State(state): State<AppState>,
    Staff(signed): Staff,
    Path((id, member)): Path<(i64, i64)>,
    Form(pairs): Pairs,
) -> Result<Response, PageError> {
    let fields = posted(&state, &signed, id, pairs).await?;
    let (db, now) = (&state.db, state.clock.now());
    let reason = fields.get("reason");
    let result = evaluation::remove_member(db, &signed.actor, id, member, &reason, now).await;
    answer(
        &state,
        &signed,
        id,
        result,
        &format!("remove-{member}"),
        "removed",
    )
    .await
}

pub async fn switch_scores(
    State(state): State<AppState>,
    Staff(signed): Staff,
    Path((id, member)): Path<(i64, i64)>,
    Form(pairs): Pairs,
) -> Result<Response, PageError> {
    let fields = posted(&state, &signed, id, pairs).await?;
    let scores = match fields.get("scores").as_str() {
        "true" => Some(true),
        "false" => Some(false),
        _ => None,
    };
    let (db, now) = (&state.db, state.clock.now());
    let result = evaluation::set_scores(db, &signed.actor, id, member, scores, now).await;
    answer(&state, &signed, id, result, "scores", "scores").await
}

pub async fn save_settings(
    State(state): State<AppState>,
    Staff(signed): Staff,
    Path(id): Path<i64>,
    Form(pairs): Pairs,
) -> Result<Response, PageError> {
    let fields = posted(&state, &signed, id, pairs).await?;
    let form = SettingsForm {
        half_points: fields.get("half_points") == "true",
        min_justification_chars: fields.get("min_justification_chars"),
        min_total: fields.get("min_total"),
        divergence_percent: fields.get("divergence_percent"),
        per_offer: fields.get("per_offer"),
        scoring_deadline: fields.get("scoring_deadline"),
        tie_breakers: fields.get("tie_breakers"),
        no_ngo_reason: fields.get("no_ngo_reason"),
    };
    let read = match form.read(signed.zone()) {
        Ok(read) => read,
        Err(v) => return refused(&state, &signed, id, &v, "settings", Some(form)).await,
    };
    let input = SettingsInput {
        settings: read.settings,
        scoring_deadline: read.scoring_deadline,
        no_ngo_reason: read.no_ngo_reason,
        lock_version: fields.get("lock_version").parse().ok(),
    };
    let (db, now) = (&state.db, state.clock.now());
    match evaluation::save_settings(db, &signed.actor, id, input, now).await {
        Ok(_) => Ok(redirect(&format!(
            "/clerk/calls/{id}/committee?done=settings"
        ))),
        Err(StoreError::Invalid(v)) => {
            refused(&state, &signed, id, &v, "settings", Some(form)).await
        }
        Err(error) => Err(error.into()),
    }
}

pub async fn assign(
    State(state): State<AppState>,
    Staff(signed): Staff,
    Path(id): Path<i64>,
    Form(pairs): Pairs,
) -> Result<Response, PageError> {
    let fields = posted(&state, &signed, id, pairs).await?;
    let per_offer = match fields.get("mode").as_str() {
        "all" => None,
        _ => match fields.get("per_offer").trim().parse::<u32>() {
            Ok(n) if (1..=50).contains(&n) => Some(n),
            _ => {
                let v = invalid("per_offer", Rule::WholeNumberBetween { min: 1, max: 50 });
                return refused(&state, &signed, id, &v, "assign", None).await;
            }
        },
    };
    let (db, now) = (&state.db, state.clock.now());
    match evaluation::assign(db, &signed.actor, id, per_offer, now).await {
        Ok(done) => {
            let outcome = Outcome {
                notice: Some(text(signed.lang, "committee_assigned")),
                short: done.short.iter().map(|s| s.offer).collect(),
                ..Outcome::default()
            };
            committee_page(&state, &signed, id, StatusCode::OK, outcome).await
        }
        Err(StoreError::Invalid(v)) => refused(&state, &signed, id, &v, "assign", None).await,
        Err(error) => Err(error.into()),
    }
}

pub async fn reassign(
    State(state): State<AppState>,
    Staff(signed): Staff,
    Path(id): Path<i64>,
    Form(pairs): Pairs,
) -> Result<Response, PageError> {
    let fields = posted(&state, &signed, id, pairs).await?;
    let number = |name: &str| fields.get(name).parse::<i64>().ok();
    let (Some(application_id), Some(to_user)) = (number("application_id"), number("to_user"))
    else {
        let v = invalid("to_user", Rule::Required);
        return refused(&state, &signed, id, &v, "reassign", None).await;
    };
    let input = Reassignment {
        application_id,
        from_user: number("from_user"),
        to_user,
        reason: fields.get("reason"),
    };
    let (db, now) = (&state.db, state.clock.now());
    let result = evaluation::reassign(db, &signed.actor, id, input, now).await;
    answer(&state, &signed, id, result, "reassign", "reassigned").await
}
