//! What the clerk and the organisation see of an agreement: its terms in force and being worked
//! on, every version with what it changed, the signatures, tranches and payments.

use super::access::{self, AgreementRole};
use super::controls::{controls_of, ControlView};
use crate::entities::{
    agreement, agreement_payment, agreement_signature, agreement_tranche, agreement_version,
    organisation,
};
use crate::error::{StoreError, StoreResult};
use crate::{Actor, Db};
use chrono::{DateTime, NaiveDate, Utc};
use granty_domain::agreement::{retention_until, AgreementTerms, Change};
use granty_domain::money::Currency;
use granty_domain::Money;
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder};
use serde::Serialize;

#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct AgreementView {
    pub id: i64,
    pub award_id: i64,
    pub call_id: i64,
    pub application_id: i64,
    pub organisation_id: i64,
    pub organisation_name: String,
    pub number: String,
    pub state: String,
    /// How the caller stands to it (what the page may offer).
    pub role: AgreementRole,
    /// The terms in force (the original's until an annex is signed).
    pub terms: AgreementTerms,
    /// The version in force.
    pub current_version: i32,
    /// The version being prepared or signed (the latest).
    pub working_version: i32,
    pub return_by: NaiveDate,
    pub final_report_by: NaiveDate,
    pub partial_reports: Vec<NaiveDate>,
    pub signed_at: Option<DateTime<Utc>>,
    pub terminated_at: Option<DateTime<Utc>>,
    pub termination_reason: Option<String>,
    pub versions: Vec<VersionView>,
    pub tranches: Vec<TrancheView>,
    pub payments: Vec<PaymentView>,
    pub paid: Money,
    /// The controls held (art. 17), latest first.
    pub controls: Vec<ControlView>,
    /// The last day the task's documents are kept (model agreement § Dokumentacja).
    pub retention_until: NaiveDate,
    pub lock_version: i32,
    /// Whether the caller's party (the organisation, or the caller's partner) still has to
    /// sign the version being signed, now that the town has.
    pub awaits_caller: bool,
    /// Whether the town takes scans signed on paper (its agreement settings).
    pub takes_scans: bool,
}

#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct VersionView {
    pub version_no: i32,
    /// `original` or `annex`.
    pub kind: String,
    /// `draft`, `ready` or `signed`.
    pub state: String,
    pub terms: AgreementTerms,
    pub changes: Vec<Change>,
    pub reason: String,
    pub has_document: bool,
    pub document_sha256: Option<String>,
    pub signed_sha256: Option<String>,
    pub signed_at: Option<DateTime<Utc>>,
    pub signatures: Vec<SignatureView>,
    /// When a scan of this version signed on paper was uploaded, awaiting (or since given)
    /// the clerk's confirmation.
    pub scan_uploaded_at: Option<DateTime<Utc>>,
}

impl VersionView {
    /// Whether the town's signature is on this version.
    pub fn town_signed(&self) -> bool {
        self.signatures.iter().any(|s| s.party == "town")
    }
}

#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct SignatureView {
    pub party: String,
    pub organisation_id: Option<i64>,
    /// `pades`, `recorded` (the town's, without a signing key) or `scan`.
    pub method: String,
    pub signer: String,
    pub signed_at: DateTime<Utc>,
}

#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct TrancheView {
    pub number: i32,
    pub amount: Money,
    pub due_on: NaiveDate,
    pub paid: Money,
}

#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct PaymentView {
    pub tranche: Option<i32>,
    pub paid_on: NaiveDate,
    pub amount: Money,
    pub note: String,
    pub recorded_at: DateTime<Utc>,
}

/// A row of an agreements list.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct AgreementSummary {
    pub id: i64,
    pub number: String,
    pub state: String,
    pub call_id: i64,
    pub organisation_id: i64,
    pub organisation_name: String,
    pub task_title: String,
    pub grant: Money,
    pub paid: Money,
    pub starts_on: NaiveDate,
    pub ends_on: NaiveDate,
}

pub(crate) fn terms_of(row: &agreement::Model) -> StoreResult<AgreementTerms> {
    Ok(serde_json::from_str(&row.terms)?)
}

