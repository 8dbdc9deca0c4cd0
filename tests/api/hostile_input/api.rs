//! Hostile text into every field of the JSON API (see the module's note).

use super::hostile_texts;
use crate::hostile::field_codes;
use crate::on_both_databases;
use crate::support::*;
use granty_web::Limits;
use reqwest::StatusCode;
use serde_json::{json, Value};

on_both_databases!(every_api_field_survives_hostile_text);

/// One JSON field: where it sits in the body (a JSON pointer), the name a violation gives it,
/// and whether the answer echoes the stored value at the same pointer (a password never is).
struct Target {
    pointer: &'static str,
    field: &'static str,
    echoed: bool,
}

const fn at(pointer: &'static str, field: &'static str) -> Target {
    Target {
        pointer,
        field,
        echoed: true,
    }
}

const ORGANISATION: &[Target] = &[
    at("/name", "name"),
    at("/street", "street"),
    at("/city", "city"),
    at("/postal_code", "postal_code"),
    at("/email", "email"),
    at("/phone", "phone"),
    at("/krs", "krs"),
    at("/nip", "nip"),
    at("/regon", "regon"),
    at("/bank_account", "bank_account"),
    at("/legal_form", "legal_form"),
    at("/representatives/0/name", "representatives[0].name"),
    at("/representatives/0/function", "representatives[0].function"),
];

const CALL: &[Target] = &[
    at("/title", "title"),
    at("/task_area", "task_area"),
    at("/description", "description"),
    at("/budget", "budget"),
    at("/min_grant", "min_grant"),
    at(
        "/required_attachments/0/name",
        "required_attachments[0].name",
    ),
    at(
        "/required_attachments/0/code",
        "required_attachments[0].code",
    ),
];

const OFFER: &[Target] = &[
    at("/content/title", "content.title"),
    at("/content/place", "content.place"),
    at("/content/target_group", "content.target_group"),
    at("/content/summary", "content.summary"),
    at("/content/schedule/0/name", "content.schedule[0].name"),
    at(
        "/content/schedule/0/description",
        "content.schedule[0].description",
    ),
    at("/content/results/0/name", "content.results[0].name"),
    at("/content/costs/0/name", "content.costs[0].name"),
    at("/content/costs/0/unit", "content.costs[0].unit"),
    at("/content/costs/0/unit_cost", "content.costs[0].unit_cost"),
    at(
        "/content/sources/requested_grant",
        "content.sources.requested_grant",
    ),
    at("/content/contact/name", "content.contact.name"),
    at("/content/contact/email", "content.contact.email"),
    at("/content/other_information", "content.other_information"),
];

const LOGIN: &[Target] = &[
    Target {
        pointer: "/email",
        field: "email",
        echoed: false,
    },
    Target {
        pointer: "/password",
        field: "password",
        echoed: false,
    },
    Target {
        pointer: "/tenant",
        field: "tenant",
        echoed: false,
    },
];

const FORMAL_CHECK: &[Target] = &[
    Target {
        pointer: "/deficiencies/0",
        field: "deficiencies[0]",
        echoed: false,
    },
    Target {
        pointer: "/reason",
        field: "reason",
        echoed: false,
    },
];

/// Puts `value` at `pointer`, adding the last key to its object when the body lacks it.
fn set_at(body: &mut Value, pointer: &str, value: Value) {
    let (parent, key) = pointer.rsplit_once('/').expect("a pointer");
    match body.pointer_mut(parent).expect("parent") {
        Value::Object(map) => {
            map.insert(key.to_string(), value);
        }
        Value::Array(items) => items[key.parse::<usize>().expect("index")] = value,
        other => panic!("{pointer}: {other}"),
    }
}

/// Judges one answer: no 5xx; a success stores the text exactly; a refusal names the field
/// (or is the 413 of a body over the limit).
fn judge(target: &Target, text: &str, status: StatusCode, answer: &Value) {
    let short: String = text.chars().take(40).collect();
    let context = format!("{} = {short:?}: {status}", target.pointer);
    assert!(!status.is_server_error(), "{context} {answer}");
    if status.is_success() {
        if target.echoed {
            assert_eq!(
                answer.pointer(target.pointer).and_then(Value::as_str),
                Some(text),
                "{context}"
            );
        }
        return;
    }
    if status == StatusCode::PAYLOAD_TOO_LARGE
        || (!target.echoed && status == StatusCode::UNAUTHORIZED)
    {
        return;
    }
    assert_eq!(
        status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "{context} {answer}"
    );
    let named = field_codes(answer).iter().any(|(field, _)| {
        field == target.field
            || target.field.ends_with(&format!(".{field}"))
            || field.starts_with(target.field)
    });
    assert!(named, "{context}: the refusal names other fields: {answer}");
}

