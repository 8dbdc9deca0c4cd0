//! The world of the whole cycle, built through the JSON API only: a town, four NGO users writing
//! in Polish, English, Czech and Ukrainian, twelve organisations each filing one offer (formally
//! accepted), a thirteenth that did not apply, a call with a pool of 97 000 zł, and three
//! evaluators. The steps of the cycle are methods, so each test goes as far as it needs.

use crate::support::*;
use chrono::Duration;
use granty_domain::roles::Role;
use granty_domain::Language;
use granty_store::accounts;
use reqwest::StatusCode;
use serde_json::{json, Value};
use std::collections::BTreeMap;

pub const OFFERS: usize = 12;
/// Eight offers of 11 000 zł and a partial 9 000 zł fill the pool exactly.
pub const POOL: &str = "97000";
/// Scored 10 by one member and 3 by the other: a divergence to resolve.
pub const DIVERGENT: usize = 5;
/// Offers 2 and 3 tie on the total; 3 has more on criterion 2 and goes first though later.
pub const TIED: (usize, usize) = (2, 3);
/// The raw ranking the scores make, as offer positions (totals 60, 54, 53, 53, 48, 42, 39, …).
pub const EXPECTED_ORDER: [usize; OFFERS] = [0, 1, 3, 2, 4, 6, 5, 7, 8, 9, 10, 11];
pub const WHY: &str = "Oferta opisuje rzetelnie zasoby i doświadczenie zespołu.";

const LANGUAGES: [(Language, &str); 4] = [
    (Language::Pl, "pl"),
    (Language::En, "en"),
    (Language::Cs, "cs"),
    (Language::Uk, "uk"),
];
/// Valid NIP numbers: twelve applicants and one organisation that did not apply.
const NIPS: [&str; OFFERS + 1] = [
    "5260001016",
    "5260001022",
    "5260001039",
    "5260001045",
    "5260001051",
    "5260001068",
    "5260001074",
    "5260001080",
    "5260001097",
    "5260001105",
    "5260001111",
    "5260001128",
    "5260001134",
];

/// A committee member: token and user id.
pub struct Member {
    pub token: String,
    pub user_id: i64,
}

