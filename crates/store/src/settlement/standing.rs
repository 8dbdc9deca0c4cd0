//! Where an agreement's returns stand on a day: each return with the payments applied to it
//! (oldest first to the return due first) and its interest, and what is left to pay.

use super::settings;
use crate::agreements::view::currency_of;
use crate::entities::{agreement, agreement_return, agreement_return_payment};
use crate::error::{StoreError, StoreResult};
use chrono::NaiveDate;
use granty_domain::settlement::{
    late_interest, Explanation, Interest, LegalBasis, PaidPart, ReturnDue, ReturnKind,
    ReturnPayment, SettlementRule,
};
use granty_domain::Currency;
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder};
use serde::Serialize;

/// One decided return with what was paid of it and its interest.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct ReturnView {
    pub id: i64,
    pub report_id: Option<i64>,
    #[schema(value_type = String)]
    pub kind: ReturnKind,
    pub amount: i64,
    pub due_on: NaiveDate,
    pub interest_from: NaiveDate,
    /// The domain's explanation as decided (rule, legal basis, inputs).
    #[schema(value_type = Object)]
    pub explanation: serde_json::Value,
    pub parts: Vec<PaidPart>,
    pub outstanding: i64,
    pub interest: Interest,
}

/// One payment of returns as recorded.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
#[schema(as = ReturnPaymentView)]
pub struct PaymentView {
    pub id: i64,
    pub paid_on: NaiveDate,
    pub amount: i64,
    pub note: String,
}

/// The returns, the payments, and the totals (minor units of `currency`).
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct Standing {
    pub currency: Currency,
    pub as_of: NaiveDate,
    pub returns: Vec<ReturnView>,
    pub payments: Vec<PaymentView>,
    /// The principal of every return.
    pub to_return: i64,
    pub paid: i64,
    /// The principal still unpaid.
    pub outstanding: i64,
    /// The interest charged (rounded, above the floor), final for returns paid in full.
    pub interest_charged: i64,
    /// The payments beyond the principal, counted towards the interest.
    pub interest_paid: i64,
    /// What the organisation still owes: principal and interest.
    pub left_to_pay: i64,
}

fn kind_of(code: &str) -> StoreResult<ReturnKind> {
    ReturnKind::ALL
        .into_iter()
        .find(|k| k.code() == code)
        .ok_or_else(|| StoreError::Corrupt(format!("a return of kind {code}")))
}

/// The domain's view of a stored return. Its explanation is kept as stored (JSON) for the
/// screen; the interest needs only the amounts and days.
fn due_of(row: &agreement_return::Model) -> StoreResult<ReturnDue> {
    Ok(ReturnDue {
        kind: kind_of(&row.kind)?,
        amount: row.amount_minor,
        due_on: row.due_on,
        interest_from: row.interest_from,
        explanation: Explanation::new(SettlementRule::ToReturn, LegalBasis::Agreement),
    })
}

/// The agreement's returns and payments on `as_of`.
pub async fn standing_in(
    conn: &impl ConnectionTrait,
    row: &agreement::Model,
    as_of: NaiveDate,
) -> StoreResult<Standing> {
    let returns = agreement_return::Entity::find()
        .filter(agreement_return::Column::AgreementId.eq(row.id))
        .order_by_asc(agreement_return::Column::DueOn)
        .order_by_asc(agreement_return::Column::Id)
        .all(conn)
        .await?;
    let payments = agreement_return_payment::Entity::find()
        .filter(agreement_return_payment::Column::AgreementId.eq(row.id))
        .order_by_asc(agreement_return_payment::Column::PaidOn)
        .order_by_asc(agreement_return_payment::Column::Id)
        .all(conn)
        .await?;
    let dues = returns
        .iter()
        .map(due_of)
        .collect::<StoreResult<Vec<_>>>()?;
    let paid: Vec<ReturnPayment> = payments
        .iter()
        .map(|p| ReturnPayment {
            paid_on: p.paid_on,
            amount: p.amount_minor,
        })
        .collect();
    let rates = settings::rates_of(conn, row.tenant_id).await?;
    let floor = settings::of_tenant(conn, row.tenant_id)
        .await?
        .settlement
        .interest_floor_minor;
    let late = late_interest(&dues, &paid, as_of, &rates, floor)
        .map_err(|e| StoreError::Corrupt(format!("interest on a return: {e}")))?;
    let views = late
        .returns
        .iter()
        .filter_map(|r| returns.get(r.index).map(|stored| (stored, r)))
        .map(|(stored, r)| ReturnView {
            id: stored.id,
            report_id: stored.report_id,
            kind: r.kind,
            amount: r.amount,
            due_on: r.due_on,
            interest_from: r.interest_from,
            explanation: serde_json::from_str(&stored.explanation).unwrap_or_default(),
            parts: r.parts.clone(),
            outstanding: r.outstanding,
            interest: r.interest.clone(),
        })
        .collect();
    let to_return: i64 = dues.iter().map(|d| d.amount).sum();
    let paid_total: i64 = paid.iter().map(|p| p.amount).sum();
    let outstanding: i64 = late.returns.iter().map(|r| r.outstanding).sum();
    let interest_paid = late.overpaid.min(late.total_charged);
    Ok(Standing {
        currency: currency_of(row),
        as_of,
        returns: views,
        payments: payments
            .iter()
            .map(|p| PaymentView {
                id: p.id,
                paid_on: p.paid_on,
                amount: p.amount_minor,
                note: p.note.clone(),
            })
            .collect(),
        to_return,
        paid: paid_total,
        outstanding,
        interest_charged: late.total_charged,
        interest_paid,
        left_to_pay: outstanding + (late.total_charged - interest_paid),
    })
}
