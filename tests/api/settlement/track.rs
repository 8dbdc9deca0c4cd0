//! The track record and the ranking's flags judged from an agreement's reports and returns,
//! and the NGO's duties timeline on its dashboard: an overdue final report flags the
//! organisation and tops its duties; filed late, it is on the record as late; accepted with a
//! return left unpaid after its deadline, the organisation is flagged for the return, which its
//! dashboard marks overdue with interest running.

use super::flow::{at, spend_less, warsaw};
use crate::browser::Browser;
use crate::on_both_databases;
use crate::reports::fixtures::{reporting, Reporting};
use crate::support::*;
use granty_domain::track_record::{ReportOutcome, ReturnOutcome};
use granty_store::entities::agreement;
use granty_store::evaluation::flags::{applicant_flags, ApplicantFlag};
use granty_store::evaluation::track_record::{earlier_offers, EarlierAgreement, Whose};
use reqwest::StatusCode;
use sea_orm::EntityTrait;
use serde_json::json;

on_both_databases!(an_overdue_report_and_an_unpaid_return_flag_the_organisation);

fn day(y: i32, m: u32, d: u32) -> chrono::NaiveDate {
    chrono::NaiveDate::from_ymd_opt(y, m, d).expect("day")
}

/// The organisation's flags and its agreement's record on `today`.
async fn judged(r: &Reporting, today: chrono::NaiveDate) -> (Vec<ApplicantFlag>, EarlierAgreement) {
    let app = r.app();
    let row = agreement::Entity::find_by_id(r.agreement)
        .one(&app.db.reader)
        .await
        .expect("read")
        .expect("agreement");
    let zone = chrono_tz::Europe::Warsaw;
    let flags = applicant_flags(
        &app.db.reader,
        app.tenant_id,
        &[row.organisation_id],
        (zone, today),
    )
    .await
    .expect("flags");
    let whose = Whose {
        organisation_id: row.organisation_id,
        zone,
        today,
    };
    let earlier = earlier_offers(&app.db.reader, &whose, app.tenant_id, -1)
        .await
        .expect("record");
    let offer = earlier
        .into_iter()
        .find(|o| o.application_id == row.application_id)
        .expect("the offer");
    let flags = flags.get(&row.organisation_id).cloned().unwrap_or_default();
    (flags, offer.agreement.expect("its agreement"))
}

/// The NGO's dashboard timeline: each duty's day and whether it is marked overdue.
async fn timeline(r: &Reporting, token: &str) -> Vec<(String, bool)> {
    let page = Browser::signed_in(r.app(), token).get("/dashboard").await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.html());
    let days = page.page.texts("ol#duties > li time");
    let overdue = page.page.texts("ol#duties > li strong.late");
    assert!(overdue.len() <= days.len());
    let marked: Vec<bool> = page
        .page
        .texts("ol#duties > li p.duty-when")
        .iter()
        .map(|when| overdue.iter().any(|o| when.contains(o.as_str())))
        .collect();
    days.into_iter().zip(marked).collect()
}

async fn an_overdue_report_and_an_unpaid_return_flag_the_organisation(backend: Backend) {
    let r = reporting(backend).await;
    // The task ends on 30 September 2027: the final report is due 30 days later, moved past the
    // weekend and All Saints' Day to the next working day.
    let (flags, before) = judged(&r, day(2027, 10, 30)).await;
    assert!(flags.is_empty(), "{flags:?}");
    let due = before.record.reports[0].due_on;
    assert_eq!(due, day(2027, 11, 2));
    assert_eq!(before.record.reports[0].outcome, ReportOutcome::NotDueYet);
    let (flags, overdue) = judged(&r, day(2027, 11, 5)).await;
    assert_eq!(
        flags,
        [ApplicantFlag::OverdueReport {
            agreement_id: r.agreement,
            due_on: due
        }]
    );
    assert_eq!(
        overdue.record.reports[0].outcome,
        ReportOutcome::NotFiled { days: 3 }
    );

    let (_, ngo, _) = at(&r, warsaw(2027, 11, 5)).await;
    let duties = timeline(&r, &ngo).await;
    assert_eq!(
        duties,
        [("02.11.2027".to_string(), true)],
        "the report to file"
    );

    // Filed on 8 November, 2 000 zł of the grant unused: six days late.
    let (clerk, ngo, _) = at(&r, warsaw(2027, 11, 8)).await;
    let (status, report) = r.start_final(&ngo).await;
    assert_eq!(status, StatusCode::CREATED, "{report}");
    let mut content = r.complete(&report);
    spend_less(&mut content, 200_000);
    let (status, saved) = r.save(&ngo, &report, content).await;
    assert_eq!(status, StatusCode::OK, "{saved}");
    let id = report["id"].as_i64().expect("id");
    let (status, submitted) = r.submit(&ngo, id).await;
    assert_eq!(status, StatusCode::CREATED, "{submitted}");
    let (flags, filed) = judged(&r, day(2027, 11, 8)).await;
    assert!(flags.is_empty(), "{flags:?}");
    assert_eq!(
        filed.record.reports[0].outcome,
        ReportOutcome::Late {
            filed_on: day(2027, 11, 8),
            days: 6
        }
    );
    assert!(timeline(&r, &ngo).await.is_empty(), "nothing left to do");

    // Accepted: the unused grant was due back on 15 October and is not paid.
    let path = format!("/api/v1/reports/{id}/review");
    let (status, accepted) = r
        .app()
        .post(&clerk, &path, json!({ "decision": "accept" }))
        .await;
    assert_eq!(status, StatusCode::CREATED, "{accepted}");
    let (flags, unpaid) = judged(&r, day(2027, 11, 9)).await;
    let ret = &unpaid.record.returns[0];
    assert_eq!(ret.due_on, day(2027, 10, 15));
    let outstanding = match ret.outcome {
        ReturnOutcome::Unpaid { days, outstanding } => {
            assert_eq!(days, 25);
            outstanding
        }
        other => panic!("an unpaid return, not {other:?}"),
    };
    assert!(outstanding > 0);
    assert!(
        flags.iter().any(|f| matches!(f, ApplicantFlag::UnpaidReturn { due_on, .. } if *due_on == day(2027, 10, 15))),
        "{flags:?}"
    );
    assert!(!unpaid.record.is_clean());
    let duties = timeline(&r, &ngo).await;
    assert_eq!(
        duties,
        [("15.10.2027".to_string(), true)],
        "the return to pay"
    );
    let page = Browser::signed_in(r.app(), &ngo).get("/dashboard").await;
    let what = page.page.text("ol#duties > li .duty-what");
    assert!(what.contains("odsetki"), "interest runs: {what}");
    assert!(page.page.has(&format!(
        "ol#duties a[href=\"/agreements/{}/settlement\"]",
        r.agreement
    )));
}
