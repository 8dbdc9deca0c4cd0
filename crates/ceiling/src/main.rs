//! The bare-stack ceiling of `scripts/load-test.sh` (issue 14). Benchmarks only: the product
//! never uses it, and it must never be deployed (it checks no role, keeps no audit trail and
//! sends no mail).
//!
//! Why it exists: a ratio to `GET /health/live` says little, because that route does no work.
//! This server does the least any server must do to take an offer, on the same machine, the same
//! migrated database and the same pools (`Db::connect`: one SQLite writer and a read pool, or
//! one PostgreSQL pool): it takes the body Granty's editor saves (`{"version": n, "content":
//! offer}`), finds the bearer token's session (one indexed query, joined to the membership of
//! the organisation in the path), parses the offer, checks it with the domain's `check_offer`
//! and inserts the same rows as a first submission (the application and its first version, the
//! cost lines inside the content as Granty stores them) in one transaction. Whatever Granty's
//! submission costs beyond this is the price of its own layers; the load test measures both in
//! the same run and reports Granty's submit as a ratio to this one.
//!
//!   CEILING_DATABASE_URL (required), CEILING_LISTEN (127.0.0.1:18190), CEILING_TENANT (demo),
//!   CEILING_CALL (1): the call whose terms are read once at start.
//!
//! `POST /ceiling/calls/{call}/organisations/{organisation}/submit` answers 201 with the new
//! application's id and receipt number; 401 for an unknown or expired token or a non-member,
//! 404 for another call, 400 for a body that is not an offer, 422 for an offer that breaks a rule.

use anyhow::{anyhow, Context, Result};
use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::http::{header, HeaderMap, StatusCode};
use axum::routing::post;
use axum::{Json, Router};
use chrono::{DateTime, Datelike, Utc};
use granty_domain::application::ApplicationState;
use granty_domain::call::CallTerms;
use granty_domain::offer::{check_offer, CostSummary, OfferContext, OfferInput};
use granty_domain::organisation::LegalForm;
use granty_store::entities::{
    application, application_version, organisation, organisation_member, session,
};
use granty_store::Db;
use sea_orm::sea_query::{Expr, ExprTrait, Query};
use sea_orm::{ActiveModelTrait, ConnectionTrait, DbErr, Set, TransactionTrait};
use serde::Deserialize;
use serde_json::{json, Value};
use sha2::{Digest, Sha256};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;

/// What Granty reads per request but the ceiling reads once: the call and the town's form rule.
struct Ceiling {
    db: Db,
    call_id: i64,
    terms: CallTerms,
    other_public_funds: bool,
    /// Receipt numbers: this process's start and a counter, unique without a query.
    started: i64,
    receipts: AtomicU64,
}

/// The body of Granty's draft save; `version` is ignored (there is no draft to compare with).
#[derive(Deserialize)]
struct SaveBody {
    content: OfferInput,
}

/// The token's person, a member of the organisation named in the path.
struct Applicant {
    user_id: i64,
    tenant_id: i64,
    organisation_id: i64,
    legal_form: LegalForm,
    nip: String,
}

type Answer = (StatusCode, Json<Value>);

fn refuse(status: StatusCode, why: &str) -> Answer {
    (status, Json(json!({ "error": why })))
}

