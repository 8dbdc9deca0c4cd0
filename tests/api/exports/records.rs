//! The town's agreements, payments and settlements: an agreement in realisation with its grant
//! of 11 000,00 zł paid. Exact amounts, headers in the reader's language, the links and files
//! of the clerk's agreements page; an NGO refused, another town's clerk sees none of it.

use super::*;
use crate::browser::Browser;
use crate::on_both_databases;
use crate::reports::fixtures::reporting;
use granty_domain::roles::Role;

on_both_databases!(the_towns_records_download_with_exact_amounts);

async fn the_towns_records_download_with_exact_amounts(backend: Backend) {
    let r = reporting(backend).await;
    let app = r.app();
    let clerk = r.a.e.clerk.clone();

    let agreements = download(app, Some(&clerk), "/api/v1/agreements.csv", None).await;
    assert_eq!(agreements.status, StatusCode::OK);
    assert!(agreements
        .header("content-disposition")
        .starts_with("attachment; filename=\"agreements-miasto-20"));
    let lines = agreements.lines();
    assert_eq!(lines.len(), 2, "{lines:?}");
    assert!(lines[0].starts_with(
        "Numer umowy,Nabór,Organizacja,Zadanie,Stan,Kwota dotacji,Przekazano,Waluta,Początek realizacji,Koniec realizacji,Podpisana (Europe/Warsaw)"
    ), "{}", lines[0]);
    let row = fields(&lines[1]);
    assert_eq!(
        &row[1..10],
        [
            "Kultura 2027",
            "Fundacja Muzyki",
            "Letnie koncerty w parku",
            "w realizacji",
            "11000.00",
            "11000.00",
            "PLN",
            "2027-05-01",
            "2027-09-30"
        ]
    );
    let settled_only = download(
        app,
        Some(&clerk),
        "/api/v1/agreements.csv?state=settled",
        None,
    )
    .await;
    assert_eq!(settled_only.lines().len(), 1, "the header alone");

    let payments = download(app, Some(&clerk), "/api/v1/payments.csv", Some("en")).await;
    let lines = payments.lines();
    assert_eq!(
        lines[0],
        "Agreement number,Organisation,Task,Tranche,Due,Tranche amount,Paid out,Transfer dates,Left to pay out,Currency"
    );
    let rows: Vec<Vec<&str>> = lines[1..].iter().map(|l| fields(l)).collect();
    assert!(
        rows.iter()
            .any(|r| r[3] == "1" && r[4] == "2027-05-10" && r[5] == "6000.00"),
        "{lines:?}"
    );
    assert!(
        rows.iter().any(|r| r[3] == "2" && r[5] == "5000.00"),
        "{lines:?}"
    );
    let paid: i64 = rows.iter().map(|r| minor(r[6])).sum();
    assert_eq!(paid, 1_100_000, "every transfer counted once: {lines:?}");

    let settlements = download(app, Some(&clerk), "/api/v1/settlements.csv", Some("cs")).await;
    let lines = settlements.lines();
    assert!(
        lines[0].starts_with("Číslo smlouvy,Organizace,Úkol,Stav,Výše dotace,Vyplaceno,Použito"),
        "{}",
        lines[0]
    );
    let row = fields(&lines[1]);
    assert_eq!(&row[4..6], ["11000.00", "11000.00"]);
    assert_eq!(&row[6..10], ["", "", "", ""], "no final report yet");
    assert_eq!(&row[10..], ["0.00", "0.00", "0.00", "0.00", "PLN"]);

    for path in [
        "/api/v1/agreements.xlsx",
        "/api/v1/payments.xlsx",
        "/api/v1/settlements.xlsx",
    ] {
        let file = download(app, Some(&clerk), path, Some("uk")).await;
        assert_eq!(file.status, StatusCode::OK, "{path}");
        let (_, rows) = file.sheet();
        assert!(rows.len() >= 2, "{path}: {rows:?}");
        assert_eq!(rows[0][0].to_string(), "Номер договору", "{path}");
    }
    let (name, rows) = download(app, Some(&clerk), "/api/v1/agreements.xlsx", None)
        .await
        .sheet();
    assert_eq!(name, "Umowy");
    assert_eq!(amount(&rows[1][5]), "11000.00");
    assert!(matches!(rows[1][8], Data::DateTime(_)), "{:?}", rows[1][8]);

    // The organisation reads its own agreement, never the town's records.
    for path in [
        "/api/v1/agreements.csv",
        "/api/v1/payments.xlsx",
        "/api/v1/settlements.csv",
    ] {
        assert_eq!(
            download(app, Some(&r.a.e.ngo), path, None).await.status,
            StatusCode::FORBIDDEN
        );
    }
    let other = app.other_tenant("inne-miasto").await;
    let stranger = app
        .user_in("urzednik@inne.cz", Role::Clerk, other, "inne-miasto")
        .await;
    for path in [
        "/api/v1/agreements.csv",
        "/api/v1/payments.csv",
        "/api/v1/settlements.csv",
    ] {
        let theirs = download(app, Some(&stranger), path, None).await;
        assert_eq!(theirs.status, StatusCode::OK);
        assert_eq!(theirs.lines().len(), 1, "{path}: their own town has none");
    }

    // The clerk's agreements page links the three downloads; its files speak the page's language.
    let browser = Browser::signed_in(app, &clerk);
    let list = browser.get("/clerk/agreements").await;
    for id in [
        "download-agreements-csv",
        "download-payments-xlsx",
        "download-settlements-csv",
    ] {
        assert!(
            list.page.has(&format!("a#{id}[download]")),
            "{id}: {}",
            list.html()
        );
    }
    let file = browser.get("/clerk/payments.csv?lang=en").await;
    assert_eq!(file.status, StatusCode::OK);
    assert!(
        file.html().contains("Agreement number,Organisation"),
        "{}",
        file.html()
    );
}

fn minor(amount: &str) -> i64 {
    let (units, cents) = amount.split_once('.').expect("a decimal");
    units.parse::<i64>().expect("units") * 100 + cents.parse::<i64>().expect("cents")
}
