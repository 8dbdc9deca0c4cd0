//! The clerk's report pages: the organisation files a final report (2 000,00 zł of the grant
//! unused); the clerk finds it first in the town's list, opens the review with the settlement
//! accepting it would decide, is refused an empty request for corrections and a rejection
//! without its reason, asks for a correction with a comment on one cost line (a double click
//! acts once); the organisation reads the comment beside the line in its editor, resubmits, and
//! the clerk accepts. Its organisation is refused the review (403), another organisation and
//! another town find nothing (404). On the agreement's screen, the call for a partial report.

use crate::browser::{Answer, Browser};
use crate::on_both_databases;
use crate::reports::fixtures::{reporting, Reporting};
use crate::settlement::flow::spend_less;
use crate::support::*;
use granty_domain::roles::Role;
use reqwest::StatusCode;

on_both_databases!(the_clerk_reviews_a_final_report_through_the_pages);
on_both_databases!(the_clerk_calls_for_a_partial_report_on_the_agreement_screen);

/// A final report filed through the API, spending 2 000,00 zł of the grant less; its id.
async fn filed(r: &Reporting) -> i64 {
    let ngo = &r.a.e.ngo;
    let (status, report) = r.start_final(ngo).await;
    assert_eq!(status, StatusCode::CREATED, "{report}");
    let mut content = r.complete(&report);
    spend_less(&mut content, 200_000);
    let (status, saved) = r.save(ngo, &report, content).await;
    assert_eq!(status, StatusCode::OK, "{saved}");
    let id = report["id"].as_i64().expect("id");
    let (status, submitted) = r.submit(ngo, id).await;
    assert_eq!(status, StatusCode::CREATED, "{submitted}");
    id
}

async fn decide(clerk: &Browser<'_>, id: i64, fields: &[(&str, &str)]) -> Answer {
    let csrf = clerk.csrf().await;
    let mut posted = vec![("csrf", csrf.as_str())];
    posted.extend_from_slice(fields);
    clerk
        .post(&format!("/clerk/reports/{id}/review"), &posted)
        .await
}