#[tokio::main]
async fn main() -> Result<()> {
    let var = |name: &str, default: &str| std::env::var(name).unwrap_or_else(|_| default.into());
    let url = std::env::var("CEILING_DATABASE_URL").context("CEILING_DATABASE_URL is not set")?;
    let call_id: i64 = var("CEILING_CALL", "1").parse().context("CEILING_CALL")?;
    let db = Db::connect(&url)
        .await
        .context("connecting to the database")?;
    let (tenant, call) =
        granty_store::calls::public_get(&db, &var("CEILING_TENANT", "demo"), call_id)
            .await
            .map_err(|e| anyhow!("reading call {call_id}: {e:?}"))?;
    let ceiling = Arc::new(Ceiling {
        db,
        call_id,
        terms: call.terms,
        other_public_funds: tenant.rules.other_public_funds,
        started: Utc::now().timestamp(),
        receipts: AtomicU64::new(0),
    });
    let app = Router::new()
        .route(
            "/ceiling/calls/{call}/organisations/{organisation}/submit",
            post(submit),
        )
        .with_state(ceiling);
    let listener = tokio::net::TcpListener::bind(var("CEILING_LISTEN", "127.0.0.1:18190")).await?;
    axum::serve(listener, app).await?;
    Ok(())
}

async fn submit(
    State(ceiling): State<Arc<Ceiling>>,
    Path((call_id, organisation_id)): Path<(i64, i64)>,
    headers: HeaderMap,
    body: Bytes,
) -> Answer {
    if call_id != ceiling.call_id {
        return refuse(StatusCode::NOT_FOUND, "another call");
    }
    let applicant = match applicant(&ceiling.db, &headers, organisation_id).await {
        Ok(Some(found)) => found,
        Ok(None) => return refuse(StatusCode::UNAUTHORIZED, "token"),
        Err(e) => return refuse(StatusCode::INTERNAL_SERVER_ERROR, &e.to_string()),
    };
    let offer = match serde_json::from_slice::<SaveBody>(&body) {
        Ok(parsed) => parsed.content,
        Err(_) => return refuse(StatusCode::BAD_REQUEST, "not an offer"),
    };
    let summary = match checked(&ceiling, &applicant, &offer) {
        Ok(summary) => summary,
        Err(count) => return refuse(StatusCode::UNPROCESSABLE_ENTITY, &format!("{count} rules")),
    };
    match insert(&ceiling, &applicant, &offer, &summary).await {
        Ok((id, receipt)) => (
            StatusCode::CREATED,
            Json(json!({ "application_id": id, "receipt_number": receipt })),
        ),
        Err(e) => refuse(StatusCode::INTERNAL_SERVER_ERROR, &e.to_string()),
    }
}

/// One indexed query: the session by its token's hash (unique index), joined to the person's
/// membership of the organisation and to the organisation (primary key). Expiry is judged here.
async fn applicant(
    db: &Db,
    headers: &HeaderMap,
    organisation_id: i64,
) -> Result<Option<Applicant>, DbErr> {
    let Some(token) = headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "))
    else {
        return Ok(None);
    };
    let (s, m, o) = (
        session::Entity,
        organisation_member::Entity,
        organisation::Entity,
    );
    let query = Query::select()
        .column((s, session::Column::UserId))
        .column((s, session::Column::TenantId))
        .column((s, session::Column::ExpiresAt))
        .column((o, organisation::Column::LegalForm))
        .column((o, organisation::Column::Nip))
        .from(s)
        .inner_join(
            m,
            Expr::col((m, organisation_member::Column::UserId))
                .equals((s, session::Column::UserId)),
        )
        .inner_join(
            o,
            Expr::col((o, organisation::Column::Id))
                .equals((m, organisation_member::Column::OrganisationId)),
        )
        .and_where(
            Expr::col((s, session::Column::TokenHash)).eq(hex::encode(Sha256::digest(token))),
        )
        .and_where(Expr::col((o, organisation::Column::Id)).eq(organisation_id))
        .to_owned();
    let Some(row) = db.reader.query_one(&query).await? else {
        return Ok(None);
    };
    if row.try_get::<DateTime<Utc>>("", "expires_at")? <= Utc::now() {
        return Ok(None);
    }
    let form: String = row.try_get("", "legal_form")?;
    let Some(legal_form) = LegalForm::parse(&form) else {
        return Ok(None);
    };
    Ok(Some(Applicant {
        user_id: row.try_get("", "user_id")?,
        tenant_id: row.try_get("", "tenant_id")?,
        organisation_id,
        legal_form,
        nip: row.try_get("", "nip")?,
    }))
}

