//! The results' pages without JavaScript: the clerk records the decision and publishes from the
//! results page, the public call page shows the results and links to the justification form,
//! which files a request the clerk answers from the justifications page.

use super::fixtures::*;
use crate::browser::Browser;
use crate::on_both_databases;
use crate::support::*;
use reqwest::StatusCode;

on_both_databases!(the_clerk_publishes_and_answers_through_the_pages);

async fn the_clerk_publishes_and_answers_through_the_pages(backend: Backend) {
    let e = evaluated(backend).await;
    let app = &e.app;
    insert_award(app, e.call, e.first, Some(900_000), 8_450, 1).await;
    insert_award(app, e.call, e.second, None, 6_125, 2).await;
    let clerk = Browser::signed_in(app, &e.clerk);
    let path = format!("/clerk/calls/{}/results", e.call);
    let page = clerk.get(&path).await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.html());
    assert!(page.page.has("#decision-form"));
    assert!(
        !page.page.has("#publish-form"),
        "publishing waits for the decision"
    );
    let csrf = page.page.input("csrf");

    // A decision without its date is refused with the reason, in Polish.
    let decision = format!("{path}/decision");
    let refused = clerk
        .post(
            &decision,
            &[("csrf", csrf.as_str()), ("decided_by_name", "Burmistrz")],
        )
        .await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(refused.page.has("#results-errors"));
    let today = app.now().date_naive().to_string();
    let saved = clerk
        .post(
            &decision,
            &[
                ("csrf", csrf.as_str()),
                ("decided_by_name", "Burmistrz Miasta"),
                ("decision_reference", "Zarządzenie 12/2027"),
                ("decided_on", today.as_str()),
            ],
        )
        .await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.html());
    let published = clerk
        .post(
            &format!("{path}/publish"),
            &[("csrf", csrf.as_str()), ("bip_on", today.as_str())],
        )
        .await;
    assert_eq!(
        published.status,
        StatusCode::SEE_OTHER,
        "{}",
        published.html()
    );
    let page = clerk.get(&path).await;
    assert!(page.page.has("#results-published"));
    assert_eq!(
        page.page.text(&format!("#award-{} .update-state", e.first)),
        "oczekuje na złożenie"
    );

    // The public page shows the results and the way to ask for a justification.
    let visitor = Browser::new(app);
    let public = visitor.get(&format!("/miasto/calls/{}", e.call)).await;
    assert_eq!(public.status, StatusCode::OK);
    let chosen = public.page.text("#results-chosen");
    assert!(
        chosen.contains("Fundacja Muzyki") && chosen.contains("9\u{a0}000,00\u{a0}zł"),
        "{chosen}"
    );
    assert!(public.page.text("#results-others").contains("61,25"));
    let form_path = public.page.attr("#ask-justification", "href");
    let form = visitor.get(&form_path).await;
    assert_eq!(form.status, StatusCode::OK, "{}", form.html());
    let token = form.cookie("granty_csrf").unwrap_or_default();
    let visitor = visitor.with_cookie("granty_csrf", &token);
    let csrf_public = form.page.input("csrf");
    let sent = visitor
        .post(
            &form_path,
            &[
                ("csrf", csrf_public.as_str()),
                ("requester_name", "Jan Kowalski"),
                ("requester_email", "jan@example.org"),
                ("question", "Dlaczego Towarzystwo nie dostało dotacji?"),
            ],
        )
        .await;
    assert_eq!(sent.status, StatusCode::OK, "{}", sent.html());

    // The clerk answers it from the list.
    let list = clerk
        .get(&format!("/clerk/calls/{}/justifications", e.call))
        .await;
    assert_eq!(list.status, StatusCode::OK);
    assert!(list.text().contains("Jan Kowalski"));
    let action = list.page.attr("article.justification form", "action");
    let answered = clerk
        .post(
            &action,
            &[("csrf", csrf.as_str()), ("answer", "Zabrakło środków.")],
        )
        .await;
    assert_eq!(
        answered.status,
        StatusCode::SEE_OTHER,
        "{}",
        answered.html()
    );
    assert_eq!(queued(app, "justification_answered").await.len(), 1);

    // The applicant sees its result on its offer's page; filing the unchanged offer as the
    // update is refused with the reason; it declines the award instead.
    let ngo = Browser::signed_in(app, &e.ngo);
    let receipt = ngo.get(&format!("/applications/{}/receipt", e.first)).await;
    assert_eq!(receipt.status, StatusCode::OK);
    assert!(receipt
        .page
        .text("#result-amount")
        .contains("9\u{a0}000,00"));
    assert_eq!(
        receipt.page.text("#result-update-state"),
        "oczekuje na złożenie"
    );
    let ngo_csrf = receipt.page.input("csrf");
    let form = [("csrf", ngo_csrf.as_str())];
    let refused = ngo
        .post(&format!("/applications/{}/update/submit", e.first), &form)
        .await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        refused.text().contains("9\u{a0}000,00"),
        "{}",
        refused.text()
    );
    let declined = ngo
        .post(&format!("/applications/{}/update/withdraw", e.first), &form)
        .await;
    assert_eq!(
        declined.status,
        StatusCode::SEE_OTHER,
        "{}",
        declined.html()
    );
    let other = Browser::signed_in(app, &e.ngo_en);
    let theirs = other
        .get(&format!("/applications/{}/receipt", e.second))
        .await;
    assert_eq!(theirs.page.text("#result-score"), "61.25");
}
