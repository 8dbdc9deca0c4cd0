//! What the feeds hold: the organisation's own deadlines (a call in winter and one in summer,
//! its agreement signed, its final report), never another organisation's; the clerk's formal
//! checks and the report awaiting review. Each feed is read back by Python's `icalendar`, its
//! times through the feed's own VTIMEZONE and through the IANA database alike.

use super::*;
use crate::on_both_databases;
use crate::reports::fixtures::reporting;
use serde_json::json;

on_both_databases!(
    an_organisations_feed_holds_its_deadlines_and_no_other_organisations,
    a_clerks_feed_holds_the_towns_checks_and_reports_to_review,
);

async fn organisation_of(app: &TestApp, token: &str) -> i64 {
    let (status, mine) = app.get(token, "/api/v1/organisations/mine").await;
    assert_eq!(status, StatusCode::OK, "{mine}");
    mine["organisations"][0]["id"]
        .as_i64()
        .expect("organisation")
}

/// A published call whose deadline is 15 July 2027, 15:30 in Warsaw (summer time).
async fn summer_call(app: &TestApp, clerk: &str) -> i64 {
    let mut body = call_body(app.now());
    body["title"] = json!("Lato, sport; i rekreacja");
    body["deadline"] = json!("2027-07-15T13:30:00Z");
    body["realisation_start"] = json!("2027-09-01");
    body["realisation_end"] = json!("2027-12-31");
    let (status, made) = app.post(clerk, "/api/v1/calls", body).await;
    assert_eq!(status, StatusCode::CREATED, "{made}");
    let id = made["id"].as_i64().expect("id");
    let path = format!("/api/v1/calls/{id}/publish");
    let (status, published) = app.post(clerk, &path, json!({})).await;
    assert_eq!(status, StatusCode::OK, "{published}");
    id
}

/// The event with this UID (without the host) as the parser read it.
fn event<'a>(parsed: &'a Value, uid: &str) -> &'a Value {
    let events = parsed["events"].as_array().expect("events");
    events
        .iter()
        .find(|e| {
            e["uid"]
                .as_str()
                .is_some_and(|u| u.starts_with(&format!("{uid}@")))
        })
        .unwrap_or_else(|| panic!("no {uid} in {parsed}"))
}

/// The event's instant, the same through the feed's VTIMEZONE and through the IANA database.
fn instant(parsed: &Value, uid: &str) -> String {
    let found = event(parsed, uid);
    assert_eq!(found["tzid"], "Europe/Warsaw");
    assert_eq!(found["utc_vtimezone"], found["utc_iana"], "{found}");
    found["utc_iana"].as_str().expect("instant").to_string()
}

async fn an_organisations_feed_holds_its_deadlines_and_no_other_organisations(backend: Backend) {
    let r = reporting(backend).await;
    let (app, e) = (r.app(), &r.a.e);
    let (first, second) = (
        organisation_of(app, &e.ngo).await,
        organisation_of(app, &e.ngo_en).await,
    );
    let winter = app.open_call(&e.clerk).await;
    let summer = summer_call(app, &e.clerk).await;
    app.filled_draft(&e.ngo, winter, first).await;
    let other = app.new_draft(&e.ngo_en, summer, second).await;
    let mut secret = offer_content();
    secret["title"] = json!("Tajny projekt drugiej organizacji");
    let path = format!("/api/v1/applications/{other}");
    let (status, saved) = app
        .patch(&e.ngo_en, &path, json!({ "version": 1, "content": secret }))
        .await;
    assert_eq!(status, StatusCode::OK, "{saved}");

    let (status, made) = issue(app, &e.ngo, &organisation_feed(first)).await;
    assert_eq!(status, StatusCode::CREATED, "{made}");
    assert_eq!(made["rotated"], false);
    let (status, kind, body) = fetch(app, &url_of(app, &made)).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    assert_eq!(kind, "text/calendar; charset=utf-8");
    assert_folded(&body);
    let text = unfold(&body);
    assert!(text.starts_with("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:"));
    // In the language of the member who made it (Polish), linking to Granty's pages.
    assert!(
        text.contains("SUMMARY:Termin składania ofert: Kultura 2027\r\n"),
        "{text}"
    );
    assert!(
        text.contains("Wasz szkic „Letnie koncerty w parku”"),
        "{text}"
    );
    assert!(text.contains("SUMMARY:Termin składania ofert: Lato\\, sport\\; i rekreacja\r\n"));
    assert!(text.contains(&format!(
        "URL:{}\r\n",
        app.url(&format!("/miasto/calls/{winter}"))
    )));
    // Nothing of the other organisation: not its draft's title.
    assert!(!text.contains("Tajny projekt"), "{text}");

    let Some(parsed) = parsed(&body) else {
        return;
    };
    assert_eq!(parsed["zones"], json!(["Europe/Warsaw"]));
    // Winter: 31 December 2026, 10:00 CET; summer: 15 July 2027, 15:30 CEST, to the second.
    let (_, call) = app.get(&e.ngo, &format!("/api/v1/calls/{winter}")).await;
    let winter_deadline: chrono::DateTime<chrono::Utc> =
        serde_json::from_value(call["deadline"].clone()).expect("deadline");
    assert_eq!(
        instant(&parsed, &format!("org{first}-offers-call{winter}")),
        winter_deadline
            .naive_utc()
            .format("%Y-%m-%dT%H:%M:%SZ")
            .to_string()
    );
    let summer_uid = format!("org{first}-offers-call{summer}");
    assert_eq!(instant(&parsed, &summer_uid), "2027-07-15T13:30:00Z");
    assert_eq!(event(&parsed, &summer_uid)["local"], "2027-07-15T15:30:00");
    // The agreement signed, and its final report due by the end of 2 November 2027 (CET).
    let agreement = r.agreement;
    event(&parsed, &format!("org{first}-signed-agreement{agreement}"));
    let report = format!("org{first}-report-agreement{agreement}-final-2027-05-01");
    assert_eq!(instant(&parsed, &report), "2027-11-02T22:59:59Z");
    assert_eq!(event(&parsed, &report)["local"], "2027-11-02T23:59:59");
    let url = app.url(&format!("/agreements/{agreement}#reports"));
    assert_eq!(event(&parsed, &report)["url"], url);

    // The other organisation's feed has its own draft's call, and nothing of the first's.
    let (status, theirs) = issue(app, &e.ngo_en, &organisation_feed(second)).await;
    assert_eq!(status, StatusCode::CREATED, "{theirs}");
    let (_, _, body) = fetch(app, &url_of(app, &theirs)).await;
    let text = unfold(&body);
    assert!(text.contains("Tajny projekt drugiej organizacji"), "{text}");
    assert!(
        text.contains("SUMMARY:Deadline for offers: Kultura 2027\r\n"),
        "English: {text}"
    );
    assert!(!text.contains("Letnie koncerty") && !text.contains(&format!("agreement{agreement}")));
    assert!(!text.contains(&format!("org{first}-")));
}

