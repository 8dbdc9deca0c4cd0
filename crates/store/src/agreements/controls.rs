//! Controls (art. 17): the clerk records a control of the task with its scope, findings and
//! recommendations; the organisation carries the recommendations out within the town's
//! control days (model agreement § Kontrola: 14) and the clerk marks them done. The
//! organisation hears of each control through the outbox.

use super::access::{self, AgreementRole};
use super::notify::party_recipients;
use super::view::{terms_of, view_of, AgreementView};
use crate::entities::{agreement, agreement_control, tenant_settlement_setting};
use crate::error::{StoreError, StoreResult};
use crate::notifications::{self, Subject};
use crate::{Actor, Db};
use chrono::{DateTime, NaiveDate, Utc};
use granty_domain::agreement::{
    check_control, check_done, recommendations_due, ControlInput, DEFAULT_CONTROL_DAYS,
};
use granty_domain::notification::Event;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, Set,
    TransactionTrait,
};
use serde::{Deserialize, Serialize};

/// A control as the clerk types it.
#[derive(Debug, Clone, Default, Deserialize, Serialize, utoipa::ToSchema)]
#[serde(default)]
pub struct ControlForm {
    pub held_on: Option<NaiveDate>,
    pub scope: String,
    pub findings: String,
    pub recommendations: String,
}

/// The day the recommendations were carried out (today when absent).
#[derive(Debug, Clone, Default, Deserialize, Serialize, utoipa::ToSchema)]
#[serde(default)]
pub struct DoneForm {
    pub done_on: Option<NaiveDate>,
}

/// A control as both parties see it.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct ControlView {
    pub id: i64,
    pub agreement_id: i64,
    pub held_on: NaiveDate,
    pub scope: String,
    pub findings: String,
    pub recommendations: String,
    pub recommendations_due: Option<NaiveDate>,
    pub recommendations_done_on: Option<NaiveDate>,
    pub recorded_at: DateTime<Utc>,
}

impl From<agreement_control::Model> for ControlView {
    fn from(row: agreement_control::Model) -> Self {
        ControlView {
            id: row.id,
            agreement_id: row.agreement_id,
            held_on: row.held_on,
            scope: row.scope,
            findings: row.findings,
            recommendations: row.recommendations,
            recommendations_due: row.recommendations_due,
            recommendations_done_on: row.recommendations_done_on,
            recorded_at: row.created_at,
        }
    }
}

/// The days the town gives for recommendations: its saved setting, else the model agreement's.
pub(crate) async fn control_days(conn: &impl ConnectionTrait, tenant_id: i64) -> StoreResult<u32> {
    let saved = tenant_settlement_setting::Entity::find()
        .filter(tenant_settlement_setting::Column::TenantId.eq(tenant_id))
        .one(conn)
        .await?;
    Ok(saved
        .and_then(|s| u32::try_from(s.control_days).ok())
        .unwrap_or(DEFAULT_CONTROL_DAYS))
}

/// The agreement's controls, latest first.
pub(super) async fn controls_of(
    conn: &impl ConnectionTrait,
    agreement_id: i64,
) -> StoreResult<Vec<ControlView>> {
    let rows = agreement_control::Entity::find()
        .filter(agreement_control::Column::AgreementId.eq(agreement_id))
        .order_by_desc(agreement_control::Column::HeldOn)
        .order_by_desc(agreement_control::Column::Id)
        .all(conn)
        .await?;
    Ok(rows.into_iter().map(ControlView::from).collect())
}

