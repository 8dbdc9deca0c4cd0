//! The returns a settlement decides and the payments towards them: written when the clerk
//! accepts a final report, paid by the organisation (recorded by the clerk), with interest on
//! the late ones (ufp art. 251 ust. 5, art. 252 ust. 5), and the agreement settled once every
//! return and its interest is paid.

use super::standing::{standing_in, Standing};
use crate::agreements::access;
use crate::agreements::view::currency_of;
use crate::entities::{agreement, agreement_return, agreement_return_payment};
use crate::error::{StoreError, StoreResult};
use crate::{Actor, Db};
use chrono::{DateTime, Duration, NaiveDate, Utc};
use granty_domain::agreement::AgreementState;
use granty_domain::settlement::{ReturnDue, Settlement};
use granty_domain::{Currency, Money, Rule, Violations};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseTransaction, EntityTrait, QueryFilter,
    QueryOrder, Set, TransactionTrait,
};
use serde::Deserialize;

/// Writes the returns `settlement` decides for the report `report_id` (the clerk accepted it),
/// in the caller's transaction. Acts once per report: if its returns are already written they
/// are given back unchanged (a double click on "accept").
pub async fn decide_returns(
    txn: &DatabaseTransaction,
    agreement_id: i64,
    report_id: i64,
    settlement: &Settlement,
    actor: &Actor,
    now: DateTime<Utc>,
) -> StoreResult<Vec<agreement_return::Model>> {
    let row = access::for_staff(txn, actor, agreement_id).await?;
    let existing = returns_of_report(txn, agreement_id, report_id).await?;
    if !existing.is_empty() {
        return Ok(existing);
    }
    let written = write_returns(txn, &row, report_id, &settlement.returns, actor, now).await?;
    let detail = serde_json::json!({
        "report_id": report_id,
        "returns": settlement.returns.iter()
            .map(|r| serde_json::json!({ "kind": r.kind.code(), "amount_minor": r.amount, "due_on": r.due_on }))
            .collect::<Vec<_>>(),
    });
    crate::audit::record(
        txn,
        actor,
        "agreement",
        agreement_id,
        "returns_decided",
        detail,
        now,
    )
    .await?;
    Ok(written)
}

/// Writes `returns` for the report `report_id` in the agreement's currency, in the caller's
/// transaction: the returns a settlement decides, or those of a misuse case.
pub(super) async fn write_returns(
    txn: &DatabaseTransaction,
    row: &agreement::Model,
    report_id: i64,
    returns: &[ReturnDue],
    actor: &Actor,
    now: DateTime<Utc>,
) -> StoreResult<Vec<agreement_return::Model>> {
    let mut written = Vec::new();
    for due in returns {
        let model = agreement_return::ActiveModel {
            agreement_id: Set(row.id),
            tenant_id: Set(row.tenant_id),
            report_id: Set(Some(report_id)),
            kind: Set(due.kind.code().to_string()),
            amount_minor: Set(due.amount),
            currency: Set(currency_of(row).code().to_string()),
            due_on: Set(due.due_on),
            interest_from: Set(due.interest_from),
            explanation: Set(serde_json::to_string(&due.explanation)?),
            decided_by: Set(actor.user_id),
            created_at: Set(now),
            updated_at: Set(now),
            ..Default::default()
        };
        written.push(model.insert(txn).await?);
    }
    Ok(written)
}

async fn returns_of_report(
    conn: &impl ConnectionTrait,
    agreement_id: i64,
    report_id: i64,
) -> StoreResult<Vec<agreement_return::Model>> {
    Ok(agreement_return::Entity::find()
        .filter(agreement_return::Column::AgreementId.eq(agreement_id))
        .filter(agreement_return::Column::ReportId.eq(report_id))
        .order_by_asc(agreement_return::Column::Id)
        .all(conn)
        .await?)
}

/// A payment of returns as the clerk types it.
#[derive(Debug, Clone, Default, Deserialize, utoipa::ToSchema)]
#[serde(default)]
pub struct ReturnPaymentForm {
    /// A decimal amount (`1234.56` or `1234,56`).
    pub amount: String,
    /// The currency paid in; the agreement's when left out.
    pub currency: Option<String>,
    pub paid_on: Option<NaiveDate>,
    pub note: String,
}

/// The same payment recorded again this soon by the same person is taken as a second click.
const DOUBLE_CLICK: Duration = Duration::seconds(60);