async fn a_clerks_feed_holds_the_towns_checks_and_reports_to_review(backend: Backend) {
    let r = reporting(backend).await;
    let (app, e) = (r.app(), &r.a.e);
    let first = organisation_of(app, &e.ngo).await;
    let call = app.open_call(&e.clerk).await;
    app.submitted(&e.ngo, call, first).await;
    let (_, report) = r.start_final(&e.ngo).await;
    let content = r.complete(&report);
    let (status, saved) = r.save(&e.ngo, &report, content).await;
    assert_eq!(status, StatusCode::OK, "{saved}");
    let report_id = report["id"].as_i64().expect("report");
    let (status, submitted) = r.submit(&e.ngo, report_id).await;
    assert_eq!(status, StatusCode::CREATED, "{submitted}");

    let (status, made) = issue(app, &e.clerk, CLERK_FEED).await;
    assert_eq!(status, StatusCode::CREATED, "{made}");
    assert!(made["webcal_url"]
        .as_str()
        .expect("webcal")
        .starts_with("webcal://"));
    let (status, _, body) = fetch(app, &url_of(app, &made)).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    assert_folded(&body);
    let text = unfold(&body);
    assert!(
        text.contains("SUMMARY:Termin oceny formalnej: Kultura 2027\r\n"),
        "{text}"
    );
    assert!(text.contains("Czeka na nią jedna oferta."), "{text}");
    assert!(
        text.contains("SUMMARY:Sprawozdanie do sprawdzenia (umowa "),
        "{text}"
    );
    let review = app.url(&format!("/clerk/reports/{report_id}"));
    assert!(text.contains(&format!("URL:{review}\r\n")), "{text}");
    // The organisation's feed no longer asks for the report once it is filed.
    let (_, org) = issue(app, &e.ngo, &organisation_feed(first)).await;
    let (_, _, org_body) = fetch(app, &url_of(app, &org)).await;
    assert!(
        !unfold(&org_body).contains("-report-agreement"),
        "{org_body}"
    );

    let Some(parsed) = parsed(&body) else {
        return;
    };
    let clerk = parsed["name"].as_str().expect("name").to_string();
    assert!(clerk.starts_with("Granty (Miasto"), "{clerk}");
    let uid = parsed["events"]
        .as_array()
        .expect("events")
        .iter()
        .map(|e| e["uid"].as_str().expect("uid").to_string())
        .find(|u| u.contains(&format!("-formal-check-call{call}@")))
        .expect("the formal check");
    // The check ends with a local day (the call's formal check days after its deadline).
    let found = event(&parsed, uid.split('@').next().expect("uid"));
    assert_eq!(found["utc_vtimezone"], found["utc_iana"]);
    assert!(
        found["local"]
            .as_str()
            .expect("local")
            .ends_with("T23:59:59"),
        "{found}"
    );
}
