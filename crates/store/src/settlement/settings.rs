//! A town's settlement settings (`tenant_settlement_settings`) and the interest rates it adds
//! to the shipped table (`tenant_interest_rates`): the defaults until its admin saves some, read
//! by the settlement use cases and shown and changed on the admin's page and API.

use crate::accounts::Actor;
use crate::entities::{tenant_interest_rate, tenant_settlement_setting};
use crate::error::{StoreError, StoreResult};
use crate::Db;
use chrono::{DateTime, NaiveDate, Utc};
use granty_domain::roles::Role;
use granty_domain::settlement::{
    town_rates, InterestRates, RateInput, SettlementSettings, TownSettlementSettings,
};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, Set,
    TransactionTrait,
};
use serde::{Deserialize, Serialize};

/// The settings as the admin reads and writes them (JSON), each number with its basis in the
/// domain's [`TownSettlementSettings`]. A field left out of a PUT takes its default.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(default)]
pub struct SettlementSettingsInput {
    pub days_after_finding: i64,
    pub written_call_days: i64,
    pub interest_floor_minor: i64,
    pub keep_grant_share: bool,
    pub documents_list: bool,
    pub partial_call_days: i64,
    pub correction_days: i64,
    pub control_days: i64,
    pub overdue_every_days: i64,
    /// The town's own rates, after the shipped table.
    pub rates: Vec<RateInput>,
}

impl Default for SettlementSettingsInput {
    fn default() -> Self {
        SettlementSettingsView::from_parts(&TownSettlementSettings::default(), Vec::new()).settings
    }
}

/// One row of the whole rate table: shipped with Granty, or added by the town.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct RateView {
    pub from: NaiveDate,
    pub rate_bp: i64,
    pub shipped: bool,
}

/// The settings, and the whole rate table the settlement uses.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct SettlementSettingsView {
    #[serde(flatten)]
    pub settings: SettlementSettingsInput,
    pub table: Vec<RateView>,
}

impl SettlementSettingsView {
    fn from_parts(s: &TownSettlementSettings, rates: Vec<RateInput>) -> SettlementSettingsView {
        let shipped = InterestRates::shipped().map(|t| t.rows().to_vec());
        let mut table: Vec<RateView> = shipped
            .unwrap_or_default()
            .iter()
            .map(|r| RateView {
                from: r.from,
                rate_bp: r.rate.basis_points(),
                shipped: true,
            })
            .collect();
        table.extend(rates.iter().map(|r| RateView {
            from: r.from,
            rate_bp: r.rate_bp,
            shipped: false,
        }));
        let settings = SettlementSettingsInput {
            days_after_finding: i64::from(s.settlement.days_after_finding),
            written_call_days: i64::from(s.settlement.written_call_days),
            interest_floor_minor: s.settlement.interest_floor_minor,
            keep_grant_share: s.settlement.keep_grant_share,
            documents_list: s.documents_list,
            partial_call_days: i64::from(s.partial_call_days),
            correction_days: i64::from(s.correction_days),
            control_days: i64::from(s.control_days),
            overdue_every_days: i64::from(s.overdue_every_days),
            rates,
        };
        SettlementSettingsView { settings, table }
    }
}

/// The settings of town `tenant_id`, or the defaults while its admin has saved none.
pub async fn of_tenant(
    conn: &impl ConnectionTrait,
    tenant_id: i64,
) -> StoreResult<TownSettlementSettings> {
    match stored_row(conn, tenant_id).await? {
        Some(row) => from_row(&row),
        None => Ok(TownSettlementSettings::default()),
    }
}

/// The town's rates, oldest first.
pub async fn added_rates(
    conn: &impl ConnectionTrait,
    tenant_id: i64,
) -> StoreResult<Vec<RateInput>> {
    let rows = tenant_interest_rate::Entity::find()
        .filter(tenant_interest_rate::Column::TenantId.eq(tenant_id))
        .order_by_asc(tenant_interest_rate::Column::FromDay)
        .all(conn)
        .await?;
    Ok(rows
        .iter()
        .map(|r| RateInput {
            from: r.from_day,
            rate_bp: i64::from(r.rate_bp),
        })
        .collect())
}

/// The rate table the town's settlements use: the shipped one with the town's rows.
pub async fn rates_of(conn: &impl ConnectionTrait, tenant_id: i64) -> StoreResult<InterestRates> {
    let shipped = InterestRates::shipped()
        .map_err(|e| StoreError::Corrupt(format!("shipped interest rates: {e}")))?;
    let added = added_rates(conn, tenant_id).await?;
    town_rates(&shipped, &added)
        .map_err(|_| StoreError::Corrupt("a town's interest rates no longer fit the table".into()))
}

async fn stored_row(
    conn: &impl ConnectionTrait,
    tenant_id: i64,
) -> StoreResult<Option<tenant_settlement_setting::Model>> {
    Ok(tenant_settlement_setting::Entity::find()
        .filter(tenant_settlement_setting::Column::TenantId.eq(tenant_id))
        .one(conn)
        .await?)
}

fn from_row(row: &tenant_settlement_setting::Model) -> StoreResult<TownSettlementSettings> {
    let count = |value: i32| {
        u32::try_from(value)
            .map_err(|_| StoreError::Corrupt("settlement settings: a negative day count".into()))
    };
    Ok(TownSettlementSettings {
        settlement: SettlementSettings {
            days_after_finding: count(row.days_after_finding)?,
            written_call_days: count(row.written_call_days)?,
            interest_floor_minor: row.interest_floor_minor,
            keep_grant_share: row.keep_grant_share,
        },
        documents_list: row.documents_list,
        partial_call_days: count(row.partial_call_days)?,
        correction_days: count(row.correction_days)?,
        control_days: count(row.control_days)?,
        overdue_every_days: count(row.overdue_every_days)?,
    })
}

