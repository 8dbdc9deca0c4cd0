//! The scoring pages driven like a browser: the member's queue, the screen with the offer beside
//! the card (a refused form keeps its values, a saved one comes back, a submitted one is
//! read-only), the autosave, the files; the clerk's progress, a member's card and its reopening;
//! the refusals at the gate as pages.

use super::fixtures::{Evaluation, WHY};
use crate::browser::Browser;
use crate::on_both_databases;
use crate::support::Backend;
use chrono::Duration;
use reqwest::StatusCode;

on_both_databases!(
    a_member_scores_an_offer_on_the_pages,
    the_clerk_follows_the_scoring_and_reopens_a_card
);

/// The fields of the screen's form with every criterion scored and justified.
fn filled(page: &crate::html::Page, points: &str) -> Vec<(String, String)> {
    let mut fields = page.form_fields("#scorecard-form");
    for i in 0..6 {
        fields.set(&format!("points.{i}"), points);
        fields.set(&format!("justification.{i}"), WHY);
    }
    fields.0
}

async fn a_member_scores_an_offer_on_the_pages(backend: Backend) {
    let e = Evaluation::start(backend).await;
    let app = &e.app;
    e.settings(false, 30, app.now() + Duration::days(7)).await;
    let undeclared = e.member("niezadeklarowany@miasto.pl", e.call, true).await;
    let queue = Browser::signed_in(app, &undeclared.token)
        .get("/evaluations")
        .await;
    assert_eq!(queue.status, StatusCode::OK);
    let declare = format!("/evaluations/calls/{}/declaration", e.call);
    assert_eq!(
        queue.page.attr(&format!("#declare-{}", e.call), "href"),
        declare
    );
    let screen = format!("/evaluations/applications/{}", e.offer);
    let closed = Browser::signed_in(app, &undeclared.token)
        .get(&screen)
        .await;
    assert_eq!(closed.status, StatusCode::FORBIDDEN);

    let member = e.scoring_member("oceniajacy@miasto.pl").await;
    e.exclude(&member, e.other_offer).await;
    let browser = Browser::signed_in(app, &member.token);
    let start = browser.get("/").await;
    assert_eq!(
        start.location.as_deref(),
        Some("/evaluations"),
        "a member starts at the queue"
    );
    let queue = browser.get("/evaluations").await;
    assert!(
        queue
            .page
            .has(&format!("a#score-{}[href=\"{screen}\"]", e.offer)),
        "{}",
        queue.html()
    );
    let excluded = browser
        .get(&format!("/evaluations/applications/{}", e.other_offer))
        .await;
    assert_eq!(excluded.status, StatusCode::NOT_FOUND);
    let ngo = Browser::signed_in(app, &e.ngo).get(&screen).await;
    assert_eq!(ngo.status, StatusCode::FORBIDDEN);

    // The offer beside the card, its files under the member's own address, the track record.
    let page = browser.get(&screen).await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.html());
    let text = page.text();
    assert!(text.contains("Treść oferty (wersja 1)"), "{text}");
    assert!(
        text.contains("Sprawozdania i zwroty oceniono według stanu na dziś"),
        "{text}"
    );
    let file = page.page.attr(".attachments-table a[download]", "href");
    assert!(
        file.starts_with(&format!("{screen}/attachments/")),
        "{file}"
    );
    assert_eq!(browser.get(&file).await.status, StatusCode::OK);
    assert!(page.page.has("label[for=\"scores-0-points\"]"));
    assert!(page
        .page
        .has("button#submit-card[name=action][value=submit]"));

    // Points above the maximum: refused beside the field and in the summary, values kept.
    let mut fields = filled(&page.page, "8");
    fields.retain(|(name, _)| name != "action");
    let mut over = fields.clone();
    over.iter_mut().find(|(n, _)| n == "points.2").unwrap().1 = "11".into();
    over.push(("action".into(), "submit".into()));
    let refused = browser.post(&screen, &over).await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        refused
            .page
            .has(".error-summary a[href=\"#scores-2-points\"]"),
        "{}",
        refused.html()
    );
    assert!(refused.page.has("#scores-2-points-error"));
    assert_eq!(refused.page.attr("#scores-2-points", "value"), "11");
    assert_eq!(refused.page.textarea("justification.0"), WHY);

    // The autosave answers with the new version.
    let autosaved = app
        .client
        .post(app.url(&format!("{screen}/autosave")))
        .header("cookie", format!("granty_session={}", member.token))
        .form(&fields)
        .send()
        .await
        .unwrap();
    assert_eq!(autosaved.status(), StatusCode::OK);
    let body: serde_json::Value = autosaved.json().await.unwrap();
    assert_eq!(body["version"], 1);

    // Submitted from the page: read-only afterwards.
    let page = browser.get(&screen).await;
    let mut submit = filled(&page.page, "7");
    submit.retain(|(name, _)| name != "action");
    submit.push(("action".into(), "submit".into()));
    let done = browser.post(&screen, &submit).await;
    assert_eq!(done.status, StatusCode::SEE_OTHER, "{}", done.html());
    let after = browser.get(done.location.as_deref().unwrap()).await;
    assert!(
        after.text().contains("Karta oceny została złożona."),
        "{}",
        after.text()
    );
    assert!(!after.page.has("#scorecard-form"));
    assert!(after.text().contains("tylko do odczytu"));
    let queue = browser.get("/evaluations").await;
    assert!(queue.text().contains("złożona"), "{}", queue.text());
}

