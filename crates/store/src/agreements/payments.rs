//! A transfer of the grant as the clerk records it, matched to a tranche. The dates matter
//! later: interest on a misused grant runs from the day of transfer (ufp art. 252).

use super::access::{self, AgreementRole};
use super::input::PaymentForm;
use super::notify::{notify_parties, AgreementEvent};
use super::view::{currency_of, view_of, AgreementView};
use super::{audit_row, next_state, refused, save_row};
use crate::entities::{agreement, agreement_payment, agreement_tranche};
use crate::error::{StoreError, StoreResult};
use crate::{Actor, Db};
use chrono::{DateTime, Utc};
use granty_domain::agreement::{check_payment, AgreementAction, PaymentInput};
use granty_domain::{Money, Rule, Violations};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, Set,
    TransactionTrait,
};

/// Records a transfer; the organisation is told.
pub async fn record_payment(
    db: &Db,
    actor: &Actor,
    id: i64,
    form: PaymentForm,
    now: DateTime<Utc>,
) -> StoreResult<AgreementView> {
    let txn = db.writer.begin().await?;
    let row = access::for_staff(&txn, actor, id).await?;
    next_state(&row, AgreementAction::RecordPayment)?;
    let payment = read_form(&row, &form)?;
    let paid_before = paid(&txn, &row).await?;
    let tz = actor.tenant.time_zone;
    let today = now.with_timezone(&tz).date_naive();
    let signed_on = row.signed_at.map(|at| at.with_timezone(&tz).date_naive());
    let grant = Money::new(row.grant_minor, currency_of(&row));
    check_payment(payment, grant, paid_before, signed_on, today)
        .into_result(())
        .map_err(StoreError::Invalid)?;
    let tranche_id = tranche_for(&txn, &row, form.tranche).await?;
    agreement_payment::ActiveModel {
        agreement_id: Set(id),
        tranche_id: Set(tranche_id),
        paid_on: Set(payment.paid_on),
        amount_minor: Set(payment.amount.minor),
        note: Set(form.note.trim().chars().take(1000).collect()),
        recorded_by: Set(actor.user_id),
        created_at: Set(now),
        updated_at: Set(now),
        ..Default::default()
    }
    .insert(&txn)
    .await?;
    let saved = save_row(&txn, agreement::ActiveModel::from(row.clone()), &row, now).await?;
    audit_row(&txn, actor, (&row, &saved), "payment_record", now).await?;
    let detail = serde_json::json!({
        "amount_minor": payment.amount.minor, "paid_on": payment.paid_on, "tranche_id": tranche_id
    });
    crate::audit::record(&txn, actor, "agreement", id, "payment", detail, now).await?;
    let paid_total = Money::new(paid_before.minor + payment.amount.minor, grant.currency);
    let event = AgreementEvent::Paid {
        amount: payment.amount,
        paid_on: payment.paid_on,
        paid_total,
    };
    notify_parties(&txn, &saved, &event, now).await?;
    let view = view_of(&txn, saved, AgreementRole::Staff).await?;
    txn.commit().await?;
    Ok(view)
}

fn read_form(row: &agreement::Model, form: &PaymentForm) -> StoreResult<PaymentInput> {
    let mut v = Violations::new();
    let amount = Money::parse_decimal(&form.amount, currency_of(row)).unwrap_or_else(|_| {
        v.push("amount", Rule::InvalidNumber);
        Money::zero(currency_of(row))
    });
    let paid_on = form.paid_on.unwrap_or_else(|| {
        v.push("paid_on", Rule::Required);
        chrono::NaiveDate::MIN
    });
    v.into_result(PaymentInput { amount, paid_on })
        .map_err(StoreError::Invalid)
}

async fn paid(conn: &impl ConnectionTrait, row: &agreement::Model) -> StoreResult<Money> {
    let sum = agreement_payment::Entity::find()
        .filter(agreement_payment::Column::AgreementId.eq(row.id))
        .all(conn)
        .await?
        .iter()
        .map(|p| p.amount_minor)
        .sum();
    Ok(Money::new(sum, currency_of(row)))
}

/// The tranche named (by number), else the first not yet fully paid.
async fn tranche_for(
    conn: &impl ConnectionTrait,
    row: &agreement::Model,
    number: Option<i32>,
) -> StoreResult<Option<i64>> {
    let tranches = agreement_tranche::Entity::find()
        .filter(agreement_tranche::Column::AgreementId.eq(row.id))
        .order_by_asc(agreement_tranche::Column::Number)
        .all(conn)
        .await?;
    if let Some(number) = number {
        return tranches
            .iter()
            .find(|t| t.number == number)
            .map(|t| Some(t.id))
            .ok_or_else(|| refused("tranche", Rule::UnknownReference));
    }
    let payments = agreement_payment::Entity::find()
        .filter(agreement_payment::Column::AgreementId.eq(row.id))
        .all(conn)
        .await?;
    let open = tranches.iter().find(|t| {
        let paid: i64 = payments
            .iter()
            .filter(|p| p.tranche_id == Some(t.id))
            .map(|p| p.amount_minor)
            .sum();
        paid < t.amount_minor
    });
    Ok(open.map(|t| t.id))
}
