//! The offer editor in the browser: an offer written, reviewed and submitted through the forms; a
//! late submission told when the deadline passed; a multi-year joint offer with its partners.

use crate::browser::{file_form, Answer, Browser};
use crate::on_both_databases;
use crate::support::*;
use granty_domain::roles::Role;
use reqwest::StatusCode;
use serde_json::json;

async fn an_offer_is_written_reviewed_and_submitted_in_the_browser_forms(backend: Backend) {
    let app = TestApp::start(backend).await;
    let s = app.scenario().await;
    let ngo = Browser::signed_in(&app, &s.ngo);
    let dashboard = ngo.get("/dashboard").await;
    assert!(
        dashboard.text().contains("Rozpocznij ofertę"),
        "{}",
        dashboard.html()
    );
    let csrf = dashboard.page.input("csrf");
    let organisation = s.organisation.to_string();
    let started = ngo
        .post(
            &format!("/calls/{}/start", s.call),
            &[("csrf", csrf.as_str()), ("organisation_id", &organisation)],
        )
        .await;
    assert_eq!(started.status, StatusCode::SEE_OTHER);
    let edit_path = started.location.expect("the editor");
    let id: i64 = edit_path.split('/').nth(2).unwrap().parse().unwrap();
    let editor = ngo.get(&edit_path).await;
    assert!(editor.text().contains("Kalkulacja kosztów"));
    let version = editor.page.input("version");
    let fields = [
        ("csrf", csrf.as_str()),
        ("version", version.as_str()),
        ("action", "save"),
        ("title", "Letnie koncerty"),
        ("place", "Park"),
        ("target_group", "Mieszkańcy"),
        ("summary", "Sześć koncertów."),
        ("start_date", "2027-05-01"),
        ("end_date", "2027-09-30"),
        ("schedule.0.name", "Koncerty"),
        ("schedule.0.start", "2027-06-01"),
        ("schedule.0.end", "2027-08-31"),
        ("costs.0.category", "action"),
        ("costs.0.action_no", "1"),
        ("costs.0.name", "Honoraria"),
        ("costs.0.unit", "koncert"),
        ("costs.0.unit_cost", "1 500"),
        ("costs.0.quantity", "6"),
        ("costs.1.category", "administrative"),
        ("costs.1.name", "Koordynacja"),
        ("costs.1.unit", "miesiąc"),
        ("costs.1.unit_cost", "500"),
        ("costs.1.quantity", "2"),
        ("costs.2.name", ""),
        ("sources.requested_grant", "9000"),
        ("sources.own_financial", "1000"),
        ("declarations.remuneration", "unpaid"),
        ("declarations.no_tax_arrears", "yes"),
        ("declarations.no_social_security_arrears", "yes"),
        ("declarations.public_benefit_only", "yes"),
        ("declarations.fees_only_in_paid_activity", "yes"),
        ("declarations.register_data_consistent", "yes"),
        ("declarations.information_true", "yes"),
        ("declarations.gdpr_statements_obtained", "yes"),
        ("contact.name", "Anna Nowak"),
        ("contact.email", "anna@fundacja.pl"),
    ];
    let saved = ngo.post(&edit_path, &fields).await;
    assert_eq!(saved.status, StatusCode::OK);
    let text = saved.text();
    assert!(text.contains("Zapisano."));
    assert!(
        text.contains("9\u{a0}000,00\u{a0}zł"),
        "the line value is computed"
    );
    assert!(
        text.contains("10\u{a0}000,00\u{a0}zł"),
        "the total is computed"
    );
    // While writing, the summary counts what is missing; asked to submit, it lists it.
    assert!(
        saved.page.has("ul.progress a[href=\"#attachments\"]"),
        "the missing attachment is counted: {}",
        saved.html()
    );
    let checked = ngo.get(&format!("{edit_path}?check=1")).await;
    assert!(
        checked.page.has("a[href=\"#attachments-statut\"]"),
        "the missing attachment is listed: {}",
        checked.html()
    );
    // A stale second save keeps the typed text and says so.
    let stale = ngo.post(&edit_path, &fields).await;
    assert_eq!(stale.status, StatusCode::CONFLICT);
    assert!(stale.text().contains("Ktoś zapisał"));

    let review_path = format!("/applications/{id}/review");
    let review = ngo.get(&review_path).await;
    assert!(review.text().contains("Oferty nie można jeszcze złożyć"));
    let pdf = ("statut.pdf", "application/pdf", pdf_bytes());
    let upload = format!("/applications/{id}/upload?csrf={csrf}");
    let uploaded = ngo
        .post_multipart(&upload, file_form(pdf, &[("kind", "statut")]))
        .await;
    assert_eq!(uploaded.status, StatusCode::SEE_OTHER);
    let review = ngo.get(&review_path).await;
    assert!(
        review.text().contains("Oferta jest kompletna"),
        "{}",
        review.html()
    );
    let submitted = ngo
        .post(&format!("/applications/{id}/submit"), &[("csrf", &csrf)])
        .await;
    let receipt_path = format!("/applications/{id}/receipt");
    assert_eq!(submitted.location.as_deref(), Some(receipt_path.as_str()));
    let receipt = ngo.get(&receipt_path).await;
    let text = receipt.text();
    assert!(text.contains("Oferta złożona"));
    assert!(
        text.contains("Treść oferty (wersja 1)"),
        "the applicant can read what it submitted"
    );
    assert!(text.contains(&format!("K{}/2026/0001", s.call)));
    // A submitted offer opens as its receipt.
    assert_eq!(ngo.get(&edit_path).await.status, StatusCode::SEE_OTHER);
}

