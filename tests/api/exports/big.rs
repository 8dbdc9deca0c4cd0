//! A big call (issue 14, goal 5): 10,000 submitted offers. The CSV and XLSX downloads stream:
//! the store is asked a page at a time (keyset, never the whole call), the body comes without
//! a length in several chunks, and every offer is in the file once, in the order received.
//! No timing is asserted here; `scripts/measure-exports.sh` measures time and memory.

use super::*;
use crate::on_both_databases;
use chrono::Duration;
use granty_store::entities::{application, organisation};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, Set};
use serde_json::json;

pub const BIG: usize = 10_000;

/// Inserts `count` formally accepted offers of the scenario's organisation into its call, one
/// second apart, each asking 1 000,01 zł more than the one before.
pub async fn big_call(app: &TestApp, count: usize) -> Scenario {
    let s = app.scenario().await;
    let owner = organisation::Entity::find()
        .filter(organisation::Column::Id.eq(s.organisation))
        .one(&app.db.reader)
        .await
        .expect("organisation")
        .expect("row");
    let start = app.now() - Duration::days(20);
    let models: Vec<application::ActiveModel> = (0..count)
        .map(|k| application::ActiveModel {
            tenant_id: Set(app.tenant_id),
            call_id: Set(s.call),
            organisation_id: Set(owner.id),
            state: Set("formally_accepted".into()),
            content: Set(json!({ "title": format!("Zadanie {}", k + 1) }).to_string()),
            requested_grant_minor: Set(100_001 * (k as i64 + 1)),
            total_costs_minor: Set(200_000),
            lock_version: Set(1),
            current_version_no: Set(1),
            receipt_number: Set(Some(format!("K{}/2026/{:05}", s.call, k + 1))),
            submitted_at: Set(Some(start + Duration::seconds(k as i64))),
            created_by: Set(1),
            created_at: Set(start),
            updated_at: Set(start),
            ..Default::default()
        })
        .collect();
    for chunk in models.chunks(500) {
        application::Entity::insert_many(chunk.to_vec())
            .exec(&app.db.writer)
            .await
            .expect("offers");
    }
    s
}

on_both_databases!(ten_thousand_offers_stream_a_page_at_a_time);

async fn ten_thousand_offers_stream_a_page_at_a_time(backend: Backend) {
    let app = TestApp::start(backend).await;
    let s = big_call(&app, BIG).await;
    let path = format!("/api/v1/calls/{}/applications.csv", s.call);

    let request = async {
        let response = app
            .client
            .get(app.url(&path))
            .bearer_auth(&s.clerk)
            .send()
            .await
            .expect("request");
        assert_eq!(response.status(), StatusCode::OK);
        assert!(
            response.content_length().is_none(),
            "streamed: no length in advance"
        );
        let mut response = response;
        let mut chunks = 0;
        let mut body = Vec::new();
        while let Some(chunk) = response.chunk().await.expect("chunk") {
            chunks += 1;
            body.extend_from_slice(&chunk);
        }
        (chunks, body)
    };
    let ((chunks, body), statements) = app.queries_of(request).await;
    let pages = statements
        .iter()
        .filter(|sql| sql.contains("\"applications\"") && sql.to_uppercase().contains("LIMIT"))
        .count();
    assert_eq!(
        pages,
        BIG / 500 + 1,
        "twenty full pages and the empty one that ends it"
    );
    assert!(
        chunks >= BIG / 500,
        "a chunk per page at least, got {chunks}"
    );
    let file = Download {
        status: StatusCode::OK,
        headers: Default::default(),
        bytes: body,
    };
    let lines = file.lines();
    assert_eq!(lines.len(), BIG + 1);
    assert!(
        lines[1].starts_with(&format!("K{}/2026/00001,", s.call)),
        "{}",
        lines[1]
    );
    let last = fields(&lines[BIG]);
    assert_eq!(
        last[0],
        format!("K{}/2026/10000", s.call),
        "in the order received"
    );
    assert_eq!(last[5], "10000100.00", "10,000 × 1 000,01 zł, exact");

    let xlsx_path = path.replace(".csv", ".xlsx");
    let (xlsx, statements) = app
        .queries_of(download(&app, Some(&s.clerk), &xlsx_path, None))
        .await;
    assert_eq!(xlsx.status, StatusCode::OK);
    let pages = statements
        .iter()
        .filter(|sql| sql.contains("\"applications\"") && sql.to_uppercase().contains("LIMIT"))
        .count();
    assert_eq!(pages, BIG / 500 + 1);
    let (_, rows) = xlsx.sheet();
    assert_eq!(rows.len(), BIG + 1);
    assert_eq!(amount(&rows[BIG][5]), "10000100.00");
}
