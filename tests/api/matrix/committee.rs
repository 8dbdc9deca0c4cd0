//! The committee of each town's call under evaluation, for the walk: its offer formally accepted,
//! the cast's committee evaluators appointed (one undeclared, one declared, one who declared a
//! tie to the offer's applicant) and the plain evaluator on another call's committee (the closed
//! call), so the `Committee` and `MemberOffer` rows meet every `Tie`.

use super::world::World;
use granty_domain::roles::Role;
use reqwest::StatusCode;
use serde_json::json;

/// The committee evaluators cast in each town: (who, declares, tied to the offer's applicant).
pub const MEMBERS: &[(&str, bool, bool)] = &[
    ("member", false, false),
    ("declared", true, false),
    ("excluded", true, true),
];

/// How an evaluator stands on a town's calls: the committees they sit on, the calls they
/// declared for, the offers they are excluded from.
#[derive(Default, Clone)]
pub struct Standing {
    pub committees: Vec<i64>,
    pub declared: Vec<i64>,
    pub excluded: Vec<i64>,
}

impl World {
    /// After the deadline: the offer accepted, the committees appointed, the declarations signed.
    pub(super) async fn committees(&mut self, index: usize) {
        let town = &self.towns[index];
        let (clerk, call, offer) = (
            town.clerk.clone(),
            town.evaluation_call,
            town.evaluation_offer,
        );
        let applicant = town.first.id;
        let check = format!("/api/v1/applications/{offer}/formal-check");
        let (status, body) = self
            .app
            .post(&clerk, &check, json!({ "outcome": "accepted" }))
            .await;
        assert_eq!(status, StatusCode::OK, "{body}");
        let other_call = town.closed_call;
        let evaluator = self.cast_member(index, Role::Evaluator).email.clone();
        self.appoint(&clerk, other_call, &evaluator).await;
        self.standing_of(&evaluator).committees.push(other_call);
        for (who, declares, tied) in MEMBERS {
            let email = self.member_email(index, who);
            let row = self.appoint(&clerk, call, &email).await;
            if *who == "member" {
                self.towns[index].committee_member = row;
            }
            let mut standing = Standing {
                committees: vec![call],
                ..Standing::default()
            };
            if *declares {
                let ties: Vec<i64> = if *tied { vec![applicant] } else { vec![] };
                let body = json!({ "no_ties": !tied, "tied_organisation_ids": ties });
                let token = self.token_of(&email);
                let path = format!("/api/v1/calls/{call}/declaration");
                let (status, body) = self.app.post(&token, &path, body).await;
                assert_eq!(status, StatusCode::CREATED, "{body}");
                standing.declared.push(call);
                if *tied {
                    standing.excluded.push(offer);
                }
            }
            *self.standing_of(&email) = standing;
        }
        let path = format!("/api/v1/calls/{call}/assignments");
        let (status, body) = self.app.post(&clerk, &path, json!({ "mode": "all" })).await;
        assert_eq!(status, StatusCode::OK, "{body}");
    }

    /// Appoints `email` to the committee of `call`; returns the member's row id.
    async fn appoint(&self, clerk: &str, call: i64, email: &str) -> i64 {
        let user_id = granty_store::accounts::user_id_by_email(&self.app.db, email)
            .await
            .unwrap();
        let path = format!("/api/v1/calls/{call}/committee");
        // An NGO nominee of an organisation that did not apply: no statutory reason needed.
        let other = self
            .towns
            .iter()
            .find(|t| t.clerk == clerk)
            .map(|t| t.second.id);
        let body = json!({ "user_id": user_id, "kind": "ngo_nominee",
            "nominated_by_organisation_id": other });
        let (status, body) = self.app.post(clerk, &path, body).await;
        assert_eq!(status, StatusCode::CREATED, "{body}");
        body["id"].as_i64().unwrap()
    }

    fn token_of(&self, email: &str) -> String {
        let caller = self.callers.iter().find(|c| c.email == email).unwrap();
        caller.token.clone()
    }

    fn standing_of(&mut self, email: &str) -> &mut Standing {
        let caller = self.callers.iter_mut().find(|c| c.email == email).unwrap();
        &mut caller.standing
    }
}
