//! The offer editor's form, both ways: the working copy laid out as named fields, and posted
//! fields read back into the offer. Blank rows are dropped; nothing typed is lost otherwise.

use crate::pages::form::Fields;
use chrono::NaiveDate;
use granty_domain::offer::{
    ActionInput, ContactInput, CostCategory, CostLineInput, Declarations, OfferInput, PartnerInput,
    Remuneration, ResultInput, SourcesInput,
};

/// Rows of each table shown beyond the filled ones, so a line can be added without JavaScript.
pub const BLANK_ROWS: usize = 2;

/// However many times "add a row" is pressed, a page never carries more blank rows than this.
const MAX_BLANK_ROWS: usize = 50;

/// How many blank rows each table of the editor shows below the typed ones.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct BlankRows {
    pub schedule: usize,
    pub results: usize,
    pub costs: usize,
    pub partners: usize,
}

impl Default for BlankRows {
    fn default() -> BlankRows {
        BlankRows {
            schedule: BLANK_ROWS,
            results: BLANK_ROWS,
            costs: BLANK_ROWS + 1,
            partners: 1,
        }
    }
}

/// Posted fields by name (`costs.3.unit_cost`).
pub struct Posted(Fields);

impl Posted {
    pub fn new(pairs: Vec<(String, String)>) -> Posted {
        Posted(Fields::new(pairs))
    }

    /// The same fields without row `index` of `table` (the row's remove button).
    pub fn without_row(mut self, table: &str, index: usize) -> Posted {
        let prefix = format!("{table}.{index}.");
        self.0 .0.retain(|key, _| !key.starts_with(&prefix));
        self
    }

    /// `remove:costs:3` → (`costs`, 3) for the tables that have rows.
    pub fn removal(&self) -> Option<(&'static str, usize)> {
        let action = self.get("action");
        let mut parts = action.strip_prefix("remove:")?.split(':');
        let table = match parts.next()? {
            "costs" => "costs",
            "schedule" => "schedule",
            "results" => "results",
            "partners" => "partners",
            _ => return None,
        };
        Some((table, parts.next()?.parse().ok()?))
    }

