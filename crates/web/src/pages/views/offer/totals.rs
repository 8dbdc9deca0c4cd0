//! Facts and sums shown with an offer: the applicant's data from its profile and the totals the
//! domain computes (used by the read-only view, the review and the editor's autosave).

use crate::pages::texts::text;
use granty_domain::offer::{CostSummary, OfferInput};
use granty_domain::Language;
use granty_i18n::format::{money, percent};
use granty_store::organisations::OrganisationView;
use serde::Serialize;

/// One labelled value of a read-only section.
#[derive(Serialize)]
pub struct Fact {
    pub label: &'static str,
    pub value: String,
}

/// The applicant's data from its profile (section II), shown read-only with a link to edit it.
pub fn applicant_facts(o: &OrganisationView, lang: Language) -> Vec<Fact> {
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

/// One sum, with a key the autosave script finds it by.
#[derive(Serialize)]
pub struct Total {
    /// Stable across saves, so the autosave script finds the row even when rows come and go.
    pub key: String,
    pub label: String,
    pub value: String,
}

/// The offer's sums: costs, shares, per year and per partner.
pub fn totals(s: &CostSummary, content: &OfferInput, lang: Language) -> Vec<Total> {
    let row = |key: &'static str, value| Total {
        key: key.to_string(),
        label: text(lang, key).to_string(),
        value,
    };
    // A sum with its share of the total costs: `1 000,00 zł (10,00%)`.
    let share = |sum, part| format!("{} ({})", money(sum, lang), percent(part, lang));
    let mut rows = vec![
        row("total_costs", money(s.total_costs, lang)),
        row("admin_costs", share(s.admin_costs, s.admin_share)),
        row("requested_grant", share(s.requested_grant, s.grant_share)),
        row(
            "own_contribution_actual",
            share(s.own_contribution, s.own_contribution_share),
        ),
        row("sources_total", money(s.total_sources, lang)),
    ];
    if s.years.len() > 1 {
        rows.extend(year_totals(s, lang));
    }
    if !content.partners.is_empty() {
        rows.push(row("applicant_share", money(s.applicant_share, lang)));
        rows.extend(partner_shares(s, content, lang));
    }
    rows
}

/// The costs of each year of a multi-year task.
fn year_totals(s: &CostSummary, lang: Language) -> Vec<Total> {
    s.years
        .iter()
        .zip(&s.year_totals)
        .map(|(year, total)| Total {
            key: format!("year-{year}"),
            label: format!("{} {year}", text(lang, "costs_in_year")),
            value: money(*total, lang),
        })
        .collect()
}

/// Each partner's share of a joint offer's costs.
fn partner_shares(s: &CostSummary, content: &OfferInput, lang: Language) -> Vec<Total> {
    content
        .partners
        .iter()
        .zip(&s.partner_shares)
        .enumerate()
        .map(|(i, (partner, share))| {
            let name = match partner.name.trim() {
                "" => format!("{} {}", text(lang, "partner"), i + 1),
                name => name.to_string(),
            };
            Total {
                key: format!("partner-{i}"),
                label: format!("{}: {name}", text(lang, "partner_share")),
                value: money(*share, lang),
            }
        })
        .collect()
}