/// Records a control of a signed agreement; the organisation is told.
pub async fn record_control(
    db: &Db,
    actor: &Actor,
    id: i64,
    form: ControlForm,
    now: DateTime<Utc>,
) -> StoreResult<AgreementView> {
    let txn = db.writer.begin().await?;
    let row = access::for_staff(&txn, actor, id).await?;
    let tz = actor.tenant.time_zone;
    let today = now.with_timezone(&tz).date_naive();
    let signed_on = row.signed_at.map(|at| at.with_timezone(&tz).date_naive());
    let input = ControlInput {
        held_on: form.held_on,
        scope: form.scope,
        findings: form.findings,
        recommendations: form.recommendations,
    };
    let checked = check_control(&input, signed_on, today).map_err(StoreError::Invalid)?;
    let held_on = checked.held_on.unwrap_or(today);
    let days = control_days(&txn, row.tenant_id).await?;
    let due = recommendations_due(held_on, &checked.recommendations, days);
    let saved = new_row(&row, checked, due, actor, now).insert(&txn).await?;
    let detail = serde_json::json!({
        "control_id": saved.id, "held_on": held_on, "recommendations_due": due
    });
    crate::audit::record(&txn, actor, "agreement", id, "control_record", detail, now).await?;
    tell_organisation(&txn, &row, &saved, now).await?;
    let view = view_of(&txn, row, AgreementRole::Staff).await?;
    txn.commit().await?;
    Ok(view)
}

fn new_row(
    row: &agreement::Model,
    checked: ControlInput,
    due: Option<NaiveDate>,
    actor: &Actor,
    now: DateTime<Utc>,
) -> agreement_control::ActiveModel {
    agreement_control::ActiveModel {
        agreement_id: Set(row.id),
        tenant_id: Set(row.tenant_id),
        held_on: Set(checked.held_on.unwrap_or(NaiveDate::MIN)),
        scope: Set(checked.scope),
        findings: Set(checked.findings),
        recommendations: Set(checked.recommendations),
        recommendations_due: Set(due),
        recommendations_done_on: Set(None),
        recorded_by: Set(actor.user_id),
        created_at: Set(now),
        updated_at: Set(now),
        ..Default::default()
    }
}

async fn tell_organisation(
    conn: &impl ConnectionTrait,
    row: &agreement::Model,
    control: &agreement_control::Model,
    now: DateTime<Utc>,
) -> StoreResult<()> {
    let event = Event::ControlRecorded {
        agreement_number: row.number.clone(),
        task_title: terms_of(row)?.task_title,
        held_on: control.held_on,
        recommendations_due: control.recommendations_due,
    };
    let subject = Subject {
        tenant_id: row.tenant_id,
        entity: "agreement",
        entity_id: row.id,
        link_path: format!("/agreements/{}", row.id),
    };
    let recipients = party_recipients(conn, row).await?;
    notifications::enqueue(conn, &subject, &recipients, &event, None, now).await?;
    Ok(())
}

/// Marks a control's recommendations carried out (the staff confirm what the organisation did).
/// Marking them again keeps the first day.
pub async fn recommendations_done(
    db: &Db,
    actor: &Actor,
    control_id: i64,
    form: DoneForm,
    now: DateTime<Utc>,
) -> StoreResult<AgreementView> {
    let txn = db.writer.begin().await?;
    actor.require_staff()?;
    let control = agreement_control::Entity::find_by_id(control_id)
        .one(&txn)
        .await?
        .filter(|c| c.tenant_id == actor.tenant_id())
        .ok_or(StoreError::NotFound)?;
    let row = access::for_staff(&txn, actor, control.agreement_id).await?;
    if control.recommendations_due.is_none() {
        return Err(super::refused(
            "recommendations",
            granty_domain::Rule::Required,
        ));
    }
    if control.recommendations_done_on.is_none() {
        let today = now.with_timezone(&actor.tenant.time_zone).date_naive();
        let done_on = form.done_on.unwrap_or(today);
        check_done(control.held_on, done_on, today)
            .into_result(())
            .map_err(StoreError::Invalid)?;
        let mut active = agreement_control::ActiveModel::from(control.clone());
        active.recommendations_done_on = Set(Some(done_on));
        active.updated_at = Set(now);
        active.update(&txn).await?;
        let detail = serde_json::json!({ "control_id": control.id, "done_on": done_on });
        crate::audit::record(
            &txn,
            actor,
            "agreement",
            row.id,
            "control_done",
            detail,
            now,
        )
        .await?;
    }
    let view = view_of(&txn, row, AgreementRole::Staff).await?;
    txn.commit().await?;
    Ok(view)
}
