//! Starting and saving drafts, with optimistic concurrency so no one's text is silently lost.

use super::access;
use crate::audit;
use crate::calls;
use crate::entities::{application, application_partner, organisation};
use crate::error::{StoreError, StoreResult};
use crate::organisations;
use crate::{Actor, Db};
use chrono::{DateTime, Utc};
use granty_domain::application::{ApplicationAction, ApplicationState, TransitionError};
use granty_domain::call::NewDraftRefusal;
use granty_domain::identifiers::Nip;
use granty_domain::offer::{compute_costs, OfferInput};
use granty_domain::roles::Role;
use granty_domain::{Rule, Violations};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, Set, TransactionTrait,
};

const MAX_PARTNERS: usize = 20;

/// An NGO member starts a draft for one of their organisations, empty or copied from an earlier
/// offer of the same organisation.
pub async fn create_draft(
    db: &Db,
    actor: &Actor,
    call_id: i64,
    organisation_id: i64,
    copy_from: Option<i64>,
    now: DateTime<Utc>,
) -> StoreResult<i64> {
    actor.require(Role::Ngo)?;
    let txn = db.writer.begin().await?;
    let call = calls::visible(&txn, actor, call_id).await?;
    call.phase(now)
        .check_new_draft()
        .map_err(|refusal| match refusal {
            NewDraftRefusal::DeadlinePassed => {
                StoreError::Transition(TransitionError::DeadlinePassed {
                    deadline: call.terms.deadline,
                })
            }
            NewDraftRefusal::NotAnnounced => StoreError::NotFound,
        })?;
    if !organisations::is_member(&txn, actor, organisation_id).await?
        || organisations::in_tenant(&txn, actor.tenant_id(), organisation_id)
            .await?
            .is_none()
    {
        let mut v = Violations::new();
        v.push("organisation_id", Rule::UnknownReference);
        return Err(StoreError::Invalid(v));
    }
    let content = match copy_from {
        Some(source_id) => {
            let source = access::visible(&txn, actor, source_id).await.map_err(|_| {
                let mut v = Violations::new();
                v.push("copy_from", Rule::UnknownReference);
                StoreError::Invalid(v)
            })?;
            if !source.is_applicant_member {
                let mut v = Violations::new();
                v.push("copy_from", Rule::UnknownReference);
                return Err(StoreError::Invalid(v));
            }
            source.record.content
        }
        None => OfferInput::default(),
    };
    let (summary, _) = compute_costs(&content, call.terms.budget.currency);
    let saved = application::ActiveModel {
        tenant_id: Set(actor.tenant_id()),
        call_id: Set(call.id),
        organisation_id: Set(organisation_id),
        state: Set(ApplicationState::Draft.code().to_string()),
        content: Set(serde_json::to_string(&content)?),
        requested_grant_minor: Set(summary.requested_grant.minor),
        total_costs_minor: Set(summary.total_costs.minor),
        lock_version: Set(1),
        current_version_no: Set(0),
        receipt_number: Set(None),
        submitted_at: Set(None),
        correction_due_at: Set(None),
        withdrawn_at: Set(None),
        copied_from_id: Set(copy_from),
        created_by: Set(actor.user_id),
        created_at: Set(now),
        updated_at: Set(now),
        ..Default::default()
    }
    .insert(&txn)
    .await?;
    audit::record(
        &txn,
        actor,
        "application",
        saved.id,
        "create",
        serde_json::json!({ "copy_from": copy_from }),
        now,
    )
    .await?;
    txn.commit().await?;
    Ok(saved.id)
}

/// What a draft save changes; `None` leaves the content as it is.
pub struct DraftChanges {
    pub content: Option<OfferInput>,
    pub partners: PartnerLinks,
}

/// Which organisations registered in Granty are linked to the offer as partners (they may read
/// it and see it on their dashboard).
pub enum PartnerLinks {
    /// Leave the links as they are.
    Keep,
    /// Exactly these organisations (the API names them by id).
    Set(Vec<i64>),
    /// The Polish partners named in the content, found by NIP among the town's organisations;
    /// partners without an account here (and foreign ones) stay form data only.
    FromContent,
}

