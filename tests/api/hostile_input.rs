//! Hostile input, table-driven: script tags, SQL fragments, right-to-left and zero-width
//! characters, emoji, a 1 MB string and invalid UTF-8, sent into every field of the JSON API and
//! of the page forms, on both databases. Whatever is sent: never a 5xx; text is either stored
//! and comes back exactly, or refused with a 4xx that names the field; and every page that
//! shows it shows it escaped (no `<script>` or event handler from the input is live).

use crate::browser::{Answer, Browser};
use crate::hostile::field_codes;
use crate::on_both_databases;
use crate::support::*;
use granty_web::Limits;
use reqwest::StatusCode;
use serde_json::{json, Value};

on_both_databases!(
    every_api_field_survives_hostile_text,
    every_page_form_survives_hostile_text
);

const SCRIPT: &str = "<script>alert('xss')</script><img src=x onerror=alert(1)>";

/// The texts every field receives.
fn hostile_texts() -> Vec<String> {
    vec![
        SCRIPT.to_string(),
        "'; DROP TABLE users; -- \" OR 1=1 --".to_string(),
        "\u{202E}fdp.exe \u{5E9}\u{5DC}\u{5D5}\u{5DD} \u{645}\u{631}\u{62D}\u{628}\u{627}"
            .to_string(),
        "a\u{200B}b\u{200D}c\u{FEFF}d".to_string(),
        "Zespół 🎻🎶 👩‍👩‍👧 ⚽".to_string(),
        "NUL\u{0}byte".to_string(),
        // One megabyte of UTF-8 (two bytes a letter), just under the JSON body limit.
        "ż".repeat(500_000),
    ]
}

/// One JSON field: where it sits in the body (a JSON pointer), the name a violation gives it,
/// and where the stored value comes back in the answer (`None`: never echoed, e.g. a password).
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

/// No `<script>` or event handler that came from input is live in the page.
fn assert_escaped(answer: &Answer, context: &str) {
    assert!(
        !answer.status.is_server_error(),
        "{context}: {}",
        answer.status
    );
    let live_script = answer
        .page
        .all("script")
        .iter()
        .any(|s| s.text().collect::<String>().contains("alert("));
    assert!(!live_script, "{context}: a script from input runs");
    assert!(
        !answer.page.has("img[onerror]"),
        "{context}: an event handler from input"
    );
    assert!(
        !answer.html().contains("<script>alert"),
        "{context}: raw script tag"
    );
}

async fn every_page_form_survives_hostile_text(backend: Backend) {
    let app = TestApp::start_with(backend, Limits::default()).await;
    let s = app.scenario().await;
    let draft = app.filled_draft(&s.ngo, s.call, s.organisation).await;
    let ngo = Browser::signed_in(&app, &s.ngo);
    let clerk = Browser::signed_in(&app, &s.clerk);
    let org_edit = format!("/organisations/{}/edit", s.organisation);
    let editor = format!("/applications/{draft}/edit");
    let members = format!("/organisations/{}/members", s.organisation);
    // (who, page, form's action, fields to try)
    let forms: Vec<(&Browser, String, String, Vec<&str>)> = vec![
        (
            &ngo,
            org_edit.clone(),
            org_edit.clone(),
            vec![
                "name",
                "street",
                "city",
                "email",
                "nip",
                "bank_account",
                "representative_name",
            ],
        ),
        (
            &ngo,
            editor.clone(),
            editor.clone(),
            vec![
                "title",
                "place",
                "summary",
                "costs.0.name",
                "costs.0.unit_cost",
                "contact.name",
            ],
        ),
        (&ngo, members.clone(), members.clone(), vec!["email"]),
        (
            &clerk,
            "/clerk/calls/new".into(),
            "/clerk/calls/new".into(),
            vec!["title", "task_area", "description", "budget"],
        ),
    ];
    // Form encoding triples a non-ASCII letter, so the megabyte is ASCII here.
    let mut texts = hostile_texts();
    texts.pop();
    texts.push("x".repeat(1_000_000));
    for text in &texts {
        for (who, page, action, fields) in &forms {
            for field in fields {
                let form = who.get(page).await;
                assert_escaped(&form, page);
                let mut posted = form.page.form_fields(&format!("form[action=\"{action}\"]"));
                posted.set(field, text);
                let answer = who.post(action, &posted.0).await;
                assert_escaped(&answer, &format!("{action} {field}"));
            }
        }
        for (path, fields) in [
            ("/login", vec!["email", "password"]),
            ("/miasto/register", vec!["display_name", "email"]),
        ] {
            let visitor = Browser::new(&app);
            let form = visitor.get(path).await;
            let token = form.cookie("granty_csrf").unwrap_or_default();
            let visitor = visitor.with_cookie("granty_csrf", &token);
            for field in fields {
                let mut posted = form.page.form_fields(&format!("form[action=\"{path}\"]"));
                for (name, value) in posted.0.iter_mut() {
                    if name.starts_with("password") {
                        *value = "haslo-testowe-123".into();
                    }
                }
                posted.set(field, text);
                let answer = visitor.post(path, &posted.0).await;
                assert_escaped(&answer, &format!("{path} {field}"));
            }
        }
    }
    for text in &texts {
        formal_check_page(&app, &s, text).await;
    }
    invalid_utf8_in_a_form(&app, &s.ngo, &org_edit).await;
    // What the API stored shows escaped on every page that lists it.
    let mut content = offer_content();
    content["title"] = json!(SCRIPT);
    let (_, current) = app
        .get(&s.ngo, &format!("/api/v1/applications/{draft}"))
        .await;
    let body = json!({ "version": current["version"], "content": content });
    let (status, _) = app
        .patch(&s.ngo, &format!("/api/v1/applications/{draft}"), body)
        .await;
    assert_eq!(status, StatusCode::OK);
    for path in [
        "/dashboard".to_string(),
        editor.clone(),
        format!("/applications/{draft}/review"),
        org_edit,
    ] {
        let answer = ngo.get(&path).await;
        assert_escaped(&answer, &path);
        if path != "/dashboard" && path.starts_with("/applications") {
            assert!(
                answer.text().contains("<script>alert('xss')</script>")
                    || answer.html().contains("&lt;script&gt;"),
                "{path}"
            );
        }
    }
    for path in [
        "/clerk/calls".to_string(),
        "/miasto".to_string(),
        format!("/miasto/calls/{}", s.call),
    ] {
        assert_escaped(&clerk.get(&path).await, &path);
    }
}

