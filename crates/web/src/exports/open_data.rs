//! A town's awarded grants as open data: CSV (headers in the visitor's language) and JSON (a
//! stable array of objects with English keys), both streamed a page at a time.

use super::table::{header, keyset, page_of, Cell, Row, Sheet};
use axum::body::Body;
use bytes::Bytes;
use chrono::NaiveDate;
use futures::stream::{self, StreamExt};
use granty_domain::money::decimal_string;
use granty_domain::Language;
use granty_store::exports::open_data::{GrantLine, OpenGrants};
use granty_store::{Db, StoreResult};
use serde::Serialize;
use std::sync::Arc;

/// One awarded grant, as the JSON download and `GET /public/{tenant}/grants` give it.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct OpenGrant {
    pub call_id: i64,
    pub call_title: String,
    pub organisation: String,
    pub task_title: String,
    /// The amount awarded as an exact decimal, e.g. `"11000.00"`.
    pub amount: String,
    /// The same amount in minor units (grosze).
    pub amount_minor: i64,
    /// ISO 4217, e.g. `PLN`.
    pub currency: String,
    /// The day of the executive's decision on the awards.
    pub decided_on: NaiveDate,
    /// The act that decided them, e.g. `Zarządzenie nr 12/2027`.
    pub decision_reference: String,
}

impl From<GrantLine> for OpenGrant {
    fn from(g: GrantLine) -> Self {
        OpenGrant {
            call_id: g.call_id,
            call_title: g.call_title,
            organisation: g.organisation,
            task_title: g.task_title,
            amount: decimal_string(g.amount),
            amount_minor: g.amount,
            currency: g.currency.code().to_string(),
            decided_on: g.decided_on,
            decision_reference: g.decision_reference,
        }
    }
}

fn cells(g: GrantLine) -> Row {
    vec![
        Cell::Text(g.call_title),
        Cell::Text(g.organisation),
        Cell::Text(g.task_title),
        Cell::Amount(g.amount),
        Cell::text(g.currency.code()),
        Cell::Date(g.decided_on),
        Cell::Text(g.decision_reference),
    ]
}

/// The grants as a CSV sheet.
pub fn grants_sheet(db: Db, grants: OpenGrants, lang: Language) -> Sheet {
    let file_stem = format!("grants-{}", grants.tenant().slug);
    let ids = [
        "export_call",
        "export_organisation",
        "export_task",
        "export_amount_awarded",
        "export_currency",
        "export_decided_on",
        "export_decision_reference",
    ];
    let grants = Arc::new(grants);
    let pages = keyset(move |after| {
        let (db, grants) = (db.clone(), grants.clone());
        async move {
            let lines = grants.page(&db, after).await?;
            Ok(page_of(lines, |g| g.award_id, cells))
        }
    });
    Sheet {
        title: header(lang, "export_sheet_grants"),
        file_stem,
        headers: ids.iter().map(|id| header(lang, id)).collect(),
        pages,
    }
}

/// The grants as a JSON array, a page of objects per chunk.
pub fn grants_json(db: Db, grants: OpenGrants) -> Body {
    let grants = Arc::new(grants);
    let pages = stream::try_unfold(Some(None), move |next: Option<Option<i64>>| {
        let (db, grants) = (db.clone(), grants.clone());
        async move {
            let Some(after) = next else {
                return StoreResult::Ok(None);
            };
            let lines = grants.page(&db, after).await?;
            let Some(last) = lines.last().map(|g| g.award_id) else {
                return Ok(None);
            };
            let items: Vec<String> = lines
                .into_iter()
                .map(|g| {
                    serde_json::to_string(&OpenGrant::from(g)).unwrap_or_else(|_| "null".into())
                })
                .collect();
            Ok(Some((items, Some(Some(last)))))
        }
    });
    let mut first = true;
    let objects = pages.map(move |page| {
        page.map(|items| {
            let mut chunk = String::new();
            for item in items {
                if !std::mem::take(&mut first) {
                    chunk.push(',');
                }
                chunk.push_str(&item);
            }
            Bytes::from(chunk)
        })
        .inspect_err(|e| tracing::error!(error = %e, "a JSON download broke off"))
    });
    let open = stream::once(async { Ok(Bytes::from_static(b"[")) });
    let close = stream::once(async { Ok(Bytes::from_static(b"]")) });
    Body::from_stream(open.chain(objects).chain(close))
}
