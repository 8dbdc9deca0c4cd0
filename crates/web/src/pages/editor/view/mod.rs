//! The offer editor's page: the working copy laid out as sections and rows (blank rows to add
//! lines), every value and sum computed from what is on screen, and each problem tied to its
//! field. Each section is built in its own module; this one puts the page together.

mod costs;
mod declarations;
mod inputs;
mod rows;
mod summary;

pub use summary::{problems, Problem};

use crate::pages::editor::award_update::UpdateBox;
use crate::pages::editor::form::BlankRows;
use crate::pages::guard::SignedIn;
use crate::pages::layout::{render, render_fragment};
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
use granty_domain::offer::{check_offer, compute_costs, OfferInput, TITLE_MAX_CHARS};
use granty_domain::{Language, Violations};
use granty_i18n::format::last_moment;
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
    /// The award waits for its updated estimate: the box and the button that files it.
    update: Option<UpdateBox>,
    notice: Option<String>,
    #[serde(flatten)]
    summary: Summary,
    /// The domain's limit on the title's length, shown beside it and held by the input.
    title_max: usize,
    /// A draft never submitted, which its applicant may delete.
    deletable: bool,
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

/// The summary above the form: progress while writing, every problem once asked to submit.
#[derive(Serialize)]
pub struct Summary {
    /// The applicant asked to submit (the review's links lead back with `?check=1`).
    check: bool,
    problems: Vec<Problem>,
    progress: Vec<summary::Progress>,
}

/// The summary of `content` and, per input, the message shown next to it.
pub fn summary(
    detail: &ApplicationDetail,
    content: &OfferInput,
    check: bool,
    lang: Language,
) -> (Summary, BTreeMap<String, String>) {
    let found = violations(detail, content);
    let (problems, errors) = problems(&found, check, lang);
    let progress = summary::progress(content, &found, lang);
    let summary = Summary {
        check,
        problems,
        progress,
    };
    (summary, errors)
}

/// The summary as the page shows it, for the autosave's answer (the script swaps it in).
pub fn summary_html(signed: &SignedIn, summary: &Summary) -> Result<String, PageError> {
    render_fragment("editor_summary.html", &signed.frame, summary)
}

/// How the editor is shown beyond the offer itself.
pub struct Shown {
    pub notice: Option<String>,
    pub status: StatusCode,
    /// The applicant asked to submit: show every problem, not progress.
    pub check: bool,
    pub blanks: BlankRows,
    /// Why the last upload, replacement or removal did not happen, shown at the attachments.
    pub attachment_error: Option<String>,
    pub update: Option<UpdateBox>,
    /// What the store refused when the update was filed (its own rules), shown at the fields.
    pub refused: Violations,
}

impl Shown {
    pub fn new(check: bool) -> Shown {
        Shown {
            notice: None,
            status: StatusCode::OK,
            check,
            blanks: BlankRows::default(),
            attachment_error: None,
            update: None,
            refused: Violations::new(),
        }
    }
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
        "row_added": text(lang, "editor_row_added"),
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
    shown: Shown,
) -> Result<Response, PageError> {
    let status = shown.status;
    let page = build(signed, detail, content, version, shown);
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
    let mut shown = Shown::new(false);
    (shown.status, shown.attachment_error) = (status, error);
    editor_page(signed, detail, content, version, shown)
}

fn build(
    signed: &SignedIn,
    detail: &ApplicationDetail,
    content: &OfferInput,
    version: i32,
    shown: Shown,
) -> EditorPage {
    let (lang, zone) = (signed.lang, signed.zone());
    let terms = &detail.call.terms;
    let (costs_summary, _) = compute_costs(content, terms.budget.currency);
    let (mut summary_box, mut errors) = self::summary(detail, content, shown.check, lang);
    // The store checks the offer's rules again: only what the page did not find itself is new.
    let (refused, _) = problems(&shown.refused, true, lang);
    for p in refused {
        if !errors.contains_key(&p.anchor) {
            errors.insert(p.anchor.clone(), p.message.clone());
            summary_box.problems.push(p);
        }
    }
    let blanks = shown.blanks;
    let (years, costs) = cost_rows(content, &costs_summary, blanks.costs, lang);
    let (arrears, checks) = declaration_rows(&content.declarations, lang);
    EditorPage {
        a: Head {
            id: detail.record.id,
            version,
            call_title: terms.title.clone(),
            deadline: last_moment(terms.deadline, zone, lang),
        },
        correction: correction(detail, zone, lang),
        update: shown.update,
        notice: shown.notice,
        summary: summary_box,
        title_max: TITLE_MAX_CHARS,
        deletable: detail.record.state == ApplicationState::Draft && detail.versions.is_empty(),
        files: attachment_list(detail, detail.editable, zone, lang),
        attachment_error: shown.attachment_error,
        kinds: attachment_kinds(detail, lang),
        upload_csrf: signed.csrf(),
        autosave_words: autosave_words(lang),
        errors,
        applicant: applicant_facts(&detail.applicant, lang),
        organisation_id: detail.applicant.id,
        contact: inputs::contact(content, lang),
        partners: partner_rows(content, blanks.partners),
        countries: countries(lang),
        representation: content.representation.clone(),
        years,
        grant_part_per_line: terms.grant_part_per_line,
        limits: limits(terms, lang),
        task: inputs::task(content, lang),
        profile: inputs::profile(content, lang),
        other: inputs::other(content, lang),
        schedule: schedule_rows(content, blanks.schedule),
        results: result_rows(content, blanks.results),
        costs,
        sources: inputs::sources(content, detail.rules.other_public_funds, lang),
        totals: totals(&costs_summary, content, lang),
        d: declaration_values(&content.declarations),
        arrears,
        checks,
    }
}