    /// `add:costs` → `costs`: the table whose "add a row" button was pressed.
    pub fn addition(&self) -> Option<&'static str> {
        match self.get("action").strip_prefix("add:")? {
            "costs" => Some("costs"),
            "schedule" => Some("schedule"),
            "results" => Some("results"),
            "partners" => Some("partners"),
            _ => None,
        }
    }

    /// The blank rows each table had on screen (typed ones are kept; blank ones are dropped on
    /// reading), so the page comes back with as many, and one more in the table `added`.
    pub fn blank_rows(&self, offer: &OfferInput, added: Option<&str>) -> BlankRows {
        let blanks = |table: &str, filled: usize, least: usize| {
            let on_screen = self.rows(table).saturating_sub(filled);
            let more = usize::from(added == Some(table));
            (on_screen + more).max(least).min(MAX_BLANK_ROWS)
        };
        BlankRows {
            schedule: blanks("schedule", offer.schedule.len(), BLANK_ROWS),
            results: blanks("results", offer.results.len(), BLANK_ROWS),
            costs: blanks("costs", offer.costs.len(), BLANK_ROWS + 1),
            partners: blanks("partners", offer.partners.len(), 1),
        }
    }

    pub fn get(&self, name: &str) -> String {
        self.0.get(name)
    }

    fn flag(&self, name: &str) -> bool {
        self.get(name) == "yes"
    }

    /// Rows of a table; a form never holds more than 500.
    fn rows(&self, table: &str) -> usize {
        self.0.rows(table, 500)
    }

    /// A date as the date input posts it; anything else is no date.
    fn date(&self, name: &str) -> Option<NaiveDate> {
        NaiveDate::parse_from_str(self.get(name).trim(), "%Y-%m-%d").ok()
    }

    /// A yes/no question left unanswered is `None`.
    fn answer(&self, name: &str) -> Option<bool> {
        match self.get(name).as_str() {
            "yes" => Some(true),
            "no" => Some(false),
            _ => None,
        }
    }

    /// The rows of `table`, read by `row`, blank ones dropped.
    fn table<T>(
        &self,
        table: &str,
        row: impl Fn(usize) -> T,
        blank: impl Fn(&T) -> bool,
    ) -> Vec<T> {
        (0..self.rows(table))
            .map(row)
            .filter(|r| !blank(r))
            .collect()
    }

    /// The offer as posted.
    pub fn offer(&self) -> OfferInput {
        OfferInput {
            title: self.get("title"),
            place: self.get("place"),
            target_group: self.get("target_group"),
            summary: self.get("summary"),
            start_date: self.date("start_date"),
            end_date: self.date("end_date"),
            schedule: self.schedule(),
            results: self.results(),
            previous_activity: self.get("previous_activity"),
            resources: self.get("resources"),
            costs: self.costs(),
            sources: self.sources(),
            declarations: self.declarations(),
            other_information: self.get("other_information"),
            contact: ContactInput {
                name: self.get("contact.name"),
                phone: self.get("contact.phone"),
                email: self.get("contact.email"),
            },
            partners: self.partners(),
            representation: self.get("representation"),
        }
    }

    fn schedule(&self) -> Vec<ActionInput> {
        let row = |i| {
            let f = |n: &str| self.get(&format!("schedule.{i}.{n}"));
            ActionInput {
                name: f("name"),
                description: f("description"),
                target_group: String::new(),
                start: self.date(&format!("schedule.{i}.start")),
                end: self.date(&format!("schedule.{i}.end")),
                performer: f("performer"),
                non_party_scope: String::new(),
            }
        };
        let blank = |a: &ActionInput| {
            a.name.trim().is_empty()
                && a.description.trim().is_empty()
                && a.start.is_none()
                && a.end.is_none()
        };
        self.table("schedule", row, blank)
    }

    fn results(&self) -> Vec<ResultInput> {
        let row = |i| {
            let f = |n: &str| self.get(&format!("results.{i}.{n}"));
            ResultInput {
                name: f("name"),
                planned_value: f("planned_value"),
                monitoring: f("monitoring"),
            }
        };
        let blank = |r: &ResultInput| {
            r.name.trim().is_empty()
                && r.planned_value.trim().is_empty()
                && r.monitoring.trim().is_empty()
        };
        self.table("results", row, blank)
    }

    fn costs(&self) -> Vec<CostLineInput> {
        let row = |i| {
            let f = |n: &str| self.get(&format!("costs.{i}.{n}"));
            CostLineInput {
                category: if f("category") == "administrative" {
                    CostCategory::Administrative
                } else {
                    CostCategory::Action
                },
                action_no: f("action_no").trim().parse().ok(),
                name: f("name"),
                unit: f("unit"),
                unit_cost: f("unit_cost"),
                quantity: f("quantity"),
                year_values: self.year_values(i),
                grant_part: f("grant_part"),
            }
        };
        let blank = |c: &CostLineInput| {
            c.name.trim().is_empty()
                && c.unit.trim().is_empty()
                && c.unit_cost.trim().is_empty()
                && c.quantity.trim().is_empty()
                && c.grant_part.trim().is_empty()
                && c.year_values.is_empty()
        };
        self.table("costs", row, blank)
    }

    fn partners(&self) -> Vec<PartnerInput> {
        let row = |i| {
            let f = |n: &str| self.get(&format!("partners.{i}.{n}"));
            PartnerInput {
                name: f("name"),
                country: f("country"),
                registration_number: f("registration_number"),
                address: f("address"),
                scope: f("scope"),
                cost_share: f("cost_share"),
            }
        };
        // The country is preselected, so it alone does not make a partner.
        let blank = |p: &PartnerInput| {
            p.name.trim().is_empty()
                && p.registration_number.trim().is_empty()
                && p.address.trim().is_empty()
                && p.scope.trim().is_empty()
                && p.cost_share.trim().is_empty()
        };
        self.table("partners", row, blank)
    }

    fn sources(&self) -> SourcesInput {
        SourcesInput {
            requested_grant: self.get("sources.requested_grant"),
            own_financial: self.get("sources.own_financial"),
            own_personal: self.get("sources.own_personal"),
            own_in_kind: self.get("sources.own_in_kind"),
            participant_fees: self.get("sources.participant_fees"),
            other_public_funds: self.get("sources.other_public_funds"),
        }
    }

    fn declarations(&self) -> Declarations {
        Declarations {
            remuneration: match self.get("declarations.remuneration").as_str() {
                "paid" => Some(Remuneration::Paid),
                "unpaid" => Some(Remuneration::Unpaid),
                _ => None,
            },
            public_benefit_only: self.flag("declarations.public_benefit_only"),
            fees_only_in_paid_activity: self.flag("declarations.fees_only_in_paid_activity"),
            no_tax_arrears: self.answer("declarations.no_tax_arrears"),
            no_social_security_arrears: self.answer("declarations.no_social_security_arrears"),
            register_data_consistent: self.flag("declarations.register_data_consistent"),
            information_true: self.flag("declarations.information_true"),
            gdpr_statements_obtained: self.flag("declarations.gdpr_statements_obtained"),
        }
    }

    /// `costs.3.year_values.0`, `…1`: the values per year as typed; none when all are blank, so a
    /// one-year task (which has no such fields) and an untouched line look the same.
    fn year_values(&self, line: usize) -> Vec<String> {
        let prefix = format!("costs.{line}.year_values.");
        let count = self
            .0
             .0
            .keys()
            .filter_map(|k| k.strip_prefix(&prefix)?.parse::<usize>().ok())
            .map(|y| y + 1)
            .max()
            .unwrap_or(0)
            .min(10);
        let values: Vec<String> = (0..count)
            .map(|y| self.get(&format!("{prefix}{y}")))
            .collect();
        if values.iter().all(|v| v.trim().is_empty()) {
            vec![]
        } else {
            values
        }
    }
}

#[cfg(test)]
mod tests;
