//! An offer as the office reads it: every section of a submitted version, read-only, with the
//! values and sums computed again from its content (the same code that checked it).

use crate::pages::texts::text;
use granty_domain::offer::{compute_costs, CostCategory, CostSummary, OfferInput, Remuneration};
use granty_domain::{Currency, Language};
use granty_i18n::format::{date, money, percent};
use granty_store::organisations::OrganisationView;
use serde::Serialize;

#[derive(Serialize)]
pub struct Fact {
    pub label: &'static str,
    pub value: String,
}

/// The applicant's data from its profile (section II), shown read-only with a link to edit it.
pub fn applicant_facts(
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
pub struct Total {
    /// Stable across saves, so the autosave script finds the row even when rows come and go.
    pub key: String,
    pub label: String,
    pub value: String,
}

pub fn totals(s: &CostSummary, content: &OfferInput, lang: Language) -> Vec<Total> {
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

#[derive(Serialize)]
struct PartnerView {
    name: String,
    country: String,
    registration_number: String,
    address: String,
    scope: String,
    share: String,
}

#[derive(Serialize)]
struct CostView {
    number: String,
    kind: &'static str,
    name: String,
    unit: String,
    unit_cost: String,
    quantity: String,
    value: String,
    grant_part: String,
    year_values: Vec<String>,
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
    let t = |key| text(lang, key);
    let fact = |key, value: String| Fact {
        label: t(key),
        value: if value.trim().is_empty() {
            t("not_given").to_string()
        } else {
            value
        },
    };
    let day = |d: Option<chrono::NaiveDate>| d.map(|d| date(d, lang)).unwrap_or_default();
    let answer = |yes: bool| t(if yes { "answer_yes" } else { "answer_no" }).to_string();
    let c = &content.contact;
    let d = &content.declarations;
    let years = if summary.years.len() > 1 {
        summary.years.clone()
    } else {
        vec![]
    };
    OfferView {
        version_no,
        applicant: applicant_facts(applicant, lang),
        contact: vec![
            fact("contact_name", c.name.clone()),
            fact("contact_phone", c.phone.clone()),
            fact("contact_email", c.email.clone()),
        ],
        partners: content
            .partners
            .iter()
            .zip(&summary.partner_shares)
            .map(|(p, share)| PartnerView {
                name: p.name.clone(),
                country: p.country.trim().to_uppercase(),
                registration_number: p.registration_number.clone(),
                address: p.address.clone(),
                scope: p.scope.clone(),
                share: money(*share, lang),
            })
            .collect(),
        representation: content.representation.clone(),
        task: vec![
            fact("offer_title", content.title.clone()),
            fact("place", content.place.clone()),
            fact("target_group", content.target_group.clone()),
            fact("summary", content.summary.clone()),
            fact("start_date", day(content.start_date)),
            fact("end_date", day(content.end_date)),
        ],
        schedule: content
            .schedule
            .iter()
            .enumerate()
            .map(|(i, a)| {
                [
                    (i + 1).to_string(),
                    a.name.clone(),
                    day(a.start),
                    day(a.end),
                    a.performer.clone(),
                ]
            })
            .collect(),
        results: content
            .results
            .iter()
            .map(|r| {
                [
                    r.name.clone(),
                    r.planned_value.clone(),
                    r.monitoring.clone(),
                ]
            })
            .collect(),
        profile: vec![
            fact("previous_activity", content.previous_activity.clone()),
            fact("resources", content.resources.clone()),
        ],
        costs: summary
            .lines
            .iter()
            .zip(&content.costs)
            .map(|(line, typed)| CostView {
                number: line.number.clone(),
                kind: t(if line.category == CostCategory::Administrative {
                    "cost_admin"
                } else {
                    "cost_action"
                }),
                name: line.name.clone(),
                unit: line.unit.clone(),
                unit_cost: money(line.unit_cost, lang),
                quantity: typed.quantity.trim().to_string(),
                value: money(line.value, lang),
                grant_part: line.grant_part.map(|m| money(m, lang)).unwrap_or_default(),
                year_values: if years.is_empty() {
                    vec![]
                } else {
                    line.year_values.iter().map(|m| money(*m, lang)).collect()
                },
            })
            .collect(),
        years,
        totals: totals(&summary, content, lang),
        sources: vec![
            fact("requested_grant", money(summary.requested_grant, lang)),
            fact("own_financial", money(summary.own_financial, lang)),
            fact("own_personal", money(summary.own_personal, lang)),
            fact("own_in_kind", money(summary.own_in_kind, lang)),
            fact("participant_fees", money(summary.participant_fees, lang)),
            fact(
                "other_public_funds",
                money(summary.other_public_funds, lang),
            ),
        ],
        other_information: content.other_information.clone(),
        declarations: vec![
            fact(
                "remuneration",
                match d.remuneration {
                    Some(Remuneration::Paid) => t("paid").to_string(),
                    Some(Remuneration::Unpaid) => t("unpaid").to_string(),
                    None => String::new(),
                },
            ),
            fact(
                "tax_arrears",
                d.no_tax_arrears
                    .map(|none| t(if none { "no_arrears" } else { "has_arrears" }).to_string())
                    .unwrap_or_default(),
            ),
            fact(
                "zus_arrears",
                d.no_social_security_arrears
                    .map(|none| t(if none { "no_arrears" } else { "has_arrears" }).to_string())
                    .unwrap_or_default(),
            ),
            fact("decl_public_benefit_only", answer(d.public_benefit_only)),
            fact("decl_fees", answer(d.fees_only_in_paid_activity)),
            fact("decl_register", answer(d.register_data_consistent)),
            fact("decl_true", answer(d.information_true)),
            fact("decl_gdpr", answer(d.gdpr_statements_obtained)),
        ],
    }
}

/// The last submitted version of an application, as the office received it; `None` before the
/// first submission. Staff read this rather than the working copy, which the applicant may be
/// changing during a correction.
pub fn submitted_view(
    detail: &granty_store::applications::ApplicationDetail,
    lang: Language,
) -> Option<OfferView> {
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
