//! Issue 13 end to end on both databases, through the API as the screens use it: the clerk calls
//! for a partial report, the organisation files it and the clerk accepts it; the final report is
//! filed, sent back for a correction and accepted; its unused grant comes back late, the
//! interest is charged and paid, the agreement is settled; the documents read back.

use super::flow::{at, pay, spend_less, warsaw};
use super::pdf::{assert_contains, download, text_of};
use crate::on_both_databases;
use crate::reports::fixtures::{reporting, Reporting};
use crate::support::*;
use reqwest::StatusCode;
use serde_json::{json, Value};

on_both_databases!(an_agreement_goes_through_a_partial_and_a_final_report_to_settled);

const DATES: &str = "Daty faktur: 3.06, 14.07 i 2.09.2027.";

async fn review(r: &Reporting, token: &str, id: i64, body: Value) -> Value {
    let path = format!("/api/v1/reports/{id}/review");
    let (status, reviewed) = r.app().post(token, &path, body).await;
    // The first decision on a version is created (201), a repeat returns it (200).
    assert_eq!(status, StatusCode::CREATED, "{reviewed}");
    reviewed
}

/// The organisation fills `report` in (spending `less` grosz of the grant less, adding `note`)
/// and submits it.
async fn file(r: &Reporting, ngo: &str, report: &Value, (less, note): (i64, &str)) -> Value {
    let mut content = r.complete(report);
    spend_less(&mut content, less);
    content["additional_information"] = json!(note);
    let (status, saved) = r.save(ngo, report, content).await;
    assert_eq!(status, StatusCode::OK, "{saved}");
    let id = report["id"].as_i64().expect("id");
    let (status, submitted) = r.submit(ngo, id).await;
    assert_eq!(status, StatusCode::CREATED, "{submitted}");
    submitted
}

async fn the_partial_report_on_call(r: &Reporting) {
    let (clerk, ngo, _) = at(r, warsaw(2027, 6, 2)).await;
    let path = format!("/api/v1/agreements/{}/partial-calls", r.agreement);
    let call = json!({ "delivered_on": "2027-06-02", "due_on": "2027-07-02" });
    let (status, called) = r.app().post(&clerk, &path, call).await;
    assert_eq!(status, StatusCode::CREATED, "{called}");
    let id = called["id"].as_i64().expect("id");
    let (_, report) = r.app().get(&ngo, &format!("/api/v1/reports/{id}")).await;
    file(r, &ngo, &report, (0, "")).await;
    let accepted = review(r, &clerk, id, json!({ "decision": "accept" })).await;
    assert_eq!(accepted["state"], "accepted", "{accepted}");
    let (_, _, pdf) = download(r.app(), &ngo, &format!("/api/v1/reports/{id}/pdf")).await;
    assert_contains(&text_of(&pdf), &["SPRAWOZDANIE CZĘŚCIOWE", "(NA WEZWANIE)"]);
}

/// Filed with 2 000,00 zł of the grant unspent, corrected once, accepted; returns its id.
async fn the_final_report_corrected_once(r: &Reporting) -> i64 {
    let (clerk, ngo, _) = at(r, warsaw(2027, 10, 20)).await;
    let (status, report) = r.start_final(&ngo).await;
    assert_eq!(status, StatusCode::CREATED, "{report}");
    let id = report["id"].as_i64().expect("id");
    file(r, &ngo, &report, (200_000, "")).await;
    let comment = "Prosimy o daty faktur w opisie.";
    let body =
        json!({ "decision": "corrections", "comments": { "additional_information": comment } });
    let sent_back = review(r, &clerk, id, body).await;
    assert_eq!(sent_back["state"], "corrections", "{sent_back}");
    let (_, report) = r.app().get(&ngo, &format!("/api/v1/reports/{id}")).await;
    let resubmitted = file(r, &ngo, &report, (200_000, DATES)).await;
    assert_eq!(resubmitted["versions"].as_array().map(Vec::len), Some(2));
    let (clerk, _, _) = at(r, warsaw(2027, 11, 20)).await;
    let accepted = review(r, &clerk, id, json!({ "decision": "accept" })).await;
    assert_eq!(accepted["state"], "accepted", "{accepted}");
    id
}

async fn an_agreement_goes_through_a_partial_and_a_final_report_to_settled(backend: Backend) {
    let r = reporting(backend).await;
    the_partial_report_on_call(&r).await;
    let final_id = the_final_report_corrected_once(&r).await;
    // The 2 000,00 zł unused was due by 15 October; paid on 14 December, 60 days late: 36,16 zł
    // of interest at 11 %, charged as 36,00 zł (above the 26,10 zł floor).
    let (clerk, ngo, _) = at(&r, warsaw(2028, 1, 10)).await;
    let late = json!({ "amount": "2000,00", "paid_on": "2027-12-14", "note": "zwrot" });
    let (status, standing) = pay(&r, &clerk, late).await;
    assert_eq!(status, StatusCode::CREATED, "{standing}");
    let interest = json!({ "amount": "36,00", "paid_on": "2028-01-08", "note": "odsetki" });
    let (status, standing) = pay(&r, &clerk, interest).await;
    assert_eq!(status, StatusCode::CREATED, "{standing}");
    let (_, agreement) = r
        .app()
        .get(&ngo, &format!("/api/v1/agreements/{}", r.agreement))
        .await;
    assert_eq!(agreement["state"], "settled", "{agreement}");

    let settlement = format!("/api/v1/agreements/{}/settlement.pdf", r.agreement);
    let (status, _, pdf) = download(r.app(), &ngo, &settlement).await;
    assert_eq!(status, StatusCode::OK);
    assert_contains(
        &text_of(&pdf),
        &[
            "ROZLICZENIE DOTACJI",
            "Odsetki dokładnie 36,16 zł",
            "rozliczona",
        ],
    );
    let report = format!("/api/v1/reports/{final_id}/pdf");
    let (_, _, first) = download(r.app(), &clerk, &format!("{report}?version=1")).await;
    let (_, _, second) = download(r.app(), &clerk, &report).await;
    assert_contains(&text_of(&first), &["SPRAWOZDANIE KOŃCOWE", "wersja 1"]);
    assert_contains(&text_of(&second), &["wersja 2", DATES]);
}