/// The domain's full offer check, as Granty's submission runs it. The call's required
/// attachments count as present: uploading files is not part of what is measured.
fn checked(
    ceiling: &Ceiling,
    applicant: &Applicant,
    offer: &OfferInput,
) -> Result<CostSummary, usize> {
    let context = OfferContext {
        call: &ceiling.terms,
        applicant_form: applicant.legal_form,
        attachment_codes: ceiling
            .terms
            .required_attachments
            .iter()
            .map(|a| a.code.clone())
            .collect(),
        applicant_nip: applicant.nip.clone(),
        other_public_funds: ceiling.other_public_funds,
    };
    let (summary, violations) = check_offer(offer, &context);
    if violations.is_empty() {
        Ok(summary)
    } else {
        Err(violations.0.len())
    }
}

/// The application (already submitted) and its first version, in one transaction on the writer.
async fn insert(
    ceiling: &Ceiling,
    applicant: &Applicant,
    offer: &OfferInput,
    summary: &CostSummary,
) -> Result<(i64, String), DbErr> {
    let now = Utc::now();
    let json =
        |value: Result<String, serde_json::Error>| value.map_err(|e| DbErr::Custom(e.to_string()));
    let filed = Filed {
        content: json(serde_json::to_string(offer))?,
        summary: json(serde_json::to_string(summary))?,
        receipt: format!(
            "C{}/{}/{}-{}",
            ceiling.call_id,
            now.year(),
            ceiling.started,
            ceiling.receipts.fetch_add(1, Ordering::Relaxed) + 1
        ),
        now,
    };
    let txn = ceiling.db.writer.begin().await?;
    let row = application_row(ceiling.call_id, applicant, summary, &filed)
        .insert(&txn)
        .await?;
    version_row(row.id, applicant, filed.clone())
        .insert(&txn)
        .await?;
    txn.commit().await?;
    Ok((row.id, filed.receipt))
}

/// What the two rows share.
#[derive(Clone)]
struct Filed {
    content: String,
    summary: String,
    receipt: String,
    now: DateTime<Utc>,
}

fn application_row(
    call_id: i64,
    applicant: &Applicant,
    summary: &CostSummary,
    filed: &Filed,
) -> application::ActiveModel {
    application::ActiveModel {
        tenant_id: Set(applicant.tenant_id),
        call_id: Set(call_id),
        organisation_id: Set(applicant.organisation_id),
        state: Set(ApplicationState::Submitted.code().to_string()),
        content: Set(filed.content.clone()),
        requested_grant_minor: Set(summary.requested_grant.minor),
        total_costs_minor: Set(summary.total_costs.minor),
        lock_version: Set(1),
        current_version_no: Set(1),
        receipt_number: Set(Some(filed.receipt.clone())),
        submitted_at: Set(Some(filed.now)),
        correction_due_at: Set(None),
        withdrawn_at: Set(None),
        copied_from_id: Set(None),
        created_by: Set(applicant.user_id),
        created_at: Set(filed.now),
        updated_at: Set(filed.now),
        ..Default::default()
    }
}

fn version_row(
    application_id: i64,
    applicant: &Applicant,
    filed: Filed,
) -> application_version::ActiveModel {
    application_version::ActiveModel {
        application_id: Set(application_id),
        version_no: Set(1),
        kind: Set("submission".to_string()),
        content_sha256: Set(hex::encode(Sha256::digest(filed.content.as_bytes()))),
        content: Set(filed.content),
        summary: Set(filed.summary),
        partners: Set("[]".to_string()),
        receipt_number: Set(filed.receipt),
        submitted_at: Set(filed.now),
        submitted_by: Set(applicant.user_id),
        created_at: Set(filed.now),
        updated_at: Set(filed.now),
        ..Default::default()
    }
}
