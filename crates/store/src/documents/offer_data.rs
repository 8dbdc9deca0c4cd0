//! The offer's document data from a filed version: the content as filed, every value and sum
//! recomputed by the domain (as the receipt's summary was), the applicant as registered.

use super::{iso_date, local_time};
use crate::calls::CallRecord;
use crate::entities::application_version;
use crate::organisations::OrganisationView;
use chrono_tz::Tz;
use granty_documents::data::offer::{
    Action, Contact, CostRow, CostRowKind, CostSplit, Costs, Declarations, OfferData, Offerer,
    Partner, ResultRow, SourceRow, Sources, Task,
};
use granty_documents::data::{Amount, Share};
use granty_domain::money::{Money, Percent};
use granty_domain::offer::Remuneration;
use granty_domain::offer::{compute_costs, CostCategory, CostLine, CostSummary, OfferInput};

/// Everything the offer's document is made of.
pub(super) struct Filed<'a> {
    pub version: &'a application_version::Model,
    pub content: &'a OfferInput,
    pub call: &'a CallRecord,
    pub applicant: &'a OrganisationView,
    pub authority: &'a str,
    pub zone: Tz,
    /// Whether the town's form has the V.B row "other public funds".
    pub other_public_funds: bool,
}

pub(super) fn offer_data(filed: &Filed<'_>) -> OfferData {
    let input = filed.content;
    let (summary, _) = compute_costs(input, filed.call.terms.budget.currency);
    OfferData {
        receipt_number: filed.version.receipt_number.clone(),
        version_no: filed.version.version_no,
        version_kind: filed.version.kind.clone(),
        filed_at: local_time(filed.version.submitted_at, filed.zone),
        content_sha256: filed.version.content_sha256.clone(),
        authority: filed.authority.to_string(),
        call_title: filed.call.terms.title.clone(),
        task_type: filed.call.terms.task_area.clone(),
        joint: !input.partners.is_empty(),
        applicant: offerer(filed.applicant),
        partners: input.partners.iter().map(partner).collect(),
        contact: Contact {
            name: input.contact.name.clone(),
            phone: input.contact.phone.clone(),
            email: input.contact.email.clone(),
        },
        task: task(input),
        schedule: input.schedule.iter().enumerate().map(action).collect(),
        results: input.results.iter().map(result_row).collect(),
        previous_activity: input.previous_activity.clone(),
        resources: input.resources.clone(),
        costs: costs(input, &summary, filed.call.terms.grant_part_per_line),
        sources: sources(&summary, filed.other_public_funds),
        cost_split: cost_split(input, &summary, &filed.applicant.name),
        remuneration: match input.declarations.remuneration {
            Some(Remuneration::Paid) => "paid".into(),
            Some(Remuneration::Unpaid) => "unpaid".into(),
            None => String::new(),
        },
        representation: input.representation.clone(),
        other_information: input.other_information.clone(),
        declarations: declarations(input),
    }
}

fn amount(money: Money) -> Amount {
    Amount::new(money.minor, money.currency.code())
}

fn share(percent: Percent) -> Share {
    Share::of_basis_points(percent.basis_points())
}

fn offerer(org: &OrganisationView) -> Offerer {
    Offerer {
        name: org.name.clone(),
        legal_form: org.legal_form.code().to_string(),
        krs: org.krs.clone().unwrap_or_default(),
        nip: org.nip.clone(),
        regon: org.regon.clone(),
        address: format!("{}, {} {}", org.street, org.postal_code, org.city),
        email: org.email.clone(),
        phone: org.phone.clone(),
        bank_account: org.bank_account.clone(),
        representatives: org
            .representatives
            .iter()
            .map(|r| match r.function.trim().is_empty() {
                true => r.name.clone(),
                false => format!("{} ({})", r.name, r.function),
            })
            .collect(),
    }
}

fn partner(p: &granty_domain::offer::PartnerInput) -> Partner {
    Partner {
        name: p.name.clone(),
        country: p.country.clone(),
        registration_number: p.registration_number.clone(),
        address: p.address.clone(),
        scope: p.scope.clone(),
    }
}

fn task(input: &OfferInput) -> Task {
    Task {
        title: input.title.clone(),
        start_date: iso_date(input.start_date),
        end_date: iso_date(input.end_date),
        place: input.place.clone(),
        target_group: input.target_group.clone(),
        summary: input.summary.clone(),
    }
}

fn action((i, a): (usize, &granty_domain::offer::ActionInput)) -> Action {
    Action {
        no: i + 1,
        name: a.name.clone(),
        description: a.description.clone(),
        target_group: a.target_group.clone(),
        start: iso_date(a.start),
        end: iso_date(a.end),
        performer: a.performer.clone(),
        non_party_scope: a.non_party_scope.clone(),
    }
}

fn result_row(r: &granty_domain::offer::ResultInput) -> ResultRow {
    ResultRow {
        name: r.name.clone(),
        planned_value: r.planned_value.clone(),
        monitoring: r.monitoring.clone(),
    }
}

