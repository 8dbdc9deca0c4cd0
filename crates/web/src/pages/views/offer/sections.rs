//! The read-only offer's sections, each built from the content in the reader's words.

use super::Fact;
use crate::pages::texts::text;
use chrono::NaiveDate;
use granty_domain::offer::{CostCategory, CostSummary, Declarations, OfferInput, Remuneration};
use granty_domain::Language;
use granty_i18n::format::{date, money};
use serde::Serialize;

#[derive(Serialize)]
pub struct PartnerView {
    name: String,
    country: String,
    registration_number: String,
    address: String,
    scope: String,
    share: String,
}

#[derive(Serialize)]
pub struct CostView {
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

/// The reader's words for facts: a label per key, "not given" for what is empty.
pub struct Words(pub Language);

impl Words {
    fn t(&self, key: &str) -> &'static str {
        text(self.0, key)
    }

    fn fact(&self, key: &str, value: String) -> Fact {
        Fact {
            label: self.t(key),
            value: if value.trim().is_empty() {
                self.t("not_given").to_string()
            } else {
                value
            },
        }
    }

    fn day(&self, d: Option<NaiveDate>) -> String {
        d.map(|d| date(d, self.0)).unwrap_or_default()
    }

    fn answer(&self, yes: bool) -> String {
        self.t(if yes { "answer_yes" } else { "answer_no" })
            .to_string()
    }

    /// Arrears declared: none, some, or not answered.
    fn arrears(&self, none: Option<bool>) -> String {
        none.map(|none| {
            self.t(if none { "no_arrears" } else { "has_arrears" })
                .to_string()
        })
        .unwrap_or_default()
    }

    pub fn contact(&self, content: &OfferInput) -> Vec<Fact> {
        let c = &content.contact;
        vec![
            self.fact("contact_name", c.name.clone()),
            self.fact("contact_phone", c.phone.clone()),
            self.fact("contact_email", c.email.clone()),
        ]
    }

    pub fn task(&self, content: &OfferInput) -> Vec<Fact> {
        vec![
            self.fact("offer_title", content.title.clone()),
            self.fact("place", content.place.clone()),
            self.fact("target_group", content.target_group.clone()),
            self.fact("summary", content.summary.clone()),
            self.fact("start_date", self.day(content.start_date)),
            self.fact("end_date", self.day(content.end_date)),
        ]
    }

    /// The schedule's rows: number, action, from, until, performer.
    pub fn schedule(&self, content: &OfferInput) -> Vec<[String; 5]> {
        content
            .schedule
            .iter()
            .enumerate()
            .map(|(i, a)| {
                [
                    (i + 1).to_string(),
                    a.name.clone(),
                    self.day(a.start),
                    self.day(a.end),
                    a.performer.clone(),
                ]
            })
            .collect()
    }

    pub fn profile(&self, content: &OfferInput) -> Vec<Fact> {
        vec![
            self.fact("previous_activity", content.previous_activity.clone()),
            self.fact("resources", content.resources.clone()),
        ]
    }

    /// Where the money comes from, as the domain computed it. The 2018 form has no "other
    /// public funds" row: it is shown only when an offer carries such money.
    pub fn sources(&self, summary: &CostSummary) -> Vec<Fact> {
        let lang = self.0;
        let mut sources = vec![
            self.fact("requested_grant", money(summary.requested_grant, lang)),
            self.fact("own_financial", money(summary.own_financial, lang)),
            self.fact("own_personal", money(summary.own_personal, lang)),
            self.fact("own_in_kind", money(summary.own_in_kind, lang)),
            self.fact("participant_fees", money(summary.participant_fees, lang)),
        ];
        if !summary.other_public_funds.is_zero() {
            let funds = money(summary.other_public_funds, lang);
            sources.push(self.fact("other_public_funds", funds));
        }
        sources
    }

    pub fn declarations(&self, d: &Declarations) -> Vec<Fact> {
        let remuneration = match d.remuneration {
            Some(Remuneration::Paid) => self.t("paid").to_string(),
            Some(Remuneration::Unpaid) => self.t("unpaid").to_string(),
            None => String::new(),
        };
        vec![
            self.fact("remuneration", remuneration),
            self.fact("tax_arrears", self.arrears(d.no_tax_arrears)),
            self.fact("zus_arrears", self.arrears(d.no_social_security_arrears)),
            self.fact(
                "decl_public_benefit_only",
                self.answer(d.public_benefit_only),
            ),
            self.fact("decl_fees", self.answer(d.fees_only_in_paid_activity)),
            self.fact("decl_register", self.answer(d.register_data_consistent)),
            self.fact("decl_true", self.answer(d.information_true)),
            self.fact("decl_gdpr", self.answer(d.gdpr_statements_obtained)),
        ]
    }
}

/// The partners of a joint offer with their share of the costs.
pub fn partners(content: &OfferInput, summary: &CostSummary, lang: Language) -> Vec<PartnerView> {
    content
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
        .collect()
}

/// The expected results' rows: result, planned value, how it is measured.
pub fn results(content: &OfferInput) -> Vec<[String; 3]> {
    content
        .results
        .iter()
        .map(|r| {
            [
                r.name.clone(),
                r.planned_value.clone(),
                r.monitoring.clone(),
            ]
        })
        .collect()
}

/// The cost lines as computed, with the quantity as typed; values per year when `per_year`.
pub fn costs(
    content: &OfferInput,
    summary: &CostSummary,
    per_year: bool,
    lang: Language,
) -> Vec<CostView> {
    summary
        .lines
        .iter()
        .zip(&content.costs)
        .map(|(line, typed)| CostView {
            number: line.number.clone(),
            kind: text(
                lang,
                if line.category == CostCategory::Administrative {
                    "cost_admin"
                } else {
                    "cost_action"
                },
            ),
            name: line.name.clone(),
            unit: line.unit.clone(),
            unit_cost: money(line.unit_cost, lang),
            quantity: typed.quantity.trim().to_string(),
            value: money(line.value, lang),
            grant_part: line.grant_part.map(|m| money(m, lang)).unwrap_or_default(),
            year_values: if per_year {
                line.year_values.iter().map(|m| money(*m, lang)).collect()
            } else {
                vec![]
            },
        })
        .collect()
}
