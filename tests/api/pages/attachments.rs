//! An offer's attachments on both sides: the NGO lists, downloads, replaces (a new version, the
//! old kept) and removes them while the offer is editable, and a correction carries each once;
//! the clerk reads the filed ones with their versions and downloads them; kinds are translated.

use crate::browser::{file_form, Browser};
use crate::on_both_databases;
use crate::support::*;
use chrono::Duration;
use reqwest::StatusCode;
use serde_json::{json, Value};

on_both_databases!(
    replacing_keeps_the_history_and_a_correction_carries_each_attachment_once,
    the_editor_lists_replaces_and_removes_attachments_at_their_section,
);

/// A PNG, so a replacement is told apart from the first PDF by its type.
fn png_bytes() -> Vec<u8> {
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01".to_vec()
}

/// Posts a new version of `attachment` through the API.
async fn replace(app: &TestApp, token: &str, id: i64, attachment: i64) -> (StatusCode, Value) {
    let part = reqwest::multipart::Part::bytes(png_bytes())
        .file_name("statut\u{202e}fdp.png")
        .mime_str("image/png")
        .unwrap();
    let form = reqwest::multipart::Form::new().part("file", part);
    let path = format!("/api/v1/applications/{id}/attachments/{attachment}/versions");
    app.send(
        app.client
            .post(app.url(&path))
            .bearer_auth(token)
            .multipart(form),
    )
    .await
}

async fn download(app: &TestApp, token: &str, path: &str) -> reqwest::Response {
    app.client
        .get(app.url(path))
        .bearer_auth(token)
        .send()
        .await
        .unwrap()
}

async fn replacing_keeps_the_history_and_a_correction_carries_each_attachment_once(
    backend: Backend,
) {
    let app = TestApp::start(backend).await;
    let s = app.scenario().await;
    let id = app.submitted(&s.ngo, s.call, s.organisation).await;
    let (_, listed) = app
        .get(&s.ngo, &format!("/api/v1/applications/{id}/attachments"))
        .await;
    let first = listed["attachments"][0]["id"].as_i64().unwrap();
    // Submitted: no replacing.
    let (status, _) = replace(&app, &s.ngo, id, first).await;
    assert_eq!(status, StatusCode::CONFLICT);

    app.clock.advance(Duration::days(31));
    let clerk = app.token("urzednik@miasto.pl", "miasto").await;
    let ngo = app.token("fundacja@example.org", "miasto").await;
    let check = json!({ "outcome": "needs_correction", "deficiencies": ["Nieaktualny statut"] });
    let path = format!("/api/v1/applications/{id}/formal-check");
    let (status, checked) = app.post(&clerk, &path, check).await;
    assert_eq!(status, StatusCode::OK, "{checked}");

    // The correction: the statute replaced (not added again), an extra file added and removed.
    let (status, second) = replace(&app, &ngo, id, first).await;
    assert_eq!(status, StatusCode::CREATED, "{second}");
    assert_eq!(
        (
            second["version_no"].as_i64(),
            second["original_id"].as_i64()
        ),
        (Some(2), Some(first))
    );
    assert_eq!(second["kind"], "statut", "the kind stays the attachment's");
    let second = second["id"].as_i64().unwrap();
    // The replaced version is not on the offer any more: replacing it again is unknown.
    assert_eq!(
        replace(&app, &ngo, id, first).await.0,
        StatusCode::NOT_FOUND
    );
    let (_, extra) = upload(&app, &ngo, id, "inne", pdf_bytes(), "application/pdf").await;
    let extra = extra["id"].as_i64().unwrap();
    let removed = app
        .client
        .delete(app.url(&format!("/api/v1/applications/{id}/attachments/{extra}")))
        .bearer_auth(&ngo)
        .send()
        .await
        .unwrap();
    assert_eq!(removed.status(), StatusCode::NO_CONTENT);

    // Until the correction is filed, the clerk reads the statute as filed with version 1.
    let (_, seen) = app
        .get(&clerk, &format!("/api/v1/applications/{id}/attachments"))
        .await;
    let ids = |list: &Value| -> Vec<i64> {
        list.as_array()
            .unwrap()
            .iter()
            .map(|a| a["id"].as_i64().unwrap())
            .collect()
    };
    assert_eq!(ids(&seen["attachments"]), [first]);
    assert_eq!(
        ids(&seen["history"]),
        [first],
        "work in progress stays the NGO's"
    );
    let unfiled = format!("/api/v1/applications/{id}/attachments/{second}");
    assert_eq!(
        download(&app, &clerk, &unfiled).await.status(),
        StatusCode::NOT_FOUND
    );

    let (status, filed) = app
        .post(
            &ngo,
            &format!("/api/v1/applications/{id}/submit"),
            json!({}),
        )
        .await;
    assert_eq!(status, StatusCode::CREATED, "{filed}");
    let (_, mine) = app.get(&ngo, &format!("/api/v1/applications/{id}")).await;
    assert_eq!(
        ids(&mine["attachments"]),
        [second],
        "the statute once, the removed one gone"
    );
    assert_eq!(ids(&mine["attachment_history"]), [first, second, extra]);
    let (_, seen) = app
        .get(&clerk, &format!("/api/v1/applications/{id}/attachments"))
        .await;
    assert_eq!(ids(&seen["attachments"]), [second]);
    assert_eq!(ids(&seen["history"]), [first, second]);

    // Every filed version downloads, with its type and its cleaned name, as a download.
    let old = download(
        &app,
        &clerk,
        &format!("/api/v1/applications/{id}/attachments/{first}"),
    )
    .await;
    assert_eq!(old.status(), StatusCode::OK);
    assert_eq!(old.headers()["content-type"], "application/pdf");
    assert_eq!(old.bytes().await.unwrap().to_vec(), pdf_bytes());
    let new = download(&app, &clerk, &unfiled).await;
    assert_eq!(new.headers()["content-type"], "image/png");
    let disposition = new.headers()["content-disposition"]
        .to_str()
        .unwrap()
        .to_string();
    assert_eq!(disposition, "attachment; filename*=UTF-8''statutfdp.png");
}

