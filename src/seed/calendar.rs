//! The demo's calendar feeds (issue 15): the foundation's and the clerk's subscription
//! addresses, made through the store's use case like any member's or clerk's, and printed once
//! (only their hashes are kept) so `make run` shows a feed with events at once.

use anyhow::Result;
use chrono::{DateTime, Utc};
use granty_store::calendar::{issue, FeedOwner};
use granty_store::{Actor, Db};

pub struct Seeded {
    /// The foundation's token: its offers' corrections, its agreement's reports and returns.
    pub organisation_token: String,
    /// The clerk's token: formal checks, scoring deadlines, reports awaiting review.
    pub clerk_token: String,
}

pub async fn seed_calendar_feeds(
    db: &Db,
    member: &Actor,
    organisation_id: i64,
    clerk: &Actor,
    now: DateTime<Utc>,
) -> Result<Seeded> {
    let owner = FeedOwner::Organisation(organisation_id);
    let organisation = issue(db, member, owner, now).await.map_err(super::store)?;
    let clerk = issue(db, clerk, FeedOwner::Clerk, now)
        .await
        .map_err(super::store)?;
    Ok(Seeded {
        organisation_token: organisation.token,
        clerk_token: clerk.token,
    })
}

impl Seeded {
    pub fn print(&self, public_url: &url::Url) {
        let base = public_url.as_str().trim_end_matches('/');
        let (organisation, clerk) = (&self.organisation_token, &self.clerk_token);
        println!("  calendar feeds (subscribe in a calendar application; shown only now):");
        println!("    fundacja@ (Fundacja Zielony Zakątek): {base}/calendar/{organisation}.ics");
        println!("    urzednik@ (the clerk): {base}/calendar/{clerk}.ics");
    }
}