async fn the_clerk_reviews_a_final_report_through_the_pages(backend: Backend) {
    let r = reporting(backend).await;
    let id = filed(&r).await;
    let clerk = Browser::signed_in(r.app(), &r.a.e.clerk);
    let review_path = format!("/clerk/reports/{id}");

    // The town's list: linked from the clerk's calls, the report awaiting review first.
    let calls = clerk.get("/clerk/calls").await;
    assert!(calls.page.has("a#reports-link[href=\"/clerk/reports\"]"));
    let list = clerk.get("/clerk/reports").await;
    assert_eq!(list.status, StatusCode::OK, "{}", list.html());
    let first = format!("#reports tbody tr:first-child a[href=\"{review_path}\"]");
    assert!(list.page.has(&first), "{}", list.html());
    assert!(list.page.has("#reports tbody tr.state-submitted"));
    let accepted = clerk.get("/clerk/reports?state=accepted").await;
    assert!(accepted.page.has("#no-reports"), "{}", accepted.html());
    let in_call = clerk
        .get(&format!("/clerk/reports?call={}", r.a.e.call))
        .await;
    assert!(in_call.page.has(&first));

    // The review: the figures, and the settlement if accepted, with real numbers.
    let screen = clerk.get(&review_path).await;
    assert_eq!(screen.status, StatusCode::OK, "{}", screen.html());
    let unused = screen.page.text("#figure-unused");
    assert!(unused.contains("2\u{a0}000,00\u{a0}zł"), "{unused}");
    assert!(unused.contains("art. 251"), "{unused}");
    assert!(screen.page.text("#due-1 .amount").contains("000,00"));
    assert!(!screen.page.text("#due-1 .due-on").is_empty());
    assert_eq!(screen.page.texts("#versions tbody tr").len(), 1);
    assert!(screen
        .page
        .has("textarea#comment-costs-0[name=\"comments.costs[0]\"]"));

    // Refused: corrections without a comment, a rejection without its reason; what was typed
    // stays.
    let empty = decide(
        &clerk,
        id,
        &[("decision", "corrections"), ("comments.sources", " ")],
    )
    .await;
    assert_eq!(
        empty.status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "{}",
        empty.html()
    );
    assert!(
        empty.page.has(".error-summary a[href=\"#comments\"]"),
        "{}",
        empty.html()
    );
    assert!(empty.page.has("#decision-corrections[checked]"));
    let reason = decide(
        &clerk,
        id,
        &[("decision", "reject"), ("comments.costs[0]", "Kept")],
    )
    .await;
    assert_eq!(reason.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(reason.page.has("#reason-error"), "{}", reason.html());
    assert_eq!(reason.page.textarea("comments.costs[0]"), "Kept");

    // Corrections with a comment on the first cost line; a double click acts once.
    let comment = "Faktura nr 7 dotyczy innej pozycji.";
    let ask = [("decision", "corrections"), ("comments.costs[0]", comment)];
    let sent = decide(&clerk, id, &ask).await;
    assert_eq!(sent.status, StatusCode::SEE_OTHER, "{}", sent.html());
    let done = format!("{review_path}?done=corrections");
    assert_eq!(sent.location.as_deref(), Some(done.as_str()));
    let again = decide(&clerk, id, &ask).await;
    assert_eq!(again.location.as_deref(), Some(done.as_str()));
    let screen = clerk.get(&done).await;
    assert!(screen.page.has("#review-done"));
    assert!(!screen.page.has("#review-form"), "decided: no form");
    let (_, view) = r
        .app()
        .get(&r.a.e.ngo, &format!("/api/v1/reports/{id}"))
        .await;
    assert_eq!(view["versions"].as_array().map(Vec::len), Some(1));
    assert_eq!(view["open_comments"]["costs[0]"], comment);

    // The organisation reads the comment beside the line, and resubmits.
    let ngo = Browser::signed_in(r.app(), &r.a.e.ngo);
    let editor = ngo.get(&format!("/reports/{id}/edit")).await;
    assert_eq!(editor.status, StatusCode::OK, "{}", editor.html());
    let note = editor
        .page
        .text(".report-costs .clerk-comment[data-part=\"costs[0]\"]");
    assert!(note.contains(comment), "{}", editor.html());
    assert!(editor.page.has("#clerk-comments"));
    let read = ngo.get(&format!("/reports/{id}")).await;
    assert!(read
        .page
        .text(".clerk-comment[data-part=\"costs[0]\"]")
        .contains(comment));
    let (status, _) = r.submit(&r.a.e.ngo, id).await;
    assert_eq!(status, StatusCode::CREATED);

    // Refused to others: the organisation 403, another organisation and another town 404.
    assert_eq!(ngo.get(&review_path).await.status, StatusCode::FORBIDDEN);
    let csrf = ngo.csrf().await;
    let posted = [("csrf", csrf.as_str()), ("decision", "accept")];
    let by_ngo = ngo.post(&format!("{review_path}/review"), &posted).await;
    assert_eq!(by_ngo.status, StatusCode::FORBIDDEN);
    assert_eq!(
        ngo.get("/clerk/reports").await.status,
        StatusCode::FORBIDDEN
    );
    let other = Browser::signed_in(r.app(), &r.a.e.ngo_en);
    assert_eq!(other.get(&review_path).await.status, StatusCode::NOT_FOUND);
    let town = r.app().other_tenant("ostrava").await;
    let foreign = r
        .app()
        .user_in("urednik@ostrava.cz", Role::Clerk, town, "ostrava")
        .await;
    let foreign = Browser::signed_in(r.app(), &foreign);
    assert_eq!(
        foreign.get(&review_path).await.status,
        StatusCode::NOT_FOUND
    );
    let theirs = foreign.get("/clerk/reports").await;
    assert!(theirs.page.has("#no-reports"), "{}", theirs.html());

    // The clerk accepts the corrected version: the settlement is decided.
    let accepted = decide(&clerk, id, &[("decision", "accept")]).await;
    assert_eq!(
        accepted.status,
        StatusCode::SEE_OTHER,
        "{}",
        accepted.html()
    );
    let screen = clerk.get(accepted.location.as_deref().expect("back")).await;
    assert_eq!(screen.page.text("#report-state"), "przyjęte");
    assert_eq!(screen.page.texts("#versions tbody tr").len(), 2);
    assert!(screen.page.has("#settlement-link"));
    let list = clerk.get("/clerk/reports?state=accepted").await;
    assert!(list.page.has(&format!("a[href=\"{review_path}\"]")));
}

async fn the_clerk_calls_for_a_partial_report_on_the_agreement_screen(backend: Backend) {
    let r = reporting(backend).await;
    let clerk = Browser::signed_in(r.app(), &r.a.e.clerk);
    let path = format!("/clerk/agreements/{}", r.agreement);
    let screen = clerk.get(&path).await;
    assert!(screen.page.has("form#partial-call"), "{}", screen.html());
    assert!(!screen.page.text("#earliest-due").is_empty());
    // Not overdue: no written call offered.
    assert!(!screen.page.has("form#written-call"));
    let mut fields = screen.page.form_fields("form#partial-call");
    assert!(!fields.0.iter().any(|(_, v)| v.is_empty()), "prefilled");

    // Due too soon: refused beside the field, what was typed kept.
    fields
        .set("delivered_on", "2027-06-02")
        .set("due_on", "2027-06-20");
    let call = format!("{path}/partial-calls");
    let refused = clerk.post(&call, &fields.0).await;
    assert_eq!(
        refused.status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "{}",
        refused.html()
    );
    assert!(refused.page.has("#call_due_on-error"), "{}", refused.html());
    assert_eq!(refused.page.input("due_on"), "2027-06-20");

    fields.set("due_on", "2027-07-02");
    let called = clerk.post(&call, &fields.0).await;
    assert_eq!(called.status, StatusCode::SEE_OTHER, "{}", called.html());
    let done = format!("{path}?done=called");
    assert_eq!(called.location.as_deref(), Some(done.as_str()));
    let again = clerk.post(&call, &fields.0).await;
    assert_eq!(again.location.as_deref(), Some(done.as_str()));
    let screen = clerk.get(&done).await;
    assert!(screen.page.has(".notice-box"), "{}", screen.html());
    let (_, due) = r
        .app()
        .get(
            &r.a.e.ngo,
            &format!("/api/v1/agreements/{}/reports", r.agreement),
        )
        .await;
    let called: Vec<_> = due["reports"]
        .as_array()
        .expect("reports")
        .iter()
        .filter(|d| d["kind"] == "called")
        .collect();
    assert_eq!(called.len(), 1, "{due}");
    assert_eq!(called[0]["due_on"], "2027-07-02");

    // The written call before the final report is overdue: refused on the screen.
    let csrf = clerk.csrf().await;
    let written = clerk
        .post(&format!("{path}/written-call"), &[("csrf", csrf.as_str())])
        .await;
    assert_eq!(written.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        written.page.has("#written_report-error"),
        "{}",
        written.html()
    );
}
