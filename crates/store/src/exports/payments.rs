//! The transfers of the town's grants, one row per tranche of an agreement (its due day, its
//! amount, what was paid towards it and when), and a row for each transfer recorded without a
//! tranche. Drafts are left out: their tranches are not agreed yet.

use super::agreements::{currency_of, organisation_names, task_title, AgreementsExport};
use super::PAGE_ROWS;
use crate::entities::{agreement, agreement_payment, agreement_tranche};
use crate::error::StoreResult;
use crate::{Actor, Db};
use chrono::NaiveDate;
use granty_domain::agreement::AgreementState;
use granty_domain::money::Currency;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder};

/// One tranche, or one transfer outside the tranches (`tranche` and `due_on` empty).
#[derive(Debug, Clone)]
pub struct PaymentLine {
    pub agreement_id: i64,
    pub number: String,
    pub organisation: String,
    pub task_title: String,
    pub tranche: Option<i32>,
    pub due_on: Option<NaiveDate>,
    /// The tranche's amount; `None` for a transfer outside the tranches.
    pub planned: Option<i64>,
    pub paid: i64,
    /// The days of the transfers counted in `paid`, oldest first.
    pub paid_on: Vec<NaiveDate>,
    pub currency: Currency,
}

/// The payments of the town's agreements, opened by its staff.
#[derive(Debug, Clone)]
pub struct PaymentsExport {
    agreements: AgreementsExport,
}

/// Every state but the draft.
const STATES: [AgreementState; 6] = [
    AgreementState::Ready,
    AgreementState::Signed,
    AgreementState::Realisation,
    AgreementState::Reporting,
    AgreementState::Settled,
    AgreementState::Terminated,
];

/// Opens the export: the town's staff only (others 403).
pub async fn open(actor: &Actor) -> StoreResult<PaymentsExport> {
    actor.require_staff()?;
    Ok(PaymentsExport {
        agreements: AgreementsExport {
            tenant_id: actor.tenant_id(),
            states: STATES.iter().map(|s| s.code().to_string()).collect(),
        },
    })
}

/// Agreements per page: a few tranches each keeps a page near [`PAGE_ROWS`] rows.
const AGREEMENTS_PER_PAGE: u64 = PAGE_ROWS / 4;

impl PaymentsExport {
    /// How many agreements the download covers.
    pub async fn agreements(&self, db: &Db) -> StoreResult<u64> {
        self.agreements.count(db).await
    }

    /// The rows of the agreements after the one with id `after`, and the last agreement's id
    /// (the next page's key); `None` once all were read.
    pub async fn page(
        &self,
        db: &Db,
        after: Option<i64>,
    ) -> StoreResult<Option<(Vec<PaymentLine>, i64)>> {
        let rows = self
            .agreements
            .models(db, after, AGREEMENTS_PER_PAGE)
            .await?;
        let Some(last) = rows.last().map(|r| r.id) else {
            return Ok(None);
        };
        let ids: Vec<i64> = rows.iter().map(|r| r.id).collect();
        let names = organisation_names(&db.reader, &rows).await?;
        let tranches = agreement_tranche::Entity::find()
            .filter(agreement_tranche::Column::AgreementId.is_in(ids.clone()))
            .order_by_asc(agreement_tranche::Column::Number)
            .all(&db.reader)
            .await?;
        let payments = agreement_payment::Entity::find()
            .filter(agreement_payment::Column::AgreementId.is_in(ids))
            .order_by_asc(agreement_payment::Column::PaidOn)
            .order_by_asc(agreement_payment::Column::Id)
            .all(&db.reader)
            .await?;
        let mut lines = Vec::new();
        for row in &rows {
            let organisation = names.get(&row.organisation_id).cloned().unwrap_or_default();
            lines.extend(lines_of(row, organisation, &tranches, &payments));
        }
        Ok(Some((lines, last)))
    }
}

fn lines_of(
    row: &agreement::Model,
    organisation: String,
    tranches: &[agreement_tranche::Model],
    payments: &[agreement_payment::Model],
) -> Vec<PaymentLine> {
    let base = PaymentLine {
        agreement_id: row.id,
        number: row.number.clone(),
        organisation,
        task_title: task_title(row),
        tranche: None,
        due_on: None,
        planned: None,
        paid: 0,
        paid_on: Vec::new(),
        currency: currency_of(row),
    };
    let own: Vec<&agreement_payment::Model> = payments
        .iter()
        .filter(|p| p.agreement_id == row.id)
        .collect();
    let mut lines: Vec<PaymentLine> = tranches
        .iter()
        .filter(|t| t.agreement_id == row.id)
        .map(|t| {
            let towards: Vec<_> = own.iter().filter(|p| p.tranche_id == Some(t.id)).collect();
            PaymentLine {
                tranche: Some(t.number),
                due_on: Some(t.due_on),
                planned: Some(t.amount_minor),
                paid: towards.iter().map(|p| p.amount_minor).sum(),
                paid_on: towards.iter().map(|p| p.paid_on).collect(),
                ..base.clone()
            }
        })
        .collect();
    // A transfer not tied to a tranche (or to one no longer in the terms) is its own row.
    let known: Vec<i64> = tranches.iter().map(|t| t.id).collect();
    lines.extend(
        own.iter()
            .filter(|p| p.tranche_id.is_none_or(|t| !known.contains(&t)))
            .map(|p| PaymentLine {
                paid: p.amount_minor,
                paid_on: vec![p.paid_on],
                ..base.clone()
            }),
    );
    lines
}
