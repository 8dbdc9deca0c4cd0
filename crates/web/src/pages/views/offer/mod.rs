//! An offer as the office reads it: every section of a version, read-only, with the values and
//! sums computed again from its content (the same code that checked it). The review before
//! submitting, the receipt and the clerk's check show it.

mod sections;
mod totals;

pub use totals::{applicant_facts, totals, Fact, Total};

use granty_domain::offer::{compute_costs, OfferInput};
use granty_domain::{Currency, Language};
use granty_store::applications::ApplicationDetail;
use granty_store::organisations::OrganisationView;
use sections::{CostView, PartnerView, Words};
use serde::Serialize;

#[derive(Serialize)]
pub struct OfferView {
    version_no: i32,
    applicant: Vec<Fact>,
    contact: Vec<Fact>,
    partners: Vec<PartnerView>,
    representation: String,
    task: Vec<Fact>,
    schedule: Vec<[String; 5]>,
    results: Vec<[String; 3]>,
    profile: Vec<Fact>,
    years: Vec<i32>,
    costs: Vec<CostView>,
    totals: Vec<Total>,
    sources: Vec<Fact>,
    other_information: String,
    declarations: Vec<Fact>,
}

/// The read-only view of `content`, the content of version `version_no`.
pub fn offer_view(
    content: &OfferInput,
    version_no: i32,
    applicant: &OrganisationView,
    currency: Currency,
    lang: Language,
) -> OfferView {
    let (summary, _) = compute_costs(content, currency);
    let words = Words(lang);
    // A one-year task has no columns per year.
    let years = if summary.years.len() > 1 {
        summary.years.clone()
    } else {
        vec![]
    };
    OfferView {
        version_no,
        applicant: applicant_facts(applicant, lang),
        contact: words.contact(content),
        partners: sections::partners(content, &summary, lang),
        representation: content.representation.clone(),
        task: words.task(content),
        schedule: words.schedule(content),
        results: sections::results(content),
        profile: words.profile(content),
        costs: sections::costs(content, &summary, !years.is_empty(), lang),
        years,
        totals: totals(&summary, content, lang),
        sources: words.sources(&summary),
        other_information: content.other_information.clone(),
        declarations: words.declarations(&content.declarations),
    }
}

/// The last submitted version of an application, as the office received it; `None` before the
/// first submission. Staff read this rather than the working copy, which the applicant may be
/// changing during a correction.
pub fn submitted_view(detail: &ApplicationDetail, lang: Language) -> Option<OfferView> {
    let version = detail.versions.last()?;
    let content: OfferInput = match serde_json::from_value(version.content.clone()) {
        Ok(content) => content,
        Err(error) => {
            tracing::error!(
                ?error,
                version = version.version_no,
                "an unreadable version"
            );
            return None;
        }
    };
    Some(offer_view(
        &content,
        version.version_no,
        &detail.applicant,
        detail.call.terms.budget.currency,
        lang,
    ))
}
