//! The sixth call's agreements after their tasks ended: the final reports filed through the
//! organisation's use cases, one accepted by the clerk and its return paid late (interest
//! charged, then paid, the agreement settled), the other awaiting the clerk's review.

use super::settled_call::warsaw;
use super::store;
use anyhow::{bail, Result};
use chrono::Duration;
use granty_domain::agreement::AgreementTerms;
use granty_domain::report::{
    ActionReport, ActualSources, CostReport, ReportDeclarations, ReportInput, ReportKind,
    ResultReport, ReviewDecision,
};
use granty_store::reports::{self, ReportView, ReviewForm, StartReport};
use granty_store::settlement::{self, ReturnPaymentForm};
use granty_store::{agreements, Actor, Db};

/// The agreement settled with a return paid late.
pub struct Settled {
    pub agreement_id: i64,
    pub report_id: i64,
    /// The unused grant returned and the interest charged on it (minor units).
    pub returned: i64,
    pub interest: i64,
    pub days_late: i64,
}

/// The agreement whose final report awaits the clerk's review.
pub struct Awaiting {
    pub agreement_id: i64,
    pub report_id: i64,
}

/// How many days after its deadline the demo's return is paid.
const DAYS_LATE: i64 = 84;
/// The grant the settled agreement's report leaves unused: 3 000 zł.
const UNUSED: i64 = 300_000;

/// The organisation opens the final report three days after the task ended, fills it in as
/// spent (`spend_less` of the grant unused) and submits it `days_after_end` days after the end.
pub(super) async fn file_final(
    db: &Db,
    ngo: &Actor,
    agreement_id: i64,
    spend_less: i64,
    days_after_end: i64,
) -> Result<i64> {
    let terms = agreements::get(db, ngo, agreement_id)
        .await
        .map_err(store)?
        .terms;
    let opened_at = warsaw(terms.ends_on + Duration::days(3), 9)?;
    let start = StartReport {
        kind: Some(ReportKind::Final),
        period_from: Some(terms.starts_on),
    };
    let view = reports::start_report(db, ngo, agreement_id, start, opened_at)
        .await
        .map_err(store)?;
    let content = filled(&terms, &view, spend_less);
    let at = opened_at + Duration::hours(1);
    reports::save_draft(db, ngo, view.id, Some(view.lock_version), Some(content), at)
        .await
        .map_err(store)?;
    let submitted_at = warsaw(terms.ends_on + Duration::days(days_after_end), 11)?;
    reports::submit(db, ngo, view.id, submitted_at)
        .await
        .map_err(store)?;
    Ok(view.id)
}

/// The final report filed ten days after the end with 3 000 zł unused; the clerk accepts it
/// ten days later (the return is decided), the organisation pays the return 84 days after its
/// deadline and then the interest charged: the agreement is settled.
pub(super) async fn settle_late(
    db: &Db,
    clerk: &Actor,
    ngo: &Actor,
    agreement_id: i64,
) -> Result<Settled> {
    let report_id = file_final(db, ngo, agreement_id, UNUSED, 10).await?;
    let ends_on = agreements::get(db, clerk, agreement_id)
        .await
        .map_err(store)?
        .terms
        .ends_on;
    let accepted_at = warsaw(ends_on + Duration::days(20), 10)?;
    let accept = ReviewForm {
        decision: Some(ReviewDecision::Accept),
        ..ReviewForm::default()
    };
    reports::review(db, clerk, report_id, accept, accepted_at)
        .await
        .map_err(store)?;
    let decided = settlement::get(db, clerk, agreement_id, accepted_at)
        .await
        .map_err(store)?
        .standing;
    let Some(due_on) = decided.returns.first().map(|r| r.due_on) else {
        bail!("accepting the report decided no return");
    };
    let paid_on = due_on.max(accepted_at.date_naive()) + Duration::days(DAYS_LATE);
    let principal = pay(db, clerk, agreement_id, decided.to_return, paid_on).await?;
    let interest = principal.interest_charged;
    if principal.left_to_pay > 0 {
        let later = paid_on + Duration::days(4);
        pay(db, clerk, agreement_id, principal.left_to_pay, later).await?;
    }
    let state = agreements::get(db, clerk, agreement_id)
        .await
        .map_err(store)?
        .state;
    if state != "settled" || interest <= 0 {
        bail!("the late return left the agreement {state} with interest {interest}");
    }
    Ok(Settled {
        agreement_id,
        report_id,
        returned: decided.to_return,
        interest,
        days_late: (paid_on - due_on).num_days(),
    })
}

/// The clerk records the organisation's transfer of `minor` on `paid_on`.
async fn pay(
    db: &Db,
    clerk: &Actor,
    agreement_id: i64,
    minor: i64,
    paid_on: chrono::NaiveDate,
) -> Result<settlement::Standing> {
    let form = ReturnPaymentForm {
        amount: decimal(minor),
        currency: None,
        paid_on: Some(paid_on),
        note: "Zwrot niewykorzystanej dotacji".into(),
    };
    settlement::record_return_payment(db, clerk, agreement_id, &form, warsaw(paid_on, 14)?)
        .await
        .map_err(store)
}

fn decimal(minor: i64) -> String {
    format!("{}.{:02}", minor / 100, minor % 100)
}

/// A report that adds up: every line spent as agreed but the first with enough grant, which
/// spends `spend_less` less; the grant spread over the lines in order; the own means as agreed.
fn filled(terms: &AgreementTerms, view: &ReportView, spend_less: i64) -> ReportInput {
    let mut grant_left = terms.grant.minor;
    let mut less = spend_less;
    let costs = terms
        .cost_lines
        .iter()
        .map(|line| {
            let grant = line.value.minor.min(grant_left);
            grant_left -= grant;
            let cut = if grant >= less {
                std::mem::take(&mut less)
            } else {
                0
            };
            CostReport {
                year_values: vec![decimal(line.value.minor - cut)],
                grant_part: decimal(grant - cut),
            }
        })
        .collect();
    ReportInput {
        results_description: "Cel osiągnięty: zajęcia odbyły się zgodnie z planem.".into(),
        results: vec![
            ResultReport {
                achieved_value: "40".into(),
                source: "listy obecności".into(),
            };
            view.planned_results.len()
        ],
        actions: vec![
            ActionReport {
                description: "Przeprowadzone zgodnie z umową.".into(),
                deviations: String::new(),
            };
            view.planned_actions.len()
        ],
        costs,
        sources: ActualSources {
            grant: decimal(terms.grant.minor - spend_less),
            own_financial: decimal(terms.own_financial.minor),
            own_personal: decimal(terms.own_non_financial.minor),
            participant_fees: decimal(terms.participant_fees.minor),
            ..ActualSources::default()
        },
        contribution_description: "Praca wolontariuszy przy zajęciach.".into(),
        declarations: ReportDeclarations {
            status_unchanged: true,
            information_true: true,
            gdpr_statements_obtained: true,
        },
        ..ReportInput::default()
    }
}