async fn a_late_submission_in_the_browser_says_when_the_deadline_passed(backend: Backend) {
    let app = TestApp::start(backend).await;
    let s = app.scenario().await;
    let id = app.filled_draft(&s.ngo, s.call, s.organisation).await;
    upload(&app, &s.ngo, id, "statut", pdf_bytes(), "application/pdf").await;
    app.clock.advance(chrono::Duration::days(30));
    let token = app.token("fundacja@example.org", "miasto").await;
    let ngo = Browser::signed_in(&app, &token);
    // The review page says so at once, and offers no submit button.
    let review = ngo.get(&format!("/applications/{id}/review")).await;
    assert!(
        review
            .text()
            .contains("Termin składania ofert minął 31.12.2026 10:00 CET."),
        "{}",
        review.html()
    );
    assert!(!review.text().contains("Składam ofertę"));
    // A submission sent anyway (an old tab) is refused with the same words.
    let csrf = review.page.input("csrf");
    let late = ngo
        .post(&format!("/applications/{id}/submit"), &[("csrf", &csrf)])
        .await;
    assert_eq!(late.status, StatusCode::CONFLICT);
    assert!(late.text().contains("Termin składania ofert minął"));
}

/// The editor's fields for the multi-year offer, with `extra` over them.
fn multi_year_fields(
    csrf: &str,
    version: &str,
    extra: &[(&'static str, &'static str)],
) -> Vec<(String, String)> {
    let base = [
        ("action", "save"),
        ("title", "Koncerty"),
        ("start_date", "2027-10-01"),
        ("end_date", "2028-03-31"),
        ("schedule.0.name", "Koncerty"),
        ("costs.0.category", "action"),
        ("costs.0.action_no", "1"),
        ("costs.0.name", "Honoraria"),
        ("costs.0.unit", "koncert"),
        ("costs.0.unit_cost", "1 500"),
        ("costs.0.quantity", "6"),
        ("contact.name", "Anna Nowak"),
        ("contact.phone", "+48 600 100 200"),
    ];
    let mut fields: Vec<(String, String)> = [("csrf", csrf), ("version", version)]
        .into_iter()
        .chain(base)
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect();
    for (name, value) in extra {
        fields.retain(|(n, _)| n != name);
        fields.push((name.to_string(), value.to_string()));
    }
    fields
}

