//! The cost table (V.A) and the sources table (V.B) computed from what the applicant typed:
//! every line value, sum and share, with the entries that cannot be computed named.

use super::{
    task_years, CostCategory, CostLine, CostLineInput, CostSummary, OfferInput, MAX_COST_LINES,
    MAX_PARTNERS,
};
use crate::call::{amount_field, amount_rule};
use crate::money::{parse_fixed, Currency, Money, MAX_MINOR};
use crate::violation::{Rule, Violations};

/// Computes every line value, sum and share, and reports entries that cannot be computed.
pub fn compute_costs(input: &OfferInput, currency: Currency) -> (CostSummary, Violations) {
    let mut v = Violations::new();
    let years = task_years(input.start_date, input.end_date);
    if input.costs.len() > MAX_COST_LINES {
        v.push(
            "costs",
            Rule::TooManyItems {
                max: MAX_COST_LINES,
            },
        );
    }
    let mut numbering = Numbering::new(input.schedule.len());
    let lines: Vec<CostLine> = input
        .costs
        .iter()
        .enumerate()
        .take(MAX_COST_LINES)
        .map(|(i, line)| compute_line(&mut v, i, line, &mut numbering, &years, currency))
        .collect();
    let totals = Totals::of(&mut v, &lines, input.schedule.len(), years.len(), currency);
    let sources = Sources::parse(&mut v, input, currency);
    let partner_shares = partner_shares(&mut v, input, currency);
    let partners_total = checked_sum(&mut v, "partners", currency, partner_shares.clone());
    let applicant_share = Money::new(totals.total_costs.minor - partners_total.minor, currency);
    let summary = CostSummary {
        currency,
        years,
        lines,
        grant_share: sources.requested_grant.share_of(totals.total_costs),
        own_contribution_share: sources.own_contribution.share_of(totals.total_costs),
        own_financial_share: sources.own_financial.share_of(totals.total_costs),
        own_non_financial_share: sources.own_non_financial.share_of(totals.total_costs),
        admin_share: totals.admin_costs.share_of(totals.total_costs),
        action_totals: totals.action_totals,
        action_costs: totals.action_costs,
        admin_costs: totals.admin_costs,
        total_costs: totals.total_costs,
        year_totals: totals.year_totals,
        requested_grant: sources.requested_grant,
        own_financial: sources.own_financial,
        own_personal: sources.own_personal,
        own_in_kind: sources.own_in_kind,
        own_non_financial: sources.own_non_financial,
        own_contribution: sources.own_contribution,
        participant_fees: sources.participant_fees,
        other_public_funds: sources.other_public_funds,
        total_sources: sources.total,
        partner_shares,
        applicant_share,
    };
    (summary, v)
}

/// The form's numbering: `I.<action>.<n>` per action in the order typed, `II.<n>` for
/// administrative lines.
struct Numbering {
    per_action: Vec<usize>,
    admin: usize,
}

impl Numbering {
    fn new(actions: usize) -> Numbering {
        Numbering {
            per_action: vec![0; actions],
            admin: 0,
        }
    }

    fn next(&mut self, v: &mut Violations, i: usize, line: &CostLineInput) -> String {
        let field = format!("costs[{i}].action_no");
        match (line.category, line.action_no) {
            (CostCategory::Administrative, _) => {
                self.admin += 1;
                format!("II.{}", self.admin)
            }
            (CostCategory::Action, Some(no)) if no >= 1 && no <= self.per_action.len() => {
                self.per_action[no - 1] += 1;
                format!("I.{no}.{}", self.per_action[no - 1])
            }
            (CostCategory::Action, Some(no)) => {
                v.push(field, Rule::UnknownAction { action_no: no });
                format!("I.?.{}", i + 1)
            }
            (CostCategory::Action, None) => {
                v.push(field, Rule::Required);
                format!("I.?.{}", i + 1)
            }
        }
    }
}

fn compute_line(
    v: &mut Violations,
    i: usize,
    line: &CostLineInput,
    numbering: &mut Numbering,
    years: &[i32],
    currency: Currency,
) -> CostLine {
    let field = |name: &str| format!("costs[{i}].{name}");
    let unit_cost = amount_field(v, &field("unit_cost"), &line.unit_cost, currency, true);
    let quantity = quantity_field(v, &field("quantity"), &line.quantity);
    let value = match (unit_cost, quantity) {
        (Some(cost), Some(q)) => line_value(cost, q).or_else(|| {
            v.push(field("quantity"), Rule::AmountTooLarge);
            None
        }),
        _ => None,
    };
    let number = numbering.next(v, i, line);
    let year_values = year_values(v, i, line, value, years, currency);
    let grant_part = amount_field(v, &field("grant_part"), &line.grant_part, currency, false);
    CostLine {
        number,
        category: line.category,
        action_no: line
            .action_no
            .filter(|_| line.category == CostCategory::Action),
        name: line.name.trim().to_string(),
        unit: line.unit.trim().to_string(),
        unit_cost: unit_cost.unwrap_or(Money::zero(currency)),
        quantity_hundredths: quantity.unwrap_or(0),
        value: value.unwrap_or(Money::zero(currency)),
        year_values,
        grant_part,
    }
}

/// The sums of the cost table.
struct Totals {
    action_totals: Vec<Money>,
    action_costs: Money,
    admin_costs: Money,
    total_costs: Money,
    year_totals: Vec<Money>,
}

