//! Calendar feeds as both the JSON API and the pages hand them out: the subscription address
//! made from a token, and the feed's `text/calendar` body with the events worded in the feed
//! owner's language (the domain's writer does the RFC 5545 part).

mod words;

use chrono::{DateTime, Utc};
use granty_domain::calendar_feed::ics::{self, Calendar};
use granty_domain::calendar_feed::{EventKind, FeedEvent};
use granty_i18n::{message_with, Arg};
use granty_store::calendar::FeedContent;
use url::Url;

/// The `PRODID` of every feed (RFC 5545 § 3.7.3).
pub const PRODID: &str = "-//Granty//Calendar feed 1.0//EN";

/// The path a feed is read at; the token is its only credential.
pub fn feed_path(token: &str) -> String {
    format!("/calendar/{token}.ics")
}

/// The subscription address, on the instance's public address.
pub fn feed_url(public_url: &Url, token: &str) -> String {
    absolute(public_url, &feed_path(token))
}

/// The same address with the `webcal` scheme, which opens the calendar application.
pub fn webcal_url(public_url: &Url, token: &str) -> String {
    let url = feed_url(public_url, token);
    match url.split_once("://") {
        Some((_, rest)) => format!("webcal://{rest}"),
        None => url,
    }
}

fn absolute(public_url: &Url, path: &str) -> String {
    format!("{}{path}", public_url.as_str().trim_end_matches('/'))
}

/// The feed's body at `now`.
pub fn feed_body(content: &FeedContent, public_url: &Url, now: DateTime<Utc>) -> String {
    let lang = content.language;
    let zone = content.tenant.time_zone;
    let name_id = if content.clerk {
        "calendar-name-clerk"
    } else {
        "calendar-name-organisation"
    };
    let name = message_with(
        lang,
        name_id,
        &[
            ("town", Arg::from(content.tenant.name.as_str())),
            ("owner", Arg::from(content.owner_name.as_str())),
        ],
    );
    let events = content
        .events
        .iter()
        .map(|event| ics::Event {
            uid: event.uid.clone(),
            at: event.at,
            summary: words::summary(event, lang),
            description: words::description(event, zone, lang),
            url: absolute(public_url, &link(event, &content.tenant.slug)),
        })
        .collect();
    ics::write(&Calendar {
        prodid: PRODID,
        name: &name,
        zone,
        host: public_url.host_str().unwrap_or("granty"),
        stamp: now,
        events,
    })
}

/// The page where the event's business is done (a clerk's pages for a clerk's events).
fn link(event: &FeedEvent, tenant_slug: &str) -> String {
    match &event.kind {
        EventKind::OffersDeadline { call_id, .. } => format!("/{tenant_slug}/calls/{call_id}"),
        EventKind::CorrectionDue { application_id, .. } => {
            format!("/applications/{application_id}")
        }
        EventKind::AgreementSigned { agreement } => {
            format!("/agreements/{}", agreement.agreement_id)
        }
        EventKind::ReportDue {
            report_id: Some(id),
            ..
        }
        | EventKind::ReportCorrectionDue { report_id: id, .. } => format!("/reports/{id}/edit"),
        EventKind::ReportDue { agreement, .. } => {
            format!("/agreements/{}#reports", agreement.agreement_id)
        }
        EventKind::ReturnDue { agreement, .. } => {
            format!("/agreements/{}/settlement", agreement.agreement_id)
        }
        EventKind::RecommendationsDue { agreement, .. } => {
            format!("/agreements/{}#controls-heading", agreement.agreement_id)
        }
        EventKind::FormalCheckDue { call_id, .. } => {
            format!("/clerk/calls/{call_id}/applications")
        }
        EventKind::ScoringDeadline { call_id, .. } => format!("/clerk/calls/{call_id}/scoring"),
        EventKind::ReportAwaitingReview { report_id, .. } => format!("/clerk/reports/{report_id}"),
    }
}

#[cfg(test)]
mod tests;
