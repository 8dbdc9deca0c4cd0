//! The clerk's agreement screen after signing: an annex typed as a Polish clerk writes amounts
//! ("8 500,00", prefilled as "9 000,00"), made ready and signed with a confirmation each time, a
//! hand-signed scan confirmed with the names of who signed it, and the termination; refusals come
//! back next to their field with what was typed. The organisation sees none of these forms.

use crate::agreements::fixtures::awarded;
use crate::agreements::journey::in_realisation;
use crate::browser::{file_form, Browser};
use crate::on_both_databases;
use crate::support::*;
use reqwest::StatusCode;

on_both_databases!(the_clerk_annexes_confirms_a_scan_and_terminates_through_the_page);

async fn the_clerk_annexes_confirms_a_scan_and_terminates_through_the_page(backend: Backend) {
    let a = awarded(backend).await;
    let id = in_realisation(&a).await;
    let app = &a.e.app;
    let clerk = Browser::signed_in(app, &a.e.clerk);
    let screen_path = format!("/clerk/agreements/{id}");
    let screen = clerk.get(&screen_path).await;
    assert!(screen.page.has("#start-annex"), "{}", screen.html());
    // Amounts prefilled as the clerk's language writes them.
    assert_eq!(screen.page.input("line.I.1.1"), "9 000,00");
    assert_eq!(screen.page.input("line.I.1.2"), "2 400,00");

    let annex_path = format!("/clerk/agreements/{id}/annexes");
    let mut fields = screen
        .page
        .form_fields(&format!("form[action=\"{annex_path}\"]"));
    fields
        .set("line.I.1.1", "8 500,00")
        .set("line.I.1.2", "2 900,00");
    let refused = clerk.post(&annex_path, &fields.0).await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        refused.page.has("#annex_reason-error"),
        "{}",
        refused.html()
    );
    assert_eq!(refused.page.input("line.I.1.1"), "8 500,00", "as typed");
    fields.set("reason", "Zmiana cen usług nagłośnienia");
    let started = clerk.post(&annex_path, &fields.0).await;
    assert_eq!(started.status, StatusCode::SEE_OTHER, "{}", started.html());
    let after = clerk.get(started.location.as_deref().expect("back")).await;
    assert!(
        after.page.text(".notice-box").contains("aneks"),
        "{}",
        after.html()
    );
    let changes = after.page.texts("#version-2 table.changes td");
    assert_eq!(
        changes[..3],
        ["cost_lines.I.1.1.value", "9000.00 PLN", "8500.00 PLN"],
        "only the changed lines, read as typed"
    );
    assert_eq!(changes.len(), 6, "{changes:?}");

    // Ready and signed, each step confirmed.
    let csrf = after.page.input("csrf");
    for (step, said) in [("ready", "gotowa do podpisu"), ("sign", "Podpisano")] {
        let done = clerk
            .post(
                &format!("/clerk/agreements/{id}/{step}"),
                &[("csrf", csrf.as_str())],
            )
            .await;
        assert_eq!(done.status, StatusCode::SEE_OTHER, "{}", done.html());
        let location = done.location.expect("back to the screen");
        assert!(location.starts_with(&format!("{screen_path}?done=")));
        let screen = clerk.get(&location).await;
        let notice = screen.page.text(".notice-box");
        assert!(notice.contains(said), "{step}: {notice}");
    }
    // Without a confirmation asked for, none is shown.
    assert!(!clerk.get(&screen_path).await.page.has(".notice-box"));
    let odd = clerk.get(&format!("{screen_path}?done=nothing")).await;
    assert!(!odd.page.has(".notice-box"));

    // The organisation's representatives signed on paper; the clerk confirms the scan.
    let ngo = Browser::signed_in(app, &a.e.ngo);
    let theirs = ngo.get(&format!("/agreements/{id}")).await;
    for form in ["#confirm-scan", "#start-annex", "#terminate"] {
        assert!(!theirs.page.has(form), "{form} is the clerk's");
    }
    let screen = clerk.get(&screen_path).await;
    assert!(screen.page.has("#confirm-scan"), "{}", screen.html());
    let scan_path = format!("/agreements/{id}/signed-copy?csrf={csrf}");
    let scan = || ("skan.pdf", "application/pdf", pdf_bytes());
    let nobody = clerk
        .post_multipart(&scan_path, file_form(scan(), &[("signers", " ")]))
        .await;
    assert_eq!(nobody.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(nobody.page.has("#scan_file-error"), "{}", nobody.html());
    let confirmed = clerk
        .post_multipart(&scan_path, file_form(scan(), &[("signers", "Anna Nowak")]))
        .await;
    assert_eq!(
        confirmed.status,
        StatusCode::SEE_OTHER,
        "{}",
        confirmed.html()
    );
    let screen = clerk
        .get(confirmed.location.as_deref().expect("back"))
        .await;
    assert!(screen.page.text(".notice-box").contains("skan"));
    assert_eq!(screen.page.text("#agreement-state"), "w realizacji");
    assert_eq!(
        screen.page.input("line.I.1.1"),
        "8 500,00",
        "the annex in force"
    );

    // Terminated with a reason; without one, refused next to the field.
    let terminate_path = format!("/clerk/agreements/{id}/terminate");
    let blank = [("csrf", csrf.as_str()), ("reason", "  ")];
    let refused = clerk.post(&terminate_path, &blank).await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        refused.page.has("#terminate_reason-error"),
        "{}",
        refused.html()
    );
    let reason = [
        ("csrf", csrf.as_str()),
        ("reason", "Rezygnacja organizacji"),
    ];
    let ended = clerk.post(&terminate_path, &reason).await;
    assert_eq!(ended.status, StatusCode::SEE_OTHER, "{}", ended.html());
    let screen = clerk.get(ended.location.as_deref().expect("back")).await;
    assert_eq!(screen.page.text("#agreement-state"), "rozwiązana");
    assert!(screen.page.text(".notice-box").contains("rozwiązana"));
    assert!(!screen.page.has("#terminate") && !screen.page.has("#start-annex"));
}
