//! The protocol of a call's evaluation as a PDF, for the town's staff: gathered from the same
//! use cases the ranking board, the committee page and the results page read.

use super::protocol_data::{protocol_data, Gathered};
use super::{render, safe_file_part, Document, Pdf};
use crate::entities::{application, evaluation_exclusion, impartiality_declaration};
use crate::error::StoreResult;
use crate::evaluation::offers::names;
use crate::evaluation::{overview, ranking::ranking_board};
use crate::results::staff_results;
use crate::{Actor, Db};
use chrono::{DateTime, NaiveTime, Utc};
use granty_documents::{DocumentKind, Engine};
use sea_orm::QueryOrder;
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, PaginatorTrait, QueryFilter};
use std::collections::BTreeMap;

/// The protocol of call `call_id` in `language` (staff of the call's town; others 403/404 as
/// the ranking board answers). Dated by the results' publication, else the decision's day,
/// else the call's deadline: never "now", so it renders the same until something changes.
pub async fn protocol_pdf(
    db: &Db,
    engine: &Engine,
    actor: &Actor,
    call_id: i64,
    language: &str,
    now: chrono::DateTime<chrono::Utc>,
) -> StoreResult<Pdf> {
    // `now` only judges the applicant flags the board carries; the protocol shows none.
    let board = ranking_board(db, actor, call_id, now).await?;
    let overview = overview(db, actor, call_id).await?;
    let results = staff_results(db, actor, call_id).await?;
    let conn = &db.reader;
    let tied = tied_ids(conn, call_id).await?;
    let organisation_names = names(conn, tied.values().flatten().copied()).await?;
    let ties = tied
        .into_iter()
        .map(|(user, ids)| {
            let names = ids
                .iter()
                .filter_map(|id| organisation_names.get(id).cloned());
            (user, names.collect())
        })
        .collect();
    let data = protocol_data(&Gathered {
        authority: &actor.tenant.name,
        zone: actor.tenant.time_zone,
        board: &board,
        overview: &overview,
        results: &results,
        offers_submitted: submitted(conn, call_id).await?,
        ties,
        exclusions: exclusions(conn, call_id).await?,
    });
    let decision = results.decision.as_ref();
    let created_at: DateTime<Utc> = decision
        .and_then(|d| d.published_at)
        .or_else(|| decision.map(|d| d.decided_on.and_time(NaiveTime::MIN).and_utc()))
        .unwrap_or(board.call.terms.deadline);
    let bytes = render(
        engine,
        Document {
            kind: DocumentKind::Protocol,
            tenant: &actor.tenant,
            language,
            data: &data,
            created_at,
            title: board.call.terms.title.clone(),
        },
    )?;
    Ok(Pdf {
        bytes,
        file_name: format!("protokol-{}.pdf", safe_file_part(&call_id.to_string())),
    })
}

/// Each member's declared ties (organisation ids), by user id.
async fn tied_ids(
    conn: &impl ConnectionTrait,
    call_id: i64,
) -> StoreResult<BTreeMap<i64, Vec<i64>>> {
    let mut ties = BTreeMap::new();
    for declaration in impartiality_declaration::Entity::find()
        .filter(impartiality_declaration::Column::CallId.eq(call_id))
        .all(conn)
        .await?
    {
        let ids: Vec<i64> = serde_json::from_str(&declaration.tied_organisation_ids)?;
        ties.insert(declaration.user_id, ids);
    }
    Ok(ties)
}

async fn exclusions(
    conn: &impl ConnectionTrait,
    call_id: i64,
) -> StoreResult<Vec<(i64, i64, String, String)>> {
    Ok(evaluation_exclusion::Entity::find()
        .filter(evaluation_exclusion::Column::CallId.eq(call_id))
        .order_by_asc(evaluation_exclusion::Column::Id)
        .all(conn)
        .await?
        .into_iter()
        .map(|e| (e.user_id, e.application_id, e.reason, e.note))
        .collect())
}

async fn submitted(conn: &impl ConnectionTrait, call_id: i64) -> StoreResult<usize> {
    let count = application::Entity::find()
        .filter(application::Column::CallId.eq(call_id))
        .filter(application::Column::SubmittedAt.is_not_null())
        .count(conn)
        .await?;
    Ok(count as usize)
}
