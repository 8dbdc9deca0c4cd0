//! What a settlement is computed from: the agreement's terms in force (planned costs and
//! sources, the shift, the dates), the transfers recorded, and the report's actual figures.

use super::settings;
use crate::agreements::view::{currency_of, terms_of};
use crate::entities::{agreement, agreement_payment};
use crate::error::StoreResult;
use chrono::NaiveDate;
use granty_domain::settlement::{
    settle, LineInput, ReportSettlementInput, ReturnDates, Settlement, Sources, Transfer,
};
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder};

/// One cost line's actual figures in a report, matched to the agreement's line by number.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ActualLine {
    pub number: String,
    pub actual: i64,
    pub actual_grant: Option<i64>,
}

/// What the final report says was spent and earned (minor units).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ReportActuals {
    pub lines: Vec<ActualLine>,
    pub actual: Sources,
    /// Bank interest and other income earned on the grant.
    pub other_income: i64,
}

/// The transfers of the grant, oldest first.
pub async fn transfers(
    conn: &impl ConnectionTrait,
    agreement_id: i64,
) -> StoreResult<Vec<Transfer>> {
    let rows = agreement_payment::Entity::find()
        .filter(agreement_payment::Column::AgreementId.eq(agreement_id))
        .order_by_asc(agreement_payment::Column::PaidOn)
        .order_by_asc(agreement_payment::Column::Id)
        .all(conn)
        .await?;
    Ok(rows
        .iter()
        .map(|p| Transfer {
            paid_on: p.paid_on,
            amount: p.amount_minor,
        })
        .collect())
}

/// The domain's input: a line the report leaves out counts as nothing spent on it (its whole
/// planned amount unused); the annex allowance is already in the terms in force (an annex
/// changes the planned amounts), so no line is flagged as annex-allowed here.
pub async fn settlement_input(
    conn: &impl ConnectionTrait,
    row: &agreement::Model,
    actuals: &ReportActuals,
    found_on: NaiveDate,
) -> StoreResult<ReportSettlementInput> {
    let terms = terms_of(row)?;
    let lines = terms
        .cost_lines
        .iter()
        .map(|line| {
            let reported = actuals.lines.iter().find(|a| a.number == line.number);
            LineInput {
                number: line.number.clone(),
                planned: line.value.minor,
                planned_grant: line.grant_part.map(|m| m.minor),
                actual: reported.map_or(0, |a| a.actual),
                actual_grant: reported.and_then(|a| a.actual_grant),
                annex_allowed: false,
            }
        })
        .collect();
    Ok(ReportSettlementInput {
        currency: currency_of(row),
        lines,
        planned: Sources::planned(&terms),
        actual: actuals.actual,
        transfers: transfers(conn, row.id).await?,
        other_income: actuals.other_income,
        shift: terms.shift,
        shift_basis: terms.shift_basis,
        dates: ReturnDates::of(&terms),
        found_on,
    })
}

/// The settlement of `row` on the report's `actuals`, established on `found_on` (the clerk's
/// acceptance day, or today for a preview), with the town's settings.
pub async fn settlement_of(
    conn: &impl ConnectionTrait,
    row: &agreement::Model,
    actuals: &ReportActuals,
    found_on: NaiveDate,
) -> StoreResult<Settlement> {
    let input = settlement_input(conn, row, actuals, found_on).await?;
    let town = settings::of_tenant(conn, row.tenant_id).await?;
    Ok(settle(&input, &town.settlement))
}
