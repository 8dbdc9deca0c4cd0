//! The offer's money against the call and the law: grant limits, sources equal to costs, the
//! own contribution, the administrative cap, the grant-financed parts of lines, participants'
//! fees and the "other public funds" row.

use super::{CostSummary, OfferContext, OfferInput, Remuneration};
use crate::money::Money;
use crate::organisation::LegalForm;
use crate::violation::{Rule, Violations};

pub(super) fn check_money_rules(
    v: &mut Violations,
    input: &OfferInput,
    s: &CostSummary,
    ctx: &OfferContext<'_>,
) {
    check_grant_limits(v, input, s, ctx);
    if s.total_sources != s.total_costs {
        v.push(
            "sources",
            Rule::TotalsDiffer {
                costs: s.total_costs,
                sources: s.total_sources,
            },
        );
    }
    check_own_contribution(v, s, ctx);
    if let Some(cap) = ctx.call.admin_cost_cap {
        if s.admin_costs.minor > s.total_costs.percent_floor(cap).minor {
            v.push(
                "costs",
                Rule::AdminCostsAboveCap {
                    cap,
                    actual: s.admin_share,
                },
            );
        }
    }
    check_grant_parts(v, input, s, ctx.call.grant_part_per_line);
    check_fees(v, input, s, ctx.applicant_form);
    check_other_public_funds(v, s, ctx.other_public_funds);
}

fn check_grant_limits(
    v: &mut Violations,
    input: &OfferInput,
    s: &CostSummary,
    ctx: &OfferContext<'_>,
) {
    let call = ctx.call;
    // A grant that did not parse already has its violation; it is not compared with the limits.
    let grant_parsed = !v.iter().any(|x| x.field == "sources.requested_grant");
    if crate::text::is_blank(&input.sources.requested_grant) {
        v.push("sources.requested_grant", Rule::Required);
    } else if grant_parsed && s.requested_grant.minor < call.min_grant.minor {
        v.push(
            "sources.requested_grant",
            Rule::GrantBelowMinimum {
                minimum: call.min_grant,
            },
        );
    } else if grant_parsed && s.requested_grant.minor > call.max_grant.minor {
        v.push(
            "sources.requested_grant",
            Rule::GrantAboveMaximum {
                maximum: call.max_grant,
            },
        );
    }
}

/// "At least x%" is checked against the exact amount, not the rounded share. A call that
/// entrusts the task asks for no own contribution at all (see
/// [`crate::call::CallTerms::required_own_contribution`]).
fn check_own_contribution(v: &mut Violations, s: &CostSummary, ctx: &OfferContext<'_>) {
    let rule = ctx.call.required_own_contribution();
    let below = |amount: Money, share| amount.minor < s.total_costs.percent_ceil(share).minor;
    if below(s.own_contribution, rule.min_total) {
        v.push(
            "sources.own_financial",
            Rule::OwnContributionTooLow {
                required: rule.min_total,
                actual: s.own_contribution_share,
            },
        );
    }
    if below(s.own_financial, rule.min_financial) {
        v.push(
            "sources.own_financial",
            Rule::FinancialContributionTooLow {
                required: rule.min_financial,
                actual: s.own_financial_share,
            },
        );
    }
    if below(s.own_non_financial, rule.min_non_financial) {
        v.push(
            "sources.own_personal",
            Rule::NonFinancialContributionTooLow {
                required: rule.min_non_financial,
                actual: s.own_non_financial_share,
            },
        );
    }
}

fn check_grant_parts(v: &mut Violations, input: &OfferInput, s: &CostSummary, asked: bool) {
    if !asked {
        if s.lines.iter().any(|l| l.grant_part.is_some()) {
            v.push("costs", Rule::GrantPartsNotAllowed);
        }
        return;
    }
    for (i, line) in s.lines.iter().enumerate() {
        match line.grant_part {
            // Only an empty part is missing; a typed but invalid one already has its violation.
            None if input
                .costs
                .get(i)
                .is_some_and(|c| crate::text::is_blank(&c.grant_part)) =>
            {
                v.push(format!("costs[{i}].grant_part"), Rule::Required)
            }
            Some(part) if part.minor > line.value.minor => v.push(
                format!("costs[{i}].grant_part"),
                Rule::GrantPartAboveLine { line: line.value },
            ),
            _ => {}
        }
    }
    let parts = Money::sum(s.currency, s.lines.iter().filter_map(|l| l.grant_part));
    if parts.is_none() {
        v.push("costs", Rule::SumTooLarge);
    } else if s.lines.iter().all(|l| l.grant_part.is_some()) && parts != Some(s.requested_grant) {
        v.push(
            "costs",
            Rule::GrantPartsSum {
                grant: s.requested_grant,
            },
        );
    }
}

/// Fees from the task's participants are paid public-benefit activity (art. 8 ust. 1): refused
/// when the offer declares unpaid activity only, and always from a simple association, which
/// may run no paid activity at all.
fn check_fees(v: &mut Violations, input: &OfferInput, s: &CostSummary, form: LegalForm) {
    if s.participant_fees.minor <= 0 {
        return;
    }
    let field = "sources.participant_fees";
    if form == LegalForm::SimpleAssociation {
        v.push(field, Rule::FeesNotAllowedForSimpleAssociation);
    } else if input.declarations.remuneration == Some(Remuneration::Unpaid) {
        v.push(field, Rule::FeesWithoutPaidActivity);
    }
}

/// The 2018 form has no "other public funds" row (such money is the financial own
/// contribution, 3.1), so unless the town's form adds the row an amount there is refused
/// rather than dropped: dropping it would leave the sources short of the costs without telling
/// the applicant where the money belongs.
fn check_other_public_funds(v: &mut Violations, s: &CostSummary, row_offered: bool) {
    if !row_offered && s.other_public_funds.minor > 0 {
        v.push(
            "sources.other_public_funds",
            Rule::OtherPublicFundsNotAllowed,
        );
    }
}
