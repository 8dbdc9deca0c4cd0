//! A call's submissions: headers in the reader's language (the account's, or `Accept-Language`),
//! amounts exact to the grosz, the filing time in the town's zone, the last formal check; the
//! same file from the clerk's page; everyone else refused.

use super::*;
use crate::on_both_databases;
use granty_domain::roles::Role;
use granty_store::entities::application;
use sea_orm::{ActiveModelTrait, Set};

on_both_databases!(
    submissions_come_in_the_readers_language_with_exact_amounts,
    only_the_towns_staff_download_submissions
);

/// A submitted offer asking 12 345,67 zł (set in the row: the form's sums are checked elsewhere).
async fn submitted(app: &TestApp, s: &Scenario) -> i64 {
    let id = app.submitted(&s.ngo, s.call, s.organisation).await;
    application::ActiveModel {
        id: Set(id),
        requested_grant_minor: Set(1_234_567),
        ..Default::default()
    }
    .update(&app.db.writer)
    .await
    .expect("requested");
    id
}

async fn submissions_come_in_the_readers_language_with_exact_amounts(backend: Backend) {
    let app = TestApp::start(backend).await;
    let s = app.scenario().await;
    submitted(&app, &s).await;
    let path = format!("/api/v1/calls/{}/applications.csv", s.call);

    let pl = download(&app, Some(&s.clerk), &path, None).await;
    assert_eq!(pl.status, StatusCode::OK);
    assert_eq!(pl.header("content-type"), "text/csv; charset=utf-8");
    assert_eq!(
        pl.header("content-disposition"),
        format!("attachment; filename=\"submissions-{}.csv\"", s.call)
    );
    assert_eq!(pl.header("cache-control"), "no-store");
    let lines = pl.lines();
    assert_eq!(lines.len(), 2, "{lines:?}");
    assert_eq!(
        lines[0],
        "Numer oferty,Organizacja,NIP,Zadanie,Stan,Wnioskowana kwota,Koszt całkowity,Waluta,\
         Złożona (Europe/Warsaw),Ocena formalna,Data oceny formalnej (Europe/Warsaw),\
         Termin uzupełnienia (Europe/Warsaw)"
    );
    let row = fields(&lines[1]);
    assert!(row[0].starts_with(&format!("K{}/", s.call)), "{}", lines[1]);
    assert_eq!(
        &row[1..8],
        [
            "Fundacja Muzyki",
            "5260001246",
            "Letnie koncerty w parku",
            "złożona",
            "12345.67",
            "13000.00",
            "PLN"
        ]
    );
    assert!(
        row[8].starts_with("2026-12-01 "),
        "Warsaw's clock: {}",
        row[8]
    );
    assert_eq!(&row[9..], ["", "", ""], "no formal check yet");

    for (language, first, state) in [
        (
            "en",
            "Receipt number,Organisation,Tax id (NIP),Task,State,Amount requested",
            "submitted",
        ),
        (
            "cs",
            "Číslo nabídky,Organizace,DIČ (NIP),Úkol,Stav,Požadovaná částka",
            "podaná",
        ),
        (
            "uk",
            "Номер пропозиції,Організація,Податковий номер (NIP),Завдання,Стан,Запитувана сума",
            "подана",
        ),
    ] {
        let file = download(&app, Some(&s.clerk), &path, Some(language)).await;
        let lines = file.lines();
        assert!(lines[0].starts_with(first), "{language}: {}", lines[0]);
        let row = fields(&lines[1]);
        assert_eq!(row[5], "12345.67", "{language}");
        if !state.is_empty() {
            assert_eq!(row[4], state, "{language}");
        }
    }

    let xlsx = download(
        &app,
        Some(&s.clerk),
        &path.replace(".csv", ".xlsx"),
        Some("en"),
    )
    .await;
    assert_eq!(xlsx.status, StatusCode::OK);
    assert!(xlsx.header("content-type").contains("spreadsheetml"));
    let (name, rows) = xlsx.sheet();
    assert_eq!(name, "Offers");
    assert_eq!(rows[0][0].to_string(), "Receipt number");
    assert_eq!(amount(&rows[1][5]), "12345.67");
    assert_eq!(amount(&rows[1][6]), "13000.00");
    assert!(
        matches!(rows[1][8], Data::DateTime(_)),
        "the filing time is a date: {:?}",
        rows[1][8]
    );
}

async fn only_the_towns_staff_download_submissions(backend: Backend) {
    let app = TestApp::start(backend).await;
    let s = app.scenario().await;
    submitted(&app, &s).await;
    let evaluator = app.user("oceniajacy@miasto.pl", Role::Evaluator).await;
    let other = app.other_tenant("inne-miasto").await;
    let stranger = app
        .user_in("urzednik@inne.cz", Role::Clerk, other, "inne-miasto")
        .await;
    for extension in ["csv", "xlsx"] {
        let path = format!("/api/v1/calls/{}/applications.{extension}", s.call);
        let by = |token| download(&app, token, &path, None);
        assert_eq!(by(None).await.status, StatusCode::UNAUTHORIZED);
        assert_eq!(by(Some(&s.ngo)).await.status, StatusCode::FORBIDDEN);
        assert_eq!(by(Some(&evaluator)).await.status, StatusCode::FORBIDDEN);
        let elsewhere = by(Some(&stranger)).await;
        assert_eq!(
            elsewhere.status,
            StatusCode::NOT_FOUND,
            "another town's call"
        );
        assert!(!String::from_utf8_lossy(&elsewhere.bytes).contains("Fundacja"));
        let guessed = format!("/api/v1/calls/987654/applications.{extension}");
        let guessed = download(&app, Some(&s.clerk), &guessed, None).await;
        assert_eq!(guessed.status, StatusCode::NOT_FOUND);
    }
}
