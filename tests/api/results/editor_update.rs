//! The editor and the review in update mode, without JavaScript: the box with the award, the
//! button that files the updated estimate (a wrong grant refused at its field, 422), the
//! withdrawal beside it; and the offer's own submit button, refused for an accepted offer, gone.

use super::fixtures::*;
use crate::browser::Browser;
use crate::on_both_databases;
use crate::support::*;
use reqwest::StatusCode;

on_both_databases!(the_editor_files_the_updated_estimate);

async fn the_editor_files_the_updated_estimate(backend: Backend) {
    // The first offer asked 11 000,00 and was awarded 9 000,00; published.
    let e = published(backend).await;
    let app = &e.app;
    let ngo = Browser::signed_in(app, &e.ngo);
    let edit = format!("/applications/{}/edit", e.first);
    let editor = ngo.get(&edit).await;
    assert_eq!(editor.status, StatusCode::OK, "{}", editor.html());
    let page = &editor.page;
    let awarded = page.text("#award-update-amount");
    assert_eq!(awarded, "9\u{a0}000,00\u{a0}zł");
    assert_eq!(page.attr("#file-update", "value"), "file_update");
    let withdraw = format!("/applications/{}/update/withdraw", e.first);
    assert!(page.has(&format!("form[action=\"{withdraw}\"] #withdraw-award")));
    assert!(
        !page.has("button[value=review]"),
        "the offer's own submission is not offered"
    );

    let review = ngo.get(&format!("/applications/{}/review", e.first)).await;
    let submit = format!("/applications/{}/update/submit", e.first);
    assert!(review
        .page
        .has(&format!("form[action=\"{submit}\"] #file-update")));
    assert!(review.page.has("#award-update"));

    // The filed grant (11 000) is not the award: refused, and said at the field.
    let mut fields = page.form_fields("#offer-form");
    fields.0.push(("action".into(), "file_update".into()));
    let refused = ngo.post(&edit, &fields.0).await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    let error = refused.page.text("#sources-requested_grant-error");
    assert!(error.contains("9\u{a0}000,00"), "{error}");
    assert_eq!(
        refused
            .page
            .attr("#sources-requested_grant", "aria-invalid"),
        "true"
    );

    // 7 200 + 2 400 + 1 400 = 11 000: grant 9 000, own 2 000, the share up from 15,38%.
    let mut fields = refused.page.form_fields("#offer-form");
    fields
        .set("costs.0.unit_cost", "1200")
        .set("costs.2.unit_cost", "350")
        .set("sources.requested_grant", "9000")
        .set("sources.own_financial", "1000")
        .set("sources.own_personal", "1000");
    fields.0.push(("action".into(), "file_update".into()));
    let filed = ngo.post(&edit, &fields.0).await;
    assert_eq!(filed.status, StatusCode::SEE_OTHER, "{}", filed.html());
    let receipt = ngo.get(&format!("/applications/{}/receipt", e.first)).await;
    assert_eq!(
        receipt.page.text("#result-update-state"),
        "złożona, do sprawdzenia"
    );
    // Filed: the editor no longer opens in update mode.
    let closed = ngo.get(&edit).await;
    assert!(!closed.page.has("#award-update"));

    // Another organisation's member never sees the box (the offer is 404 to them).
    let other = Browser::signed_in(app, &e.ngo_en).get(&edit).await;
    assert_eq!(other.status, StatusCode::NOT_FOUND);
}
