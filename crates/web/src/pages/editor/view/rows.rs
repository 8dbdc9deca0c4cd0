//! The editor's tables of rows: partners, the schedule and the expected results, each with
//! blank rows to add one without JavaScript.

use super::inputs::date_text;
use granty_domain::offer::OfferInput;
use serde::Serialize;

/// Countries offered for a partner; the neighbours Granty's towns work with.
pub const COUNTRIES: &[&str] = &["PL", "CZ", "SK", "UA", "DE", "LT"];

#[derive(Serialize, Default)]
pub struct PartnerRow {
    i: usize,
    no: usize,
    name: String,
    country: String,
    registration_number: String,
    address: String,
    scope: String,
    cost_share: String,
    blank: bool,
    /// False for a country typed through the API that the list does not offer; it stays selected.
    known_country: bool,
}

/// The partners typed so far and `blanks` blank partners to add (a joint offer without JavaScript).
pub fn partner_rows(content: &OfferInput, blanks: usize) -> Vec<PartnerRow> {
    let mut rows: Vec<PartnerRow> = content
        .partners
        .iter()
        .enumerate()
        .map(|(i, p)| PartnerRow {
            i,
            no: i + 1,
            name: p.name.clone(),
            country: p.country.trim().to_uppercase(),
            registration_number: p.registration_number.clone(),
            address: p.address.clone(),
            scope: p.scope.clone(),
            cost_share: p.cost_share.clone(),
            blank: false,
            known_country: COUNTRIES.contains(&p.country.trim().to_uppercase().as_str()),
        })
        .collect();
    for i in rows.len()..rows.len() + blanks {
        rows.push(PartnerRow {
            i,
            no: i + 1,
            country: "PL".into(),
            blank: true,
            known_country: true,
            ..PartnerRow::default()
        });
    }
    rows
}

#[derive(Serialize, Default)]
pub struct ScheduleRow {
    i: usize,
    no: usize,
    name: String,
    start: String,
    end: String,
    performer: String,
}

/// The schedule's rows, and blank ones to add actions without JavaScript.
pub fn schedule_rows(content: &OfferInput, blanks: usize) -> Vec<ScheduleRow> {
    let mut schedule: Vec<ScheduleRow> = content
        .schedule
        .iter()
        .enumerate()
        .map(|(i, a)| ScheduleRow {
            i,
            no: i + 1,
            name: a.name.clone(),
            start: date_text(a.start),
            end: date_text(a.end),
            performer: a.performer.clone(),
        })
        .collect();
    for extra in 0..blanks {
        let i = content.schedule.len() + extra;
        schedule.push(ScheduleRow {
            i,
            no: i + 1,
            ..ScheduleRow::default()
        });
    }
    schedule
}

#[derive(Serialize, Default)]
pub struct ResultRow {
    i: usize,
    no: usize,
    name: String,
    planned_value: String,
    monitoring: String,
}

/// The expected results' rows, and blank ones to add results.
pub fn result_rows(content: &OfferInput, blanks: usize) -> Vec<ResultRow> {
    let mut results: Vec<ResultRow> = content
        .results
        .iter()
        .enumerate()
        .map(|(i, r)| ResultRow {
            i,
            no: i + 1,
            name: r.name.clone(),
            planned_value: r.planned_value.clone(),
            monitoring: r.monitoring.clone(),
        })
        .collect();
    for extra in 0..blanks {
        let i = content.results.len() + extra;
        results.push(ResultRow {
            i,
            no: i + 1,
            ..ResultRow::default()
        });
    }
    results
}
