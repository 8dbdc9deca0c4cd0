//! A call of 12 formally accepted offers, each asking 15 000 zł of a 100 000 zł pool, scored by
//! three members (plus an adviser without a score, whose card must not count). Rows are
//! inserted directly: the committee and the scoring use cases are built elsewhere.
//!
//! The scores: offer k (0-based) gets 10 − k/2 points on every criterion from every member, with
//! two changes: offers 2, 3 and 4 tie on the total and differ on criterion 2 (4 received last,
//! ranked first of them); and member 3 scores offer 8 with 1 point everywhere (a divergence).

use crate::support::*;
use chrono::Duration;
use granty_domain::roles::Role;
use granty_store::entities::{application, call, committee_member, scorecard, user};
use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, QueryFilter, Set};
use serde_json::json;

pub const OFFERS: usize = 12;
pub const REQUESTED_MINOR: i64 = 1_500_000;
pub const TIED: (usize, usize) = (3, 4);
pub const DIVERGENT: usize = 8;

pub struct Panel {
    pub clerk: String,
    pub ngo: String,
    /// The NGO's organisation, the applicant of every offer.
    pub organisation: i64,
    pub evaluator: String,
    pub call: i64,
    /// In the order received.
    pub offers: Vec<i64>,
    /// The three scoring members' user ids.
    pub members: Vec<i64>,
    pub adviser: i64,
}

async fn user_id(app: &TestApp, email: &str) -> i64 {
    user::Entity::find()
        .filter(user::Column::Email.eq(email))
        .one(&app.db.writer)
        .await
        .expect("query")
        .expect("user")
        .id
}

async fn criteria_count(app: &TestApp, call_id: i64) -> usize {
    let row = call::Entity::find_by_id(call_id)
        .one(&app.db.writer)
        .await
        .expect("query")
        .expect("call");
    let criteria: Vec<serde_json::Value> = serde_json::from_str(&row.criteria).expect("criteria");
    criteria.len()
}

async fn offer(app: &TestApp, call_id: i64, organisation: i64, k: usize, by: i64) -> i64 {
    let now = app.now();
    application::ActiveModel {
        tenant_id: Set(app.tenant_id),
        call_id: Set(call_id),
        organisation_id: Set(organisation),
        state: Set("formally_accepted".into()),
        content: Set(json!({ "title": format!("Zadanie {}", k + 1) }).to_string()),
        requested_grant_minor: Set(REQUESTED_MINOR),
        total_costs_minor: Set(REQUESTED_MINOR * 2),
        lock_version: Set(1),
        current_version_no: Set(1),
        receipt_number: Set(Some(format!("K{call_id}/2026/{:04}", k + 1))),
        submitted_at: Set(Some(now - Duration::days(40) + Duration::minutes(k as i64))),
        created_by: Set(by),
        created_at: Set(now),
        updated_at: Set(now),
        ..Default::default()
    }
    .insert(&app.db.writer)
    .await
    .expect("offer")
    .id
}

async fn member(app: &TestApp, call_id: i64, user_id: i64, kind: &str, scores: bool, by: i64) {
    let now = app.now();
    committee_member::ActiveModel {
        call_id: Set(call_id),
        user_id: Set(user_id),
        kind: Set(kind.into()),
        nominated_by_name: Set(String::new()),
        scores: Set(scores),
        appointed_by: Set(by),
        created_at: Set(now),
        updated_at: Set(now),
        ..Default::default()
    }
    .insert(&app.db.writer)
    .await
    .expect("member");
}

/// A submitted card with these points (whole points) per criterion.
pub async fn card(app: &TestApp, call_id: i64, application_id: i64, user_id: i64, points: &[u32]) {
    let entries: Vec<serde_json::Value> = points
        .iter()
        .enumerate()
        .map(|(i, p)| json!({ "criterion": i, "points": p.to_string(), "justification": "Uzasadnienie oceny tego kryterium." }))
        .collect();
    let now = app.now();
    scorecard::ActiveModel {
        call_id: Set(call_id),
        application_id: Set(application_id),
        user_id: Set(user_id),
        state: Set("submitted".into()),
        entries: Set(serde_json::to_string(&entries).expect("json")),
        submitted_at: Set(Some(now)),
        lock_version: Set(1),
        created_at: Set(now),
        updated_at: Set(now),
        ..Default::default()
    }
    .insert(&app.db.writer)
    .await
    .expect("card");
}

/// The points member `m` (0-based) gives offer `k` on each of `n` criteria.
fn points(k: usize, m: usize, n: usize) -> Vec<u32> {
    let tied = k == TIED.0 || k == TIED.1;
    let base = if tied { 9 } else { 10 - (k as u32) / 2 };
    let mut points = vec![base; n];
    // Offers 2, 3 and 4 all total 9 × n; criterion 2 separates them: 4 (10), 2 (9), 3 (8).
    if k == TIED.0 {
        (points[0], points[1]) = (10, 8);
    }
    if k == TIED.1 {
        (points[0], points[1]) = (8, 10);
    }
    if k == DIVERGENT && m == 2 {
        points = vec![1; n];
    }
    points
}

/// The raw ranking the scores above make, as offer positions: 0 and 1 tie on everything but
/// receipt; 4, 2, 3 tie on the total; offer 8 falls to the end on member 3's card.
pub const EXPECTED_ORDER: [usize; OFFERS] = [0, 1, 4, 2, 3, 5, 6, 7, 9, 10, 11, 8];

pub async fn panel(app: &TestApp) -> Panel {
    let s = app.scenario().await;
    let clerk_id = user_id(app, "urzednik@miasto.pl").await;
    let mut members = Vec::new();
    let mut evaluator = String::new();
    for i in 1..=3 {
        let email = format!("oceniajacy{i}@miasto.pl");
        evaluator = app.user(&email, Role::Evaluator).await;
        let id = user_id(app, &email).await;
        member(app, s.call, id, "official", true, clerk_id).await;
        members.push(id);
    }
    app.user("doradca@miasto.pl", Role::Evaluator).await;
    let adviser = user_id(app, "doradca@miasto.pl").await;
    member(app, s.call, adviser, "adviser", false, clerk_id).await;
    let n = criteria_count(app, s.call).await;
    let mut offers = Vec::new();
    for k in 0..OFFERS {
        let id = offer(app, s.call, s.organisation, k, clerk_id).await;
        for (m, &member_id) in members.iter().enumerate() {
            card(app, s.call, id, member_id, &points(k, m, n)).await;
        }
        // The adviser's card would sink every offer if it counted.
        card(app, s.call, id, adviser, &vec![0; n]).await;
        offers.push(id);
    }
    Panel {
        clerk: s.clerk,
        ngo: s.ngo,
        organisation: s.organisation,
        evaluator,
        call: s.call,
        offers,
        members,
        adviser,
    }
}
