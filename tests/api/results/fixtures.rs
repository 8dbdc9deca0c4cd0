//! A call whose offers passed the formal check and wait for the results: two organisations (one
//! member writes in Polish, the other in English), awards written straight into `awards` (the
//! ranking board writes them in the application; this file stands in for it).

use crate::support::*;
use chrono::Duration;
use granty_domain::roles::Role;
use granty_domain::Language;
use granty_store::entities::{award, call, notification};
use reqwest::StatusCode;
use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, QueryFilter, QueryOrder, Set};
use serde_json::{json, Value};

pub struct Evaluated {
    pub app: TestApp,
    pub clerk: String,
    /// Member of the first organisation (Polish).
    pub ngo: String,
    /// Member of the second organisation (English).
    pub ngo_en: String,
    pub call: i64,
    /// The first organisation's offer (asks 11 000,00).
    pub first: i64,
    /// The second organisation's offer.
    pub second: i64,
}

pub async fn formal_check(app: &TestApp, clerk: &str, id: i64, outcome: &str) {
    let body = match outcome {
        "rejected" => json!({ "outcome": "rejected", "reason": "Oferta niekompletna" }),
        _ => json!({ "outcome": outcome }),
    };
    let path = format!("/api/v1/applications/{id}/formal-check");
    let (status, checked) = app.post(clerk, &path, body).await;
    assert_eq!(status, StatusCode::OK, "{checked}");
}

/// The call moves on to the merit evaluation (the committee's part of the application does this;
/// here the state is set directly).
pub async fn start_evaluation(app: &TestApp, call_id: i64) {
    call::ActiveModel {
        id: Set(call_id),
        state: Set("in_evaluation".into()),
        ..Default::default()
    }
    .update(&app.db.writer)
    .await
    .expect("in evaluation");
}

pub async fn evaluated(backend: Backend) -> Evaluated {
    evaluated_in(TestApp::start(backend).await).await
}

/// Like [`evaluated`], in an app the test started its own way.
pub async fn evaluated_in(app: TestApp) -> Evaluated {
    let Scenario {
        clerk: _,
        ngo,
        organisation,
        call,
    } = app.scenario().await;
    let ngo_en = app
        .user_full(
            "society@example.org",
            Role::Ngo,
            app.tenant_id,
            "miasto",
            Language::En,
        )
        .await;
    let other = app
        .organisation(&ngo_en, "Towarzystwo Teatralne", "7740001454")
        .await;
    let first = app.submitted(&ngo, call, organisation).await;
    let second = app.submitted(&ngo_en, call, other).await;
    app.clock.advance(Duration::days(31));
    let clerk = app.token("urzednik@miasto.pl", "miasto").await;
    let ngo = app.token("fundacja@example.org", "miasto").await;
    let ngo_en = app.token("society@example.org", "miasto").await;
    formal_check(&app, &clerk, first, "accepted").await;
    formal_check(&app, &clerk, second, "accepted").await;
    start_evaluation(&app, call).await;
    Evaluated {
        app,
        clerk,
        ngo,
        ngo_en,
        call,
        first,
        second,
    }
}

/// Writes an award as the ranking board would: `amount` of `requested` (grosze), the panel's
/// total in hundredths of a point, the update state following from the two.
pub async fn insert_award(
    app: &TestApp,
    call_id: i64,
    application_id: i64,
    amount: Option<i64>,
    total_centi: i64,
    rank: i32,
) {
    let requested = 1_100_000;
    let update_state = match amount {
        Some(a) if a < requested => "awaiting",
        _ => "not_needed",
    };
    let now = app.now();
    award::ActiveModel {
        call_id: Set(call_id),
        application_id: Set(application_id),
        decision: Set(if amount.is_some() {
            "awarded"
        } else {
            "not_awarded"
        }
        .into()),
        requested_minor: Set(requested),
        amount_minor: Set(amount.unwrap_or(0)),
        currency: Set("PLN".into()),
        reason: Set(String::new()),
        update_state: Set(update_state.into()),
        update_version_no: Set(None),
        total_centi: Set(Some(total_centi)),
        rank: Set(Some(rank)),
        set_by: Set(1),
        lock_version: Set(1),
        created_at: Set(now),
        updated_at: Set(now),
        ..Default::default()
    }
    .insert(&app.db.writer)
    .await
    .expect("award");
}

pub async fn record_decision(e: &Evaluated) {
    let body = json!({
        "decided_by_name": "Burmistrz Miasta",
        "decision_reference": "Zarządzenie nr 12/2027",
        "decided_on": e.app.now().date_naive().to_string(),
    });
    let path = format!("/api/v1/calls/{}/decision", e.call);
    let (status, saved) = e.app.post(&e.clerk, &path, body).await;
    assert_eq!(status, StatusCode::OK, "{saved}");
}

/// The first offer awarded 9 000,00 of 11 000,00 (an update awaits), the second not chosen
/// with 61,25 points; decided and published.
pub async fn published(backend: Backend) -> Evaluated {
    let e = evaluated(backend).await;
    insert_award(&e.app, e.call, e.first, Some(900_000), 8_450, 1).await;
    insert_award(&e.app, e.call, e.second, None, 6_125, 2).await;
    record_decision(&e).await;
    let path = format!("/api/v1/calls/{}/results/publish", e.call);
    let (status, body) = e.app.post(&e.clerk, &path, json!({})).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    e
}

/// The outbox's rows of `kind`: (recipient, language).
pub async fn queued(app: &TestApp, kind: &str) -> Vec<(String, String)> {
    notification::Entity::find()
        .filter(notification::Column::Kind.eq(kind))
        .order_by_asc(notification::Column::Id)
        .all(&app.db.reader)
        .await
        .expect("notifications")
        .into_iter()
        .map(|n| (n.recipient_email, n.language))
        .collect()
}

/// The codes of a problem's errors.
pub fn codes(problem: &Value) -> Vec<String> {
    problem["errors"]
        .as_array()
        .map(|errors| {
            errors
                .iter()
                .filter_map(|e| e["code"].as_str().map(str::to_string))
                .collect()
        })
        .unwrap_or_default()
}
