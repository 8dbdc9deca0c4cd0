//! The offer editor's page: the working copy laid out as sections and rows (blank rows to add
//! lines), every value and sum computed from what is on screen, and each problem tied to its
//! field. Each section is built in its own module; this one puts the page together.

mod costs;
mod declarations;
mod inputs;
mod rows;

use crate::pages::guard::SignedIn;
use crate::pages::layout::render;
use crate::pages::respond::PageError;
use crate::pages::texts::text;
use crate::pages::views::attachments::{attachment_list, kind_name, AttachmentList};
use crate::pages::views::offer::{applicant_facts, totals, Fact, Total};
use axum::http::StatusCode;
use axum::response::Response;
use chrono_tz::Tz;
use costs::{cost_rows, limits, CostRow};
use declarations::{declaration_rows, declaration_values, Check, DeclarationValues, Question};
use granty_domain::application::ApplicationState;
use granty_domain::offer::{check_offer, compute_costs, OfferInput};
use granty_domain::{Language, Violations};
use granty_i18n::format::{instant, last_moment};
use granty_i18n::rule_message;
use granty_store::applications::ApplicationDetail;
use inputs::Input;
use rows::{partner_rows, result_rows, schedule_rows, PartnerRow, ResultRow, ScheduleRow};
use serde::Serialize;
use std::collections::BTreeMap;

/// `costs[3].unit_cost` → `costs-3-unit_cost`, the id of the input it belongs to.
fn anchor(field: &str) -> String {
    field
        .replace("].", "-")
        .replace('[', "-")
        .replace(']', "")
        .replace('.', "-")
}

/// A problem in the error summary, linking to its input.
#[derive(Serialize)]
pub struct Problem {
    anchor: String,
    message: String,
}

/// The problems as the summary lists them, and the first message of each input.
pub fn problems(v: &Violations, lang: Language) -> (Vec<Problem>, BTreeMap<String, String>) {
    let list: Vec<Problem> = v
        .iter()
        .map(|p| Problem {
            anchor: anchor(&p.field),
            message: rule_message(&p.rule, lang),
        })
        .collect();
    let mut by_field = BTreeMap::new();
    for p in &list {
        by_field
            .entry(p.anchor.clone())
            .or_insert_with(|| p.message.clone());
    }
    (list, by_field)
}

#[derive(Serialize)]
struct Head {
    id: i64,
    version: i32,
    call_title: String,
    deadline: String,
}

/// What the office asked to correct, shown while the offer waits for its correction.
#[derive(Serialize)]
struct Correction {
    due: String,
    deficiencies: Vec<String>,
    /// Why the office asks, as the clerk wrote it; empty when no justification was given.
    justification: String,
}

#[derive(Serialize)]
struct EditorPage {
    a: Head,
    correction: Option<Correction>,
    notice: Option<String>,
    problems: Vec<Problem>,
    files: AttachmentList,
    /// Why the last upload, replacement or removal did not happen, shown at the attachments.
    attachment_error: Option<String>,
    kinds: Vec<(String, String)>,
    upload_csrf: String,
    /// JSON of this page's own words for the autosave script.
    autosave_words: String,
    errors: BTreeMap<String, String>,
    applicant: Vec<Fact>,
    organisation_id: i64,
    contact: Vec<Input>,
    partners: Vec<PartnerRow>,
    countries: Vec<(&'static str, &'static str)>,
    representation: String,
    years: Vec<i32>,
    grant_part_per_line: bool,
    limits: Vec<Total>,
    task: Vec<Input>,
    profile: Vec<Input>,
    other: Vec<Input>,
    schedule: Vec<ScheduleRow>,
    results: Vec<ResultRow>,
    costs: Vec<CostRow>,
    sources: Vec<Input>,
    totals: Vec<Total>,
    d: DeclarationValues,
    arrears: Vec<Question>,
    checks: Vec<Check>,
}

/// The domain's findings on what is on screen, which may be newer than what is stored.
fn violations(detail: &ApplicationDetail, content: &OfferInput) -> Violations {
    check_offer(content, &detail.offer_context()).1
}

