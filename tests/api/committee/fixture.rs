//! The committee tests' world: a closed call with three formally accepted offers, a fourth
//! organisation that did not apply, three evaluators; and readers of what the store recorded.

use crate::support::*;
use chrono::Duration;
use granty_domain::roles::Role;
use granty_store::accounts;
use reqwest::StatusCode;
use serde_json::{json, Value};

/// A closed call with three formally accepted offers from three organisations, a fourth
/// organisation that did not apply, and three evaluators of the town.
pub struct Committee {
    pub clerk: String,
    pub call: i64,
    /// The applying organisations, in the order of their offers.
    pub applicants: Vec<i64>,
    pub offers: Vec<i64>,
    pub bystander: i64,
    pub evaluators: Vec<(String, i64)>,
}

const ORGANISATIONS: [(&str, &str); 4] = [
    ("Fundacja Muzyki", "5260001246"),
    ("Stowarzyszenie Sąsiadów", "7740001454"),
    ("Klub Sportowy Orzeł", "5260250274"),
    ("Fundacja Zielone Miasto", "5260001269"),
];

pub async fn committee(app: &TestApp) -> Committee {
    let clerk_email = "urzednik@miasto.pl";
    app.user(clerk_email, Role::Clerk).await;
    let ngo = app.user("fundacja@example.org", Role::Ngo).await;
    let clerk = app.token(clerk_email, "miasto").await;
    let call = app.open_call(&clerk).await;
    let mut organisations = Vec::new();
    for (name, nip) in ORGANISATIONS {
        organisations.push(app.organisation(&ngo, name, nip).await);
    }
    let mut offers = Vec::new();
    for organisation in &organisations[..3] {
        offers.push(app.submitted(&ngo, call, *organisation).await);
    }
    app.clock.advance(Duration::days(31));
    let clerk = app.token(clerk_email, "miasto").await;
    for id in &offers {
        let path = format!("/api/v1/applications/{id}/formal-check");
        let (status, body) = app
            .post(&clerk, &path, json!({ "outcome": "accepted" }))
            .await;
        assert_eq!(status, StatusCode::OK, "{body}");
    }
    let mut evaluators = Vec::new();
    for n in 1..=3 {
        let email = format!("oceniajacy{n}@miasto.pl");
        let token = app.user(&email, Role::Evaluator).await;
        let id = accounts::user_id_by_email(&app.db, &email).await.unwrap();
        evaluators.push((token, id));
    }
    Committee {
        clerk,
        call,
        applicants: organisations[..3].to_vec(),
        offers,
        bystander: organisations[3],
        evaluators,
    }
}

impl Committee {
    pub fn path(&self, rest: &str) -> String {
        format!("/api/v1/calls/{}/{rest}", self.call)
    }

    /// Appoints evaluator `n`; returns the answer.
    pub async fn appoint(&self, app: &TestApp, n: usize, body: Value) -> (StatusCode, Value) {
        let mut body = body;
        body["user_id"] = json!(self.evaluators[n].1);
        app.post(&self.clerk, &self.path("committee"), body).await
    }

    /// Two officials and an NGO nominee of the organisation that did not apply.
    pub async fn full_committee(&self, app: &TestApp) {
        for n in 0..2 {
            let (status, body) = self.appoint(app, n, json!({ "kind": "official" })).await;
            assert_eq!(status, StatusCode::CREATED, "{body}");
        }
        let nominee =
            json!({ "kind": "ngo_nominee", "nominated_by_organisation_id": self.bystander });
        let (status, body) = self.appoint(app, 2, nominee).await;
        assert_eq!(status, StatusCode::CREATED, "{body}");
    }
}

pub fn codes(body: &Value) -> Vec<String> {
    body["errors"]
        .as_array()
        .map(|errors| {
            errors
                .iter()
                .map(|e| e["code"].as_str().unwrap_or_default().to_string())
                .collect()
        })
        .unwrap_or_default()
}

/// The link paths of the queued notifications of one kind.
pub async fn queued(app: &TestApp, kind: &str) -> Vec<String> {
    use granty_store::entities::notification;
    use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
    notification::Entity::find()
        .filter(notification::Column::Kind.eq(kind))
        .all(&app.db.reader)
        .await
        .unwrap()
        .into_iter()
        .map(|n| n.link_path)
        .collect()
}

/// The audit actions recorded on the call, in order.
pub async fn audit_actions(app: &TestApp, call: i64) -> Vec<String> {
    use granty_store::entities::audit_event as audit_log;
    use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder};
    audit_log::Entity::find()
        .filter(audit_log::Column::Entity.eq("call"))
        .filter(audit_log::Column::EntityId.eq(call))
        .order_by_asc(audit_log::Column::Id)
        .all(&app.db.reader)
        .await
        .unwrap()
        .into_iter()
        .map(|row| row.action)
        .collect()
}