impl Totals {
    fn of(
        v: &mut Violations,
        lines: &[CostLine],
        actions: usize,
        years: usize,
        currency: Currency,
    ) -> Totals {
        let mut sum_where = |pred: &dyn Fn(&CostLine) -> bool| {
            let values = lines.iter().filter(|l| pred(l)).map(|l| l.value);
            checked_sum(v, "costs", currency, values)
        };
        let action_costs = sum_where(&|l: &CostLine| l.category == CostCategory::Action);
        let admin_costs = sum_where(&|l: &CostLine| l.category == CostCategory::Administrative);
        let action_totals = (1..=actions)
            .map(|no| {
                sum_where(&|l: &CostLine| {
                    l.category == CostCategory::Action && l.action_no == Some(no)
                })
            })
            .collect();
        let year_totals = (0..years)
            .map(|y| {
                let values = lines.iter().filter_map(|l| l.year_values.get(y).copied());
                checked_sum(v, "costs", currency, values)
            })
            .collect();
        Totals {
            action_totals,
            action_costs,
            admin_costs,
            total_costs: checked_sum(v, "costs", currency, [action_costs, admin_costs]),
            year_totals,
        }
    }
}

/// The sum of `items`; when it is too large to hold, `SumTooLarge` on `field` (once) and zero,
/// so the offer is refused instead of carrying a total capped at the maximum.
fn checked_sum(
    v: &mut Violations,
    field: &str,
    currency: Currency,
    items: impl IntoIterator<Item = Money>,
) -> Money {
    Money::sum(currency, items).unwrap_or_else(|| {
        let flagged = v
            .iter()
            .any(|x| x.field == field && x.rule == Rule::SumTooLarge);
        if !flagged {
            v.push(field, Rule::SumTooLarge);
        }
        Money::zero(currency)
    })
}

/// The sources table (V.B) as amounts; one that does not parse counts as zero.
struct Sources {
    requested_grant: Money,
    own_financial: Money,
    own_personal: Money,
    own_in_kind: Money,
    own_non_financial: Money,
    own_contribution: Money,
    participant_fees: Money,
    other_public_funds: Money,
    total: Money,
}

impl Sources {
    fn parse(v: &mut Violations, input: &OfferInput, currency: Currency) -> Sources {
        let s = &input.sources;
        let mut source = |name: &str, text: &str| {
            amount_field(v, &format!("sources.{name}"), text, currency, false)
                .unwrap_or(Money::zero(currency))
        };
        let requested_grant = source("requested_grant", &s.requested_grant);
        let own_financial = source("own_financial", &s.own_financial);
        let own_personal = source("own_personal", &s.own_personal);
        let own_in_kind = source("own_in_kind", &s.own_in_kind);
        let participant_fees = source("participant_fees", &s.participant_fees);
        let other_public_funds = source("other_public_funds", &s.other_public_funds);
        let own_non_financial = checked_sum(v, "sources", currency, [own_personal, own_in_kind]);
        let own_contribution =
            checked_sum(v, "sources", currency, [own_financial, own_non_financial]);
        let parts = [
            requested_grant,
            own_contribution,
            participant_fees,
            other_public_funds,
        ];
        Sources {
            requested_grant,
            own_financial,
            own_personal,
            own_in_kind,
            own_non_financial,
            own_contribution,
            participant_fees,
            other_public_funds,
            total: checked_sum(v, "sources", currency, parts),
        }
    }
}

/// Each partner's part of the total costs (V.C); one that does not parse counts as zero.
fn partner_shares(v: &mut Violations, input: &OfferInput, currency: Currency) -> Vec<Money> {
    input
        .partners
        .iter()
        .take(MAX_PARTNERS)
        .enumerate()
        .map(|(i, p)| {
            let field = format!("partners[{i}].cost_share");
            amount_field(v, &field, &p.cost_share, currency, false).unwrap_or(Money::zero(currency))
        })
        .collect()
}

/// Quantity with up to two decimals, in hundredths.
fn quantity_field(v: &mut Violations, field: &str, text: &str) -> Option<i64> {
    if crate::text::is_blank(text) {
        v.push(field, Rule::Required);
        return None;
    }
    match parse_fixed(text, 2) {
        Ok(q) if q <= 0 => {
            v.push(field, Rule::MustBePositive);
            None
        }
        Ok(q) => Some(q),
        Err(error) => {
            v.push(field, amount_rule(error, 2));
            None
        }
    }
}

/// unit cost × quantity, rounded half up to the minor unit.
fn line_value(unit_cost: Money, quantity_hundredths: i64) -> Option<Money> {
    let product = unit_cost.minor as i128 * quantity_hundredths as i128;
    let minor = (product + 50) / 100;
    (minor <= MAX_MINOR as i128).then(|| Money::new(minor as i64, unit_cost.currency))
}

fn year_values(
    v: &mut Violations,
    index: usize,
    line: &CostLineInput,
    value: Option<Money>,
    years: &[i32],
    currency: Currency,
) -> Vec<Money> {
    let field = format!("costs[{index}].year_values");
    if years.len() <= 1 {
        // One year: the whole value falls in it; nothing to type.
        return vec![value.unwrap_or(Money::zero(currency))];
    }
    if line.year_values.len() != years.len() {
        v.push(
            &field,
            Rule::YearValuesCount {
                expected: years.len(),
            },
        );
        return vec![];
    }
    let values: Vec<Money> = line
        .year_values
        .iter()
        .enumerate()
        .filter_map(|(y, text)| amount_field(v, &format!("{field}[{y}]"), text, currency, true))
        .collect();
    // A line whose value could not be computed already has its violation: nothing to add up to.
    if let Some(value) = value {
        let sum = Money::sum(currency, values.iter().copied());
        if values.len() == years.len() && sum != Some(value) {
            v.push(&field, Rule::YearValuesSum { total: value });
        }
    }
    values
}
