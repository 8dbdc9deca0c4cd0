//! Saving a draft, with optimistic concurrency so no one's text is silently lost, and linking
//! the partners registered in Granty.

use super::{access, partner_ids};
use crate::audit;
use crate::entities::{application, application_partner, organisation};
use crate::error::{StoreError, StoreResult};
use crate::organisations;
use crate::{Actor, Db};
use chrono::{DateTime, Utc};
use granty_domain::application::ApplicationAction;
use granty_domain::identifiers::Nip;
use granty_domain::offer::{compute_costs, OfferInput};
use granty_domain::{Currency, Rule, Violations};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseTransaction, EntityTrait, QueryFilter,
    Set, TransactionTrait,
};

const MAX_PARTNERS: usize = 20;

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
    let allowed = seen.transition(
        ApplicationAction::SaveDraft,
        granty_domain::application::Actor::Applicant,
        now,
    );
    // An award below the request reopens the working copy for the updated estimate.
    if allowed.is_err() && !crate::results::update_open(&db.reader, seen.call.id, id).await? {
        allowed?;
    }
    if seen.record.version != expected_version {
        return Err(StoreError::Stale {
            current: seen.record.version,
        });
    }
    let txn = db.writer.begin().await?;
    let before = serde_json::to_value(&seen.record.content)?;
    let content = changes.content.unwrap_or(seen.record.content);
    let currency = seen.call.terms.budget.currency;
    write_content(&txn, id, expected_version, &content, currency, now).await?;
    let links = Links {
        actor,
        application_id: id,
        applicant_id: seen.record.organisation_id,
        now,
    };
    links.apply(&txn, changes.partners, &content).await?;
    // Amounts and texts as they were and are: the top-level sections that changed.
    let (was, is) = audit::differences(&before, &serde_json::to_value(&content)?);
    audit::record_change(&txn, actor, "application", id, "save_draft", was, is, now).await?;
    txn.commit().await?;
    Ok(())
}

/// Writes the content, with its totals for lists, if the version is still `expected_version`.
async fn write_content(
    txn: &DatabaseTransaction,
    id: i64,
    expected_version: i32,
    content: &OfferInput,
    currency: Currency,
    now: DateTime<Utc>,
) -> StoreResult<()> {
    use application::Column as C;
    let (summary, _) = compute_costs(content, currency);
    let updated = application::Entity::update_many()
        .col_expr(C::Content, Expr::value(serde_json::to_string(content)?))
        .col_expr(
            C::RequestedGrantMinor,
            Expr::value(summary.requested_grant.minor),
        )
        .col_expr(C::TotalCostsMinor, Expr::value(summary.total_costs.minor))
        .col_expr(C::LockVersion, Expr::value(expected_version + 1))
        .col_expr(C::UpdatedAt, Expr::value(now))
        .filter(C::Id.eq(id))
        .filter(C::LockVersion.eq(expected_version))
        .exec(txn)
        .await?;
    if updated.rows_affected == 0 {
        return Err(StoreError::Stale {
            current: expected_version + 1,
        });
    }
    Ok(())
}

/// Who links partners to which application, and when.
struct Links<'a> {
    actor: &'a Actor,
    application_id: i64,
    applicant_id: i64,
    now: DateTime<Utc>,
}

impl Links<'_> {
    async fn apply(
        &self,
        txn: &DatabaseTransaction,
        partners: PartnerLinks,
        content: &OfferInput,
    ) -> StoreResult<()> {
        match partners {
            PartnerLinks::Keep => Ok(()),
            PartnerLinks::Set(partners) => self.replace(txn, &partners).await,
            PartnerLinks::FromContent => {
                // Autosave runs this every few seconds: rewrite the links only when they change.
                let partners =
                    registered_partners(txn, self.actor, content, self.applicant_id).await?;
                let mut current = partner_ids(txn, self.application_id).await?;
                let mut wanted = partners.clone();
                current.sort_unstable();
                wanted.sort_unstable();
                if wanted == current {
                    return Ok(());
                }
                self.replace(txn, &partners).await
            }
        }
    }

    async fn replace(&self, txn: &DatabaseTransaction, partners: &[i64]) -> StoreResult<()> {
        check_partners(txn, self.actor, self.applicant_id, partners).await?;
        application_partner::Entity::delete_many()
            .filter(application_partner::Column::ApplicationId.eq(self.application_id))
            .exec(txn)
            .await?;
        for partner in partners {
            application_partner::ActiveModel {
                application_id: Set(self.application_id),
                organisation_id: Set(*partner),
                created_at: Set(self.now),
                updated_at: Set(self.now),
                ..Default::default()
            }
            .insert(txn)
            .await?;
        }
        Ok(())
    }
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

/// Partners are other organisations of this town, each once.
async fn check_partners(
    conn: &impl ConnectionTrait,
    actor: &Actor,
    applicant_id: i64,
    partners: &[i64],
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
    v.into_result(()).map_err(StoreError::Invalid)
}
