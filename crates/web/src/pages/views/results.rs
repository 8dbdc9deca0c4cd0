//! A call's published results and its cancellation notice as the public call page shows them
//! (and the applicant's own result on its offer): organisation, task and amount for the chosen
//! offers, the score for the others (art. 15 ust. 2h), the days in each channel (ust. 2j), and
//! the form for a justification while the 30 days run (ust. 2i).

use crate::pages::texts::text;
use chrono::{DateTime, Utc};
use chrono_tz::Tz;
use granty_domain::results::{justification_closes_at, CancelGround};
use granty_domain::Language;
use granty_i18n::format::{date, instant, money, points_centi};
use granty_store::results::{PublicResults, PublicResultsEntry};
use serde::Serialize;

#[derive(Serialize)]
pub struct ResultRow {
    pub application_id: i64,
    pub organisation: String,
    pub task: String,
    pub amount: Option<String>,
    pub score: Option<String>,
}

#[derive(Serialize)]
pub struct ResultsView {
    pub published_at: String,
    pub decided_by: String,
    pub decision_reference: String,
    pub decided_on: String,
    /// (channel's label, day) for each channel recorded.
    pub channels: Vec<(&'static str, String)>,
    pub chosen: Vec<ResultRow>,
    pub others: Vec<ResultRow>,
    /// The last moment a justification may be asked for, while it has not passed.
    pub justification_until: Option<String>,
}

fn row(entry: &PublicResultsEntry, lang: Language) -> ResultRow {
    ResultRow {
        application_id: entry.application_id,
        organisation: entry.organisation.clone(),
        task: entry.task.clone(),
        amount: entry.amount.map(|a| money(a, lang)),
        score: entry.total_centi.map(|c| points_centi(c, lang)),
    }
}

/// The results as the page shows them at `now`.
pub fn results_view(
    results: &PublicResults,
    now: DateTime<Utc>,
    zone: Tz,
    lang: Language,
) -> ResultsView {
    let channels = [
        ("bip_on", results.published_bip_on),
        ("notice_board_on", results.published_notice_board_on),
        ("website_on", results.published_website_on),
    ]
    .into_iter()
    .filter_map(|(key, day)| Some((text(lang, key), date(day?, lang))))
    .collect();
    let closes = justification_closes_at(results.published_at);
    let (chosen, others): (Vec<_>, Vec<_>) = results.entries.iter().partition(|e| e.chosen);
    ResultsView {
        published_at: instant(results.published_at, zone, lang),
        decided_by: results.decided_by_name.clone(),
        decision_reference: results.decision_reference.clone(),
        decided_on: date(results.decided_on, lang),
        channels,
        chosen: chosen.into_iter().map(|e| row(e, lang)).collect(),
        others: others.into_iter().map(|e| row(e, lang)).collect(),
        justification_until: (now <= closes).then(|| instant(closes, zone, lang)),
    }
}

/// The ground of an art. 18a cancellation, as a sentence.
pub fn ground_text(ground: CancelGround, lang: Language) -> &'static str {
    match ground {
        CancelGround::NoOffers => text(lang, "cancel_ground_no_offers"),
        CancelGround::NoneValid => text(lang, "cancel_ground_none_valid"),
    }
}

/// The applicant's own result on its offer's page, once published.
#[derive(Serialize)]
pub struct ApplicantResult {
    pub chosen: bool,
    pub amount: String,
    pub requested: String,
    pub score: Option<String>,
    pub update_state: &'static str,
    /// The applicant may still file the updated estimate or decline the award.
    pub awaits_update: bool,
    pub may_decline: bool,
}

pub fn applicant_result(
    award: &granty_store::results::AwardView,
    lang: Language,
) -> ApplicantResult {
    ApplicantResult {
        chosen: award.chosen,
        amount: money(award.amount, lang),
        requested: money(award.requested, lang),
        score: award.total_centi.map(|c| points_centi(c, lang)),
        update_state: text(lang, &format!("update_state_{}", award.update_state)),
        awaits_update: award.awaits_update(),
        may_decline: award.chosen
            && matches!(award.update_state.as_str(), "awaiting" | "submitted"),
    }
}
