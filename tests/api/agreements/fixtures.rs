//! A call with published results whose first offer is awarded in full (11 000,00 zł, nothing to
//! update), and the steps every agreement test takes.

use crate::results::fixtures::{evaluated_in, insert_award, record_decision, Evaluated};
use crate::support::*;
use granty_documents::pades::{self, SignOptions, Signer};
use granty_store::entities::award;
use reqwest::StatusCode;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
use serde_json::{json, Value};

pub use crate::results::fixtures::{codes, queued};

pub struct Awarded {
    pub e: Evaluated,
    /// The first offer's award (awarded in full).
    pub award: i64,
}

/// Published results with the first offer awarded 11 000,00 (all it asked) and the second not.
pub async fn awarded(backend: Backend) -> Awarded {
    awarded_in(TestApp::start(backend).await).await
}

/// Like [`awarded`], in an app the test started its own way (a town without a signing key).
pub async fn awarded_in(app: TestApp) -> Awarded {
    let e = evaluated_in(app).await;
    insert_award(&e.app, e.call, e.first, Some(1_100_000), 8_450, 1).await;
    insert_award(&e.app, e.call, e.second, None, 6_125, 2).await;
    record_decision(&e).await;
    let path = format!("/api/v1/calls/{}/results/publish", e.call);
    let (status, body) = e.app.post(&e.clerk, &path, json!({})).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    let award = award::Entity::find()
        .filter(award::Column::ApplicationId.eq(e.first))
        .one(&e.app.db.reader)
        .await
        .expect("award")
        .expect("the first offer's award")
        .id;
    Awarded { e, award }
}

impl Awarded {
    pub fn app(&self) -> &TestApp {
        &self.e.app
    }

    /// Drafts the agreement; returns its view.
    pub async fn create(&self) -> Value {
        let path = format!("/api/v1/awards/{}/agreement", self.award);
        let (status, body) = self.app().post(&self.e.clerk, &path, json!({})).await;
        assert_eq!(status, StatusCode::CREATED, "{body}");
        body
    }

    /// Names the town's signatory and splits the grant in two tranches.
    pub async fn complete_draft(&self, agreement: &Value) -> Value {
        let id = agreement["id"].as_i64().expect("id");
        let body = json!({
            "lock_version": agreement["lock_version"],
            "signatories": [
                { "party": "town", "name": "Jan Burmistrz", "function": "Burmistrz Miasta" },
                { "party": "organisation", "name": "Anna Nowak", "function": "Prezeska" }
            ],
            "tranches": [
                { "amount": "6000.00", "due_on": "2027-05-10" },
                { "amount": "5000", "due_on": "2027-07-01" }
            ]
        });
        let (status, saved) = self
            .app()
            .patch(&self.e.clerk, &format!("/api/v1/agreements/{id}"), body)
            .await;
        assert_eq!(status, StatusCode::OK, "{saved}");
        saved
    }

    pub async fn act(&self, token: &str, id: i64, step: &str, body: Value) -> (StatusCode, Value) {
        self.app()
            .post(token, &format!("/api/v1/agreements/{id}/{step}"), body)
            .await
    }

    /// The agreement's PDF (the latest version unless `query` says otherwise).
    pub async fn pdf(&self, token: &str, id: i64, query: &str) -> (StatusCode, Vec<u8>) {
        let url = self
            .app()
            .url(&format!("/api/v1/agreements/{id}/pdf{query}"));
        let response = self
            .app()
            .client
            .get(url)
            .bearer_auth(token)
            .send()
            .await
            .expect("pdf");
        let status = response.status();
        (status, response.bytes().await.expect("bytes").to_vec())
    }

    /// Uploads a signed copy (multipart `file`, with `signers` for a scan).
    pub async fn upload_copy(
        &self,
        token: &str,
        id: i64,
        bytes: Vec<u8>,
        signers: &str,
    ) -> (StatusCode, Value) {
        let route = format!("/api/v1/agreements/{id}/signed-copy");
        self.upload_to(token, &route, bytes, signers).await
    }

    /// Posts a multipart `file` (with `signers`) to `route`.
    pub async fn upload_to(
        &self,
        token: &str,
        route: &str,
        bytes: Vec<u8>,
        signers: &str,
    ) -> (StatusCode, Value) {
        let part = reqwest::multipart::Part::bytes(bytes)
            .file_name("umowa-podpisana.pdf")
            .mime_str("application/pdf")
            .expect("mime");
        let form = reqwest::multipart::Form::new()
            .text("signers", signers.to_string())
            .part("file", part);
        let url = self.app().url(route);
        self.app()
            .send(
                self.app()
                    .client
                    .post(url)
                    .bearer_auth(token)
                    .multipart(form),
            )
            .await
    }
}

fn fixture(name: &str) -> String {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("crates/documents/tests/fixtures/pades");
    std::fs::read_to_string(dir.join(name)).expect("fixture")
}

/// A TEST ONLY signer: `ngo` (issued by the test CA the town's chain holds) or `stranger`
/// (another CA).
pub fn signer(name: &str) -> Signer {
    let chain = match name {
        "stranger" => fixture("stranger.pem") + &fixture("other-ca.pem"),
        other => fixture(&format!("{other}.pem")) + &fixture("ca.pem"),
    };
    Signer::from_pem(&fixture(&format!("{name}.key.pem")), &chain).expect("test signer")
}

/// `pdf` signed by `who` (an incremental update, as a signing tool would).
pub fn signed_by(pdf: &[u8], who: &str, at: chrono::DateTime<chrono::Utc>) -> Vec<u8> {
    let options = SignOptions {
        signing_time: at,
        reason: None,
        location: None,
        signer_name: None,
    };
    pades::sign(pdf, &signer(who), options).expect("signed")
}
