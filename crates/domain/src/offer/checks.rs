//! The rules an offer must meet before it may be submitted (2018 model offer, Annex 1), each
//! violation tied to the field that breaks it.

use super::money_rules::check_money_rules;
use super::{
    compute_costs, ContactInput, CostSummary, Declarations, OfferContext, OfferInput, Remuneration,
    MAX_ACTIONS, MAX_AGREEMENT_YEARS, MAX_PARTNERS, MAX_RESULTS, TITLE_MAX_CHARS,
};
use crate::call::DateWindow;
use crate::organisation::LegalForm;
use crate::violation::{Rule, Violations};
use chrono::{Months, NaiveDate};
use std::collections::BTreeSet;

/// Every rule an offer must meet to be submitted; an empty result means it may be submitted.
pub fn check_offer(input: &OfferInput, ctx: &OfferContext<'_>) -> (CostSummary, Violations) {
    let currency = ctx.call.budget.currency;
    let (summary, mut v) = compute_costs(input, currency);
    let window = ctx.call.realisation;
    v.text("title", &input.title, TITLE_MAX_CHARS);
    v.text("place", &input.place, 1000);
    v.text("target_group", &input.target_group, 2000);
    v.text("summary", &input.summary, 10_000);
    v.optional_text("previous_activity", &input.previous_activity, 10_000);
    v.optional_text("resources", &input.resources, 10_000);
    v.optional_text("other_information", &input.other_information, 10_000);
    check_dates(
        &mut v,
        "start_date",
        "end_date",
        input.start_date,
        input.end_date,
        window,
    );
    check_duration(&mut v, input.start_date, input.end_date);
    check_schedule(&mut v, input, window);
    check_results(&mut v, input);
    if input.costs.is_empty() {
        v.push("costs", Rule::NoCostLines);
    }
    for (i, line) in input.costs.iter().enumerate() {
        v.text(&format!("costs[{i}].name"), &line.name, 500);
        v.text(&format!("costs[{i}].unit"), &line.unit, 100);
    }
    for (no, total) in summary.action_totals.iter().enumerate() {
        let has_lines = summary.lines.iter().any(|l| l.action_no == Some(no + 1));
        if !has_lines || total.is_zero() {
            v.push(format!("schedule[{no}]"), Rule::ActionWithoutCosts);
        }
    }
    check_money_rules(&mut v, input, &summary, ctx);
    check_contact(&mut v, &input.contact);
    check_partners(&mut v, input, &summary, ctx);
    check_declarations(&mut v, &input.declarations, ctx.applicant_form);
    for required in &ctx.call.required_attachments {
        if !ctx.attachment_codes.contains(&required.code) {
            v.push(
                format!("attachments.{}", required.code),
                Rule::AttachmentMissing {
                    name: required.name.clone(),
                },
            );
        }
    }
    (summary, v)
}

fn check_dates(
    v: &mut Violations,
    start_field: &str,
    end_field: &str,
    start: Option<NaiveDate>,
    end: Option<NaiveDate>,
    window: DateWindow,
) {
    let outside = Rule::DateOutsideWindow {
        from: window.start,
        to: window.end,
    };
    match start {
        None => v.push(start_field, Rule::Required),
        Some(day) if !window.contains(day) => v.push(start_field, outside.clone()),
        _ => {}
    }
    match end {
        None => v.push(end_field, Rule::Required),
        Some(day) if start.is_some_and(|s| day < s) => v.push(end_field, Rule::EndBeforeStart),
        Some(day) if !window.contains(day) => v.push(end_field, outside),
        _ => {}
    }
}

/// The longest agreement runs five years (art. 16 ust. 3), so no task may last longer: one that
/// starts on 1 July 2027 ends on 30 June 2032 at the latest.
fn check_duration(v: &mut Violations, start: Option<NaiveDate>, end: Option<NaiveDate>) {
    let (Some(start), Some(end)) = (start, end) else {
        return;
    };
    let limit = start.checked_add_months(Months::new(12 * MAX_AGREEMENT_YEARS));
    if limit.is_some_and(|limit| end >= limit) {
        v.push(
            "end_date",
            Rule::TaskTooLong {
                max_years: MAX_AGREEMENT_YEARS,
            },
        );
    }
}

fn check_schedule(v: &mut Violations, input: &OfferInput, window: DateWindow) {
    if input.schedule.is_empty() {
        v.push("schedule", Rule::NoActions);
    }
    if input.schedule.len() > MAX_ACTIONS {
        v.push("schedule", Rule::TooManyItems { max: MAX_ACTIONS });
    }
    for (i, action) in input.schedule.iter().enumerate() {
        let f = |name: &str| format!("schedule[{i}].{name}");
        v.text(&f("name"), &action.name, 300);
        v.optional_text(&f("description"), &action.description, 5000);
        v.optional_text(&f("target_group"), &action.target_group, 1000);
        v.optional_text(&f("performer"), &action.performer, 300);
        v.optional_text(&f("non_party_scope"), &action.non_party_scope, 2000);
        check_dates(v, &f("start"), &f("end"), action.start, action.end, window);
        // An action must also lie within the offer's own dates.
        if let (Some(task_start), Some(task_end)) = (input.start_date, input.end_date) {
            let task = DateWindow {
                start: task_start,
                end: task_end,
            };
            if task_start <= task_end && window.contains(task_start) && window.contains(task_end) {
                let outside = Rule::DateOutsideWindow {
                    from: task_start,
                    to: task_end,
                };
                if action
                    .start
                    .is_some_and(|d| window.contains(d) && !task.contains(d))
                {
                    v.push(f("start"), outside.clone());
                }
                if action
                    .end
                    .is_some_and(|d| window.contains(d) && !task.contains(d))
                {
                    v.push(f("end"), outside);
                }
            }
        }
    }
}

