//! Where a call's awards stand with their agreements, for the clerk's results page: each chosen
//! award's id (the agreement is drawn up from it) and its agreement, once there is one.

use crate::entities::{agreement, award};
use crate::error::StoreResult;
use crate::{Actor, Db};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
use std::collections::BTreeMap;

/// One chosen award of a call and its agreement.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AwardAgreement {
    pub award_id: i64,
    pub agreement_id: Option<i64>,
}

/// The chosen awards of call `call_id` by application, for the town's staff.
pub async fn of_call(
    db: &Db,
    actor: &Actor,
    call_id: i64,
) -> StoreResult<BTreeMap<i64, AwardAgreement>> {
    actor.require_staff()?;
    let call = crate::calls::visible(&db.reader, actor, call_id).await?;
    let awards = award::Entity::find()
        .filter(award::Column::CallId.eq(call.id))
        .filter(award::Column::Decision.eq("awarded"))
        .all(&db.reader)
        .await?;
    let agreements = agreement::Entity::find()
        .filter(agreement::Column::CallId.eq(call.id))
        .all(&db.reader)
        .await?;
    Ok(awards
        .into_iter()
        .map(|a| {
            let agreement_id = agreements.iter().find(|g| g.award_id == a.id).map(|g| g.id);
            let link = AwardAgreement {
                award_id: a.id,
                agreement_id,
            };
            (a.application_id, link)
        })
        .collect())
}
