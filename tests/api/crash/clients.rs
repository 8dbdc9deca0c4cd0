//! The applicants' side of the SIGKILL loop: each client works until the server dies under it,
//! and writes down what it was told.

use super::{Applicant, Model};
use crate::support::pdf_bytes;
use serde_json::{json, Value};

/// One applicant's work, over and over until a request finds no server: a new draft, three
/// saves, the required attachment, the submission. Any answer other than success fails the test.
pub async fn apply(a: Applicant, model: Model) {
    let client = reqwest::Client::new();
    loop {
        let Some(id) = new_draft(&client, &a).await else {
            return;
        };
        model.lock().unwrap().insert(id, Default::default());
        if !save_three_times(&client, &a, id, &model).await || !attach(&client, &a, id).await {
            return;
        }
        let url = format!("{}/api/v1/applications/{id}/submit", a.base);
        set_submitted(&model, id, None);
        let request = client.post(url).bearer_auth(&a.token).json(&json!({}));
        let Some((status, body)) = answer(request).await else {
            return;
        };
        assert_eq!(status, 201, "submit {id}: {body}");
        set_submitted(&model, id, Some(status));
    }
}

fn set_submitted(model: &Model, id: i64, status: Option<u16>) {
    model.lock().unwrap().get_mut(&id).unwrap().submitted = Some(status);
}

/// The whole answer (status and body), or `None` when the server died before giving it.
async fn answer(request: reqwest::RequestBuilder) -> Option<(u16, Value)> {
    let response = request.send().await.ok()?;
    let status = response.status().as_u16();
    let text = response.text().await.ok()?;
    Some((
        status,
        serde_json::from_str(&text).unwrap_or(Value::String(text)),
    ))
}

async fn new_draft(client: &reqwest::Client, a: &Applicant) -> Option<i64> {
    let url = format!("{}/api/v1/calls/{}/applications", a.base, a.call);
    let body = json!({ "organisation_id": a.organisation });
    let (status, draft) = answer(client.post(url).bearer_auth(&a.token).json(&body)).await?;
    assert_eq!(status, 201, "new draft: {draft}");
    draft["id"].as_i64()
}

/// Saves the offer three times with a new title each time; false when the server died.
async fn save_three_times(client: &reqwest::Client, a: &Applicant, id: i64, model: &Model) -> bool {
    let url = format!("{}/api/v1/applications/{id}", a.base);
    let mut version = 1;
    for n in 0..3 {
        let title = format!("Oferta {id}, zapis {n}");
        let mut content = a.content.clone();
        content["title"] = json!(title);
        let saves = |m: &Model, status| {
            let mut m = m.lock().unwrap();
            let told = m.get_mut(&id).unwrap();
            told.saves.retain(|(t, _)| *t != title);
            told.saves.push((title.clone(), status));
        };
        saves(model, None);
        let body = json!({ "version": version, "content": content });
        let Some((status, saved)) =
            answer(client.patch(&url).bearer_auth(&a.token).json(&body)).await
        else {
            return false;
        };
        assert_eq!(status, 200, "save {id}: {saved}");
        saves(model, Some(status));
        version = saved["version"].as_i64().unwrap();
    }
    true
}

/// Uploads the call's required `statut`; false when the server died.
async fn attach(client: &reqwest::Client, a: &Applicant, id: i64) -> bool {
    let url = format!("{}/api/v1/applications/{id}/attachments", a.base);
    let part = reqwest::multipart::Part::bytes(pdf_bytes())
        .file_name("statut.pdf")
        .mime_str("application/pdf")
        .unwrap();
    let form = reqwest::multipart::Form::new()
        .text("kind", "statut")
        .part("file", part);
    let Some((status, body)) = answer(client.post(url).bearer_auth(&a.token).multipart(form)).await
    else {
        return false;
    };
    assert_eq!(status, 201, "upload {id}: {body}");
    true
}
