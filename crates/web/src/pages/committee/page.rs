//! The clerk's committee page, built section by section: the members (kind, declaration,
//! exclusions, assigned offers), the offers that need reassigning, the appointment form, the
//! evaluation rules, the assignment forms and the assignment history.

use crate::pages::form::FieldError;
use crate::pages::guard::SignedIn;
use crate::pages::layout::render;
use crate::pages::respond::PageError;
use crate::pages::texts::text;
use crate::AppState;
use axum::http::StatusCode;
use axum::response::Response;
use granty_domain::evaluation::settings_form::SettingsForm;
use granty_domain::evaluation::{MemberKind, NoNgoReason};
use granty_domain::Language;
use granty_i18n::format::minute;
use granty_store::evaluation::overview::{Choice, MemberView};
use granty_store::evaluation::{self, Overview};
use serde::Serialize;
use std::collections::BTreeMap;

/// What the page shows besides the committee: a notice, problems of a form, the offers an
/// assignment left short, and the settings as posted when they were refused.
#[derive(Default)]
pub struct Outcome {
    pub notice: Option<&'static str>,
    pub errors: Vec<FieldError>,
    pub short: Vec<i64>,
    pub posted_settings: Option<SettingsForm>,
}

#[derive(Serialize)]
struct CommitteePage {
    call_id: i64,
    call_title: String,
    notice: Option<&'static str>,
    errors: Vec<FieldError>,
    members: Vec<MemberRow>,
    scoring_members: Vec<Choice>,
    offers: Vec<Choice>,
    needs_reassignment: Vec<String>,
    short: Vec<String>,
    history: Vec<HistoryRow>,
    evaluators: Vec<Choice>,
    organisations: Vec<Choice>,
    kinds: Vec<Labelled>,
    reasons: Vec<Labelled>,
    settings: SettingsForm,
    lock_version: Option<i32>,
}

#[derive(Serialize)]
struct MemberRow {
    id: i64,
    name: String,
    email: String,
    kind: &'static str,
    nominated_by: String,
    scores: bool,
    declared: Option<String>,
    exclusions: Vec<String>,
    assigned: Vec<String>,
    removed: bool,
    removed_reason: String,
}

#[derive(Serialize)]
struct HistoryRow {
    offer: String,
    member: String,
    assigned: String,
    ended: Option<String>,
    reason: String,
}

#[derive(Serialize)]
struct Labelled {
    code: &'static str,
    label: &'static str,
}

/// Renders the page for the staff of the call's town.
pub async fn committee_page(
    state: &AppState,
    signed: &SignedIn,
    call_id: i64,
    status: StatusCode,
    outcome: Outcome,
) -> Result<Response, PageError> {
    let o = evaluation::overview(&state.db, &signed.actor, call_id).await?;
    let titles: BTreeMap<i64, String> = o.offers.iter().map(|f| (f.id, f.title.clone())).collect();
    let title_of = |id: &i64| titles.get(id).cloned().unwrap_or_else(|| format!("#{id}"));
    let people: BTreeMap<i64, String> = o
        .members
        .iter()
        .map(|m| (m.user_id, m.name.clone()))
        .collect();
    let page = CommitteePage {
        call_id,
        call_title: o.call.terms.title.clone(),
        notice: outcome.notice,
        errors: outcome.errors,
        members: members(&o.members, &title_of, signed),
        scoring_members: scoring_members(&o.members),
        offers: o
            .offers
            .iter()
            .map(|f| Choice {
                id: f.id,
                name: format!("{} ({})", f.title, f.organisation_name),
            })
            .collect(),
        needs_reassignment: o.needs_reassignment.iter().map(title_of).collect(),
        short: outcome.short.iter().map(title_of).collect(),
        history: history(&o, &title_of, &people, signed),
        kinds: kinds(signed.lang),
        reasons: reasons(signed.lang),
        settings: outcome
            .posted_settings
            .unwrap_or_else(|| settings_form(&o, signed)),
        lock_version: o.settings_row.as_ref().map(|r| r.lock_version),
        evaluators: o.evaluators,
        organisations: o.organisations,
    };
    render(status, "clerk_committee.html", &signed.frame, &page)
}