pub(crate) fn currency_of(row: &agreement::Model) -> Currency {
    row.currency.parse().unwrap_or_default()
}

/// One agreement, for whoever may see it.
pub async fn get(db: &Db, actor: &Actor, id: i64) -> StoreResult<AgreementView> {
    let found = access::visible(&db.reader, actor, id).await?;
    let awaits_caller = super::copies::awaits_caller(&db.reader, actor, &found).await;
    let view = view_of(&db.reader, found.row, found.role).await?;
    Ok(AgreementView {
        awaits_caller,
        ..view
    })
}

pub(super) async fn view_of(
    conn: &impl ConnectionTrait,
    row: agreement::Model,
    role: AgreementRole,
) -> StoreResult<AgreementView> {
    let terms = terms_of(&row)?;
    let currency = currency_of(&row);
    let versions = versions_of(conn, row.id).await?;
    let payments = payments_of(conn, row.id, currency).await?;
    let tranches = tranches_of(conn, row.id, currency, &payments).await?;
    let paid = Money::new(payments.iter().map(|p| p.1.amount.minor).sum(), currency);
    let organisation_name = organisation::Entity::find_by_id(row.organisation_id)
        .one(conn)
        .await?
        .map(|o| o.name)
        .unwrap_or_default();
    let controls = controls_of(conn, row.id).await?;
    let takes_scans = crate::agreement_settings::of_tenant(conn, row.tenant_id)
        .await?
        .allow_scans;
    Ok(AgreementView {
        id: row.id,
        award_id: row.award_id,
        call_id: row.call_id,
        application_id: row.application_id,
        organisation_id: row.organisation_id,
        organisation_name,
        number: row.number,
        state: row.state,
        role,
        return_by: terms.return_by(),
        final_report_by: terms.final_report_by(),
        partial_reports: terms.partial_reports(),
        retention_until: retention_until(terms.ends_on),
        terms,
        current_version: row.current_version,
        working_version: versions.last().map_or(1, |v| v.version_no),
        signed_at: row.signed_at,
        terminated_at: row.terminated_at,
        termination_reason: row.termination_reason,
        versions,
        tranches,
        payments: payments.into_iter().map(|p| p.1).collect(),
        paid,
        controls,
        lock_version: row.lock_version,
        awaits_caller: false,
        takes_scans,
    })
}

pub(super) async fn version_rows(
    conn: &impl ConnectionTrait,
    agreement_id: i64,
) -> StoreResult<Vec<agreement_version::Model>> {
    Ok(agreement_version::Entity::find()
        .filter(agreement_version::Column::AgreementId.eq(agreement_id))
        .order_by_asc(agreement_version::Column::VersionNo)
        .all(conn)
        .await?)
}

/// The version being worked on: the latest.
pub(super) async fn working_version(
    conn: &impl ConnectionTrait,
    agreement_id: i64,
) -> StoreResult<agreement_version::Model> {
    version_rows(conn, agreement_id)
        .await?
        .pop()
        .ok_or_else(|| StoreError::Corrupt(format!("agreement {agreement_id} has no version")))
}

pub(super) async fn signatures_of(
    conn: &impl ConnectionTrait,
    version_id: i64,
) -> StoreResult<Vec<SignatureView>> {
    Ok(agreement_signature::Entity::find()
        .filter(agreement_signature::Column::VersionId.eq(version_id))
        .order_by_asc(agreement_signature::Column::Id)
        .all(conn)
        .await?
        .into_iter()
        .map(|s| SignatureView {
            party: s.party,
            organisation_id: s.organisation_id,
            method: s.method,
            signer: s.signer,
            signed_at: s.signed_at,
        })
        .collect())
}

