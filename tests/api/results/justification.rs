//! Anyone asks for a justification within 30 days of the results; the clerk answers by email;
//! a request after the 30 days is refused with the day the period ended.

use super::fixtures::*;
use crate::on_both_databases;
use crate::support::*;
use chrono::Duration;
use reqwest::StatusCode;
use serde_json::json;

on_both_databases!(a_justification_is_asked_answered_and_refused_late);

fn question(application: Option<i64>) -> serde_json::Value {
    json!({
        "requester_name": "Jan Kowalski",
        "requester_email": "Jan@Example.org",
        "application_id": application,
        "question": "Dlaczego oferta Towarzystwa nie otrzymała dotacji?",
    })
}

async fn a_justification_is_asked_answered_and_refused_late(backend: Backend) {
    let e = published(backend).await;
    let app = &e.app;
    let path = app.url(&format!(
        "/api/v1/public/miasto/calls/{}/justification-requests",
        e.call
    ));
    let ask = |body| {
        app.client
            .post(&path)
            .header("accept-language", "en")
            .json(&body)
    };

    // The offer asked about must be one of this call's.
    let (status, problem) = app.send(ask(question(Some(987_654)))).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{problem}");
    assert_eq!(codes(&problem), ["unknown_reference"]);
    let (status, filed) = app.send(ask(question(Some(e.second)))).await;
    assert_eq!(status, StatusCode::CREATED, "{filed}");
    assert_eq!(filed["requester_email"], "jan@example.org");
    let id = filed["id"].as_i64().unwrap();

    // The clerk lists and answers; an applicant may not.
    let list = format!("/api/v1/calls/{}/justification-requests", e.call);
    let (status, _) = app.get(&e.ngo, &list).await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    let (status, listed) = app.get(&e.clerk, &list).await;
    assert_eq!(status, StatusCode::OK, "{listed}");
    assert_eq!(listed["requests"][0]["id"], id);
    let answer = format!("/api/v1/justification-requests/{id}/answer");
    let (status, _) = app.post(&e.ngo, &answer, json!({ "answer": "x" })).await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    let (status, problem) = app.post(&e.clerk, &answer, json!({ "answer": "" })).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{problem}");
    let text = "Oferta uzyskała 61,25 pkt; środki wyczerpała oferta z 84,50 pkt.";
    let (status, answered) = app.post(&e.clerk, &answer, json!({ "answer": text })).await;
    assert_eq!(status, StatusCode::OK, "{answered}");
    assert_eq!(answered["answer"], text);
    // Emailed in the language the request was made in.
    assert_eq!(
        queued(app, "justification_answered").await,
        [("jan@example.org".to_string(), "en".to_string())]
    );
    let (_, trail) = app
        .get(&e.clerk, &format!("/api/v1/calls/{}/history", e.call))
        .await;
    assert!(
        trail.to_string().contains("justification_requested"),
        "{trail}"
    );

    // Another town's clerk does not find it.
    let other = app.other_tenant("inne").await;
    let stranger = app
        .user_in(
            "urzednik@inne.cz",
            granty_domain::roles::Role::Clerk,
            other,
            "inne",
        )
        .await;
    let (status, _) = app
        .post(&stranger, &answer, json!({ "answer": text }))
        .await;
    assert_eq!(status, StatusCode::NOT_FOUND);

    // Thirty days after the results the form is closed, whatever is asked.
    app.clock.advance(Duration::days(30) + Duration::seconds(1));
    let (status, problem) = app.send(ask(question(None))).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{problem}");
    assert_eq!(codes(&problem), ["justification_period_over"]);
    assert!(
        problem["errors"][0]["message"]
            .as_str()
            .unwrap()
            .contains("2027"),
        "{problem}"
    );
}