/// The town's settings and rate table for its admin.
pub async fn for_admin(db: &Db, actor: &Actor) -> StoreResult<SettlementSettingsView> {
    actor.require(Role::Admin)?;
    let tenant_id = actor.tenant_id();
    let settings = of_tenant(&db.reader, tenant_id).await?;
    let rates = added_rates(&db.reader, tenant_id).await?;
    Ok(SettlementSettingsView::from_parts(&settings, rates))
}

/// A day count as typed; one out of `u32` becomes a value every range refuses, so the domain
/// names the field.
fn days(value: i64) -> u32 {
    u32::try_from(value).unwrap_or(0)
}

fn parse(input: &SettlementSettingsInput) -> TownSettlementSettings {
    TownSettlementSettings {
        settlement: SettlementSettings {
            days_after_finding: days(input.days_after_finding),
            written_call_days: days(input.written_call_days),
            interest_floor_minor: input.interest_floor_minor,
            keep_grant_share: input.keep_grant_share,
        },
        documents_list: input.documents_list,
        partial_call_days: days(input.partial_call_days),
        correction_days: days(input.correction_days),
        control_days: days(input.control_days),
        overdue_every_days: days(input.overdue_every_days),
    }
}

/// The admin saves the town's settings and its added rates (replacing the rows it had); every
/// problem is reported at once and the change goes to the audit trail. Returns already decided
/// keep their amounts; interest on them follows the table from now on.
pub async fn save(
    db: &Db,
    actor: &Actor,
    input: &SettlementSettingsInput,
    now: DateTime<Utc>,
) -> StoreResult<SettlementSettingsView> {
    actor.require(Role::Admin)?;
    let settings = parse(input);
    let mut v = settings.check();
    let shipped = InterestRates::shipped()
        .map_err(|e| StoreError::Corrupt(format!("shipped interest rates: {e}")))?;
    if let Err(rates) = town_rates(&shipped, &input.rates) {
        v.extend(rates);
    }
    v.into_result(()).map_err(StoreError::Invalid)?;
    let tenant_id = actor.tenant_id();
    let txn = db.writer.begin().await?;
    let before = SettlementSettingsView::from_parts(
        &of_tenant(&txn, tenant_id).await?,
        added_rates(&txn, tenant_id).await?,
    );
    write_settings(&txn, tenant_id, &settings, now).await?;
    write_rates(&txn, actor, &input.rates, now).await?;
    let after = SettlementSettingsView::from_parts(&settings, input.rates.clone());
    let (was, is) = (
        serde_json::to_value(&before.settings)?,
        serde_json::to_value(&after.settings)?,
    );
    let action = "settlement_settings";
    crate::audit::record_change(&txn, actor, "tenant", tenant_id, action, was, is, now).await?;
    txn.commit().await?;
    Ok(after)
}

async fn write_settings(
    txn: &sea_orm::DatabaseTransaction,
    tenant_id: i64,
    s: &TownSettlementSettings,
    now: DateTime<Utc>,
) -> StoreResult<()> {
    // Each day count was bounded by the domain (≤ 90), so the columns hold it.
    let small = |n: u32| i32::try_from(n).unwrap_or(i32::MAX);
    let mut model = tenant_settlement_setting::ActiveModel {
        tenant_id: Set(tenant_id),
        days_after_finding: Set(small(s.settlement.days_after_finding)),
        written_call_days: Set(small(s.settlement.written_call_days)),
        interest_floor_minor: Set(s.settlement.interest_floor_minor),
        keep_grant_share: Set(s.settlement.keep_grant_share),
        documents_list: Set(s.documents_list),
        partial_call_days: Set(small(s.partial_call_days)),
        correction_days: Set(small(s.correction_days)),
        control_days: Set(small(s.control_days)),
        overdue_every_days: Set(small(s.overdue_every_days)),
        updated_at: Set(now),
        ..Default::default()
    };
    match stored_row(txn, tenant_id).await? {
        Some(row) => {
            model.id = Set(row.id);
            model.update(txn).await?;
        }
        None => {
            model.created_at = Set(now);
            model.insert(txn).await?;
        }
    }
    Ok(())
}

async fn write_rates(
    txn: &sea_orm::DatabaseTransaction,
    actor: &Actor,
    rates: &[RateInput],
    now: DateTime<Utc>,
) -> StoreResult<()> {
    let tenant_id = actor.tenant_id();
    tenant_interest_rate::Entity::delete_many()
        .filter(tenant_interest_rate::Column::TenantId.eq(tenant_id))
        .exec(txn)
        .await?;
    let shipped = InterestRates::shipped()
        .map(|t| t.rows().to_vec())
        .unwrap_or_default();
    for rate in rates {
        // A row the shipped table already has is not the town's (`extended` skips it too).
        if shipped.iter().any(|r| r.from == rate.from) {
            continue;
        }
        tenant_interest_rate::ActiveModel {
            tenant_id: Set(tenant_id),
            from_day: Set(rate.from),
            // Bounded by the domain (≤ 100 %).
            rate_bp: Set(i32::try_from(rate.rate_bp).unwrap_or(i32::MAX)),
            created_by: Set(actor.user_id),
            created_at: Set(now),
            updated_at: Set(now),
            ..Default::default()
        }
        .insert(txn)
        .await?;
    }
    Ok(())
}
