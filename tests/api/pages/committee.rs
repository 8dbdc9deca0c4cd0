//! The clerk's committee page and the member's declaration page, without JavaScript: appoint,
//! a refused nominee with the message beside the field, the rules, assignment, and the member
//! declaring a tie that shows on the clerk's page as a warning and an exclusion.

use crate::browser::Browser;
use crate::committee::committee;
use crate::on_both_databases;
use crate::support::*;
use reqwest::StatusCode;

on_both_databases!(the_clerk_runs_the_committee_and_a_member_declares);

async fn the_clerk_runs_the_committee_and_a_member_declares(backend: Backend) {
    let app = TestApp::start(backend).await;
    let c = committee(&app).await;
    let clerk = Browser::signed_in(&app, &c.clerk);
    let path = format!("/clerk/calls/{}/committee", c.call);
    let page = clerk.get(&path).await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.html());
    assert!(page.page.has("#appoint-user_id option"), "{}", page.html());
    let csrf = clerk.csrf().await;
    let user = |n: usize| c.evaluators[n].1.to_string();
    // A nominee of an applying organisation: the page again, the reason linked to the field.
    let applicant = c.applicants[0].to_string();
    let refused = clerk
        .post(
            &path,
            &[
                ("csrf", csrf.as_str()),
                ("user_id", &user(0)),
                ("kind", "ngo_nominee"),
                ("nominated_by", &applicant),
            ],
        )
        .await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        refused
            .page
            .has(".error-summary a[href=\"#appoint-nominated_by\"]"),
        "{}",
        refused.html()
    );
    assert!(refused.text().contains("Fundacja Muzyki"));
    // Two officials and a nominee of the organisation that did not apply.
    let bystander = c.bystander.to_string();
    for (n, kind) in [(0, "official"), (1, "official"), (2, "ngo_nominee")] {
        let mut form = vec![
            ("csrf", csrf.clone()),
            ("user_id", user(n)),
            ("kind", kind.into()),
            ("scores", "true".into()),
        ];
        if kind == "ngo_nominee" {
            form.push(("nominated_by", bystander.clone()));
        }
        let done = clerk.post(&path, &form).await;
        assert_eq!(done.status, StatusCode::SEE_OTHER, "{}", done.html());
    }
    let page = clerk.get(&format!("{path}?done=appointed")).await;
    assert_eq!(page.page.all(".committee-members tbody tr").len(), 3);
    let kinds = page.page.texts(".member-kind");
    assert!(
        kinds[2].contains("osoba wskazana przez organizację pozarządową"),
        "{kinds:?}"
    );
    assert!(kinds[2].contains("Fundacja Zielone Miasto"), "{kinds:?}");
    assert_eq!(page.page.texts(".member-declared"), ["nie podpisano"; 3]);
    // The rules, then two per offer.
    let settings = format!("/clerk/calls/{}/evaluation-settings", c.call);
    let saved = clerk
        .post(
            &settings,
            &[
                ("csrf", csrf.as_str()),
                ("per_offer", "2"),
                ("divergence_percent", "30"),
                ("min_justification_chars", "40"),
                ("scoring_deadline", "2027-01-15T16:00"),
                ("tie_breakers", "criterion:1, received"),
                ("lock_version", ""),
            ],
        )
        .await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.html());
    let page = clerk.get(&path).await;
    assert_eq!(page.page.input("per_offer"), "2");
    assert_eq!(page.page.input("scoring_deadline"), "2027-01-15T16:00");
    let assign = format!("/clerk/calls/{}/assignments", c.call);
    let assigned = clerk
        .post(
            &assign,
            &[
                ("csrf", csrf.as_str()),
                ("mode", "spread"),
                ("per_offer", "2"),
            ],
        )
        .await;
    assert_eq!(assigned.status, StatusCode::OK, "{}", assigned.html());
    assert!(assigned.text().contains("Oferty zostały przydzielone."));
    assert_eq!(assigned.page.all(".assignment-history tbody tr").len(), 6);

    // The member declares a tie to the first applicant.
    let token = app.token("oceniajacy1@miasto.pl", "miasto").await;
    let member = Browser::signed_in(&app, &token);
    let declaration = format!("/evaluations/calls/{}/declaration", c.call);
    let form = member.get(&declaration).await;
    assert_eq!(form.status, StatusCode::OK, "{}", form.html());
    assert!(form
        .text()
        .contains("art. 24 Kodeksu postępowania administracyjnego"));
    assert_eq!(
        form.page
            .all("#declaration-form input[type=checkbox]")
            .len(),
        3
    );
    let member_csrf = member.csrf().await;
    let nothing = member
        .post(&declaration, &[("csrf", member_csrf.as_str())])
        .await;
    assert_eq!(nothing.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(nothing
        .page
        .has(".error-summary a[href=\"#declaration-answer\"]"));
    let tie = format!("tie-{}", c.applicants[0]);
    let signed = member
        .post(
            &declaration,
            &[
                ("csrf", member_csrf.as_str()),
                ("answer", "ties"),
                (tie.as_str(), "1"),
            ],
        )
        .await;
    assert_eq!(signed.status, StatusCode::SEE_OTHER, "{}", signed.html());
    let after = member.get(&declaration).await;
    assert!(after.page.has("#declaration-signed"), "{}", after.html());
    assert!(!after.page.has("#declaration-form"));
    // The clerk sees the declaration, the exclusion and, where the tie cost an offer its
    // member, the warning.
    let page = clerk.get(&path).await;
    let declared = page.page.texts(".member-declared");
    assert_ne!(declared[0], "nie podpisano");
    assert!(
        page.page
            .text(".member-exclusions")
            .contains("Letnie koncerty w parku"),
        "{}",
        page.html()
    );
    let history = page.page.text(".assignment-history");
    let lost_one = history.contains("zgłoszone powiązanie z oferentem");
    assert_eq!(
        page.page.has("#needs-reassignment"),
        lost_one,
        "{}",
        page.html()
    );
    // Another role cannot open the member's page; an NGO user cannot open the clerk's.
    assert_eq!(clerk.get(&declaration).await.status, StatusCode::FORBIDDEN);
    let ngo = app.token("fundacja@example.org", "miasto").await;
    let ngo = Browser::signed_in(&app, &ngo);
    assert_eq!(ngo.get(&path).await.status, StatusCode::FORBIDDEN);
}