/// Sends `body` with the field at `pointer` replaced by raw invalid UTF-8: a 400, never a 5xx.
async fn send_invalid_utf8(
    app: &TestApp,
    request: reqwest::RequestBuilder,
    mut body: Value,
    pointer: &str,
) {
    set_at(&mut body, pointer, json!("@@BAD@@"));
    let text = serde_json::to_vec(&body).expect("json");
    let at = text
        .windows(7)
        .position(|w| w == b"@@BAD@@")
        .expect("marker");
    let mut bytes = text[..at].to_vec();
    bytes.extend_from_slice(b"\xff\xfe\xc3");
    bytes.extend_from_slice(&text[at + 7..]);
    let (status, answer) = app
        .send(
            request
                .header("content-type", "application/json")
                .body(bytes),
        )
        .await;
    assert_eq!(status, StatusCode::BAD_REQUEST, "{pointer}: {answer}");
}

async fn every_api_field_survives_hostile_text(backend: Backend) {
    // The production limits: a megabyte of text fits in a JSON body.
    let app = TestApp::start_with(backend, Limits::default()).await;
    let s = app.scenario().await;
    let org_path = format!("/api/v1/organisations/{}", s.organisation);
    let draft = app.new_draft(&s.ngo, s.call, s.organisation).await;
    let draft_path = format!("/api/v1/applications/{draft}");
    for text in hostile_texts() {
        for target in ORGANISATION {
            let (_, current) = app.get(&s.ngo, &org_path).await;
            let mut body = organisation_body("Fundacja Muzyki", "5260001246");
            body["version"] = current["version"].clone();
            set_at(&mut body, target.pointer, json!(text));
            let (status, answer) = app.patch(&s.ngo, &org_path, body).await;
            judge(target, &text, status, &answer);
        }
        for target in CALL {
            let mut body = call_body(app.now());
            set_at(&mut body, target.pointer, json!(text));
            let (status, answer) = app.post(&s.clerk, "/api/v1/calls", body).await;
            judge(target, &text, status, &answer);
        }
        for target in OFFER {
            let (_, current) = app.get(&s.ngo, &draft_path).await;
            let mut body = json!({ "version": current["version"], "content": offer_content() });
            set_at(&mut body, target.pointer, json!(text));
            let (status, answer) = app.patch(&s.ngo, &draft_path, body).await;
            judge(target, &text, status, &answer);
        }
        for target in LOGIN {
            let mut body = json!({ "email": "fundacja@example.org", "password": "haslo-testowe-123", "tenant": "miasto" });
            set_at(&mut body, target.pointer, json!(text));
            let (status, answer) = app
                .send(app.client.post(app.url("/api/v1/sessions")).json(&body))
                .await;
            judge(target, &text, status, &answer);
            assert_ne!(status, StatusCode::OK, "{}", target.pointer);
        }
        for target in FORMAL_CHECK {
            // A decision moves the offer on: each attempt gets an offer of its own.
            let submitted = app.submitted(&s.ngo, s.call, s.organisation).await;
            let check_path = format!("/api/v1/applications/{submitted}/formal-check");
            let mut body = json!({ "outcome": "needs_correction", "deficiencies": ["Brak podpisu"], "reason": "" });
            set_at(&mut body, target.pointer, json!(text));
            let (status, answer) = app.post(&s.clerk, &check_path, body).await;
            judge(target, &text, status, &answer);
        }
    }
    for target in ORGANISATION.iter().take(2) {
        let request = app.client.patch(app.url(&org_path)).bearer_auth(&s.ngo);
        send_invalid_utf8(
            &app,
            request,
            organisation_body("F", "5260001246"),
            target.pointer,
        )
        .await;
    }
    let request = app.client.patch(app.url(&draft_path)).bearer_auth(&s.ngo);
    let body = json!({ "version": 1, "content": offer_content() });
    send_invalid_utf8(&app, request, body, "/content/title").await;
    let request = app
        .client
        .post(app.url("/api/v1/calls"))
        .bearer_auth(&s.clerk);
    send_invalid_utf8(&app, request, call_body(app.now()), "/title").await;
}
