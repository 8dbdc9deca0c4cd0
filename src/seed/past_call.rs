//! The demo's second call: announced a month ago, its deadline two days ago at 15:30, so the
//! clerk's formal check has offers to work on and the activity chart has days to show.

use super::store;
use anyhow::{Context, Result};
use chrono::{DateTime, Duration, NaiveDate, TimeZone, Utc};
use granty_domain::call::{CallAction, CallInput, Publication, RequiredAttachment};
use granty_store::{calls, Actor, Db};

/// The call's frame: its deadline and the first day of realisation.
pub struct PastCall {
    pub id: i64,
    pub deadline: DateTime<Utc>,
    pub realisation_start: NaiveDate,
}

pub const PAST_CALL_TITLE: &str = "Otwarty konkurs ofert: sport i rekreacja dzieci i młodzieży";

/// Creates and publishes the call at past instants; its frame for the offers.
pub async fn create_past_call(db: &Db, clerk: &Actor, now: DateTime<Utc>) -> Result<PastCall> {
    let zone = clerk.tenant.time_zone;
    let deadline_day = (now - Duration::days(2)).with_timezone(&zone).date_naive();
    let deadline = zone
        .from_local_datetime(
            &deadline_day
                .and_hms_opt(15, 30, 0)
                .context("deadline time")?,
        )
        .earliest()
        .context("deadline in zone")?
        .with_timezone(&Utc);
    let announced = deadline - Duration::days(30);
    let past = PastCall {
        id: 0,
        deadline,
        realisation_start: deadline_day + Duration::days(30),
    };
    let call = calls::create(db, clerk, &terms(&past, announced), None, announced)
        .await
        .map_err(store)?;
    let announced_on = announced.with_timezone(&zone).date_naive();
    let publish = CallAction::Publish {
        confirm_short_deadline: false,
        publication: Publication {
            bip_on: Some(announced_on),
            notice_board_on: Some(announced_on),
            website_on: Some(announced_on),
        },
    };
    calls::transition(db, clerk, call.id, publish, announced)
        .await
        .map_err(store)?;
    Ok(PastCall {
        id: call.id,
        ..past
    })
}

/// The call's terms: open from an hour after it was announced until the deadline of `past`.
fn terms(past: &PastCall, announced: DateTime<Utc>) -> CallInput {
    CallInput {
        title: PAST_CALL_TITLE.into(),
        task_area: "Wspieranie i upowszechnianie kultury fizycznej".into(),
        description: "Zajęcia sportowe i rekreacyjne dla dzieci i młodzieży z gminy.".into(),
        budget: "100000".into(),
        min_grant: "5000".into(),
        max_grant: "30000".into(),
        min_own_contribution: "10".into(),
        admin_cost_cap: "15".into(),
        opens_at: Some(announced + Duration::hours(1)),
        deadline: Some(past.deadline),
        realisation_start: Some(past.realisation_start),
        realisation_end: Some(past.realisation_start + Duration::days(180)),
        required_attachments: vec![RequiredAttachment {
            code: "statut".into(),
            name: "Statut organizacji".into(),
        }],
        ..CallInput::default()
    }
}
