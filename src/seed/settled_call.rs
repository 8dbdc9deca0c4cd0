//! The demo's sixth call, from a fixed past year (2024) so that its dates, and the interest on
//! a late return, do not depend on the day the demo is seeded: two offers awarded 11 000 zł
//! each, their agreements signed on paper (the clerk confirmed the scans; the town's signature
//! recorded) and paid in one tranche. What happened after is in [`super::settled_reports`]:
//! Fundacja Zielony Zakątek's agreement is settled with a return paid late, Stowarzyszenie
//! Aktywni Razem's final report awaits the clerk's review. Every step goes through the store's
//! use cases.

use super::agreement_call::{declare_and_score, draft_ready, publish, tranche, INSTRUCTOR_HOURS};
use super::evaluation::{create_call, CallShape};
use super::offers::{Demo, Files, Ngo};
use super::pdf::one_page_pdf;
use super::scored_call::{committee, newest_offer, planned};
use super::settled_reports::{file_final, settle_late, Awaiting, Settled};
use super::store;
use anyhow::{Context, Result};
use chrono::{DateTime, Duration, NaiveDate, TimeZone, Utc};
use granty_store::agreements::{self, AgreementServices, PaymentForm, ScanConfirmation};
use granty_store::entities::award;
use granty_store::{Actor, Db};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};

pub const SETTLED_CALL_TITLE: &str =
    "Otwarty konkurs ofert: zieleń i ochrona przyrody w gminie (2024)";

/// The people the sixth call needs.
pub struct Parties<'a> {
    pub clerk: &'a Actor,
    pub foundation: &'a Ngo,
    pub association: &'a Ngo,
    pub evaluators: &'a [Actor; 3],
}

/// What seed-demo prints about the sixth call.
pub struct Seeded {
    pub title: &'static str,
    pub settled: Settled,
    pub awaiting: Awaiting,
}

/// 10:00 in Warsaw on a day of the fixed past year.
pub(super) fn warsaw(day: NaiveDate, hour: u32) -> Result<DateTime<Utc>> {
    let local = day.and_hms_opt(hour, 0, 0).context("an hour of the day")?;
    Ok(chrono_tz::Europe::Warsaw
        .from_local_datetime(&local)
        .earliest()
        .context("an instant in Warsaw")?
        .with_timezone(&Utc))
}

/// The day the call is seeded as of: the first agreement steps happen then.
fn base() -> Result<DateTime<Utc>> {
    warsaw(
        NaiveDate::from_ymd_opt(2024, 5, 6).context("the base day")?,
        10,
    )
}

pub async fn seed_settled_call(
    db: &Db,
    files: &Files<'_>,
    parties: &Parties<'_>,
) -> Result<Seeded> {
    let base = base()?;
    // As the fifth call: the deadline 40 days before the base, the task from five days after.
    let shape = CallShape {
        title: SETTLED_CALL_TITLE,
        budget: "30000",
        deadline_days_ago: 40,
    };
    let clerk = parties.clerk;
    let call = create_call(db, clerk, &shape, base).await?;
    let mut offers = Vec::new();
    for (ngo, title, hours_before) in [
        (parties.foundation, "Łąka kwietna przy szkole", 30),
        (parties.association, "Sadzimy drzewa z mieszkańcami", 20),
    ] {
        let demo = Demo {
            db,
            files,
            clerk,
            ngo,
            call: &call,
        };
        demo.file(&planned(title, INSTRUCTOR_HOURS, hours_before))
            .await?;
        offers.push(newest_offer(db, &ngo.actor, call.id).await?);
    }
    let committee_from = base - Duration::days(34);
    committee(db, clerk, call.id, parties.evaluators, committee_from).await?;
    let filed: Vec<_> = offers.iter().collect();
    declare_and_score(db, call.id, parties.evaluators, &filed, committee_from).await?;
    let ids: Vec<i64> = offers.iter().map(|o| o.record.id).collect();
    publish(db, clerk, call.id, &ids, "Zarządzenie nr 45/2024", base).await?;
    let first = in_realisation(db, files, clerk, ids[0], base).await?;
    let second = in_realisation(db, files, clerk, ids[1], base).await?;
    let settled = settle_late(db, clerk, &parties.foundation.actor, first).await?;
    let awaiting = file_final(db, &parties.association.actor, second, 0, 20).await?;
    Ok(Seeded {
        title: SETTLED_CALL_TITLE,
        settled,
        awaiting: Awaiting {
            agreement_id: second,
            report_id: awaiting,
        },
    })
}

/// The agreement on offer `application_id`: drafted, signed for the town (recorded) and by the
/// organisation on paper (a scan the clerk confirms), the grant paid in one tranche on the
/// task's first day; returns its id.
async fn in_realisation(
    db: &Db,
    files: &Files<'_>,
    clerk: &Actor,
    application_id: i64,
    base: DateTime<Utc>,
) -> Result<i64> {
    let award_id = award::Entity::find()
        .filter(award::Column::ApplicationId.eq(application_id))
        .one(&db.reader)
        .await?
        .context("the award just recorded")?
        .id;
    // No PAdES here: a signature dated 2024 would precede the town's development certificate.
    let services = AgreementServices {
        storage: files.storage,
        documents: files.documents,
        signer: None,
    };
    let one_tranche = |starts_on| vec![tranche("11000", starts_on)];
    let id = draft_ready(db, services, clerk, award_id, one_tranche, base).await?;
    agreements::sign_by_town(db, services, clerk, id, base - Duration::hours(2))
        .await
        .map_err(store)?;
    let scan = one_page_pdf(&["Umowa podpisana odręcznie (skan)", "Anna Nowak"]);
    let signers = ScanConfirmation {
        signers: vec!["Anna Nowak".into()],
    };
    agreements::confirm_scan(
        db,
        services,
        clerk,
        id,
        signers,
        scan,
        base - Duration::hours(1),
    )
    .await
    .map_err(store)?;
    let starts_on = agreements::get(db, clerk, id)
        .await
        .map_err(store)?
        .terms
        .starts_on;
    let payment = PaymentForm {
        amount: "11000".into(),
        paid_on: Some(starts_on),
        tranche: Some(1),
        note: "Przelew dotacji".into(),
    };
    agreements::record_payment(db, clerk, id, payment, warsaw(starts_on, 12)?)
        .await
        .map_err(store)?;
    Ok(id)
}

/// Złoty for the console: `3 000,00 zł` without the grouping (`3000,00 zł`).
fn zl(minor: i64) -> String {
    format!("{},{:02} zł", minor / 100, minor % 100)
}

impl Seeded {
    /// Where to find the settled agreement and the report awaiting review.
    pub fn print(&self) {
        let (settled, awaiting) = (&self.settled, &self.awaiting);
        println!("  \"{}\" (call 6), from 2024:", self.title);
        println!(
            "    agreement {id} (fundacja@) settled: final report accepted, {returned} of unused \
             grant returned {days} days late, interest {interest} charged and paid; clerk: \
             /clerk/agreements/{id}/settlement; organisation: /agreements/{id}/settlement and \
             its duties on /dashboard; the accepted report: /reports/{report}",
            id = settled.agreement_id,
            report = settled.report_id,
            returned = zl(settled.returned),
            days = settled.days_late,
            interest = zl(settled.interest),
        );
        println!(
            "    agreement {id} (stowarzyszenie@): final report submitted, awaiting the clerk's \
             review at /clerk/reports/{report}; organisation: /reports/{report}",
            id = awaiting.agreement_id,
            report = awaiting.report_id,
        );
    }
}
