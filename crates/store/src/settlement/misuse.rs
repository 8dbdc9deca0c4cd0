//! The misuse case: the final report did not come within the written call's days (§ 9 of the
//! model agreement: 7, the town's `written_call_days`, moved to a working day), so the whole
//! grant paid counts as misused (ufp art. 252). The clerk records it once: one return per
//! transfer, due the town's `days_after_finding` after today (or after the use-by date, ust. 2)
//! with interest from the day of each transfer (ust. 5 pkt 1); the final report is closed to
//! the organisation, the agreement moves on to its settlement, and the organisation is told.

use super::input::transfers;
use super::returns::{settle_if_paid, write_returns};
use super::settings;
use super::standing::{standing_in, Standing};
use crate::agreements::access;
use crate::agreements::view::{currency_of, terms_of};
use crate::entities::{agreement, report};
use crate::error::{StoreError, StoreResult};
use crate::notifications::{self, Subject};
use crate::{Actor, Db};
use chrono::{DateTime, NaiveDate, Utc};
use granty_domain::agreement::AgreementState;
use granty_domain::notification::Event;
use granty_domain::report::{ReportKind, ReportState};
use granty_domain::settlement::{
    missing_report_returns, written_call_deadline, ReturnDates, ReturnDue,
};
use granty_domain::{Money, Rule, Violations};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseTransaction, EntityTrait, QueryFilter,
    Set, TransactionTrait,
};

/// Where the returns stand after the case, and whether this request recorded it (a repeat
/// finds it recorded: false).
#[derive(Debug, Clone)]
pub struct MisuseOutcome {
    pub standing: Standing,
    pub acted: bool,
}

fn refused(rule: Rule) -> StoreError {
    let mut v = Violations::new();
    v.push("report", rule);
    StoreError::Invalid(v)
}

/// Records the misuse case for agreement `agreement_id`, or finds it recorded. Refused while
/// there is no written call, while its days run, and once the final report arrived.
pub async fn record_misuse(
    db: &Db,
    actor: &Actor,
    agreement_id: i64,
    now: DateTime<Utc>,
) -> StoreResult<MisuseOutcome> {
    let txn = db.writer.begin().await?;
    let row = access::for_staff(&txn, actor, agreement_id).await?;
    let today = now.with_timezone(&actor.tenant.time_zone).date_naive();
    let called = called_final_report(&txn, agreement_id)
        .await?
        .ok_or_else(|| refused(Rule::NoWrittenCall))?;
    if called.misuse_recorded_on.is_some() {
        let standing = standing_in(&txn, &row, today).await?;
        return Ok(MisuseOutcome {
            standing,
            acted: false,
        });
    }
    if called.state != ReportState::Draft.code() {
        return Err(refused(Rule::FinalReportArrived));
    }
    if row.state != AgreementState::Realisation.code() {
        return Err(refused(Rule::AgreementNotInForce));
    }
    let returns = returns_of_case(&txn, &row, &called, today).await?;
    write_returns(&txn, &row, called.id, &returns, actor, now).await?;
    let mut closed = report::ActiveModel::from(called.clone());
    closed.misuse_recorded_on = Set(Some(today));
    closed.updated_at = Set(now);
    closed.update(&txn).await?;
    let total: i64 = returns.iter().map(|r| r.amount).sum();
    let detail = serde_json::json!({ "report_id": called.id, "amount_minor": total });
    crate::audit::record(&txn, actor, "agreement", row.id, "misuse", detail, now).await?;
    let row = crate::agreements::reporting_in(&txn, actor, &row, now).await?;
    tell_organisation(&txn, &row, &returns, now).await?;
    settle_if_paid(&txn, actor, &row, now).await?;
    let standing = standing_in(&txn, &row, today).await?;
    txn.commit().await?;
    Ok(MisuseOutcome {
        standing,
        acted: true,
    })
}

/// The agreement's final report with a written call, if the clerk sent one.
pub(crate) async fn called_final_report(
    conn: &impl ConnectionTrait,
    agreement_id: i64,
) -> StoreResult<Option<report::Model>> {
    Ok(report::Entity::find()
        .filter(report::Column::AgreementId.eq(agreement_id))
        .filter(report::Column::Kind.eq(ReportKind::Final.code()))
        .filter(report::Column::WrittenCallOn.is_not_null())
        .one(conn)
        .await?)
}

/// The whole paid grant as misused, one return per transfer; refused while the call runs.
async fn returns_of_case(
    txn: &DatabaseTransaction,
    row: &agreement::Model,
    called: &report::Model,
    today: NaiveDate,
) -> StoreResult<Vec<ReturnDue>> {
    let call_on = called
        .written_call_on
        .ok_or_else(|| refused(Rule::NoWrittenCall))?;
    let town = settings::of_tenant(txn, row.tenant_id).await?.settlement;
    let dates = ReturnDates::of(&terms_of(row)?);
    let paid = transfers(txn, row.id).await?;
    missing_report_returns(call_on, today, &paid, &dates, &town).ok_or_else(|| {
        refused(Rule::WrittenCallRunning {
            until: written_call_deadline(call_on, &town),
        })
    })
}

/// The letter to the party organisations' members: the amount, the deadline, the interest.
async fn tell_organisation(
    txn: &DatabaseTransaction,
    row: &agreement::Model,
    returns: &[ReturnDue],
    now: DateTime<Utc>,
) -> StoreResult<()> {
    let Some(due_on) = returns.iter().map(|r| r.due_on).max() else {
        return Ok(());
    };
    let event = Event::MisuseRecorded {
        agreement_number: row.number.clone(),
        task_title: terms_of(row)?.task_title,
        amount: Money::new(returns.iter().map(|r| r.amount).sum(), currency_of(row)),
        due_on,
    };
    let subject = Subject {
        tenant_id: row.tenant_id,
        entity: "agreement",
        entity_id: row.id,
        link_path: format!("/agreements/{}/settlement", row.id),
    };
    let recipients = crate::agreements::party_recipients(txn, row).await?;
    notifications::enqueue(txn, &subject, &recipients, &event, None, now).await?;
    Ok(())
}
