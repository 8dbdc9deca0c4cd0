//! What a feed's events are computed from, read for one organisation or one town's clerks. An
//! organisation's facts come only from rows it owns (its offers, its agreements); the calls are
//! the town's published ones, public anyway.

use crate::agreements::view::terms_of;
use crate::applications::record_from_model;
use crate::calls::record_from_model as call_record;
use crate::entities::{agreement, application, call, call_evaluation, report};
use crate::error::StoreResult;
use crate::settlement::duties::of_organisations;
use chrono::{DateTime, Utc};
use granty_domain::application::ApplicationState;
use granty_domain::calendar_feed::{
    AgreementDuty, AgreementLabel, ClerkFacts, Correction, FormalCheckCall, OpenCall,
    OrganisationFacts, ReportToReview, ScoringCall, SignedAgreement,
};
use granty_domain::call::CallState;
use granty_domain::report::{ReportKind, ReportState};
use granty_domain::tenant::Tenant;
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, PaginatorTrait, QueryFilter};
use std::collections::HashMap;

/// An organisation's deadlines on `now`.
pub(super) async fn organisation(
    conn: &impl ConnectionTrait,
    town: &Tenant,
    organisation_id: i64,
    now: DateTime<Utc>,
) -> StoreResult<OrganisationFacts> {
    let offers = application::Entity::find()
        .filter(application::Column::TenantId.eq(town.id))
        .filter(application::Column::OrganisationId.eq(organisation_id))
        .all(conn)
        .await?;
    let calls = call::Entity::find()
        .filter(call::Column::TenantId.eq(town.id))
        .all(conn)
        .await?;
    let titles: HashMap<i64, String> = calls.iter().map(|c| (c.id, c.title.clone())).collect();
    Ok(OrganisationFacts {
        organisation_id,
        calls: open_calls(&calls, &offers, now)?,
        corrections: corrections(&offers, &titles)?,
        signed: signed(conn, town, organisation_id).await?,
        duties: duties(conn, town, organisation_id, now).await?,
    })
}

/// Published calls still taking offers (or not yet open), each with the organisation's draft.
fn open_calls(
    calls: &[call::Model],
    offers: &[application::Model],
    now: DateTime<Utc>,
) -> StoreResult<Vec<OpenCall>> {
    let published = CallState::Published.code();
    let mut open = Vec::new();
    for c in calls
        .iter()
        .filter(|c| c.state == published && c.deadline > now && c.cancelled_at.is_none())
    {
        let draft = offers
            .iter()
            .find(|o| o.call_id == c.id && o.state == ApplicationState::Draft.code());
        let draft_title = match draft {
            Some(model) => Some(record_from_model(model.clone())?.content.title),
            None => None,
        };
        open.push(OpenCall {
            call_id: c.id,
            title: c.title.clone(),
            deadline: c.deadline,
            draft_title,
        });
    }
    Ok(open)
}

fn corrections(
    offers: &[application::Model],
    titles: &HashMap<i64, String>,
) -> StoreResult<Vec<Correction>> {
    let waiting = ApplicationState::NeedsCorrection.code();
    let mut found = Vec::new();
    for offer in offers.iter().filter(|o| o.state == waiting) {
        let Some(due_at) = offer.correction_due_at else {
            continue;
        };
        found.push(Correction {
            application_id: offer.id,
            title: record_from_model(offer.clone())?.content.title,
            call_title: titles.get(&offer.call_id).cloned().unwrap_or_default(),
            due_at,
        });
    }
    Ok(found)
}

fn label(row: &agreement::Model) -> StoreResult<AgreementLabel> {
    Ok(AgreementLabel {
        agreement_id: row.id,
        number: row.number.clone(),
        task_title: terms_of(row)?.task_title,
    })
}

/// The organisation's agreements every party has signed.
async fn signed(
    conn: &impl ConnectionTrait,
    town: &Tenant,
    organisation_id: i64,
) -> StoreResult<Vec<SignedAgreement>> {
    let rows = agreement::Entity::find()
        .filter(agreement::Column::TenantId.eq(town.id))
        .filter(agreement::Column::OrganisationId.eq(organisation_id))
        .filter(agreement::Column::SignedAt.is_not_null())
        .all(conn)
        .await?;
    let mut found = Vec::new();
    for row in rows {
        if let Some(signed_at) = row.signed_at {
            found.push(SignedAgreement {
                agreement: label(&row)?,
                signed_at,
            });
        }
    }
    Ok(found)
}