/// Saves the working copy if `expected_version` is still current; otherwise `Stale`, and the
/// caller fetches the current version to merge (neither side's text is lost).
pub async fn save_draft(
    db: &Db,
    actor: &Actor,
    id: i64,
    expected_version: i32,
    changes: DraftChanges,
    now: DateTime<Utc>,
) -> StoreResult<()> {
    // Checks run on a read connection so that refused saves never wait for the single SQLite
    // writer; the conditional update below catches anything that changed in between, because
    // every change of an application bumps its lock_version.
    let seen = access::as_applicant(&db.reader, actor, id).await?;
    seen.transition(
        ApplicationAction::SaveDraft,
        granty_domain::application::Actor::Applicant,
        now,
    )?;
    if seen.record.version != expected_version {
        return Err(StoreError::Stale {
            current: seen.record.version,
        });
    }
    let txn = db.writer.begin().await?;
    let content = changes.content.unwrap_or(seen.record.content);
    let (summary, _) = compute_costs(&content, seen.call.terms.budget.currency);
    let updated = application::Entity::update_many()
        .col_expr(
            application::Column::Content,
            Expr::value(serde_json::to_string(&content)?),
        )
        .col_expr(
            application::Column::RequestedGrantMinor,
            Expr::value(summary.requested_grant.minor),
        )
        .col_expr(
            application::Column::TotalCostsMinor,
            Expr::value(summary.total_costs.minor),
        )
        .col_expr(
            application::Column::LockVersion,
            Expr::value(expected_version + 1),
        )
        .col_expr(application::Column::UpdatedAt, Expr::value(now))
        .filter(application::Column::Id.eq(id))
        .filter(application::Column::LockVersion.eq(expected_version))
        .exec(&txn)
        .await?;
    if updated.rows_affected == 0 {
        return Err(StoreError::Stale {
            current: expected_version + 1,
        });
    }
    let applicant = seen.record.organisation_id;
    match changes.partners {
        PartnerLinks::Keep => {}
        PartnerLinks::Set(partners) => {
            replace_partners(&txn, actor, id, applicant, &partners, now).await?
        }
        PartnerLinks::FromContent => {
            // Autosave runs this every few seconds: rewrite the links only when they change.
            let partners = registered_partners(&txn, actor, &content, applicant).await?;
            let mut current = super::partner_ids(&txn, id).await?;
            let mut wanted = partners.clone();
            current.sort_unstable();
            wanted.sort_unstable();
            if wanted != current {
                replace_partners(&txn, actor, id, applicant, &partners, now).await?
            }
        }
    }
    audit::record(
        &txn,
        actor,
        "application",
        id,
        "save_draft",
        serde_json::json!({ "version": expected_version + 1 }),
        now,
    )
    .await?;
    txn.commit().await?;
    Ok(())
}

/// The town's organisations whose NIP a Polish partner of `content` gives, without the applicant
/// and without repeats, in the order the partners are listed.
async fn registered_partners(
    conn: &impl ConnectionTrait,
    actor: &Actor,
    content: &OfferInput,
    applicant: i64,
) -> StoreResult<Vec<i64>> {
    let nips: Vec<String> = content
        .partners
        .iter()
        .filter(|p| p.country.trim().eq_ignore_ascii_case("PL"))
        .filter_map(|p| Nip::parse(&p.registration_number).ok())
        .map(|nip| nip.as_str().to_string())
        .collect();
    if nips.is_empty() {
        return Ok(vec![]);
    }
    let found = organisation::Entity::find()
        .filter(organisation::Column::TenantId.eq(actor.tenant_id()))
        .filter(organisation::Column::Nip.is_in(nips.clone()))
        .all(conn)
        .await?;
    let mut ids = Vec::new();
    for nip in &nips {
        if let Some(o) = found.iter().find(|o| &o.nip == nip) {
            if o.id != applicant && !ids.contains(&o.id) {
                ids.push(o.id);
            }
        }
    }
    Ok(ids.into_iter().take(MAX_PARTNERS).collect())
}

async fn replace_partners(
    conn: &impl ConnectionTrait,
    actor: &Actor,
    application_id: i64,
    applicant_id: i64,
    partners: &[i64],
    now: DateTime<Utc>,
) -> StoreResult<()> {
    let mut v = Violations::new();
    if partners.len() > MAX_PARTNERS {
        v.push("partners", Rule::TooManyItems { max: MAX_PARTNERS });
    }
    let mut seen = std::collections::HashSet::new();
    for (i, partner) in partners.iter().enumerate() {
        if *partner == applicant_id {
            v.push(format!("partners[{i}]"), Rule::PartnerIsApplicant);
        } else if !seen.insert(*partner) {
            v.push(format!("partners[{i}]"), Rule::Duplicate);
        } else if organisations::in_tenant(conn, actor.tenant_id(), *partner)
            .await?
            .is_none()
        {
            v.push(format!("partners[{i}]"), Rule::UnknownReference);
        }
    }
    if !v.is_empty() {
        return Err(StoreError::Invalid(v));
    }
    application_partner::Entity::delete_many()
        .filter(application_partner::Column::ApplicationId.eq(application_id))
        .exec(conn)
        .await?;
    for partner in partners {
        application_partner::ActiveModel {
            application_id: Set(application_id),
            organisation_id: Set(*partner),
            created_at: Set(now),
            updated_at: Set(now),
            ..Default::default()
        }
        .insert(conn)
        .await?;
    }
    Ok(())
}
