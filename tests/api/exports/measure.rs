//! Not a check but a measurement (`scripts/measure-exports.sh`): the 10,000-offer call scored
//! by three members, each download's time, size and the process's peak memory above what it
//! held before (VmHWM reset through /proc/self/clear_refs). Ignored by `cargo test`; run in
//! the dev profile it gives upper bounds (no release builds on the shared machines).

use super::big::{big_call, BIG};
use super::*;
use chrono::Utc;
use granty_domain::roles::Role;
use granty_store::entities::{application, call, committee_member, scorecard, user};
use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, QueryFilter, Set};
use serde_json::json;
use std::time::Instant;

fn status_kb(field: &str) -> u64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    status
        .lines()
        .find_map(|l| l.strip_prefix(field))
        .and_then(|rest| rest.split_whitespace().next())
        .and_then(|n| n.parse().ok())
        .unwrap_or(0)
}

/// Three scoring members with a submitted card on every offer (inserted in batches).
async fn scored(app: &TestApp, call_id: i64) {
    let n: Vec<serde_json::Value> = {
        let row = call::Entity::find_by_id(call_id)
            .one(&app.db.reader)
            .await
            .expect("q")
            .expect("call");
        serde_json::from_str(&row.criteria).expect("criteria")
    };
    let offers: Vec<i64> = application::Entity::find()
        .filter(application::Column::CallId.eq(call_id))
        .all(&app.db.reader)
        .await
        .expect("offers")
        .iter()
        .map(|o| o.id)
        .collect();
    let now = app.now();
    for m in 1..=3 {
        let email = format!("oceniajacy{m}@miasto.pl");
        app.user(&email, Role::Evaluator).await;
        let member = user::Entity::find()
            .filter(user::Column::Email.eq(email.as_str()))
            .one(&app.db.reader)
            .await
            .expect("q")
            .expect("user")
            .id;
        committee_member::ActiveModel {
            call_id: Set(call_id),
            user_id: Set(member),
            kind: Set("official".into()),
            nominated_by_name: Set(String::new()),
            scores: Set(true),
            appointed_by: Set(1),
            created_at: Set(now),
            updated_at: Set(now),
            ..Default::default()
        }
        .insert(&app.db.writer)
        .await
        .expect("member");
        let cards: Vec<scorecard::ActiveModel> = offers.iter().enumerate().map(|(k, &offer)| {
            let entries: Vec<serde_json::Value> = (0..n.len()).map(|i| json!({ "criterion": i, "points": ((k + m) % 10).to_string(), "justification": "Uzasadnienie." })).collect();
            scorecard::ActiveModel {
                call_id: Set(call_id), application_id: Set(offer), user_id: Set(member),
                state: Set("submitted".into()), entries: Set(serde_json::Value::from(entries).to_string()),
                submitted_at: Set(Some(now)), lock_version: Set(1), created_at: Set(now), updated_at: Set(now),
                ..Default::default()
            }
        }).collect();
        for chunk in cards.chunks(500) {
            scorecard::Entity::insert_many(chunk.to_vec())
                .exec(&app.db.writer)
                .await
                .expect("cards");
        }
    }
}

async fn measure(app: &TestApp, token: &str, path: &str) {
    let base = status_kb("VmRSS:");
    let _ = std::fs::write("/proc/self/clear_refs", "5");
    let started = Instant::now();
    let response = app
        .client
        .get(app.url(path))
        .bearer_auth(token)
        .send()
        .await
        .expect("request");
    assert_eq!(response.status(), StatusCode::OK, "{path}");
    // The client counts the bytes and drops them, so the peak is the server's doing.
    let mut response = response;
    let mut bytes = 0;
    while let Some(chunk) = response.chunk().await.expect("chunk") {
        bytes += chunk.len();
    }
    let took = started.elapsed();
    let peak = status_kb("VmHWM:");
    println!(
        "{path}: {} ms, {} kB, peak RSS {} MB above the {} MB before",
        took.as_millis(),
        bytes / 1024,
        peak.saturating_sub(base) / 1024,
        base / 1024
    );
}

/// The submissions of a call of `count` offers, and with `ranking` the ranking's too.
async fn measure_on(backend: Backend, count: usize, ranking: bool) {
    let app = TestApp::start(backend).await;
    let started = Utc::now();
    let s = big_call(&app, count).await;
    if ranking {
        scored(&app, s.call).await;
    }
    let took = (Utc::now() - started).num_seconds();
    println!("{backend:?}: {count} offers (scored: {ranking}) in {took} s");
    let mut what = vec!["applications.csv", "applications.xlsx"];
    if ranking {
        what.extend(["ranking.csv", "ranking.xlsx"]);
    }
    // The submissions' CSV twice: the second run shows what stays once the allocator is warm.
    what.push("applications.csv");
    for file in what {
        measure(&app, &s.clerk, &format!("/api/v1/calls/{}/{file}", s.call)).await;
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "a measurement, run by scripts/measure-exports.sh"]
async fn measure_big_exports() {
    let mut backends = vec![Backend::Sqlite];
    if postgres_url().is_some() {
        backends.push(Backend::Postgres);
    }
    for backend in backends {
        // A tenth of the rows first: memory that grows with the rows would show as a difference.
        measure_on(backend, BIG / 10, false).await;
        measure_on(backend, BIG, true).await;
    }
}
