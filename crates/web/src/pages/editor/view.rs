//! The offer editor's page: the working copy laid out as sections and rows (blank rows to add
//! lines), every value and sum computed from what is on screen, and each problem tied to its field.

use super::form::BLANK_ROWS;
use crate::pages::guard::SignedIn;
use crate::pages::layout::render;
use crate::pages::respond::PageError;
use crate::pages::texts::text;
use crate::pages::views::offer::{applicant_facts, totals, Fact, Total};
use axum::http::StatusCode;
use axum::response::Response;
use granty_domain::offer::{compute_costs, CostCategory, CostSummary, Declarations, OfferInput};
use granty_domain::{Language, Violations};
use granty_i18n::format::{instant, money, percent};
use granty_i18n::rule_message;
use granty_store::applications::ApplicationDetail;
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
pub struct Problem {
    anchor: String,
    message: String,
}

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
struct Input {
    name: String,
    anchor: String,
    label: &'static str,
    kind: &'static str,
    value: String,
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

#[derive(Serialize)]
struct ScheduleRow {
    i: usize,
    no: usize,
    name: String,
    start: String,
    end: String,
    performer: String,
}

/// The schedule's rows, and blank ones to add actions without JavaScript.
fn schedule_rows(content: &OfferInput) -> Vec<ScheduleRow> {
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
    schedule
}

#[derive(Serialize)]
struct ResultRow {
    i: usize,
    no: usize,
    name: String,
    planned_value: String,
    monitoring: String,
}

/// The expected results' rows, and blank ones to add results.
fn result_rows(content: &OfferInput) -> Vec<ResultRow> {
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
    results
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

/// The cost table's rows with their computed values, a column per year for multi-year tasks
/// (the years come back too), and blank rows to add lines.
fn cost_rows(
    content: &OfferInput,
    summary: &CostSummary,
    lang: Language,
) -> (Vec<i32>, Vec<CostRow>) {
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
    (years, costs)
}

#[derive(Serialize)]
struct Question {
    name: &'static str,
    label: &'static str,
    value: &'static str,
}

#[derive(Serialize)]
struct Check {
    name: &'static str,
    label: &'static str,
    checked: bool,
}

/// The declarations: the two arrears questions and the statements to tick.
fn declaration_rows(d: &Declarations, lang: Language) -> (Vec<Question>, Vec<Check>) {
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
    (arrears, checks)
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
}
#[derive(Serialize)]
struct DeclarationValues {
    remuneration: &'static str,
}
#[derive(Serialize)]
struct EditorPage {
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

pub fn editor_page(
    signed: &SignedIn,
    detail: &ApplicationDetail,
    content: &OfferInput,
    version: i32,
    notice: Option<String>,
    status: StatusCode,
) -> Result<Response, PageError> {
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
    let schedule = schedule_rows(content);
    let results = result_rows(content);
    let (years, costs) = cost_rows(content, &summary, lang);
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
    let (arrears, checks) = declaration_rows(d, lang);
    let page = EditorPage {
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
                    .map(|due| granty_i18n::format::last_moment(due, zone, lang))
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
        upload_csrf: signed.csrf(),
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