/// Saves the editor over the version `after` shows and answers the page.
async fn save(
    ngo: &Browser<'_>,
    path: &str,
    after: &Answer,
    extra: &[(&'static str, &'static str)],
) -> Answer {
    let page = &after.page;
    let fields = multi_year_fields(&page.input("csrf"), &page.input("version"), extra);
    let saved = ngo.post(path, &fields).await;
    assert_eq!(saved.status, StatusCode::OK, "{}", saved.html());
    saved
}

/// The Czech partner's fields and the per-year values that add up.
const PARTNER: [(&str, &str); 8] = [
    ("costs.0.year_values.0", "4000"),
    ("costs.0.year_values.1", "5000"),
    ("partners.0.name", "Spolek Přátel Hudby"),
    ("partners.0.country", "CZ"),
    ("partners.0.registration_number", "12345678"),
    ("partners.0.address", "Masarykova 1, Ostrava"),
    ("partners.0.scope", "Zaprasza czeskich muzyków"),
    ("partners.0.cost_share", "2 500"),
];

async fn a_multi_year_joint_offer_in_the_browser_forms(backend: Backend) {
    let app = TestApp::start(backend).await;
    let s = app.scenario().await;
    // A call whose tasks may run into the next year.
    let mut body = call_body(app.now());
    body["realisation_end"] = json!("2028-06-30");
    let (status, call) = app.post(&s.clerk, "/api/v1/calls", body).await;
    assert_eq!(status, StatusCode::CREATED, "{call}");
    let call = call["id"].as_i64().unwrap();
    let publish = format!("/api/v1/calls/{call}/publish");
    assert_eq!(
        app.post(&s.clerk, &publish, json!({})).await.0,
        StatusCode::OK
    );
    let id = app.new_draft(&s.ngo, call, s.organisation).await;
    let ngo = Browser::signed_in(&app, &s.ngo);
    let edit_path = format!("/applications/{id}/edit");
    let editor = ngo.get(&edit_path).await;
    assert!(
        editor.text().contains("Fundacja Muzyki"),
        "the applicant's data"
    );
    assert!(
        !editor.page.has("input[name=\"costs.0.year_values.0\"]"),
        "no year columns before the dates say so"
    );
    // The first save sets the dates; the page then asks for the value in each year. Asked to
    // submit (`check`), the page shows every problem beside its field.
    let page = save(&ngo, &edit_path, &editor, &[("check", "1")]).await;
    assert!(
        page.page.has("input[name=\"costs.0.year_values.1\"]"),
        "{}",
        page.html()
    );
    assert!(
        page.page.has("p.field-error#place-error"),
        "a missing field says so next to it"
    );
    assert!(
        page.page.has("textarea[name=\"previous_activity\"]"),
        "section IV is in the form"
    );
    assert!(page
        .text()
        .contains("Podaj wartość osobno dla każdego roku"));
    // Parts that do not add up are named, with the line's value.
    let years = [
        ("costs.0.year_values.0", "4000"),
        ("costs.0.year_values.1", "4000"),
    ];
    let page = save(&ngo, &edit_path, &page, &years).await;
    assert!(
        page.text()
            .contains("muszą w sumie dać wartość pozycji, czyli 9\u{a0}000,00\u{a0}zł"),
        "{}",
        page.html()
    );
    assert_eq!(
        page.page.input("costs.0.year_values.1"),
        "4000",
        "what was typed stays in the form"
    );
    // A joint offer: a Czech partner with its share; the applicant's share is the rest.
    let with_partner = [
        &PARTNER[..],
        &[("partners.1.country", "PL"), ("check", "1")],
    ]
    .concat();
    let page = save(&ngo, &edit_path, &page, &with_partner).await;
    let text = page.text();
    assert!(!text.contains("muszą w sumie dać"), "the years add up now");
    assert!(text.contains("Koszty w roku 2028"));
    assert!(text.contains("5\u{a0}000,00\u{a0}zł"), "the 2028 total");
    assert!(text.contains("Udział oferenta w kosztach"));
    assert!(
        text.contains("6\u{a0}500,00\u{a0}zł"),
        "9 000 less the partner's 2 500"
    );
    assert!(
        page.page.has("a[href=\"#representation\"]"),
        "a joint offer must say how the partners are represented"
    );
    assert!(
        page.page.has("input[name=\"partners.1.name\"]"),
        "a blank partner to add"
    );
    let (_, stored) = app.get(&s.ngo, &format!("/api/v1/applications/{id}")).await;
    let content = &stored["content"];
    assert_eq!(content["costs"][0]["year_values"], json!(["4000", "5000"]));
    assert_eq!(content["partners"].as_array().unwrap().len(), 1);
    assert_eq!(content["partners"][0]["country"], "CZ");
    assert_eq!(content["contact"]["name"], "Anna Nowak");
    // A Polish partner registered in Granty is linked by its NIP: its people read the offer.
    let razem = app.user("razem@example.org", Role::Ngo).await;
    app.organisation(&razem, "Stowarzyszenie Razem", "7740001454")
        .await;
    let second = [
        ("partners.1.name", "Stowarzyszenie Razem"),
        ("partners.1.country", "PL"),
        ("partners.1.registration_number", "774-000-14-54"),
        ("partners.1.address", "ul. Polna 1, Demo"),
        ("partners.1.scope", "Prowadzi warsztaty"),
        ("partners.1.cost_share", "1000"),
    ];
    let page = save(
        &ngo,
        &edit_path,
        &page,
        &[&PARTNER[..], &second[..]].concat(),
    )
    .await;
    assert!(
        page.text().contains("Stowarzyszenie Razem"),
        "{}",
        page.html()
    );
    let partner = Browser::signed_in(&app, &razem);
    let dashboard = partner.get("/dashboard").await;
    assert!(
        dashboard
            .text()
            .contains("Fundacja Muzyki (partner oferty wspólnej)"),
        "{}",
        dashboard.html()
    );
    let opened = partner.get(&edit_path).await;
    assert_eq!(opened.status, StatusCode::SEE_OTHER);
    assert_eq!(opened.location, Some(format!("/applications/{id}/review")));
    let review = partner.get(&format!("/applications/{id}/review")).await;
    let text = review.text();
    assert!(text.contains("jako partner oferty wspólnej możesz ją czytać"));
    assert!(
        text.contains("Zaprasza czeskich muzyków"),
        "the whole offer"
    );
    assert!(
        !text.contains("Składam ofertę"),
        "only the applicant submits"
    );
    // The partner's remove button takes it out again.
    let remove = [
        ("action", "remove:partners:0"),
        ("partners.0.name", "Spolek Přátel Hudby"),
        ("partners.0.cost_share", "2 500"),
        ("costs.0.year_values.0", "4000"),
        ("costs.0.year_values.1", "5000"),
    ];
    let page = save(&ngo, &edit_path, &page, &remove).await;
    assert!(!page.text().contains("Spolek Přátel Hudby"));
    assert!(!page.text().contains("Udział oferenta w kosztach"));
    // Left out of the form, the registered partner loses its access too.
    let access = app.get(&razem, &format!("/api/v1/applications/{id}")).await;
    assert_eq!(access.0, StatusCode::NOT_FOUND);
}

on_both_databases!(
    an_offer_is_written_reviewed_and_submitted_in_the_browser_forms,
    a_late_submission_in_the_browser_says_when_the_deadline_passed,
    a_multi_year_joint_offer_in_the_browser_forms,
);