fn correction(detail: &ApplicationDetail, zone: Tz, lang: Language) -> Option<Correction> {
    (detail.record.state == ApplicationState::NeedsCorrection).then(|| Correction {
        due: detail
            .record
            .correction_due_at
            .map(|due| last_moment(due, zone, lang))
            .unwrap_or_default(),
        deficiencies: detail
            .formal_checks
            .last()
            .map(|c| c.deficiencies.clone())
            .unwrap_or_default(),
        justification: detail
            .formal_checks
            .last()
            .map(|c| c.reason.clone())
            .unwrap_or_default(),
    })
}

/// The kinds an attachment may be uploaded as: the call's required ones, then "other", each in
/// the reader's language where the catalogue knows it.
fn attachment_kinds(detail: &ApplicationDetail, lang: Language) -> Vec<(String, String)> {
    let required = &detail.call.terms.required_attachments;
    required
        .iter()
        .map(|r| r.code.as_str())
        .chain(std::iter::once("inne"))
        .map(|code| (code.to_string(), kind_name(required, code, lang)))
        .collect()
}

fn autosave_words(lang: Language) -> String {
    serde_json::json!({
        "saved": text(lang, "autosaved"),
        "offline": text(lang, "autosave_offline"),
        "stale": text(lang, "autosave_stale"),
        "years_changed": text(lang, "years_changed"),
    })
    .to_string()
}

fn countries(lang: Language) -> Vec<(&'static str, &'static str)> {
    rows::COUNTRIES
        .iter()
        .map(|code| {
            (
                *code,
                text(lang, &format!("country_{}", code.to_lowercase())),
            )
        })
        .collect()
}

/// The editor with `content` (as stored, or as just posted) over the stored offer at `version`.
pub fn editor_page(
    signed: &SignedIn,
    detail: &ApplicationDetail,
    content: &OfferInput,
    version: i32,
    notice: Option<String>,
    status: StatusCode,
) -> Result<Response, PageError> {
    let page = build(signed, detail, content, version, notice);
    render(status, "editor.html", &signed.frame, &page)
}

/// The stored offer in the editor with why the last change to its attachments did not happen,
/// next to them.
pub fn editor_with_attachment_error(
    signed: &SignedIn,
    detail: &ApplicationDetail,
    (status, error): (StatusCode, Option<String>),
) -> Result<Response, PageError> {
    let (content, version) = (&detail.record.content, detail.record.version);
    let mut page = build(signed, detail, content, version, None);
    page.attachment_error = error;
    render(status, "editor.html", &signed.frame, &page)
}

fn build(
    signed: &SignedIn,
    detail: &ApplicationDetail,
    content: &OfferInput,
    version: i32,
    notice: Option<String>,
) -> EditorPage {
    let (lang, zone) = (signed.lang, signed.zone());
    let terms = &detail.call.terms;
    let (summary, _) = compute_costs(content, terms.budget.currency);
    let (problems, errors) = problems(&violations(detail, content), lang);
    let (years, costs) = cost_rows(content, &summary, lang);
    let (arrears, checks) = declaration_rows(&content.declarations, lang);
    EditorPage {
        a: Head {
            id: detail.record.id,
            version,
            call_title: terms.title.clone(),
            deadline: instant(terms.deadline, zone, lang),
        },
        correction: correction(detail, zone, lang),
        notice,
        problems,
        files: attachment_list(detail, detail.editable, zone, lang),
        attachment_error: None,
        kinds: attachment_kinds(detail, lang),
        upload_csrf: signed.csrf(),
        autosave_words: autosave_words(lang),
        errors,
        applicant: applicant_facts(&detail.applicant, lang),
        organisation_id: detail.applicant.id,
        contact: inputs::contact(content, lang),
        partners: partner_rows(content),
        countries: countries(lang),
        representation: content.representation.clone(),
        years,
        grant_part_per_line: terms.grant_part_per_line,
        limits: limits(terms, lang),
        task: inputs::task(content, lang),
        profile: inputs::profile(content, lang),
        other: inputs::other(content, lang),
        schedule: schedule_rows(content),
        results: result_rows(content),
        costs,
        sources: inputs::sources(content, detail.rules.other_public_funds, lang),
        totals: totals(&summary, content, lang),
        d: declaration_values(&content.declarations),
        arrears,
        checks,
    }
}
