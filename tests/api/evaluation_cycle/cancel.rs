//! The second call of the cycle ends without a grant: both its offers fail the formal check, so
//! the clerk cancels it under art. 18a; the notice is public and each applicant is told in its
//! language. A third call that got no offer at all is cancelled on that ground.

use super::builder::{formal_check, open_call_with_pool};
use super::steps::codes;
use crate::support::*;
use chrono::Duration;
use granty_domain::roles::Role;
use granty_domain::Language;
use granty_store::entities::notification;
use reqwest::StatusCode;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
use serde_json::json;

pub async fn a_call_without_valid_offers_is_cancelled(backend: Backend) {
    let app = TestApp::start(backend).await;
    let clerk = app.user("urzednik@miasto.pl", Role::Clerk).await;
    let pl = app.user("ngo-pl@example.org", Role::Ngo).await;
    let cs = app
        .user_full(
            "ngo-cs@example.org",
            Role::Ngo,
            app.tenant_id,
            "miasto",
            Language::Cs,
        )
        .await;
    let second = open_call_with_pool(&app, &clerk, "40000").await;
    let empty = open_call_with_pool(&app, &clerk, "20000").await;
    let first_org = app
        .organisation(&pl, "Fundacja Numer 1", "5260001016")
        .await;
    let other_org = app.organisation(&cs, "Spolek Přátel", "5260001022").await;
    let offers = [
        app.submitted(&pl, second, first_org).await,
        app.submitted(&cs, second, other_org).await,
    ];
    app.clock.advance(Duration::days(31));
    let clerk = app.token("urzednik@miasto.pl", "miasto").await;
    let cancel = format!("/api/v1/calls/{second}/cancel");
    let reason = "Żadna z ofert nie spełniła wymogów formalnych ogłoszenia.";
    let none_valid = json!({ "ground": "none_valid", "reason": reason });

    // Refused while an offer may still pass the formal check.
    formal_check(&app, &clerk, offers[0], "rejected").await;
    let (status, problem) = app.post(&clerk, &cancel, none_valid.clone()).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{problem}");
    assert_eq!(codes(&problem), ["cancel_valid_offer_exists"]);
    formal_check(&app, &clerk, offers[1], "rejected").await;
    // Not "no offers": two were filed.
    let no_offers = json!({ "ground": "no_offers", "reason": reason });
    let (status, problem) = app.post(&clerk, &cancel, no_offers).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{problem}");
    assert_eq!(codes(&problem), ["cancel_offers_exist"]);
    let ngo = app.token("ngo-pl@example.org", "miasto").await;
    let (status, _) = app.post(&ngo, &cancel, none_valid.clone()).await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    let (status, cancelled) = app.post(&clerk, &cancel, none_valid).await;
    assert_eq!(status, StatusCode::OK, "{cancelled}");
    assert_eq!(cancelled["state"], "cancelled");

    let mut told: Vec<(String, String)> = notification::Entity::find()
        .filter(notification::Column::Kind.eq("call_cancelled"))
        .all(&app.db.reader)
        .await
        .expect("outbox")
        .into_iter()
        .map(|n| (n.recipient_email, n.language))
        .collect();
    told.sort();
    assert_eq!(
        told,
        [
            ("ngo-cs@example.org".to_string(), "cs".to_string()),
            ("ngo-pl@example.org".to_string(), "pl".to_string()),
        ]
    );
    let (_, trail) = app
        .get(&clerk, &format!("/api/v1/calls/{second}/history"))
        .await;
    let trail = trail.to_string();
    assert!(
        trail.contains("cancel_art_18a") && trail.contains("none_valid"),
        "{trail}"
    );
    let page = app
        .send(app.client.get(app.url(&format!("/miasto/calls/{second}"))))
        .await
        .1;
    let html = page.as_str().unwrap_or_default();
    assert!(
        html.contains("id=\"cancellation\"") && html.contains(reason),
        "{html}"
    );

    // The call nobody applied to is cancelled for lack of offers.
    let cancel = format!("/api/v1/calls/{empty}/cancel");
    let body = json!({ "ground": "no_offers", "reason": "Nie wpłynęła żadna oferta." });
    let (status, cancelled) = app.post(&clerk, &cancel, body).await;
    assert_eq!(status, StatusCode::OK, "{cancelled}");
    assert_eq!(cancelled["state"], "cancelled");
}
