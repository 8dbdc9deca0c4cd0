//! The later steps of the cycle, each through the JSON API: the cards scored and submitted, the
//! divergence resolved, the awards saved down the pool, the decision recorded, the results
//! published; and readers of the outbox and the audit trail for the checks.

use super::builder::*;
use granty_store::entities::{audit_event, notification};
use reqwest::StatusCode;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder};
use serde_json::{json, Value};

/// The partial award's place (0-based) and its reason.
pub const PARTIAL_PLACE: usize = 8;
pub const PARTIAL_REASON: &str = "Pula wyczerpana: kwota obniżona.";

impl Cycle {
    /// Committee appointed and assigned; the officials declare no tie, the nominee a tie to
    /// the applicant of one of its offers, which the clerk reassigns. Returns that offer.
    pub async fn declared(&self) -> usize {
        self.committee_assigned().await;
        for m in 0..2 {
            let (status, body) = self.declare(m, &[]).await;
            assert_eq!(status, StatusCode::CREATED, "{body}");
        }
        let tied = self.nominees_offer().await;
        self.tie_reassigned(tied).await;
        tied
    }

    /// The last offer the nominee (member 2) was given, the divergent one aside.
    pub async fn nominees_offer(&self) -> usize {
        self.current_assignments()
            .await
            .into_iter()
            .rev()
            .find(|(k, on)| *k != DIVERGENT && on.contains(&2))
            .map(|(k, _)| k)
            .expect("the nominee scores some offers")
    }

    /// Member `m` submits a full card on offer `k` at once.
    pub async fn submit(&self, m: usize, k: usize, scores: Value) -> (StatusCode, Value) {
        let path = format!("{}/submit", self.card_path(k));
        let body = json!({ "version": 0, "scores": scores });
        self.app.post(&self.members[m].token, &path, body).await
    }

    /// Every member submits every card assigned now; the divergent offer's second member
    /// scores it harshly.
    pub async fn scored(&self) {
        for (k, on) in self.current_assignments().await {
            assert_eq!(on.len(), 2, "two members on offer {k}: {on:?}");
            for (i, &m) in on.iter().enumerate() {
                let (status, body) = self.submit(m, k, points_for(k, i == 1)).await;
                assert_eq!(status, StatusCode::OK, "member {m} on offer {k}: {body}");
            }
        }
    }

    pub async fn ranking(&self) -> Value {
        let (status, board) = self.app.get(&self.clerk, &self.path("ranking")).await;
        assert_eq!(status, StatusCode::OK, "{board}");
        board
    }

    /// The awards down the ranking: eight in full, the ninth partial, the rest none.
    pub fn awards_body(&self) -> Value {
        let awards: Vec<Value> = EXPECTED_ORDER
            .iter()
            .enumerate()
            .map(|(place, &k)| {
                let (amount, reason) = match place {
                    0..=7 => ("11000.00", ""),
                    PARTIAL_PLACE => ("9000.00", PARTIAL_REASON),
                    _ => ("0", ""),
                };
                json!({ "application_id": self.offers[k], "amount": amount, "reason": reason })
            })
            .collect();
        json!({ "awards": awards })
    }

    pub async fn resolve_divergence(&self) {
        let note = json!({ "application_id": self.offers[DIVERGENT],
            "note": "Rozbieżność omówiona na posiedzeniu; obie oceny uzasadnione." });
        let (status, body) = self
            .app
            .post(&self.clerk, &self.path("divergences"), note)
            .await;
        assert_eq!(status, StatusCode::CREATED, "{body}");
    }

    pub async fn awarded(&self) {
        let (status, body) = self
            .app
            .post(&self.clerk, &self.path("awards"), self.awards_body())
            .await;
        assert_eq!(status, StatusCode::OK, "{body}");
    }

    pub async fn decided(&self) {
        let body = json!({
            "decided_by_name": "Burmistrz Miasta",
            "decision_reference": "Zarządzenie nr 12/2027",
            "decided_on": self.app.now().date_naive().to_string(),
        });
        let (status, saved) = self
            .app
            .post(&self.clerk, &self.path("decision"), body)
            .await;
        assert_eq!(status, StatusCode::OK, "{saved}");
    }

    pub async fn published(&self) {
        let (status, body) = self
            .app
            .post(&self.clerk, &self.path("results/publish"), json!({}))
            .await;
        assert_eq!(status, StatusCode::OK, "{body}");
    }

    /// The outbox's rows of `kind`: (recipient, language), sorted.
    pub async fn queued(&self, kind: &str) -> Vec<(String, String)> {
        let mut rows: Vec<(String, String)> = notification::Entity::find()
            .filter(notification::Column::Kind.eq(kind))
            .all(&self.app.db.reader)
            .await
            .expect("notifications")
            .into_iter()
            .map(|n| (n.recipient_email, n.language))
            .collect();
        rows.sort();
        rows
    }

    /// The trail's rows on one kind of entity, in order.
    pub async fn trail(&self, entity: &str) -> Vec<audit_event::Model> {
        audit_event::Entity::find()
            .filter(audit_event::Column::Entity.eq(entity))
            .order_by_asc(audit_event::Column::Id)
            .all(&self.app.db.reader)
            .await
            .expect("audit trail")
    }

    /// The actions the trail holds on one kind of entity.
    pub async fn actions(&self, entity: &str) -> Vec<String> {
        self.trail(entity)
            .await
            .into_iter()
            .map(|row| row.action)
            .collect()
    }
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

/// The last part of a problem's type.
pub fn problem_type(problem: &Value) -> &str {
    problem["type"]
        .as_str()
        .unwrap_or("")
        .rsplit('/')
        .next()
        .unwrap_or("")
}
