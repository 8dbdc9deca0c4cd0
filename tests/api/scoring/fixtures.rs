//! A call under evaluation with its committee, set up by inserting the foundation's rows directly
//! (the committee use cases are built in parallel; they replace these fixtures later): two
//! formally accepted offers, members who declared or not, an exclusion, assignments, and the
//! call's evaluation settings.

use crate::support::{Backend, TestApp};
use chrono::{DateTime, Duration, Utc};
use granty_domain::roles::Role;
use granty_store::entities::{
    assignment, call_evaluation, committee_member, evaluation_exclusion, impartiality_declaration,
    user,
};
use reqwest::StatusCode;
use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, QueryFilter, Set};
use serde_json::json;

/// A call whose two offers are formally accepted, and the people around it.
pub struct Evaluation {
    pub app: TestApp,
    pub clerk: String,
    pub ngo: String,
    /// The first offer's applicant.
    pub organisation: i64,
    pub call: i64,
    /// Offer of the first organisation: assigned to the scoring members.
    pub offer: i64,
    /// Offer of the second organisation: the tied member is excluded from it.
    pub other_offer: i64,
}

/// A committee member: their token and user id.
pub struct Member {
    pub token: String,
    pub user_id: i64,
}

impl Evaluation {
    pub async fn start(backend: Backend) -> Evaluation {
        let app = TestApp::start(backend).await;
        let scenario = app.scenario().await;
        let second = app.user("stowarzyszenie@example.org", Role::Ngo).await;
        let second_org = app
            .organisation(&second, "Stowarzyszenie Sąsiedzi", "7740001454")
            .await;
        let offer = app
            .submitted(&scenario.ngo, scenario.call, scenario.organisation)
            .await;
        let other_offer = app.submitted(&second, scenario.call, second_org).await;
        app.clock.advance(Duration::days(31));
        let clerk = app.token("urzednik@miasto.pl", "miasto").await;
        for id in [offer, other_offer] {
            let (status, body) = app
                .post(
                    &clerk,
                    &format!("/api/v1/applications/{id}/formal-check"),
                    json!({ "outcome": "accepted" }),
                )
                .await;
            assert_eq!(status, StatusCode::OK, "{body}");
        }
        let ngo = app.token("fundacja@example.org", "miasto").await;
        Evaluation {
            app,
            clerk,
            ngo,
            organisation: scenario.organisation,
            call: scenario.call,
            offer,
            other_offer,
        }
    }

    /// An evaluator appointed to the call's committee (`scores`: an adviser without a score
    /// passes false).
    pub async fn member(&self, email: &str, call: i64, scores: bool) -> Member {
        let token = self.app.user(email, Role::Evaluator).await;
        let user_id = self.user_id(email).await;
        let now = self.app.now();
        committee_member::ActiveModel {
            call_id: Set(call),
            user_id: Set(user_id),
            kind: Set(if scores { "official" } else { "adviser" }.into()),
            nominated_by_organisation_id: Set(None),
            nominated_by_name: Set(String::new()),
            scores: Set(scores),
            appointed_by: Set(user_id),
            removed_at: Set(None),
            removed_reason: Set(None),
            created_at: Set(now),
            updated_at: Set(now),
            ..Default::default()
        }
        .insert(&self.app.db.writer)
        .await
        .unwrap();
        Member { token, user_id }
    }

    async fn user_id(&self, email: &str) -> i64 {
        user::Entity::find()
            .filter(user::Column::Email.eq(email))
            .one(&self.app.db.reader)
            .await
            .unwrap()
            .unwrap()
            .id
    }

    /// The member signs the declaration of impartiality for `call`.
    pub async fn declare(&self, member: &Member, call: i64) {
        let now = self.app.now();
        impartiality_declaration::ActiveModel {
            call_id: Set(call),
            user_id: Set(member.user_id),
            no_ties: Set(true),
            tied_organisation_ids: Set("[]".into()),
            statement: Set("Oświadczam, że nie pozostaję w stosunku…".into()),
            declared_at: Set(now),
            client_address: Set(None),
            created_at: Set(now),
            updated_at: Set(now),
            ..Default::default()
        }
        .insert(&self.app.db.writer)
        .await
        .unwrap();
    }

    /// The member may not score `application` (a declared tie).
    pub async fn exclude(&self, member: &Member, application: i64) {
        let now = self.app.now();
        evaluation_exclusion::ActiveModel {
            call_id: Set(self.call),
            application_id: Set(application),
            user_id: Set(member.user_id),
            reason: Set("declared_tie".into()),
            note: Set(String::new()),
            excluded_by: Set(member.user_id),
            created_at: Set(now),
            updated_at: Set(now),
            ..Default::default()
        }
        .insert(&self.app.db.writer)
        .await
        .unwrap();
    }

    /// The member is to score `application`.
    pub async fn assign(&self, member: &Member, application: i64) {
        let now = self.app.now();
        assignment::ActiveModel {
            call_id: Set(self.call),
            application_id: Set(application),
            user_id: Set(member.user_id),
            assigned_by: Set(member.user_id),
            ended_at: Set(None),
            end_reason: Set(None),
            ended_by: Set(None),
            created_at: Set(now),
            updated_at: Set(now),
            ..Default::default()
        }
        .insert(&self.app.db.writer)
        .await
        .unwrap();
    }

    /// The call's evaluation settings: whole or half points, the least justification and the
    /// scoring deadline.
    pub async fn settings(&self, half_points: bool, min_chars: i32, deadline: DateTime<Utc>) {
        let now = self.app.now();
        call_evaluation::ActiveModel {
            call_id: Set(self.call),
            half_points: Set(half_points),
            min_justification_chars: Set(min_chars),
            min_total_centi: Set(None),
            divergence_bp: Set(3000),
            per_offer: Set(None),
            scoring_deadline: Set(Some(deadline)),
            no_ngo_reason: Set(None),
            tie_breakers: Set(r#"["criterion:1","received"]"#.into()),
            lock_version: Set(1),
            created_at: Set(now),
            updated_at: Set(now),
            ..Default::default()
        }
        .insert(&self.app.db.writer)
        .await
        .unwrap();
    }

    /// A member appointed, declared and assigned to the first offer.
    pub async fn scoring_member(&self, email: &str) -> Member {
        let member = self.member(email, self.call, true).await;
        self.declare(&member, self.call).await;
        self.assign(&member, self.offer).await;
        member
    }
}

pub const WHY: &str = "Oferta opisuje rzetelnie zasoby i doświadczenie zespołu.";

/// Whole points and a long enough justification on each of the call's six criteria.
pub fn full_card(points: u32) -> serde_json::Value {
    let scores: Vec<_> = (0..6)
        .map(|i| json!({ "criterion": i, "points": points.to_string(), "justification": WHY }))
        .collect();
    json!(scores)
}

/// `PUT` with a bearer token and a JSON body.
pub async fn put(
    app: &TestApp,
    token: &str,
    path: &str,
    body: serde_json::Value,
) -> (StatusCode, serde_json::Value) {
    app.send(app.client.put(app.url(path)).bearer_auth(token).json(&body))
        .await
}