/// A form whose field is raw invalid UTF-8 (`%FF%FE`): refused or stored with replacement
/// characters, never a 5xx.
async fn invalid_utf8_in_a_form(app: &TestApp, token: &str, path: &str) {
    let ngo = Browser::signed_in(app, token);
    let form = ngo.get(path).await;
    let fields = form.page.form_fields(&format!("form[action=\"{path}\"]"));
    let mut body = url::form_urlencoded::Serializer::new(String::new());
    for (name, value) in fields.0.iter().filter(|(n, _)| n != "city") {
        body.append_pair(name, value);
    }
    let body = format!("{}&city=%FF%FEWarszawa", body.finish());
    let response = app
        .client
        .post(app.url(path))
        .header("cookie", format!("granty_session={token}"))
        .header("content-type", "application/x-www-form-urlencoded")
        .body(body)
        .send()
        .await
        .expect("request");
    assert!(
        !response.status().is_server_error(),
        "{}",
        response.status()
    );
}

/// The clerk's formal check page asks for a correction with `text` as the deficiency: never a
/// 5xx, and the clerk's answer and the applicant's editor (which lists the deficiencies) show it
/// escaped.
async fn formal_check_page(app: &TestApp, s: &Scenario, text: &str) {
    let id = app.submitted(&s.ngo, s.call, s.organisation).await;
    let clerk = Browser::signed_in(app, &s.clerk);
    let path = format!("/clerk/applications/{id}");
    let form = clerk.get(&path).await;
    assert_escaped(&form, &path);
    let mut posted = form.page.form_fields(&format!("form[action=\"{path}\"]"));
    posted.0.retain(|(name, _)| name != "outcome");
    posted.0.push(("outcome".into(), "needs_correction".into()));
    // Every condition answered: the first choice (met) where nothing is suggested.
    for radio in form.page.all("input[type=radio][name^='checklist.']") {
        let name = radio.value().attr("name").unwrap_or_default().to_string();
        if !posted.0.iter().any(|(n, _)| *n == name) {
            let value = radio.value().attr("value").unwrap_or_default().to_string();
            posted.0.push((name, value));
        }
    }
    posted.set("deficiencies", text);
    let answer = clerk.post(&path, &posted.0).await;
    assert_escaped(&answer, &format!("{path} deficiencies"));
    let editor = Browser::signed_in(app, &s.ngo)
        .get(&format!("/applications/{id}/edit"))
        .await;
    assert_escaped(&editor, "the applicant's editor with the deficiencies");
    if text == SCRIPT {
        // Stored, and shown as the text it is.
        assert_eq!(answer.status, StatusCode::SEE_OTHER, "{}", answer.text());
        assert!(editor.text().contains(SCRIPT), "{}", editor.text());
    }
}