async fn duties(
    conn: &impl ConnectionTrait,
    town: &Tenant,
    organisation_id: i64,
    now: DateTime<Utc>,
) -> StoreResult<Vec<AgreementDuty>> {
    let views = of_organisations(conn, town, &[organisation_id], now).await?;
    Ok(views
        .into_iter()
        .map(|view| AgreementDuty {
            agreement: AgreementLabel {
                agreement_id: view.duty.agreement_id,
                number: view.agreement_number,
                task_title: view.task_title,
            },
            duty: view.duty,
            currency: view.currency,
        })
        .collect())
}

/// A town's deadlines for its clerks on `now`.
pub(super) async fn clerk(
    conn: &impl ConnectionTrait,
    town: &Tenant,
    user_id: i64,
) -> StoreResult<ClerkFacts> {
    let states = [CallState::Published.code(), CallState::InEvaluation.code()];
    let calls = call::Entity::find()
        .filter(call::Column::TenantId.eq(town.id))
        .filter(call::Column::State.is_in(states))
        .all(conn)
        .await?;
    let mut formal_checks = Vec::new();
    let mut evaluated = Vec::new();
    for model in calls {
        let record = call_record(model)?;
        if record.state == CallState::InEvaluation {
            evaluated.push((record.id, record.terms.title.clone()));
        }
        formal_checks.push(FormalCheckCall {
            call_id: record.id,
            pending: pending_checks(conn, record.id).await?,
            due: record.terms.formal_check_due(town.time_zone),
            deadline: record.terms.deadline,
            title: record.terms.title,
        });
    }
    Ok(ClerkFacts {
        user_id,
        formal_checks,
        scoring: scoring(conn, evaluated).await?,
        reports: reports_to_review(conn, town).await?,
    })
}

/// Offers filed (or filed again after corrections) and not yet checked.
async fn pending_checks(conn: &impl ConnectionTrait, call_id: i64) -> StoreResult<u32> {
    let count = application::Entity::find()
        .filter(application::Column::CallId.eq(call_id))
        .filter(application::Column::State.is_in([
            ApplicationState::Submitted.code(),
            ApplicationState::Resubmitted.code(),
        ]))
        .count(conn)
        .await?;
    Ok(u32::try_from(count).unwrap_or(u32::MAX))
}

async fn scoring(
    conn: &impl ConnectionTrait,
    calls: Vec<(i64, String)>,
) -> StoreResult<Vec<ScoringCall>> {
    let mut found = Vec::new();
    for (call_id, title) in calls {
        let settings = call_evaluation::Entity::find()
            .filter(call_evaluation::Column::CallId.eq(call_id))
            .one(conn)
            .await?;
        if let Some(deadline) = settings.and_then(|s| s.scoring_deadline) {
            found.push(ScoringCall {
                call_id,
                title,
                deadline,
            });
        }
    }
    Ok(found)
}

/// The town's reports filed and awaiting the clerk's decision.
async fn reports_to_review(
    conn: &impl ConnectionTrait,
    town: &Tenant,
) -> StoreResult<Vec<ReportToReview>> {
    let rows = report::Entity::find()
        .filter(report::Column::TenantId.eq(town.id))
        .filter(report::Column::State.eq(ReportState::Submitted.code()))
        .all(conn)
        .await?;
    let mut found = Vec::new();
    for row in rows {
        let (Some(submitted_at), Some(kind)) = (row.submitted_at, ReportKind::parse(&row.kind))
        else {
            continue;
        };
        let Some(owner) = agreement::Entity::find_by_id(row.agreement_id)
            .one(conn)
            .await?
        else {
            continue;
        };
        found.push(ReportToReview {
            report_id: row.id,
            agreement: label(&owner)?,
            report_kind: kind,
            submitted_at,
        });
    }
    Ok(found)
}