async fn versions_of(
    conn: &impl ConnectionTrait,
    agreement_id: i64,
) -> StoreResult<Vec<VersionView>> {
    let mut out = Vec::new();
    for v in version_rows(conn, agreement_id).await? {
        out.push(VersionView {
            version_no: v.version_no,
            terms: serde_json::from_str(&v.terms)?,
            changes: serde_json::from_str(&v.changes)?,
            signatures: signatures_of(conn, v.id).await?,
            kind: v.kind,
            state: v.state,
            reason: v.reason,
            has_document: v.document_key.is_some(),
            document_sha256: v.document_sha256,
            signed_sha256: v.signed_sha256,
            signed_at: v.signed_at,
            scan_uploaded_at: v.scan_uploaded_at,
        });
    }
    Ok(out)
}

/// The payments with the tranche id they paid.
async fn payments_of(
    conn: &impl ConnectionTrait,
    agreement_id: i64,
    currency: Currency,
) -> StoreResult<Vec<(Option<i64>, PaymentView)>> {
    let tranches = agreement_tranche::Entity::find()
        .filter(agreement_tranche::Column::AgreementId.eq(agreement_id))
        .all(conn)
        .await?;
    let rows = agreement_payment::Entity::find()
        .filter(agreement_payment::Column::AgreementId.eq(agreement_id))
        .order_by_asc(agreement_payment::Column::PaidOn)
        .order_by_asc(agreement_payment::Column::Id)
        .all(conn)
        .await?;
    Ok(rows
        .into_iter()
        .map(|p| {
            let number = tranches
                .iter()
                .find(|t| Some(t.id) == p.tranche_id)
                .map(|t| t.number);
            let view = PaymentView {
                tranche: number,
                paid_on: p.paid_on,
                amount: Money::new(p.amount_minor, currency),
                note: p.note.clone(),
                recorded_at: p.created_at,
            };
            (p.tranche_id, view)
        })
        .collect())
}

async fn tranches_of(
    conn: &impl ConnectionTrait,
    agreement_id: i64,
    currency: Currency,
    payments: &[(Option<i64>, PaymentView)],
) -> StoreResult<Vec<TrancheView>> {
    Ok(agreement_tranche::Entity::find()
        .filter(agreement_tranche::Column::AgreementId.eq(agreement_id))
        .order_by_asc(agreement_tranche::Column::Number)
        .all(conn)
        .await?
        .into_iter()
        .map(|t| {
            let paid = payments
                .iter()
                .filter(|p| p.0 == Some(t.id))
                .map(|p| p.1.amount.minor)
                .sum();
            TrancheView {
                number: t.number,
                amount: Money::new(t.amount_minor, currency),
                due_on: t.due_on,
                paid: Money::new(paid, currency),
            }
        })
        .collect())
}

/// The agreements the caller may see: the town's for its staff, their organisations' (ready
/// or later, as applicant or partner) for NGO members; newest first.
pub async fn list(db: &Db, actor: &Actor) -> StoreResult<Vec<AgreementSummary>> {
    let rows = agreement::Entity::find()
        .filter(agreement::Column::TenantId.eq(actor.tenant_id()))
        .order_by_desc(agreement::Column::Id)
        .all(&db.reader)
        .await?;
    let mut out = Vec::new();
    for row in rows {
        if access::role_of(&db.reader, actor, &row).await?.is_none() {
            continue;
        }
        out.push(summary(&db.reader, row).await?);
    }
    Ok(out)
}

async fn summary(
    conn: &impl ConnectionTrait,
    row: agreement::Model,
) -> StoreResult<AgreementSummary> {
    let terms = terms_of(&row)?;
    let currency = currency_of(&row);
    let paid = agreement_payment::Entity::find()
        .filter(agreement_payment::Column::AgreementId.eq(row.id))
        .all(conn)
        .await?
        .iter()
        .map(|p| p.amount_minor)
        .sum();
    let organisation_name = organisation::Entity::find_by_id(row.organisation_id)
        .one(conn)
        .await?
        .map(|o| o.name)
        .unwrap_or_default();
    Ok(AgreementSummary {
        id: row.id,
        number: row.number,
        state: row.state,
        call_id: row.call_id,
        organisation_id: row.organisation_id,
        organisation_name,
        task_title: terms.task_title,
        grant: Money::new(row.grant_minor, currency),
        paid: Money::new(paid, currency),
        starts_on: row.starts_on,
        ends_on: row.ends_on,
    })
}