fn members(
    members: &[MemberView],
    title_of: &impl Fn(&i64) -> String,
    signed: &SignedIn,
) -> Vec<MemberRow> {
    let (zone, lang) = (signed.zone(), signed.lang);
    members
        .iter()
        .map(|m| MemberRow {
            id: m.id,
            name: m.name.clone(),
            email: m.email.clone(),
            kind: kind_label(&m.kind, lang),
            nominated_by: m.nominated_by.clone(),
            scores: m.scores,
            declared: m.declared_at.map(|at| minute(at, zone, lang)),
            exclusions: m.excluded_from.iter().map(title_of).collect(),
            assigned: m.assigned.iter().map(title_of).collect(),
            removed: m.removed_at.is_some(),
            removed_reason: m.removed_reason.clone().unwrap_or_default(),
        })
        .collect()
}

fn scoring_members(members: &[MemberView]) -> Vec<Choice> {
    members
        .iter()
        .filter(|m| m.removed_at.is_none() && m.scores)
        .map(|m| Choice {
            id: m.user_id,
            name: m.name.clone(),
        })
        .collect()
}

fn history(
    o: &Overview,
    title_of: &impl Fn(&i64) -> String,
    people: &BTreeMap<i64, String>,
    signed: &SignedIn,
) -> Vec<HistoryRow> {
    let (zone, lang) = (signed.zone(), signed.lang);
    o.history
        .iter()
        .map(|a| HistoryRow {
            offer: title_of(&a.application_id),
            member: people.get(&a.user_id).cloned().unwrap_or_default(),
            assigned: minute(a.assigned_at, zone, lang),
            ended: a.ended_at.map(|at| minute(at, zone, lang)),
            reason: match a.end_reason.as_deref() {
                Some(evaluation::declaration::DECLARED_TIE) => {
                    text(lang, "end_reason_declared_tie").to_string()
                }
                other => other.unwrap_or_default().to_string(),
            },
        })
        .collect()
}

fn kind_label(code: &str, lang: Language) -> &'static str {
    match MemberKind::parse(code) {
        Some(kind) => text(lang, &format!("member_kind_{}", kind.code())),
        None => "?",
    }
}

fn kinds(lang: Language) -> Vec<Labelled> {
    MemberKind::ALL
        .iter()
        .map(|k| Labelled {
            code: k.code(),
            label: kind_label(k.code(), lang),
        })
        .collect()
}

fn reasons(lang: Language) -> Vec<Labelled> {
    NoNgoReason::ALL
        .iter()
        .map(|r| Labelled {
            code: r.code(),
            label: text(lang, &format!("no_ngo_reason_{}", r.code())),
        })
        .collect()
}

/// The stored settings as the form's texts.
fn settings_form(o: &Overview, signed: &SignedIn) -> SettingsForm {
    let s = &o.settings;
    let row = o.settings_row.as_ref();
    let deadline = row.and_then(|r| r.scoring_deadline).map(|at| {
        at.with_timezone(&signed.zone())
            .format("%Y-%m-%dT%H:%M")
            .to_string()
    });
    let codes: Vec<String> = s.tie_breakers.iter().map(|b| b.code()).collect();
    SettingsForm {
        half_points: s.half_points,
        min_justification_chars: s.min_justification_chars.to_string(),
        min_total: s
            .min_total_centi
            .map(|c| granty_domain::money::decimal_string(c as i64))
            .unwrap_or_default(),
        divergence_percent: (s.divergence_bp / 100).to_string(),
        per_offer: s.per_offer.map(|n| n.to_string()).unwrap_or_default(),
        scoring_deadline: deadline.unwrap_or_default(),
        tie_breakers: codes.join(", "),
        no_ngo_reason: row
            .and_then(|r| r.no_ngo_reason.clone())
            .unwrap_or_default(),
    }
}