pub struct Cycle {
    pub app: TestApp,
    pub clerk: String,
    pub call: i64,
    /// The NGO users' (token, email, language code), Polish first.
    pub ngos: Vec<(String, String, &'static str)>,
    /// The applicant of offer k (each organisation files one offer).
    pub organisations: Vec<i64>,
    /// In the order received.
    pub offers: Vec<i64>,
    /// An organisation that did not apply: its nominee may sit on the committee.
    pub bystander: i64,
    /// Two officials and the NGO nominee, in this order.
    pub members: Vec<Member>,
}

/// The NGO user filing offer k.
pub fn owner_of(k: usize) -> usize {
    k % LANGUAGES.len()
}

pub fn organisation_name(k: usize) -> String {
    format!("Fundacja Numer {}", k + 1)
}

/// Creates the call (the usual terms with a pool of [`POOL`]) and publishes it.
pub async fn open_call_with_pool(app: &TestApp, clerk: &str, pool: &str) -> i64 {
    let mut body = call_body(app.now());
    body["budget"] = json!(pool);
    let (status, created) = app.post(clerk, "/api/v1/calls", body).await;
    assert_eq!(status, StatusCode::CREATED, "{created}");
    let id = created["id"].as_i64().expect("id");
    let path = format!("/api/v1/calls/{id}/publish");
    let (status, published) = app.post(clerk, &path, json!({})).await;
    assert_eq!(status, StatusCode::OK, "{published}");
    id
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

/// Twelve offers filed, the deadline passed, all formally accepted, three evaluators in the town.
pub async fn accepted(backend: Backend) -> Cycle {
    let app = TestApp::start(backend).await;
    let clerk = app.user("urzednik@miasto.pl", Role::Clerk).await;
    let mut ngos = Vec::new();
    for (language, code) in LANGUAGES {
        let email = format!("ngo-{code}@example.org");
        let token = app
            .user_full(&email, Role::Ngo, app.tenant_id, "miasto", language)
            .await;
        ngos.push((token, email, code));
    }
    let call = open_call_with_pool(&app, &clerk, POOL).await;
    let mut organisations = Vec::new();
    let mut offers = Vec::new();
    for (k, nip) in NIPS[..OFFERS].iter().enumerate() {
        let ngo = &ngos[owner_of(k)].0;
        let organisation = app.organisation(ngo, &organisation_name(k), nip).await;
        offers.push(app.submitted(ngo, call, organisation).await);
        organisations.push(organisation);
    }
    let bystander = app
        .organisation(&ngos[0].0, "Fundacja Obserwator", NIPS[OFFERS])
        .await;
    app.clock.advance(Duration::days(31));
    let clerk = app.token("urzednik@miasto.pl", "miasto").await;
    // Sessions last 12 hours: everyone signs in again after the month.
    let mut fresh = Vec::new();
    for (_, email, code) in &ngos {
        fresh.push((app.token(email, "miasto").await, email.clone(), *code));
    }
    for id in &offers {
        formal_check(&app, &clerk, *id, "accepted").await;
    }
    let mut members = Vec::new();
    for n in 1..=3 {
        let email = format!("oceniajacy{n}@miasto.pl");
        let token = app.user(&email, Role::Evaluator).await;
        let user_id = accounts::user_id_by_email(&app.db, &email).await.unwrap();
        members.push(Member { token, user_id });
    }
    Cycle {
        app,
        clerk,
        call,
        ngos: fresh,
        organisations,
        offers,
        bystander,
        members,
    }
}

impl Cycle {
    pub fn path(&self, rest: &str) -> String {
        format!("/api/v1/calls/{}/{rest}", self.call)
    }

    pub fn card_path(&self, k: usize) -> String {
        format!("/api/v1/applications/{}/scorecard", self.offers[k])
    }

    /// The offer's position in the order received.
    pub fn index_of(&self, application_id: i64) -> usize {
        self.offers
            .iter()
            .position(|&id| id == application_id)
            .expect("an offer of the call")
    }

    /// Appoints member `n` with this body (the user id is added).
    pub async fn appoint(&self, n: usize, body: Value) -> (StatusCode, Value) {
        let mut body = body;
        body["user_id"] = json!(self.members[n].user_id);
        self.app
            .post(&self.clerk, &self.path("committee"), body)
            .await
    }

    /// Two officials and the nominee of the organisation that did not apply; whole points, 40
    /// characters of justification, two members per offer; the offers spread.
    pub async fn committee_assigned(&self) {
        for n in 0..2 {
            let (status, body) = self.appoint(n, json!({ "kind": "official" })).await;
            assert_eq!(status, StatusCode::CREATED, "{body}");
        }
        let nominee =
            json!({ "kind": "ngo_nominee", "nominated_by_organisation_id": self.bystander });
        let (status, body) = self.appoint(2, nominee).await;
        assert_eq!(status, StatusCode::CREATED, "{body}");
        let settings = json!({ "half_points": false, "min_justification_chars": 40,
            "per_offer": 2, "tie_breakers": "criterion:1, received" });
        let (status, body) = self
            .app
            .send(
                self.app
                    .client
                    .put(self.app.url(&self.path("evaluation-settings")))
                    .bearer_auth(&self.clerk)
                    .json(&settings),
            )
            .await;
        assert_eq!(status, StatusCode::OK, "{body}");
        let spread = json!({ "mode": "spread", "per_offer": 2 });
        let (status, body) = self
            .app
            .post(&self.clerk, &self.path("assignments"), spread)
            .await;
        assert_eq!(status, StatusCode::OK, "{body}");
        assert_eq!(body["started_evaluation"], true, "{body}");
    }

    /// The committee overview as the clerk reads it.
    pub async fn overview(&self) -> Value {
        let (status, overview) = self.app.get(&self.clerk, &self.path("committee")).await;
        assert_eq!(status, StatusCode::OK, "{overview}");
        overview
    }

    /// The members on each offer now (offer position → member positions).
    pub async fn current_assignments(&self) -> BTreeMap<usize, Vec<usize>> {
        let overview = self.overview().await;
        let mut on = BTreeMap::<usize, Vec<usize>>::new();
        for row in overview["assignments"].as_array().expect("assignments") {
            if !row["ended_at"].is_null() {
                continue;
            }
            let k = self.index_of(row["application_id"].as_i64().expect("offer"));
            let user = row["user_id"].as_i64().expect("user");
            let m = self.members.iter().position(|m| m.user_id == user);
            on.entry(k).or_default().push(m.expect("a member"));
        }
        on.values_mut().for_each(|members| members.sort_unstable());
        on
    }

    /// Member `m` signs the declaration with these ties.
    pub async fn declare(&self, m: usize, tied: &[i64]) -> (StatusCode, Value) {
        let body = if tied.is_empty() {
            json!({ "no_ties": true })
        } else {
            json!({ "tied_organisation_ids": tied })
        };
        let token = &self.members[m].token;
        self.app.post(token, &self.path("declaration"), body).await
    }

    /// The nominee declares a tie to the applicant of offer `k`; the clerk gives the offer to
    /// the member not yet on it. Returns the member it went to.
    pub async fn tie_reassigned(&self, k: usize) -> usize {
        let (status, body) = self.declare(2, &[self.organisations[k]]).await;
        assert_eq!(status, StatusCode::CREATED, "{body}");
        assert_eq!(body["excluded_application_ids"], json!([self.offers[k]]));
        let still_on = self
            .current_assignments()
            .await
            .remove(&k)
            .unwrap_or_default();
        let to = (0..2)
            .find(|m| !still_on.contains(m))
            .expect("a free member");
        let body = json!({ "application_id": self.offers[k],
            "to_user_id": self.members[to].user_id, "reason": "Wyłączenie członka komisji" });
        let (status, answer) = self
            .app
            .post(&self.clerk, &self.path("assignments/reassign"), body)
            .await;
        assert_eq!(status, StatusCode::NO_CONTENT, "{answer}");
        to
    }
}

/// A full card: `points` on every criterion but criteria 1 and 2 (indices 0 and 1) as given.
pub fn card(first: u32, second: u32, rest: u32) -> Value {
    let points = [first, second, rest, rest, rest, rest];
    let entries: Vec<Value> = points
        .iter()
        .enumerate()
        .map(|(i, p)| json!({ "criterion": i, "points": p.to_string(), "justification": WHY }))
        .collect();
    json!(entries)
}

/// What member `m` gives offer `k`; `low` says the member scores the divergent offer harshly.
pub fn points_for(k: usize, low: bool) -> Value {
    match k {
        0 => card(10, 10, 10),
        1 => card(9, 9, 9),
        // 53 each: offer 2 has 8 on criterion 2, offer 3 has 9.
        2 => card(9, 8, 9),
        3 => card(8, 9, 9),
        4 => card(8, 8, 8),
        DIVERGENT if low => card(3, 3, 3),
        DIVERGENT => card(10, 10, 10),
        _ => {
            // 6 → 7 (42), 7 → 6 (36), … 11 → 2 (12).
            let p = 13 - k as u32;
            card(p, p, p)
        }
    }
}
