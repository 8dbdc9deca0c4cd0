//! What the scoring card refuses: at the gate (before the declaration 403, an excluded offer
//! 404, a member of another call 404, an NGO 403, an adviser without a score writing 403) and
//! by its rules (points above the maximum, half points where whole, a short justification).

use super::fixtures::{full_card, put, Evaluation};
use crate::on_both_databases;
use crate::support::Backend;
use chrono::Duration;
use reqwest::StatusCode;
use serde_json::{json, Value};

on_both_databases!(
    the_gate_refuses_who_may_not_score,
    the_card_refuses_what_breaks_its_rules
);

fn problem(body: &Value) -> &str {
    body["type"]
        .as_str()
        .unwrap_or("")
        .rsplit('/')
        .next()
        .unwrap_or("")
}

async fn the_gate_refuses_who_may_not_score(backend: Backend) {
    let e = Evaluation::start(backend).await;
    let app = &e.app;
    let card = |id: i64| format!("/api/v1/applications/{id}/scorecard");
    let save = json!({ "version": 0, "scores": full_card(5) });

    // Appointed, not yet declared: the offers exist but stay closed.
    let undeclared = e.member("niezadeklarowany@miasto.pl", e.call, true).await;
    e.assign(&undeclared, e.offer).await;
    let (status, body) = app.get(&undeclared.token, &card(e.offer)).await;
    assert_eq!(status, StatusCode::FORBIDDEN, "{body}");
    assert_eq!(problem(&body), "forbidden");
    let (status, _) = put(app, &undeclared.token, &card(e.offer), save.clone()).await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    let (status, queue) = app.get(&undeclared.token, "/api/v1/evaluations").await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(queue["calls"][0]["declared"], false);
    assert_eq!(queue["calls"][0]["offers"], json!([]));
    assert_eq!(
        queue["calls"][0]["declaration_path"],
        format!("/evaluations/calls/{}/declaration", e.call)
    );

    // Declared, tied to the second applicant: that offer does not exist for them.
    let tied = e.scoring_member("powiazany@miasto.pl").await;
    e.exclude(&tied, e.other_offer).await;
    let (status, body) = app.get(&tied.token, &card(e.other_offer)).await;
    assert_eq!(status, StatusCode::NOT_FOUND, "{body}");
    let (status, _) = put(app, &tied.token, &card(e.other_offer), save.clone()).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    let (status, _) = app.get(&tied.token, &card(e.offer)).await;
    assert_eq!(status, StatusCode::OK);

    // A member of another call's committee: this call's offers do not exist for them.
    let other_call = app.open_call(&e.clerk).await;
    let stranger = e.member("inna-komisja@miasto.pl", other_call, true).await;
    e.declare(&stranger, other_call).await;
    let (status, _) = app.get(&stranger.token, &card(e.offer)).await;
    assert_eq!(status, StatusCode::NOT_FOUND);

    // An NGO never reads a card, not even on its own offer.
    let (status, body) = app.get(&e.ngo, &card(e.offer)).await;
    assert_eq!(status, StatusCode::FORBIDDEN, "{body}");
    let (status, _) = app.get(&e.ngo, "/api/v1/evaluations").await;
    assert_eq!(status, StatusCode::FORBIDDEN);

    // An adviser with a voice and no score reads the offer's card but writes none.
    let adviser = e.member("doradca@miasto.pl", e.call, false).await;
    e.declare(&adviser, e.call).await;
    e.assign(&adviser, e.offer).await;
    let (status, read) = app.get(&adviser.token, &card(e.offer)).await;
    assert_eq!(status, StatusCode::OK, "{read}");
    assert_eq!(read["card"]["may_write"], false);
    let (status, body) = put(app, &adviser.token, &card(e.offer), save.clone()).await;
    assert_eq!(status, StatusCode::FORBIDDEN, "{body}");

    // A declared member not assigned to the offer reads it but does not score it.
    let reader = e.member("czytelnik@miasto.pl", e.call, true).await;
    e.declare(&reader, e.call).await;
    let (status, _) = app.get(&reader.token, &card(e.other_offer)).await;
    assert_eq!(status, StatusCode::OK);
    let (status, _) = put(app, &reader.token, &card(e.other_offer), save).await;
    assert_eq!(status, StatusCode::FORBIDDEN);
}

async fn the_card_refuses_what_breaks_its_rules(backend: Backend) {
    let e = Evaluation::start(backend).await;
    let app = &e.app;
    e.settings(false, 40, app.now() - Duration::days(1)).await;
    let member = e.scoring_member("oceniajacy@miasto.pl").await;
    let path = format!("/api/v1/applications/{}/scorecard", e.offer);
    let refused = |body: &Value| -> Vec<(String, String)> {
        body["errors"]
            .as_array()
            .unwrap()
            .iter()
            .map(|e| {
                (
                    e["field"].as_str().unwrap().into(),
                    e["code"].as_str().unwrap().into(),
                )
            })
            .collect()
    };

    let above = json!([{ "criterion": 0, "points": "11" }]);
    let (status, body) = put(
        app,
        &member.token,
        &path,
        json!({ "version": 0, "scores": above }),
    )
    .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{body}");
    assert_eq!(
        refused(&body),
        [("scores[0].points".into(), "points_above_maximum".into())]
    );
    assert!(
        body["errors"][0]["message"]
            .as_str()
            .unwrap()
            .contains("10"),
        "{body}"
    );

    let half = json!([{ "criterion": 2, "points": "7.5" }]);
    let (status, body) = put(
        app,
        &member.token,
        &path,
        json!({ "version": 0, "scores": half }),
    )
    .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{body}");
    assert_eq!(
        refused(&body),
        [("scores[2].points".into(), "half_points_not_allowed".into())]
    );

    // 30 visible characters where the call asks for 40; zero-width spaces do not count.
    let mut scores = full_card(6);
    scores[3]["justification"] = json!(format!("{}{}", "a".repeat(30), "\u{200B}".repeat(20)));
    let (status, body) = app
        .post(
            &member.token,
            &format!("{path}/submit"),
            json!({ "version": 0, "scores": scores }),
        )
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{body}");
    let fields = refused(&body);
    assert!(
        fields.contains(&(
            "scores[3].justification".into(),
            "justification_too_short".into()
        )),
        "{body}"
    );
    // Nothing was stored by the refused writes.
    let (_, read) = app.get(&member.token, &path).await;
    assert_eq!(read["card"]["version"], 0);

    // Accepted past the scoring deadline, and marked late.
    let long = "Uzasadnienie wystarczająco długie, by spełnić wymóg konkursu.";
    let scores: Vec<Value> = (0..6)
        .map(|i| json!({ "criterion": i, "points": "6", "justification": long }))
        .collect();
    let (status, body) = app
        .post(
            &member.token,
            &format!("{path}/submit"),
            json!({ "version": 0, "scores": scores }),
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{body}");
    assert_eq!(body["late"], true);
}
