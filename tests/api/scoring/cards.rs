//! A card's life: saved as a draft, a stale save refused, submitted, read-only, reopened by the
//! clerk with a reason (the member is told), written again; the queue and the clerk's progress
//! follow; the reminder before the scoring deadline is queued once.

use super::fixtures::{full_card, put, Evaluation, WHY};
use crate::on_both_databases;
use crate::support::Backend;
use chrono::Duration;
use granty_store::entities::{audit_event, notification};
use reqwest::StatusCode;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder};
use serde_json::json;

on_both_databases!(
    a_card_is_saved_submitted_read_only_and_reopened,
    the_scoring_reminder_is_queued_once_per_member
);

async fn a_card_is_saved_submitted_read_only_and_reopened(backend: Backend) {
    let e = Evaluation::start(backend).await;
    let app = &e.app;
    e.settings(false, 30, app.now() + Duration::days(10)).await;
    let member = e.scoring_member("oceniajacy@miasto.pl").await;
    let path = format!("/api/v1/applications/{}/scorecard", e.offer);

    let (status, read) = app.get(&member.token, &path).await;
    assert_eq!(status, StatusCode::OK, "{read}");
    assert_eq!(read["card"]["progress"], "not_started");
    assert_eq!(read["card"]["version"], 0);
    assert_eq!(read["card"]["may_write"], true);
    assert_eq!(read["card"]["criteria"].as_array().unwrap().len(), 6);
    assert_eq!(read["track_record"], json!([]));

    // The applicant's offer in another call joins its track record (art. 15 ust. 1 pkt 6).
    let other_call = app.open_call(&e.clerk).await;
    let earlier = app.submitted(&e.ngo, other_call, e.organisation).await;
    let (_, read) = app.get(&member.token, &path).await;
    let record = &read["track_record"][0];
    assert_eq!(record["application_id"], earlier, "{read}");
    assert_eq!(record["state"], "submitted");
    assert_eq!(record["formal_outcome"], json!(null));
    assert_eq!(record["corrections_asked"], 0);
    assert_eq!(
        record["agreement"],
        json!(null),
        "no agreement on a submitted offer"
    );

    // A draft may be incomplete and shortly justified.
    let draft = json!([{ "criterion": 1, "points": "7", "justification": "wstępnie" }]);
    let (status, saved) = put(
        app,
        &member.token,
        &path,
        json!({ "version": 0, "scores": draft }),
    )
    .await;
    assert_eq!(status, StatusCode::OK, "{saved}");
    assert_eq!(saved["progress"], "draft");
    assert_eq!(saved["version"], 1);
    assert_eq!(saved["scores"][1]["points"], "7");

    // Another tab's save from the old version is refused with the card as stored.
    let (status, stale) = put(
        app,
        &member.token,
        &path,
        json!({ "version": 0, "scores": [] }),
    )
    .await;
    assert_eq!(status, StatusCode::CONFLICT, "{stale}");
    assert_eq!(
        stale["type"].as_str().unwrap().rsplit('/').next(),
        Some("stale-version")
    );
    assert_eq!(stale["current"]["version"], 1);

    // Submitting what was saved: incomplete, refused field by field.
    let submit = format!("{path}/submit");
    let (status, refused) = app
        .post(&member.token, &submit, json!({ "version": 1 }))
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{refused}");
    let codes: Vec<&str> = refused["errors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["code"].as_str().unwrap())
        .collect();
    assert!(codes.contains(&"points_required"), "{refused}");
    assert!(codes.contains(&"justification_too_short"), "{refused}");

    let (status, submitted) = app
        .post(
            &member.token,
            &submit,
            json!({ "version": 1, "scores": full_card(8) }),
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{submitted}");
    assert_eq!(submitted["progress"], "submitted");
    assert_eq!(submitted["may_write"], false);
    assert_eq!(submitted["late"], false);
    assert_eq!(submitted["scores"][5]["justification"], WHY);

    // Read-only: neither a save nor a second submission goes through.
    let (status, locked) = put(
        app,
        &member.token,
        &path,
        json!({ "version": 2, "scores": full_card(1) }),
    )
    .await;
    assert_eq!(status, StatusCode::CONFLICT, "{locked}");
    let (status, _) = app
        .post(&member.token, &submit, json!({ "version": 2 }))
        .await;
    assert_eq!(status, StatusCode::CONFLICT);

    // The queue and the clerk's progress show it submitted.
    let (status, queue) = app.get(&member.token, "/api/v1/evaluations").await;
    assert_eq!(status, StatusCode::OK, "{queue}");
    assert_eq!(queue["calls"][0]["declared"], true);
    assert_eq!(queue["calls"][0]["offers"][0]["progress"], "submitted");
    let (status, progress) = app
        .get(&e.clerk, &format!("/api/v1/calls/{}/scoring", e.call))
        .await;
    assert_eq!(status, StatusCode::OK, "{progress}");
    assert_eq!(progress["members"][0]["submitted"], 1);
    let clerk_read = format!("/api/v1/applications/{}/scorecards", e.offer);
    let (status, cards) = app.get(&e.clerk, &clerk_read).await;
    assert_eq!(status, StatusCode::OK, "{cards}");
    assert_eq!(cards["cards"][0]["card"]["scores"][0]["points"], "8");
    assert_eq!(cards["cards"][0]["member_name"], "oceniajacy@miasto.pl");
    let (status, _) = app.get(&e.ngo, &clerk_read).await;
    assert_eq!(status, StatusCode::FORBIDDEN, "an NGO never reads cards");
    let unknown = json!({ "member_user_id": 987654, "reason": "x" });
    let (status, refused) = app.post(&e.clerk, &format!("{path}/reopen"), unknown).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{refused}");
    assert_eq!(refused["errors"][0]["field"], "member_user_id");

    // Only the clerk reopens, and only with a reason.
    let reopen = format!("{path}/reopen");
    let body = |reason: &str| json!({ "member_user_id": member.user_id, "reason": reason });
    let (status, _) = app
        .post(&member.token, &reopen, body("chcę poprawić"))
        .await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    let (status, refused) = app.post(&e.clerk, &reopen, body("  ")).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{refused}");
    assert_eq!(refused["errors"][0]["code"], "reason_required");
    let (status, reopened) = app
        .post(
            &e.clerk,
            &reopen,
            body("Uzasadnienie kryterium 2 dotyczy innej oferty."),
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{reopened}");
    assert_eq!(reopened["progress"], "draft");
    assert_eq!(
        reopened["reopen_reason"],
        "Uzasadnienie kryterium 2 dotyczy innej oferty."
    );
    let (status, _) = app.post(&e.clerk, &reopen, body("jeszcze raz")).await;
    assert_eq!(status, StatusCode::CONFLICT, "a draft is not reopened");

    let told = notification::Entity::find()
        .filter(notification::Column::Kind.eq("scorecard_reopened"))
        .all(&app.db.reader)
        .await
        .unwrap();
    assert_eq!(told.len(), 1);
    assert_eq!(told[0].recipient_user_id, Some(member.user_id));
    assert_eq!(
        told[0].link_path,
        format!("/evaluations/applications/{}", e.offer)
    );

    // The member writes again from the reopened version.
    let (status, saved) = put(
        app,
        &member.token,
        &path,
        json!({ "version": 3, "scores": full_card(9) }),
    )
    .await;
    assert_eq!(status, StatusCode::OK, "{saved}");
    assert_eq!(saved["version"], 4);

    let actions: Vec<String> = audit_event::Entity::find()
        .filter(audit_event::Column::Entity.eq("scorecard"))
        .order_by_asc(audit_event::Column::Id)
        .all(&app.db.reader)
        .await
        .unwrap()
        .into_iter()
        .map(|row| row.action)
        .collect();
    assert_eq!(actions, ["save_draft", "submit", "reopen", "save_draft"]);
}

async fn the_scoring_reminder_is_queued_once_per_member(backend: Backend) {
    let e = Evaluation::start(backend).await;
    let app = &e.app;
    e.settings(false, 30, app.now() + Duration::days(3)).await;
    let late = e.scoring_member("spozniony@miasto.pl").await;
    let done = e.scoring_member("gotowy@miasto.pl").await;
    let path = format!("/api/v1/applications/{}/scorecard/submit", e.offer);
    let (status, body) = app
        .post(
            &done.token,
            &path,
            json!({ "version": 0, "scores": full_card(5) }),
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{body}");

    // 3 days before the deadline, at the scan time (9:00 Warsaw).
    app.clock.advance(Duration::hours(1));
    let now = app.now();
    granty_store::reminders::scan(&app.db, now).await.unwrap();
    granty_store::reminders::scan(&app.db, now).await.unwrap();
    let queued = notification::Entity::find()
        .filter(notification::Column::Kind.eq("reminder_scoring_due"))
        .all(&app.db.reader)
        .await
        .unwrap();
    assert_eq!(queued.len(), 1, "{queued:?}");
    assert_eq!(queued[0].recipient_user_id, Some(late.user_id));
    assert_eq!(queued[0].link_path, "/evaluations");
    assert!(
        queued[0].event.contains("\"pending\":1"),
        "{}",
        queued[0].event
    );
}
