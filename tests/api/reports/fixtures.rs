//! An agreement in realisation with its grant paid, and a report on it filled in to add up.

use crate::agreements::fixtures::{awarded, Awarded};
use crate::agreements::journey::in_realisation;
use crate::support::*;
use reqwest::StatusCode;
use serde_json::{json, Value};

pub use crate::agreements::fixtures::codes;

pub struct Reporting {
    pub a: Awarded,
    pub agreement: i64,
    /// The agreement's terms in force.
    pub terms: Value,
}

/// An agreement in realisation (2027-05-01 – 2027-09-30, 11 000,00 zł) with the grant paid.
pub async fn reporting(backend: Backend) -> Reporting {
    let a = awarded(backend).await;
    let agreement = in_realisation(&a).await;
    let today = a.app().now().date_naive().to_string();
    let body = json!({ "amount": "11000", "paid_on": today });
    let (status, paid) = a.act(&a.e.clerk, agreement, "payments", body).await;
    assert_eq!(status, StatusCode::CREATED, "{paid}");
    let (_, view) = a
        .app()
        .get(&a.e.ngo, &format!("/api/v1/agreements/{agreement}"))
        .await;
    Reporting {
        terms: view["terms"].clone(),
        a,
        agreement,
    }
}

impl Reporting {
    pub fn app(&self) -> &TestApp {
        self.a.app()
    }

    /// Opens the final report; returns the status and the report.
    pub async fn start_final(&self, token: &str) -> (StatusCode, Value) {
        let body = json!({ "kind": "final", "period_from": self.terms["starts_on"] });
        let path = format!("/api/v1/agreements/{}/reports", self.agreement);
        self.app().post(token, &path, body).await
    }

    pub async fn save(&self, token: &str, report: &Value, content: Value) -> (StatusCode, Value) {
        let path = format!("/api/v1/reports/{}", report["id"]);
        let body = json!({ "lock_version": report["lock_version"], "content": content });
        self.app().patch(token, &path, body).await
    }

    pub async fn submit(&self, token: &str, id: i64) -> (StatusCode, Value) {
        let path = format!("/api/v1/reports/{id}/submit");
        self.app().post(token, &path, json!({})).await
    }

    /// A report that adds up: every line spent as agreed, the grant spread over the lines in
    /// order, the sources as agreed (own non-financial means as personal work).
    pub fn complete(&self, report: &Value) -> Value {
        let minor = |v: &Value| v["minor"].as_i64().expect("minor");
        let amount = |m: i64| format!("{}.{:02}", m / 100, m % 100);
        let mut grant_left = minor(&self.terms["grant"]);
        let costs: Vec<Value> = self.terms["cost_lines"]
            .as_array()
            .expect("lines")
            .iter()
            .map(|line| {
                let value = minor(&line["value"]);
                let grant = value.min(grant_left);
                grant_left -= grant;
                json!({ "year_values": [amount(value)], "grant_part": amount(grant) })
            })
            .collect();
        let rows = |key: &str, row: Value| {
            let n = report[key].as_array().map_or(0, Vec::len);
            Value::Array(vec![row; n])
        };
        json!({
            "results_description": "Cel osiągnięty: warsztaty odbyły się zgodnie z planem.",
            "results": rows("planned_results", json!({ "achieved_value": "40", "source": "listy obecności" })),
            "actions": rows("planned_actions", json!({ "description": "Przeprowadzone zgodnie z umową." })),
            "costs": costs,
            "sources": {
                "grant": amount(minor(&self.terms["grant"])),
                "own_financial": amount(minor(&self.terms["own_financial"])),
                "own_personal": amount(minor(&self.terms["own_non_financial"])),
                "participant_fees": amount(minor(&self.terms["participant_fees"])),
            },
            "contribution_description": "Praca wolontariuszy przy warsztatach.",
            "declarations": {
                "status_unchanged": true, "information_true": true, "gdpr_statements_obtained": true
            }
        })
    }
}
