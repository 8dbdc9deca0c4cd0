//! The offer editor without JavaScript: one form in sections, blank rows to add lines, every
//! value and sum computed by the server on save, problems listed with links to their fields, a
//! review page before submission, and the receipt.

use super::editor_form::{Posted, BLANK_ROWS};
use super::ngo::{signed_in, Signed};
use super::render;
use super::session::{same, session_csrf, Cookies, PageLanguage};
use super::texts::text;
use crate::AppState;
use axum::extract::{Form, Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use granty_domain::format::{instant, messages::message, money, percent};
use granty_domain::offer::{compute_costs, CostCategory, CostSummary, OfferInput};
use granty_domain::{Language, Violations};
use granty_store::applications::{self, ApplicationDetail, DraftChanges};
use granty_store::StoreError;
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
struct Problem {
    anchor: String,
    message: String,
}

fn problems(v: &Violations, lang: Language) -> (Vec<Problem>, BTreeMap<String, String>) {
    let list: Vec<Problem> = v
        .iter()
        .map(|p| Problem {
            anchor: anchor(&p.field),
            message: message(&p.rule, lang),
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
struct Input {
    name: String,
    anchor: String,
    label: &'static str,
    kind: &'static str,
    value: String,
}

#[derive(Serialize)]
pub(super) struct Total {
    /// Stable across saves, so the autosave script finds the row even when rows come and go.
    key: String,
    label: String,
    value: String,
}

pub(super) fn totals(s: &CostSummary, content: &OfferInput, lang: Language) -> Vec<Total> {
    let row = |key: &'static str, value| Total {
        key: key.to_string(),
        label: text(lang, key).to_string(),
        value,
    };
    let mut rows = vec![
        row("total_costs", money(s.total_costs, lang)),
        row(
            "admin_costs",
            format!(
                "{} ({})",
                money(s.admin_costs, lang),
                percent(s.admin_share, lang)
            ),
        ),
        row(
            "requested_grant",
            format!(
                "{} ({})",
                money(s.requested_grant, lang),
                percent(s.grant_share, lang)
            ),
        ),
        row(
            "own_contribution_actual",
            format!(
                "{} ({})",
                money(s.own_contribution, lang),
                percent(s.own_contribution_share, lang)
            ),
        ),
        row("sources_total", money(s.total_sources, lang)),
    ];
    if s.years.len() > 1 {
        for (year, total) in s.years.iter().zip(&s.year_totals) {
            rows.push(Total {
                key: format!("year-{year}"),
                label: format!("{} {year}", text(lang, "costs_in_year")),
                value: money(*total, lang),
            });
        }
    }
    if !content.partners.is_empty() {
        rows.push(row("applicant_share", money(s.applicant_share, lang)));
        for (i, (partner, share)) in content.partners.iter().zip(&s.partner_shares).enumerate() {
            let name = match partner.name.trim() {
                "" => format!("{} {}", text(lang, "partner"), i + 1),
                name => name.to_string(),
            };
            rows.push(Total {
                key: format!("partner-{i}"),
                label: format!("{}: {name}", text(lang, "partner_share")),
                value: money(*share, lang),
            });
        }
    }
    rows
}

/// The call's money rules, shown next to the sums they limit.
fn limits(terms: &granty_domain::call::CallTerms, lang: Language) -> Vec<Total> {
    let row = |key: &'static str, value| Total {
        key: key.to_string(),
        label: text(lang, key).to_string(),
        value,
    };
    let rule = terms.own_contribution;
    let mut rows = vec![row(
        "limit_grant",
        format!(
            "{}\u{a0}– {}",
            money(terms.min_grant, lang),
            money(terms.max_grant, lang)
        ),
    )];
    if rule.min_total.basis_points() != 0 {
        rows.push(row("limit_own_contribution", percent(rule.min_total, lang)));
    }
    if rule.min_financial.basis_points() != 0 {
        rows.push(row(
            "limit_own_financial",
            percent(rule.min_financial, lang),
        ));
    }
    if rule.min_non_financial.basis_points() != 0 {
        rows.push(row(
            "limit_own_non_financial",
            percent(rule.min_non_financial, lang),
        ));
    }
    if let Some(cap) = terms.admin_cost_cap {
        rows.push(row("limit_admin_costs", percent(cap, lang)));
    }
    rows
}

/// Countries offered for a partner; the neighbours Granty's towns work with.
const COUNTRIES: &[&str] = &["PL", "CZ", "SK", "UA", "DE", "LT"];

#[derive(Serialize)]
pub(super) struct Fact {
    pub label: &'static str,
    pub value: String,
}

/// The applicant's data from its profile (section II), shown read-only with a link to edit it.
pub(super) fn applicant_facts(
    o: &granty_store::organisations::OrganisationView,
    lang: Language,
) -> Vec<Fact> {
    let fact = |key, value: String| Fact {
        label: text(lang, key),
        value,
    };
    let mut facts = vec![fact("org_name", o.name.clone()), fact("nip", o.nip.clone())];
    if let Some(krs) = &o.krs {
        facts.push(fact("krs", krs.clone()));
    }
    facts.push(fact(
        "address",
        format!("{}, {} {}", o.street, o.postal_code, o.city),
    ));
    let representatives: Vec<String> = o
        .representatives
        .iter()
        .map(|r| format!("{} ({})", r.name, r.function))
        .collect();
    if !representatives.is_empty() {
        facts.push(fact("representatives", representatives.join(", ")));
    }
    facts
}

#[derive(Serialize)]
struct PartnerRow {
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

/// The partners typed so far and one blank partner to add (a joint offer without JavaScript).
fn partner_rows(content: &OfferInput) -> Vec<PartnerRow> {
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
    let i = rows.len();
    rows.push(PartnerRow {
        i,
        no: i + 1,
        name: String::new(),
        country: "PL".into(),
        registration_number: String::new(),
        address: String::new(),
        scope: String::new(),
        cost_share: String::new(),
        blank: true,
        known_country: true,
    });
    rows
}

fn date_text(d: Option<chrono::NaiveDate>) -> String {
    d.map(|d| d.format("%Y-%m-%d").to_string())
        .unwrap_or_default()
}

fn editor_page(
    signed: &Signed,
    detail: &ApplicationDetail,
    content: &OfferInput,
    version: i32,
    notice: Option<String>,
    status: StatusCode,
) -> Response {
    let lang = signed.lang;
    let zone = signed.actor.tenant.time_zone;
    let currency = detail.call.terms.budget.currency;
    // Values shown are computed from what is on screen, which may be newer than what is stored.
    let (summary, _) = compute_costs(content, currency);
    let ctx = granty_domain::offer::OfferContext {
        call: &detail.call.terms,
        applicant_form: serde_json::from_value(serde_json::Value::String(
            detail.applicant.legal_form.clone(),
        ))
        .unwrap_or(granty_domain::organisation::LegalForm::Other),
        attachment_codes: detail.attachments.iter().map(|a| a.kind.clone()).collect(),
        applicant_nip: detail.applicant.nip.clone(),
    };
    let (_, violations) = granty_domain::offer::check_offer(content, &ctx);
    let (problem_list, errors) = problems(&violations, lang);
    let field = |name: &str, label, kind, value: String| Input {
        name: name.into(),
        anchor: anchor(name),
        label: text(lang, label),
        kind,
        value,
    };
    let task = vec![
        field("title", "offer_title", "text", content.title.clone()),
        field("place", "place", "text", content.place.clone()),
        field(
            "target_group",
            "target_group",
            "text",
            content.target_group.clone(),
        ),
        field("summary", "summary", "textarea", content.summary.clone()),
        field(
            "start_date",
            "start_date",
            "date",
            date_text(content.start_date),
        ),
        field("end_date", "end_date", "date", date_text(content.end_date)),
    ];
    let contact = vec![
        field(
            "contact.name",
            "contact_name",
            "text",
            content.contact.name.clone(),
        ),
        field(
            "contact.phone",
            "contact_phone",
            "tel",
            content.contact.phone.clone(),
        ),
        field(
            "contact.email",
            "contact_email",
            "email",
            content.contact.email.clone(),
        ),
    ];
    let profile = vec![
        field(
            "previous_activity",
            "previous_activity",
            "textarea",
            content.previous_activity.clone(),
        ),
        field(
            "resources",
            "resources",
            "textarea",
            content.resources.clone(),
        ),
    ];
    let other = vec![field(
        "other_information",
        "other_information",
        "textarea",
        content.other_information.clone(),
    )];
    let applicant = applicant_facts(&detail.applicant, lang);
    let partners = partner_rows(content);
    #[derive(Serialize)]
    struct ScheduleRow {
        i: usize,
        no: usize,
        name: String,
        start: String,
        end: String,
        performer: String,
    }
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
    for extra in 0..BLANK_ROWS {
        let i = content.schedule.len() + extra;
        schedule.push(ScheduleRow {
            i,
            no: i + 1,
            name: String::new(),
            start: String::new(),
            end: String::new(),
            performer: String::new(),
        });
    }
    #[derive(Serialize)]
    struct ResultRow {
        i: usize,
        no: usize,
        name: String,
        planned_value: String,
        monitoring: String,
    }
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
    for extra in 0..BLANK_ROWS {
        let i = content.results.len() + extra;
        results.push(ResultRow {
            i,
            no: i + 1,
            name: String::new(),
            planned_value: String::new(),
            monitoring: String::new(),
        });
    }
    #[derive(Serialize)]
    struct CostRow {
        i: usize,
        no: usize,
        number: String,
        category: &'static str,
        action_no: String,
        name: String,
        unit: String,
        unit_cost: String,
        quantity: String,
        value: String,
        grant_part: String,
        /// One cell per year of a multi-year task.
        year_values: Vec<YearCell>,
    }
    #[derive(Serialize)]
    struct YearCell {
        y: usize,
        year: i32,
        value: String,
    }
    // Years come from the dates on screen; a one-year task has no columns to fill.
    let years: Vec<i32> = if summary.years.len() > 1 {
        summary.years.clone()
    } else {
        vec![]
    };
    let year_cells = |typed: &[String]| -> Vec<YearCell> {
        years
            .iter()
            .enumerate()
            .map(|(y, year)| YearCell {
                y,
                year: *year,
                value: typed.get(y).cloned().unwrap_or_default(),
            })
            .collect()
    };
    let mut costs: Vec<CostRow> = content
        .costs
        .iter()
        .enumerate()
        .map(|(i, c)| {
            let computed = summary.lines.get(i);
            CostRow {
                i,
                no: i + 1,
                number: computed.map(|l| l.number.clone()).unwrap_or_default(),
                category: if c.category == CostCategory::Administrative {
                    "administrative"
                } else {
                    "action"
                },
                action_no: c.action_no.map(|n| n.to_string()).unwrap_or_default(),
                name: c.name.clone(),
                unit: c.unit.clone(),
                unit_cost: c.unit_cost.clone(),
                quantity: c.quantity.clone(),
                value: computed.map(|l| money(l.value, lang)).unwrap_or_default(),
                grant_part: c.grant_part.clone(),
                year_values: year_cells(&c.year_values),
            }
        })
        .collect();
    for extra in 0..BLANK_ROWS + 1 {
        let i = content.costs.len() + extra;
        costs.push(CostRow {
            i,
            no: i + 1,
            number: String::new(),
            category: "action",
            action_no: String::new(),
            name: String::new(),
            unit: String::new(),
            unit_cost: String::new(),
            quantity: String::new(),
            value: String::new(),
            grant_part: String::new(),
            year_values: year_cells(&[]),
        });
    }
    let s = &content.sources;
    let sources = vec![
        field(
            "sources.requested_grant",
            "requested_grant",
            "text",
            s.requested_grant.clone(),
        ),
        field(
            "sources.own_financial",
            "own_financial",
            "text",
            s.own_financial.clone(),
        ),
        field(
            "sources.own_personal",
            "own_personal",
            "text",
            s.own_personal.clone(),
        ),
        field(
            "sources.own_in_kind",
            "own_in_kind",
            "text",
            s.own_in_kind.clone(),
        ),
        field(
            "sources.participant_fees",
            "participant_fees",
            "text",
            s.participant_fees.clone(),
        ),
        field(
            "sources.other_public_funds",
            "other_public_funds",
            "text",
            s.other_public_funds.clone(),
        ),
    ];
    let d = &content.declarations;
    #[derive(Serialize)]
    struct Question {
        name: &'static str,
        label: &'static str,
        value: &'static str,
    }
    let yes_no = |v: Option<bool>| match v {
        Some(true) => "yes",
        Some(false) => "no",
        None => "",
    };
    let arrears = vec![
        Question {
            name: "no_tax_arrears",
            label: text(lang, "tax_arrears"),
            value: yes_no(d.no_tax_arrears),
        },
        Question {
            name: "no_social_security_arrears",
            label: text(lang, "zus_arrears"),
            value: yes_no(d.no_social_security_arrears),
        },
    ];
    #[derive(Serialize)]
    struct Check {
        name: &'static str,
        label: &'static str,
        checked: bool,
    }
    let checks = vec![
        Check {
            name: "public_benefit_only",
            label: text(lang, "decl_public_benefit_only"),
            checked: d.public_benefit_only,
        },
        Check {
            name: "fees_only_in_paid_activity",
            label: text(lang, "decl_fees"),
            checked: d.fees_only_in_paid_activity,
        },
        Check {
            name: "register_data_consistent",
            label: text(lang, "decl_register"),
            checked: d.register_data_consistent,
        },
        Check {
            name: "information_true",
            label: text(lang, "decl_true"),
            checked: d.information_true,
        },
        Check {
            name: "gdpr_statements_obtained",
            label: text(lang, "decl_gdpr"),
            checked: d.gdpr_statements_obtained,
        },
    ];
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
    }
    #[derive(Serialize)]
    struct DeclarationValues {
        remuneration: &'static str,
    }
    #[derive(Serialize)]
    struct Page {
        a: Head,
        correction: Option<Correction>,
        notice: Option<String>,
        problems: Vec<Problem>,
        attachments: Vec<String>,
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
    let page = Page {
        a: Head {
            id: detail.record.id,
            version,
            call_title: detail.call.terms.title.clone(),
            deadline: instant(detail.call.terms.deadline, zone, lang),
        },
        correction: (detail.record.state
            == granty_domain::application::ApplicationState::NeedsCorrection)
            .then(|| Correction {
                due: detail
                    .record
                    .correction_due_at
                    .map(|due| granty_domain::format::last_moment(due, zone, lang))
                    .unwrap_or_default(),
                deficiencies: detail
                    .formal_checks
                    .last()
                    .map(|c| c.deficiencies.clone())
                    .unwrap_or_default(),
            }),
        notice,
        problems: problem_list,
        attachments: detail
            .attachments
            .iter()
            .map(|a| format!("{} — {}", a.kind, a.file_name))
            .collect(),
        kinds: detail
            .call
            .terms
            .required_attachments
            .iter()
            .map(|r| (r.code.clone(), r.name.clone()))
            .chain(std::iter::once((
                "inne".to_string(),
                text(lang, "other_attachment").to_string(),
            )))
            .collect(),
        upload_csrf: session_csrf(&signed.token),
        autosave_words: serde_json::json!({
            "saved": text(lang, "autosaved"),
            "offline": text(lang, "autosave_offline"),
            "stale": text(lang, "autosave_stale"),
            "years_changed": text(lang, "years_changed"),
        })
        .to_string(),
        errors,
        applicant,
        organisation_id: detail.applicant.id,
        contact,
        partners,
        countries: COUNTRIES
            .iter()
            .map(|code| {
                (
                    *code,
                    text(lang, &format!("country_{}", code.to_lowercase())),
                )
            })
            .collect(),
        representation: content.representation.clone(),
        years,
        grant_part_per_line: detail.call.terms.grant_part_per_line,
        limits: limits(&detail.call.terms, lang),
        task,
        profile,
        other,
        schedule,
        results,
        costs,
        sources,
        totals: totals(&summary, content, lang),
        d: DeclarationValues {
            remuneration: match d.remuneration {
                Some(granty_domain::offer::Remuneration::Paid) => "paid",
                Some(granty_domain::offer::Remuneration::Unpaid) => "unpaid",
                None => "",
            },
        },
        arrears,
        checks,
    };
    render(status, "editor.html", &signed.frame, &page)
}

async fn load(state: &AppState, signed: &Signed, id: i64) -> Result<ApplicationDetail, Response> {
    match applications::get(&state.db, &signed.actor, id).await {
        Ok(detail) => Ok(detail),
        Err(StoreError::NotFound) | Err(StoreError::Forbidden) => {
            Err(super::public::not_found_page(signed.lang))
        }
        Err(error) => {
            tracing::error!(?error, "loading an application");
            Err(StatusCode::INTERNAL_SERVER_ERROR.into_response())
        }
    }
}

pub async fn edit(
    State(state): State<AppState>,
    cookies: Cookies,
    language: PageLanguage,
    Path(id): Path<i64>,
) -> Response {
    let signed = match signed_in(
        &state,
        &cookies,
        &language,
        &format!("/applications/{id}/edit"),
    )
    .await
    {
        Ok(signed) => signed,
        Err(response) => return response,
    };
    let detail = match load(&state, &signed, id).await {
        Ok(detail) => detail,
        Err(response) => return response,
    };
    if !detail.editable {
        return Redirect::to(&format!("/applications/{id}/receipt")).into_response();
    }
    editor_page(
        &signed,
        &detail,
        &detail.record.content,
        detail.record.version,
        None,
        StatusCode::OK,
    )
}

pub async fn save(
    State(state): State<AppState>,
    cookies: Cookies,
    language: PageLanguage,
    Path(id): Path<i64>,
    Form(pairs): Form<Vec<(String, String)>>,
) -> Response {
    let signed = match signed_in(
        &state,
        &cookies,
        &language,
        &format!("/applications/{id}/edit"),
    )
    .await
    {
        Ok(signed) => signed,
        Err(response) => return response,
    };
    let mut posted = Posted::new(pairs);
    if !same(&session_csrf(&signed.token), &posted.get("csrf")) {
        return StatusCode::FORBIDDEN.into_response();
    }
    if let Some((table, index)) = posted.removal() {
        posted = posted.without_row(table, index);
    }
    let content = posted.offer();
    let version: i32 = posted.get("version").parse().unwrap_or(0);
    let saved = applications::save_draft(
        &state.db,
        &signed.actor,
        id,
        version,
        DraftChanges {
            content: Some(content.clone()),
            partners: None,
        },
        state.clock.now(),
    )
    .await;
    let detail = match load(&state, &signed, id).await {
        Ok(detail) => detail,
        Err(response) => return response,
    };
    match saved {
        Ok(()) if posted.get("action") == "review" => {
            Redirect::to(&format!("/applications/{id}/review")).into_response()
        }
        Ok(()) => editor_page(
            &signed,
            &detail,
            &detail.record.content,
            detail.record.version,
            Some(text(signed.lang, "saved").to_string()),
            StatusCode::OK,
        ),
        // Someone saved in between: show this person's text against the newest version, so the
        // next save, made knowingly, wins.
        Err(StoreError::Stale { .. }) => editor_page(
            &signed,
            &detail,
            &content,
            detail.record.version,
            Some(text(signed.lang, "saved_elsewhere").to_string()),
            StatusCode::CONFLICT,
        ),
        Err(StoreError::Transition(_)) => {
            Redirect::to(&format!("/applications/{id}/receipt")).into_response()
        }
        Err(error) => {
            tracing::error!(?error, "saving a draft");
            StatusCode::INTERNAL_SERVER_ERROR.into_response()
        }
    }
}

pub async fn review(
    State(state): State<AppState>,
    cookies: Cookies,
    language: PageLanguage,
    Path(id): Path<i64>,
) -> Response {
    let signed = match signed_in(
        &state,
        &cookies,
        &language,
        &format!("/applications/{id}/review"),
    )
    .await
    {
        Ok(signed) => signed,
        Err(response) => return response,
    };
    review_page(&state, &signed, id, None, StatusCode::OK).await
}

/// The review page; `refusal` says why a submission was just refused (e.g. the deadline passed).
async fn review_page(
    state: &AppState,
    signed: &Signed,
    id: i64,
    refusal: Option<String>,
    status: StatusCode,
) -> Response {
    let detail = match load(state, signed, id).await {
        Ok(detail) => detail,
        Err(response) => return response,
    };
    let (list, _) = problems(&detail.problems, signed.lang);
    // Say before the click when the clock no longer allows a submission.
    let refusal = refusal.or_else(|| {
        let action = if detail.record.state
            == granty_domain::application::ApplicationState::NeedsCorrection
        {
            granty_domain::application::ApplicationAction::SubmitCorrection
        } else {
            granty_domain::application::ApplicationAction::Submit
        };
        let clock = granty_domain::application::Clock {
            now: state.clock.now(),
            call_opens_at: detail.call.terms.opens_at,
            call_deadline: detail.call.terms.deadline,
            correction_due: detail.record.correction_due_at,
        };
        match granty_domain::application::apply(
            detail.record.state,
            action,
            granty_domain::application::Actor::Applicant,
            &clock,
        ) {
            Err(
                error @ (granty_domain::application::TransitionError::DeadlinePassed { .. }
                | granty_domain::application::TransitionError::NotYetOpen { .. }
                | granty_domain::application::TransitionError::CorrectionPeriodOver {
                    ..
                }),
            ) => Some(crate::error::transition_detail(
                &error,
                signed.actor.tenant.time_zone,
                signed.lang,
            )),
            _ => None,
        }
    });
    #[derive(Serialize)]
    struct Page {
        id: i64,
        title: String,
        call_title: String,
        totals: Vec<Total>,
        problems: Vec<Problem>,
        refusal: Option<String>,
        editable: bool,
    }
    let page = Page {
        id,
        title: detail.record.content.title.clone(),
        call_title: detail.call.terms.title.clone(),
        totals: totals(&detail.summary, &detail.record.content, signed.lang),
        problems: list,
        refusal,
        editable: detail.editable,
    };
    render(status, "review.html", &signed.frame, &page)
}

pub async fn submit(
    State(state): State<AppState>,
    cookies: Cookies,
    language: PageLanguage,
    Path(id): Path<i64>,
    Form(pairs): Form<Vec<(String, String)>>,
) -> Response {
    let signed = match signed_in(
        &state,
        &cookies,
        &language,
        &format!("/applications/{id}/review"),
    )
    .await
    {
        Ok(signed) => signed,
        Err(response) => return response,
    };
    if !same(
        &session_csrf(&signed.token),
        &Posted::new(pairs).get("csrf"),
    ) {
        return StatusCode::FORBIDDEN.into_response();
    }
    match applications::submit(&state.db, &signed.actor, id, state.clock.now()).await {
        Ok(_) => Redirect::to(&format!("/applications/{id}/receipt")).into_response(),
        // Problems appeared since the review (e.g. an attachment was removed): show them.
        Err(StoreError::Invalid(_)) => {
            review_page(&state, &signed, id, None, StatusCode::UNPROCESSABLE_ENTITY).await
        }
        Err(StoreError::Transition(error)) => {
            let why =
                crate::error::transition_detail(&error, signed.actor.tenant.time_zone, signed.lang);
            review_page(&state, &signed, id, Some(why), StatusCode::CONFLICT).await
        }
        Err(error) => {
            tracing::error!(?error, "submitting");
            StatusCode::INTERNAL_SERVER_ERROR.into_response()
        }
    }
}

pub async fn receipt(
    State(state): State<AppState>,
    cookies: Cookies,
    language: PageLanguage,
    Path(id): Path<i64>,
) -> Response {
    let signed = match signed_in(
        &state,
        &cookies,
        &language,
        &format!("/applications/{id}/receipt"),
    )
    .await
    {
        Ok(signed) => signed,
        Err(response) => return response,
    };
    let detail = match load(&state, &signed, id).await {
        Ok(detail) => detail,
        Err(response) => return response,
    };
    let Some(version) = detail.versions.last() else {
        return Redirect::to(&format!("/applications/{id}/edit")).into_response();
    };
    #[derive(Serialize)]
    struct Receipt {
        number: String,
        title: String,
        call_title: String,
        submitted_at: String,
        sha: String,
    }
    #[derive(Serialize)]
    struct Page {
        r: Receipt,
        o: Option<super::offer_view::OfferView>,
    }
    let r = Receipt {
        number: version.receipt_number.clone(),
        title: detail.record.content.title.clone(),
        call_title: detail.call.terms.title.clone(),
        submitted_at: instant(
            version.submitted_at,
            signed.actor.tenant.time_zone,
            signed.lang,
        ),
        sha: version.content_sha256.clone(),
    };
    let o = super::offer_view::submitted_view(&detail, signed.lang);
    render(
        StatusCode::OK,
        "receipt.html",
        &signed.frame,
        &Page { r, o },
    )
}

pub async fn start(
    State(state): State<AppState>,
    cookies: Cookies,
    language: PageLanguage,
    Path(call_id): Path<i64>,
    Form(pairs): Form<Vec<(String, String)>>,
) -> Response {
    let signed = match signed_in(&state, &cookies, &language, "/dashboard").await {
        Ok(signed) => signed,
        Err(response) => return response,
    };
    let posted = Posted::new(pairs);
    if !same(&session_csrf(&signed.token), &posted.get("csrf")) {
        return StatusCode::FORBIDDEN.into_response();
    }
    let organisation: i64 = posted.get("organisation_id").parse().unwrap_or(0);
    match applications::create_draft(
        &state.db,
        &signed.actor,
        call_id,
        organisation,
        None,
        state.clock.now(),
    )
    .await
    {
        Ok(id) => Redirect::to(&format!("/applications/{id}/edit")).into_response(),
        Err(StoreError::NotFound) | Err(StoreError::Invalid(_)) | Err(StoreError::Forbidden) => {
            super::public::not_found_page(signed.lang)
        }
        Err(StoreError::Transition(_)) => Redirect::to("/dashboard").into_response(),
        Err(error) => {
            tracing::error!(?error, "starting an offer");
            StatusCode::INTERNAL_SERVER_ERROR.into_response()
        }
    }
}

#[derive(serde::Deserialize, Default)]
#[serde(default)]
pub struct UploadQuery {
    csrf: String,
}

pub async fn upload(
    State(state): State<AppState>,
    cookies: Cookies,
    language: PageLanguage,
    Path(id): Path<i64>,
    axum::extract::Query(query): axum::extract::Query<UploadQuery>,
    multipart: axum::extract::Multipart,
) -> Response {
    let signed = match signed_in(
        &state,
        &cookies,
        &language,
        &format!("/applications/{id}/edit"),
    )
    .await
    {
        Ok(signed) => signed,
        Err(response) => return response,
    };
    if !same(&session_csrf(&signed.token), &query.csrf) {
        return StatusCode::FORBIDDEN.into_response();
    }
    let outcome =
        crate::routes::attachments::store_upload(&state, &signed.actor, id, multipart).await;
    let detail = match load(&state, &signed, id).await {
        Ok(detail) => detail,
        Err(response) => return response,
    };
    match outcome {
        Ok(_) => Redirect::to(&format!("/applications/{id}/edit#attachments")).into_response(),
        Err(crate::error::ApiError::Invalid(v)) => {
            let text_of = v
                .iter()
                .map(|p| message(&p.rule, signed.lang))
                .collect::<Vec<_>>()
                .join(" ");
            editor_page(
                &signed,
                &detail,
                &detail.record.content,
                detail.record.version,
                Some(text_of),
                StatusCode::UNPROCESSABLE_ENTITY,
            )
        }
        Err(error) => {
            tracing::warn!(?error, "upload refused");
            editor_page(
                &signed,
                &detail,
                &detail.record.content,
                detail.record.version,
                Some(text(signed.lang, "form_expired").to_string()),
                StatusCode::CONFLICT,
            )
        }
    }
}

/// Autosave for the editor's script: saves the form as posted and answers with the new version
/// and the computed values, so totals update while typing. A stale version answers 409 with the
/// current one; nothing is overwritten.
pub async fn autosave(
    State(state): State<AppState>,
    cookies: Cookies,
    language: PageLanguage,
    Path(id): Path<i64>,
    Form(pairs): Form<Vec<(String, String)>>,
) -> Response {
    let signed = match signed_in(
        &state,
        &cookies,
        &language,
        &format!("/applications/{id}/edit"),
    )
    .await
    {
        Ok(signed) => signed,
        Err(_) => return StatusCode::UNAUTHORIZED.into_response(),
    };
    let posted = Posted::new(pairs);
    if !same(&session_csrf(&signed.token), &posted.get("csrf")) {
        return StatusCode::FORBIDDEN.into_response();
    }
    let content = posted.offer();
    let version: i32 = posted.get("version").parse().unwrap_or(0);
    let saved = applications::save_draft(
        &state.db,
        &signed.actor,
        id,
        version,
        DraftChanges {
            content: Some(content),
            partners: None,
        },
        state.clock.now(),
    )
    .await;
    let detail = match applications::get(&state.db, &signed.actor, id).await {
        Ok(detail) => detail,
        Err(_) => return StatusCode::NOT_FOUND.into_response(),
    };
    let lang = signed.lang;
    let s = &detail.summary;
    let body = serde_json::json!({
        "version": detail.record.version,
        "saved_at": instant(state.clock.now(), signed.actor.tenant.time_zone, lang),
        "lines": s.lines.iter().map(|l| money(l.value, lang)).collect::<Vec<_>>(),
        "numbers": s.lines.iter().map(|l| l.number.clone()).collect::<Vec<_>>(),
        "totals": totals(s, &detail.record.content, lang)
            .into_iter()
            .map(|t| (t.key, serde_json::Value::String(t.value)))
            .collect::<serde_json::Map<_, _>>(),
        "years": s.years.len(),
        "problems": detail.problems.0.len(),
    });
    let status = match saved {
        Ok(()) => StatusCode::OK,
        Err(StoreError::Stale { .. }) => StatusCode::CONFLICT,
        Err(_) => StatusCode::UNPROCESSABLE_ENTITY,
    };
    (status, axum::Json(body)).into_response()
}