async fn the_editor_lists_replaces_and_removes_attachments_at_their_section(backend: Backend) {
    let app = TestApp::start(backend).await;
    let s = app.scenario().await;
    let id = app.filled_draft(&s.ngo, s.call, s.organisation).await;
    let (_, added) = upload(&app, &s.ngo, id, "statut", pdf_bytes(), "application/pdf").await;
    let first = added["id"].as_i64().unwrap();
    let ngo = Browser::signed_in(&app, &s.ngo);
    let edit = format!("/applications/{id}/edit");
    let editor = ngo.get(&edit).await;
    let html = editor.html().to_string();
    // The section sits above "review and submit", the kind named by the catalogue (the call
    // says only "Statut").
    let section = html.find("id=\"attachments\"").expect("the section");
    assert!(section < html.find("value=\"review\"").expect("the review button"));
    assert!(editor.text().contains("Statut organizacji"), "{html}");
    let href = format!("/applications/{id}/attachments/{first}");
    assert!(editor.page.has(&format!("a[href=\"{href}\"]")), "{html}");
    let file = ngo.get(&href).await;
    assert_eq!(file.status, StatusCode::OK);
    assert_eq!(file.headers["content-type"], "application/pdf");

    // A replacement through the form: back at the section, the old version in the history.
    let csrf = editor.page.input("csrf");
    let png = ("statut-2.png", "image/png", png_bytes());
    let replace = format!("/applications/{id}/attachments/{first}/replace?csrf={csrf}");
    let replaced = ngo.post_multipart(&replace, file_form(png, &[])).await;
    assert_eq!(
        replaced.location.as_deref(),
        Some(format!("{edit}#attachments").as_str())
    );
    let editor = ngo.get(&edit).await;
    assert!(editor.text().contains("statut-2.png"));
    assert!(editor
        .page
        .has(&format!("details.attachment-versions a[href=\"{href}\"]")));
    // A refused file: the reason next to the attachments, the address the editor's.
    let empty = ("pusty.pdf", "application/pdf", vec![]);
    let (_, second) = app
        .get(&s.ngo, &format!("/api/v1/applications/{id}/attachments"))
        .await;
    let second = second["attachments"][0]["id"].as_i64().unwrap();
    let path = format!("/applications/{id}/attachments/{second}/replace?csrf={csrf}");
    let refused = ngo.post_multipart(&path, file_form(empty, &[])).await;
    let back = refused.location.expect("back to the editor");
    assert_eq!(
        back,
        format!("{edit}?attachment_error=file_empty#attachments")
    );
    let said = ngo.get(&back).await;
    assert!(
        said.page.has("section.attachments #attachments-error"),
        "{}",
        said.html()
    );
    // A stale form (the version replaced meanwhile) is said so, not a missing page.
    let stale = ngo
        .post(
            &format!("/applications/{id}/attachments/{first}/remove"),
            &[("csrf", &csrf)],
        )
        .await;
    let stale_to = format!("{edit}?attachment_error=attachment_not_found#attachments");
    assert_eq!(stale.location.as_deref(), Some(stale_to.as_str()));
    let removed = ngo
        .post(
            &format!("/applications/{id}/attachments/{second}/remove"),
            &[("csrf", &csrf)],
        )
        .await;
    assert_eq!(removed.status, StatusCode::SEE_OTHER);
    let (_, offer) = app.get(&s.ngo, &format!("/api/v1/applications/{id}")).await;
    assert_eq!(offer["attachments"], json!([]));
    assert_eq!(offer["attachment_history"].as_array().unwrap().len(), 2);
    let review = ngo.get(&format!("/applications/{id}/review")).await;
    assert!(
        review.page.has("ul.removed-attachments"),
        "{}",
        review.html()
    );
    // Another organisation's member reaches none of it.
    let rival = app
        .user("inna@example.org", granty_domain::roles::Role::Ngo)
        .await;
    let rival = Browser::signed_in(&app, &rival);
    assert_eq!(rival.get(&href).await.status, StatusCode::NOT_FOUND);
}
