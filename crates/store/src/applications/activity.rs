//! Numbers about a call's offers for the staff: how many were started and submitted in each
//! period of the call (the clerk's chart), and how many each call has received (the calls list).

use crate::calls::CallRecord;
use crate::entities::application;
use crate::error::StoreResult;
use crate::{Actor, Db};
use chrono::{DateTime, Utc};
use granty_domain::call::activity::{periods, tally, Tally};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QuerySelect};
use std::collections::HashMap;

/// Offers started and submitted per local day of the call, per hour in its last 48 hours.
///
/// The query reads the two instants of each offer of the call; the grouping into the town's
/// local days and hours happens here, because SQLite knows no time zones and a day across a
/// clock change must be the town's day on both databases.
pub async fn call_activity(db: &Db, actor: &Actor, call_id: i64) -> StoreResult<Vec<Tally>> {
    actor.require_staff()?;
    let call = crate::calls::visible(&db.reader, actor, call_id).await?;
    activity_in_call(db, actor, &call).await
}

/// Like [`call_activity`], for a call the caller has already read (through `calls::get`).
pub async fn activity_in_call(
    db: &Db,
    actor: &Actor,
    call: &CallRecord,
) -> StoreResult<Vec<Tally>> {
    actor.require_staff()?;
    let rows: Vec<(DateTime<Utc>, Option<DateTime<Utc>>)> = application::Entity::find()
        .select_only()
        .column(application::Column::CreatedAt)
        .column(application::Column::SubmittedAt)
        .filter(application::Column::TenantId.eq(actor.tenant_id()))
        .filter(application::Column::CallId.eq(call.id))
        .into_tuple()
        .all(&db.reader)
        .await?;
    let started: Vec<_> = rows.iter().map(|(created, _)| *created).collect();
    let submitted: Vec<_> = rows
        .iter()
        .filter_map(|(_, submitted)| *submitted)
        .collect();
    let zone = actor.tenant.time_zone;
    let terms = &call.terms;
    Ok(tally(
        &periods(terms.opens_at, terms.deadline, zone),
        &started,
        &submitted,
    ))
}

/// How many offers each of the town's calls has received (a corrected offer counts once); calls
/// with none are absent.
pub async fn submitted_per_call(db: &Db, actor: &Actor) -> StoreResult<HashMap<i64, i64>> {
    actor.require_staff()?;
    let counts: Vec<(i64, i64)> = application::Entity::find()
        .select_only()
        .column(application::Column::CallId)
        .column_as(application::Column::Id.count(), "submitted")
        .filter(application::Column::TenantId.eq(actor.tenant_id()))
        .filter(application::Column::SubmittedAt.is_not_null())
        .group_by(application::Column::CallId)
        .into_tuple()
        .all(&db.reader)
        .await?;
    Ok(counts.into_iter().collect())
}