async fn the_clerk_follows_the_scoring_and_reopens_a_card(backend: Backend) {
    let e = Evaluation::start(backend).await;
    let app = &e.app;
    e.settings(false, 30, app.now() - Duration::days(1)).await;
    let member = e.scoring_member("oceniajacy@miasto.pl").await;
    let idle = e.scoring_member("bezczynny@miasto.pl").await;
    let path = format!("/api/v1/applications/{}/scorecard/submit", e.offer);
    let (status, body) = app
        .post(
            &member.token,
            &path,
            serde_json::json!({ "version": 0, "scores": super::fixtures::full_card(6) }),
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{body}");

    let clerk = Browser::signed_in(app, &e.clerk);
    let list = clerk
        .get(&format!("/clerk/calls/{}/applications", e.call))
        .await;
    let link = list.page.attr("#scoring-progress-link", "href");
    assert_eq!(link, format!("/clerk/calls/{}/scoring", e.call));
    let progress = clerk.get(&format!("/clerk/calls/{}/scoring", e.call)).await;
    assert_eq!(progress.status, StatusCode::OK, "{}", progress.html());
    assert!(progress.text().contains("Termin oceny minął."));
    let row = |id: i64| progress.page.texts(&format!("tr#member-{id} td"));
    assert_eq!(row(member.user_id), ["1", "1", "0", "0", "1"]);
    assert_eq!(row(idle.user_id), ["1", "0", "0", "1", "1"]);

    let cards = format!("/clerk/applications/{}/scorecards", e.offer);
    let page = clerk.get(&cards).await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.html());
    assert!(page.text().contains(WHY));
    assert!(
        !page.page.has(&format!("#card-{}", idle.user_id)),
        "no card to read"
    );
    let csrf = page.page.input("csrf");
    let member_id = member.user_id.to_string();
    let reopen = format!("{cards}/reopen");
    let form = |reason: &str| {
        vec![
            ("csrf".to_string(), csrf.clone()),
            ("member_user_id".to_string(), member_id.clone()),
            ("reason".to_string(), reason.to_string()),
        ]
    };
    let refused = clerk.post(&reopen, &form("")).await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(refused
        .page
        .has(&format!("#reason-{}-error", member.user_id)));
    let reopened = clerk
        .post(&reopen, &form("Proszę uzupełnić uzasadnienie."))
        .await;
    assert_eq!(reopened.status, StatusCode::SEE_OTHER);
    let page = clerk.get(&cards).await;
    let state = page.page.text(&format!("#card-{}-state", member.user_id));
    assert_eq!(state, "wersja robocza po terminie");
    assert!(!page.page.has(&format!("#reopen-{}", member.user_id)));
    // The member's screen is writable again and says why.
    let screen = Browser::signed_in(app, &member.token)
        .get(&format!("/evaluations/applications/{}", e.offer))
        .await;
    assert!(screen.page.has("#scorecard-form"));
    assert!(screen.text().contains("Proszę uzupełnić uzasadnienie."));
}
