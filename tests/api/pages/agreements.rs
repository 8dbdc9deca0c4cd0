//! The agreement pages: the clerk draws up the agreement from an award on the results page,
//! names the town's signatory, makes it ready and signs; the organisation sees it in its list,
//! downloads it and uploads its signed copy (PAdES, TEST ONLY key); the clerk records a transfer
//! and finds the agreement in realisation. Refusals come back next to the form with what was typed.

use crate::agreements::fixtures::{awarded, signed_by};
use crate::browser::{file_form, Browser};
use crate::on_both_databases;
use crate::support::*;
use reqwest::StatusCode;

async fn from_the_award_to_a_tranche_paid_through_the_pages(backend: Backend) {
    let a = awarded(backend).await;
    let e = &a.e;
    let clerk = Browser::signed_in(&e.app, &e.clerk);
    let results = clerk.get(&format!("/clerk/calls/{}/results", e.call)).await;
    assert!(
        results.page.has(&format!("#draw-up-{}", e.first)),
        "{}",
        results.html()
    );
    let csrf = results.page.input("csrf");
    let drawn = clerk
        .post(
            &format!("/clerk/awards/{}/agreement", a.award),
            &[("csrf", csrf.as_str())],
        )
        .await;
    assert_eq!(drawn.status, StatusCode::SEE_OTHER);
    let screen_path = drawn.location.clone().expect("the agreement's screen");
    let id: i64 = screen_path.rsplit('/').next().unwrap().parse().unwrap();
    let again = clerk.get(&format!("/clerk/calls/{}/results", e.call)).await;
    assert!(
        again.page.has(&format!("#agreement-{}", e.first)),
        "a second draw-up is a link"
    );

    // Ready without the town's signatory: refused, the form keeps what was typed.
    let ready_path = format!("/clerk/agreements/{id}/ready");
    let refused = clerk.post(&ready_path, &[("csrf", csrf.as_str())]).await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(refused.page.has(".error-summary"), "{}", refused.html());
    let screen = clerk.get(&screen_path).await;
    assert_eq!(screen.page.text("#agreement-state"), "projekt");
    let form = format!("form[action=\"/clerk/agreements/{id}/terms\"]");
    let mut fields = screen.page.form_fields(&form);
    fields
        .set("town_signatory_name", "Jan Burmistrz")
        .set("town_signatory_function", "Burmistrz Miasta")
        .set("ends_on", "nie data");
    let bad = clerk
        .post(&format!("/clerk/agreements/{id}/terms"), &fields.0)
        .await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(bad.page.has("#ends_on-error"));
    assert_eq!(bad.page.input("town_signatory_name"), "Jan Burmistrz");
    fields.set("ends_on", "2027-09-30");
    let saved = clerk
        .post(&format!("/clerk/agreements/{id}/terms"), &fields.0)
        .await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.html());
    let ready = clerk.post(&ready_path, &[("csrf", csrf.as_str())]).await;
    assert_eq!(ready.status, StatusCode::SEE_OTHER, "{}", ready.html());
    let sign = clerk
        .post(
            &format!("/clerk/agreements/{id}/sign"),
            &[("csrf", csrf.as_str())],
        )
        .await;
    assert_eq!(sign.status, StatusCode::SEE_OTHER, "{}", sign.html());

    // The organisation downloads it and uploads its signed copy.
    let ngo = Browser::signed_in(&e.app, &e.ngo);
    let list = ngo.get("/agreements").await;
    assert_eq!(list.status, StatusCode::OK);
    assert!(
        list.page.has(&format!("a[href=\"/agreements/{id}\"]")),
        "{}",
        list.html()
    );
    let page = ngo.get(&format!("/agreements/{id}")).await;
    assert!(page.page.has("#upload"), "{}", page.html());
    let pdf = ngo.get(&format!("/agreements/{id}/pdf")).await;
    assert_eq!(pdf.status, StatusCode::OK);
    let url = e.app.url(&format!("/agreements/{id}/pdf"));
    let bytes = e
        .app
        .client
        .get(url)
        .header("cookie", format!("granty_session={}", e.ngo))
        .send()
        .await
        .unwrap()
        .bytes()
        .await
        .unwrap()
        .to_vec();
    let token = page.page.input("csrf");
    let upload_path = format!("/agreements/{id}/signed-copy?csrf={token}");
    let not_a_pdf = file_form(
        ("umowa.pdf", "application/pdf", b"%PDF-1.7 nie".to_vec()),
        &[],
    );
    let refused = ngo.post_multipart(&upload_path, not_a_pdf).await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(refused.page.has("#upload_file-error"), "{}", refused.html());
    let copy = signed_by(&bytes, "ngo", e.app.now());
    let signed = ngo
        .post_multipart(
            &upload_path,
            file_form(("umowa.pdf", "application/pdf", copy), &[]),
        )
        .await;
    assert_eq!(signed.status, StatusCode::SEE_OTHER, "{}", signed.html());
    let after = ngo.get(&format!("/agreements/{id}?done=uploaded")).await;
    assert_eq!(after.page.text("#agreement-state"), "w realizacji");
    assert!(after.page.has(".notice-box"));

    // The clerk records the first tranche.
    let today = e.app.now().date_naive().to_string();
    let pay = [
        ("csrf", csrf.as_str()),
        ("paid_on", today.as_str()),
        ("amount", "6000.00"),
        ("note", ""),
    ];
    let paid = clerk
        .post(&format!("/clerk/agreements/{id}/payments"), &pay)
        .await;
    assert_eq!(paid.status, StatusCode::SEE_OTHER, "{}", paid.html());
    let too_much = [
        ("csrf", csrf.as_str()),
        ("paid_on", today.as_str()),
        ("amount", "9000.00"),
        ("note", ""),
    ];
    let refused = clerk
        .post(&format!("/clerk/agreements/{id}/payments"), &too_much)
        .await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(
        refused.page.input("amount"),
        "9000.00",
        "what was typed stays"
    );
    let listed = clerk.get("/clerk/agreements?state=realisation").await;
    assert!(
        listed
            .page
            .has(&format!("a[href=\"/clerk/agreements/{id}\"]")),
        "{}",
        listed.html()
    );
    let amounts: Vec<String> = listed
        .page
        .texts("#agreements td.amount")
        .iter()
        .map(|a| a.chars().filter(|c| !c.is_whitespace()).collect())
        .collect();
    assert_eq!(
        amounts,
        ["11000,00zł", "6000,00zł"],
        "the grant and what was paid so far"
    );
}

on_both_databases!(from_the_award_to_a_tranche_paid_through_the_pages);