/// The clerk records a payment towards the agreement's returns; the agreement is settled when
/// it pays off every return and its interest.
pub async fn record_return_payment(
    db: &Db,
    actor: &Actor,
    agreement_id: i64,
    form: &ReturnPaymentForm,
    now: DateTime<Utc>,
) -> StoreResult<Standing> {
    let txn = db.writer.begin().await?;
    let row = access::for_staff(&txn, actor, agreement_id).await?;
    let today = now.with_timezone(&actor.tenant.time_zone).date_naive();
    let (amount, paid_on) = read_payment(&row, form, today)?;
    if row.state == AgreementState::Settled.code() {
        return Err(refused("state", Rule::AgreementClosed));
    }
    let decided = agreement_return::Entity::find()
        .filter(agreement_return::Column::AgreementId.eq(agreement_id))
        .one(&txn)
        .await?;
    if decided.is_none() {
        return Err(refused("amount", Rule::NoReturnsDue));
    }
    if !repeated(&txn, actor, agreement_id, (amount, paid_on), now).await? {
        agreement_return_payment::ActiveModel {
            agreement_id: Set(agreement_id),
            tenant_id: Set(row.tenant_id),
            paid_on: Set(paid_on),
            amount_minor: Set(amount.minor),
            note: Set(form.note.trim().chars().take(1000).collect()),
            recorded_by: Set(actor.user_id),
            created_at: Set(now),
            updated_at: Set(now),
            ..Default::default()
        }
        .insert(&txn)
        .await?;
        let detail = serde_json::json!({ "amount_minor": amount.minor, "paid_on": paid_on });
        crate::audit::record(
            &txn,
            actor,
            "agreement",
            agreement_id,
            "return_payment",
            detail,
            now,
        )
        .await?;
        settle_if_paid(&txn, actor, &row, now).await?;
    }
    let row = access::for_staff(&txn, actor, agreement_id).await?;
    let standing = standing_in(&txn, &row, today).await?;
    txn.commit().await?;
    Ok(standing)
}

fn refused(field: &str, rule: Rule) -> StoreError {
    let mut v = Violations::new();
    v.push(field, rule);
    StoreError::Invalid(v)
}

/// The amount (positive, in the agreement's currency) and the day (not in the future).
fn read_payment(
    row: &agreement::Model,
    form: &ReturnPaymentForm,
    today: NaiveDate,
) -> StoreResult<(Money, NaiveDate)> {
    let currency = currency_of(row);
    let mut v = Violations::new();
    let typed = form
        .currency
        .as_deref()
        .map(str::trim)
        .filter(|c| !c.is_empty());
    if typed.is_some_and(|c| c.parse::<Currency>().ok() != Some(currency)) {
        v.push("currency", Rule::CurrencyMismatch { expected: currency });
    }
    let amount = match Money::parse_decimal(&form.amount, currency) {
        Ok(amount) if amount.minor <= 0 => {
            v.push("amount", Rule::MustBePositive);
            amount
        }
        Ok(amount) => amount,
        Err(_) => {
            v.push("amount", Rule::InvalidNumber);
            Money::zero(currency)
        }
    };
    let paid_on = form.paid_on.unwrap_or(NaiveDate::MIN);
    if form.paid_on.is_none() {
        v.push("paid_on", Rule::Required);
    } else if paid_on > today {
        v.push("paid_on", Rule::DateInFuture);
    }
    v.into_result((amount, paid_on))
        .map_err(StoreError::Invalid)
}

/// Whether the same payment was just recorded by the same person (a double click).
async fn repeated(
    conn: &impl ConnectionTrait,
    actor: &Actor,
    agreement_id: i64,
    (amount, paid_on): (Money, NaiveDate),
    now: DateTime<Utc>,
) -> StoreResult<bool> {
    let same = agreement_return_payment::Entity::find()
        .filter(agreement_return_payment::Column::AgreementId.eq(agreement_id))
        .filter(agreement_return_payment::Column::PaidOn.eq(paid_on))
        .filter(agreement_return_payment::Column::AmountMinor.eq(amount.minor))
        .filter(agreement_return_payment::Column::RecordedBy.eq(actor.user_id))
        .filter(agreement_return_payment::Column::CreatedAt.gt(now - DOUBLE_CLICK))
        .one(conn)
        .await?;
    Ok(same.is_some())
}

/// Settles the agreement (in reporting) when nothing is left to pay: every return and the
/// interest charged on it. Returns whether it did. The report's acceptance calls it too, so an
/// agreement with nothing to return is settled at once.
pub async fn settle_if_paid(
    txn: &DatabaseTransaction,
    actor: &Actor,
    row: &agreement::Model,
    now: DateTime<Utc>,
) -> StoreResult<bool> {
    if row.state != AgreementState::Reporting.code() {
        return Ok(false);
    }
    let today = now.with_timezone(&actor.tenant.time_zone).date_naive();
    let standing = standing_in(txn, row, today).await?;
    if standing.left_to_pay > 0 {
        return Ok(false);
    }
    crate::agreements::settle_in(txn, actor, row, now).await?;
    Ok(true)
}