fn check_results(v: &mut Violations, input: &OfferInput) {
    if input.results.len() > MAX_RESULTS {
        v.push("results", Rule::TooManyItems { max: MAX_RESULTS });
    }
    for (i, result) in input.results.iter().enumerate() {
        v.text(&format!("results[{i}].name"), &result.name, 500);
        v.text(
            &format!("results[{i}].planned_value"),
            &result.planned_value,
            200,
        );
        v.text(
            &format!("results[{i}].monitoring"),
            &result.monitoring,
            1000,
        );
    }
}

fn check_contact(v: &mut Violations, contact: &ContactInput) {
    v.text("contact.name", &contact.name, 200);
    let phone = v.optional_text("contact.phone", &contact.phone, 40);
    let email = v.optional_text("contact.email", &contact.email, 254);
    if crate::text::is_blank(&phone) && crate::text::is_blank(&email) {
        // One way to reach the person is enough; the form asks for either.
        v.push("contact.email", Rule::Required);
    } else if !email.is_empty() && !crate::organisation::is_plausible_email(&email) {
        v.push("contact.email", Rule::InvalidEmail);
    }
    if !phone.is_empty()
        && !phone
            .chars()
            .all(|c| c.is_ascii_digit() || " +-()".contains(c))
    {
        v.push("contact.phone", Rule::InvalidValue);
    }
}

fn check_partners(v: &mut Violations, input: &OfferInput, s: &CostSummary, ctx: &OfferContext<'_>) {
    if input.partners.is_empty() {
        return;
    }
    if input.partners.len() > MAX_PARTNERS {
        v.push("partners", Rule::TooManyItems { max: MAX_PARTNERS });
    }
    let applicant_nip = crate::identifiers::Nip::parse(&ctx.applicant_nip).ok();
    let mut numbers = BTreeSet::new();
    for (i, partner) in input.partners.iter().enumerate().take(MAX_PARTNERS) {
        let f = |name: &str| format!("partners[{i}].{name}");
        v.text(&f("name"), &partner.name, 300);
        v.text(&f("address"), &partner.address, 500);
        v.text(&f("scope"), &partner.scope, 2000);
        let country = partner.country.trim().to_uppercase();
        if country.is_empty() {
            v.push(f("country"), Rule::Required);
        } else if country.len() != 2 || !country.chars().all(|c| c.is_ascii_uppercase()) {
            v.push(f("country"), Rule::InvalidValue);
        }
        let number = if country == "PL" {
            match crate::identifiers::Nip::parse(&partner.registration_number) {
                Ok(nip) if Some(&nip) == applicant_nip.as_ref() => {
                    v.push(f("registration_number"), Rule::PartnerIsApplicant);
                    None
                }
                Ok(nip) => Some(nip.as_str().to_string()),
                Err(rule) => {
                    v.push(f("registration_number"), rule);
                    None
                }
            }
        } else {
            let number = v.text(&f("registration_number"), &partner.registration_number, 100);
            (!number.is_empty()).then(|| format!("{country}:{}", number.to_uppercase()))
        };
        if let Some(number) = number {
            if !numbers.insert(number) {
                v.push(f("registration_number"), Rule::Duplicate);
            }
        }
        if crate::text::is_blank(&partner.cost_share) {
            v.push(f("cost_share"), Rule::Required);
        }
    }
    v.text("representation", &input.representation, 2000);
    if s.applicant_share.minor < 0 {
        v.push(
            "partners",
            Rule::PartnerSharesAboveTotal {
                total: s.total_costs,
            },
        );
    }
}

fn check_declarations(v: &mut Violations, d: &Declarations, form: LegalForm) {
    match d.remuneration {
        None => v.push("declarations.remuneration", Rule::Required),
        Some(Remuneration::Paid) if form == LegalForm::SimpleAssociation => v.push(
            "declarations.remuneration",
            Rule::PaidNotAllowedForSimpleAssociation,
        ),
        _ => {}
    }
    let must_hold = [
        ("public_benefit_only", d.public_benefit_only),
        ("fees_only_in_paid_activity", d.fees_only_in_paid_activity),
        ("register_data_consistent", d.register_data_consistent),
        ("information_true", d.information_true),
        ("gdpr_statements_obtained", d.gdpr_statements_obtained),
    ];
    for (name, given) in must_hold {
        if !given {
            v.push(format!("declarations.{name}"), Rule::DeclarationRequired);
        }
    }
    // Arrears must be answered either way; having them is for the formal check to judge.
    if d.no_tax_arrears.is_none() {
        v.push("declarations.no_tax_arrears", Rule::Required);
    }
    if d.no_social_security_arrears.is_none() {
        v.push("declarations.no_social_security_arrears", Rule::Required);
    }
}