/// V.A in the form's order: per action its row and lines, then the administrative lines.
fn costs(input: &OfferInput, summary: &CostSummary, grant_part_column: bool) -> Costs {
    let table = Table {
        summary,
        per_year: summary.years.len() > 1,
    };
    let actions = table.lines(|l| l.category == CostCategory::Action);
    let admin = table.lines(|l| l.category == CostCategory::Administrative);
    let mut rows = vec![table.sum(CostRowKind::ActionsHeading, "I", "", &actions)];
    for (i, action) in input.schedule.iter().enumerate() {
        let own = table.lines(|l| l.category == CostCategory::Action && l.action_no == Some(i + 1));
        let number = format!("I.{}", i + 1);
        rows.push(table.sum(CostRowKind::Action, &number, &action.name, &own));
        rows.extend(own.iter().map(|l| line_row(l, table.per_year)));
    }
    // Lines tied to no action (or to one not in the schedule) are shown, never dropped.
    let actions_count = input.schedule.len();
    let loose = |l: &CostLine| l.action_no.is_none_or(|no| no == 0 || no > actions_count);
    rows.extend(
        actions
            .iter()
            .filter(|l| loose(l))
            .map(|l| line_row(l, table.per_year)),
    );
    rows.push(table.sum(CostRowKind::ActionsSum, "", "", &actions));
    rows.push(table.sum(CostRowKind::AdminHeading, "II", "", &admin));
    rows.extend(admin.iter().map(|l| line_row(l, table.per_year)));
    rows.push(table.sum(CostRowKind::AdminSum, "", "", &admin));
    let all: Vec<&CostLine> = summary.lines.iter().collect();
    rows.push(table.sum(CostRowKind::Total, "", "", &all));
    Costs {
        currency: summary.currency.code(),
        years: summary.years.clone(),
        rows,
        total: amount(summary.total_costs),
        grant_part_column,
    }
}

/// The cost table being laid out: its lines, and whether it has a column per year.
struct Table<'a> {
    summary: &'a CostSummary,
    per_year: bool,
}

impl<'a> Table<'a> {
    fn lines(&self, keep: impl Fn(&CostLine) -> bool) -> Vec<&'a CostLine> {
        self.summary.lines.iter().filter(|l| keep(l)).collect()
    }

    /// A heading or sum row: the value and the per-year values of `lines` added up (saturating:
    /// sums past the largest amount were refused at filing).
    fn sum(&self, kind: CostRowKind, number: &str, name: &str, lines: &[&CostLine]) -> CostRow {
        let currency = self.summary.currency;
        let mut value = Money::new(0, currency);
        let mut years = vec![Money::new(0, currency); self.summary.years.len()];
        for line in lines {
            value.minor = value.minor.saturating_add(line.value.minor);
            for (sum, v) in years.iter_mut().zip(&line.year_values) {
                sum.minor = sum.minor.saturating_add(v.minor);
            }
        }
        CostRow {
            kind,
            number: number.into(),
            name: name.into(),
            unit: String::new(),
            unit_cost: None,
            quantity: String::new(),
            value: amount(value),
            year_values: match self.per_year {
                true => years.into_iter().map(amount).collect(),
                false => vec![],
            },
            grant_part: None,
        }
    }
}

fn line_row(line: &CostLine, per_year: bool) -> CostRow {
    CostRow {
        kind: CostRowKind::Line,
        number: line.number.clone(),
        name: line.name.clone(),
        unit: line.unit.clone(),
        unit_cost: Some(amount(line.unit_cost)),
        quantity: quantity(line.quantity_hundredths),
        value: amount(line.value),
        year_values: match per_year {
            true => line.year_values.iter().copied().map(amount).collect(),
            false => vec![],
        },
        grant_part: line.grant_part.map(amount),
    }
}

/// Hundredths of a unit as typed: `1250` → `12.5`, `400` → `4`.
fn quantity(hundredths: i64) -> String {
    let (whole, part) = (hundredths / 100, (hundredths % 100).abs());
    match part {
        0 => whole.to_string(),
        p if p % 10 == 0 => format!("{whole}.{}", p / 10),
        p => format!("{whole}.{p:02}"),
    }
}

fn sources(s: &CostSummary, other_public_funds: bool) -> Sources {
    let row = |value: Money| SourceRow {
        value: amount(value),
        share: share(value.share_of(s.total_costs)),
    };
    Sources {
        total: row(s.total_costs),
        grant: row(s.requested_grant),
        own: row(s.own_contribution),
        own_financial: row(s.own_financial),
        own_non_financial: row(s.own_non_financial),
        participant_fees: row(s.participant_fees),
        other_public_funds: other_public_funds.then(|| row(s.other_public_funds)),
    }
}

/// V.C: the applicant's part first, then each partner's (joint offers only).
fn cost_split(input: &OfferInput, s: &CostSummary, applicant: &str) -> Vec<CostSplit> {
    if input.partners.is_empty() {
        return vec![];
    }
    let mut split = vec![CostSplit {
        name: applicant.to_string(),
        value: amount(s.applicant_share),
    }];
    split.extend(
        input
            .partners
            .iter()
            .zip(&s.partner_shares)
            .map(|(p, v)| CostSplit {
                name: p.name.clone(),
                value: amount(*v),
            }),
    );
    split
}

fn declarations(input: &OfferInput) -> Declarations {
    let d = &input.declarations;
    Declarations {
        public_benefit_only: d.public_benefit_only,
        fees_only_in_paid_activity: d.fees_only_in_paid_activity,
        no_tax_arrears: d.no_tax_arrears,
        no_social_security_arrears: d.no_social_security_arrears,
        register_data_consistent: d.register_data_consistent,
        information_true: d.information_true,
        gdpr_statements_obtained: d.gdpr_statements_obtained,
    }
}

#[cfg(test)]
mod tests {
    use super::quantity;

    #[test]
    fn quantities_read_as_typed() {
        assert_eq!(quantity(400), "4");
        assert_eq!(quantity(1250), "12.5");
        assert_eq!(quantity(1205), "12.05");
    }
}
