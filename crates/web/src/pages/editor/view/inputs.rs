//! The editor's plain inputs, section by section: the task, the contact person, the profile,
//! other information and the sources of funding, each with the id its problems point at.

use super::anchor;
use crate::pages::texts::text;
use granty_domain::offer::OfferInput;
use granty_domain::Language;
use serde::Serialize;

#[derive(Serialize)]
pub struct Input {
    name: String,
    anchor: String,
    label: &'static str,
    kind: &'static str,
    value: String,
}

/// (field name, label key, input type)
type Spec = (&'static str, &'static str, &'static str);

fn inputs(specs: &[Spec], value: impl Fn(&str) -> String, lang: Language) -> Vec<Input> {
    specs
        .iter()
        .map(|(name, label, kind)| Input {
            name: name.to_string(),
            anchor: anchor(name),
            label: text(lang, label),
            kind,
            value: value(name),
        })
        .collect()
}

/// A date as the date input takes it.
pub fn date_text(d: Option<chrono::NaiveDate>) -> String {
    d.map(|d| d.format("%Y-%m-%d").to_string())
        .unwrap_or_default()
}

/// Section III: the task.
pub fn task(content: &OfferInput, lang: Language) -> Vec<Input> {
    const TASK: &[Spec] = &[
        ("title", "offer_title", "text"),
        ("place", "place", "text"),
        ("target_group", "target_group", "text"),
        ("summary", "summary", "textarea"),
        ("start_date", "start_date", "date"),
        ("end_date", "end_date", "date"),
    ];
    let value = |name: &str| match name {
        "title" => content.title.clone(),
        "place" => content.place.clone(),
        "target_group" => content.target_group.clone(),
        "summary" => content.summary.clone(),
        "start_date" => date_text(content.start_date),
        _ => date_text(content.end_date),
    };
    inputs(TASK, value, lang)
}

/// Section II: the person to contact about the offer.
pub fn contact(content: &OfferInput, lang: Language) -> Vec<Input> {
    const CONTACT: &[Spec] = &[
        ("contact.name", "contact_name", "text"),
        ("contact.phone", "contact_phone", "tel"),
        ("contact.email", "contact_email", "email"),
    ];
    let c = &content.contact;
    let value = |name: &str| match name {
        "contact.name" => c.name.clone(),
        "contact.phone" => c.phone.clone(),
        _ => c.email.clone(),
    };
    inputs(CONTACT, value, lang)
}

/// Section IV: the applicant's experience and resources.
pub fn profile(content: &OfferInput, lang: Language) -> Vec<Input> {
    const PROFILE: &[Spec] = &[
        ("previous_activity", "previous_activity", "textarea"),
        ("resources", "resources", "textarea"),
    ];
    let value = |name: &str| match name {
        "previous_activity" => content.previous_activity.clone(),
        _ => content.resources.clone(),
    };
    inputs(PROFILE, value, lang)
}

/// Section VI: anything else the applicant wants to say.
pub fn other(content: &OfferInput, lang: Language) -> Vec<Input> {
    const OTHER: &[Spec] = &[("other_information", "other_information", "textarea")];
    inputs(OTHER, |_| content.other_information.clone(), lang)
}

/// Section V.B: where the money comes from. The 2018 form has no "other public funds" row: it
/// shows only where the town's form adds it (`other_funds_row`), or while a value typed there
/// (refused) waits to be moved to the own contribution.
pub fn sources(content: &OfferInput, other_funds_row: bool, lang: Language) -> Vec<Input> {
    const SOURCES: &[Spec] = &[
        ("sources.requested_grant", "requested_grant", "text"),
        ("sources.own_financial", "own_financial", "text"),
        ("sources.own_personal", "own_personal", "text"),
        ("sources.own_in_kind", "own_in_kind", "text"),
        ("sources.participant_fees", "participant_fees", "text"),
        ("sources.other_public_funds", "other_public_funds", "text"),
    ];
    let s = &content.sources;
    let value = |name: &str| match name {
        "sources.requested_grant" => s.requested_grant.clone(),
        "sources.own_financial" => s.own_financial.clone(),
        "sources.own_personal" => s.own_personal.clone(),
        "sources.own_in_kind" => s.own_in_kind.clone(),
        "sources.participant_fees" => s.participant_fees.clone(),
        _ => s.other_public_funds.clone(),
    };
    let shown = other_funds_row || !s.other_public_funds.trim().is_empty();
    let rows = if shown {
        SOURCES
    } else {
        &SOURCES[..SOURCES.len() - 1]
    };
    inputs(rows, value, lang)
}
