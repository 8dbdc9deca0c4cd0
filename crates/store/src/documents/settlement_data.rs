//! The settlement's document data from the settlement view (the figures the screens show, the
//! returns with their payments and interest) and the agreement's terms: no figure is computed
//! here, only put into the document's shape.

use super::settlement::Acceptance;
use super::{iso_date, local_time};
use crate::agreements::view::terms_of;
use crate::entities::agreement;
use crate::error::StoreResult;
use crate::settlement::{ReturnView, SettlementView, Standing};
use crate::Actor;
use chrono_tz::Tz;
use granty_documents::data::settlement::{
    AgreementFacts, DecisionFacts, ExplanationRow, FigureRow, InputRow, InterestRow, PaymentRow,
    PeriodRow, ReturnRow, SettlementData, Totals, TransferRow,
};
use granty_documents::data::{Amount, Share};
use granty_domain::agreement::{retention_until, AgreementState, AgreementTerms, PartyRole};
use granty_domain::settlement::{Figure, Interest, Transfer};
use serde_json::Value;

/// What the settlement's document is made of.
pub(super) struct Gathered<'a> {
    pub actor: &'a Actor,
    pub row: &'a agreement::Model,
    pub view: &'a SettlementView,
    pub transfers: &'a [Transfer],
    pub acceptance: Option<&'a Acceptance>,
}

pub(super) fn settlement_data(g: &Gathered<'_>) -> StoreResult<SettlementData> {
    let standing = &g.view.standing;
    let currency = standing.currency.code();
    let money = |minor: i64| Amount::new(minor, currency);
    let terms = terms_of(g.row)?;
    let settled = g.row.state == AgreementState::Settled.code();
    let paid_to_last = standing.payments.iter().map(|p| p.paid_on).max();
    // A settled agreement's figures are final: it stands as on its last payment.
    let as_of = match (settled, paid_to_last) {
        (true, Some(last)) => last,
        _ => standing.as_of,
    };
    Ok(SettlementData {
        agreement: agreement_facts(g, &terms),
        figures: figures(g.view, currency),
        transfers: g
            .transfers
            .iter()
            .map(|t| TransferRow {
                paid_on: t.paid_on.to_string(),
                amount: money(t.amount),
            })
            .collect(),
        returns: standing
            .returns
            .iter()
            .map(|r| return_row(r, currency))
            .collect(),
        payments: standing
            .payments
            .iter()
            .map(|p| PaymentRow {
                paid_on: p.paid_on.to_string(),
                amount: money(p.amount),
                note: p.note.clone(),
            })
            .collect(),
        totals: totals(standing),
        decision: g.acceptance.map(|a| decision(a, g.actor.tenant.time_zone)),
        state: match (settled, standing.left_to_pay > 0) {
            (true, _) => "settled",
            (false, true) => "outstanding",
            (false, false) => "open",
        }
        .into(),
        as_of: as_of.to_string(),
        retention_until: retention_until(terms.ends_on).to_string(),
    })
}

/// The agreement as its terms in force name it: the parties, the task, the dates, the grant.
fn agreement_facts(g: &Gathered<'_>, terms: &AgreementTerms) -> AgreementFacts {
    let zone = g.actor.tenant.time_zone;
    let party = |role: PartyRole| terms.parties.iter().filter(move |p| p.role == role);
    let name = |role: PartyRole| party(role).next().map(|p| p.name.clone());
    AgreementFacts {
        number: g.row.number.clone(),
        concluded_on: iso_date(
            g.row
                .signed_at
                .map(|at| at.with_timezone(&zone).date_naive()),
        ),
        authority: name(PartyRole::Town).unwrap_or_else(|| g.actor.tenant.name.clone()),
        organisation: name(PartyRole::Organisation).unwrap_or_default(),
        partners: party(PartyRole::Partner).map(|p| p.name.clone()).collect(),
        task_title: terms.task_title.clone(),
        starts_on: terms.starts_on.to_string(),
        ends_on: terms.ends_on.to_string(),
        use_by: terms.use_by.to_string(),
        granted: Amount::new(terms.grant.minor, g.view.standing.currency.code()),
    }
}

fn totals(standing: &Standing) -> Totals {
    let money = |minor: i64| Amount::new(minor, standing.currency.code());
    Totals {
        to_return: money(standing.to_return),
        paid: money(standing.paid),
        outstanding: money(standing.outstanding),
        interest_charged: money(standing.interest_charged),
        interest_paid: money(standing.interest_paid),
        left_to_pay: money(standing.left_to_pay),
    }
}

fn decision(acceptance: &Acceptance, zone: Tz) -> DecisionFacts {
    let version = &acceptance.version;
    DecisionFacts {
        report_version: version.version_no,
        submitted_at: local_time(version.submitted_at, zone),
        accepted_by: acceptance.reviewer.clone(),
        accepted_at: version
            .reviewed_at
            .map(|at| local_time(at, zone))
            .unwrap_or_default(),
    }
}

/// The settlement's figures in the order the money moves: granted, paid, used, what is not
/// kept (excessive, unused, income) and the total to return.
fn figures(view: &SettlementView, currency: &'static str) -> Vec<FigureRow> {
    let Some(settlement) = &view.settlement else {
        return Vec::new();
    };
    let f = &settlement.figures;
    let named: [(&str, &Figure); 10] = [
        ("granted", &f.granted),
        ("paid", &f.paid),
        ("declared_used", &f.declared_used),
        ("used", &f.used),
        ("shift_excess", &f.shift_excess),
        ("share_excess", &f.share_excess),
        ("excessive", &f.excessive),
        ("unused", &f.unused),
        ("other_income", &f.other_income),
        ("to_return", &f.to_return),
    ];
    named
        .into_iter()
        .map(|(name, figure)| FigureRow {
            name: name.into(),
            amount: Amount::new(figure.amount, currency),
            explanation: explanation(
                &serde_json::to_value(&figure.explanation).unwrap_or_default(),
                currency,
            ),
        })
        .collect()
}

fn return_row(r: &ReturnView, currency: &'static str) -> ReturnRow {
    let money = |minor: i64| Amount::new(minor, currency);
    ReturnRow {
        kind: r.kind.code().into(),
        amount: money(r.amount),
        due_on: r.due_on.to_string(),
        interest_from: r.interest_from.to_string(),
        explanation: explanation(&r.explanation, currency),
        parts: r
            .parts
            .iter()
            .map(|p| TransferRow {
                paid_on: p.paid_on.to_string(),
                amount: money(p.amount),
            })
            .collect(),
        outstanding: money(r.outstanding),
        interest: interest_row(&r.interest, currency),
    }
}

fn interest_row(i: &Interest, currency: &'static str) -> InterestRow {
    let money = |minor: i64| Amount::new(minor, currency);
    InterestRow {
        periods: i
            .periods
            .iter()
            .map(|p| PeriodRow {
                principal: money(p.principal),
                from: p.from.to_string(),
                to: p.to.to_string(),
                days: p.days,
                rate: Share::of_basis_points(p.rate.basis_points()),
                interest: money(p.interest_minor),
            })
            .collect(),
        exact: money(i.exact_minor),
        rounded: money(i.rounded_minor),
        floor: money(i.floor_minor),
        charged: money(i.charged_minor),
        below_floor: i.exact_minor > 0 && i.charged_minor == 0,
    }
}

/// An explanation as the domain serialises it (`rule`, `basis`, `inputs` of typed values): the
/// returns keep it so as decided, the figures give it as computed.
fn explanation(value: &Value, currency: &'static str) -> ExplanationRow {
    let code = |key: &str| value[key].as_str().unwrap_or_default().to_string();
    ExplanationRow {
        rule: code("rule"),
        basis: code("basis"),
        inputs: value["inputs"]
            .as_array()
            .map(|inputs| inputs.iter().filter_map(|i| input(i, currency)).collect())
            .unwrap_or_default(),
    }
}

fn input(value: &Value, currency: &'static str) -> Option<InputRow> {
    let name = value["name"].as_str()?;
    let typed = &value["value"]["value"];
    match value["value"]["type"].as_str()? {
        "money" => Some(InputRow::money(
            name,
            Amount::new(typed.as_i64()?, currency),
        )),
        "percent" => Some(InputRow::percent(name, typed.as_i64()?)),
        "date" => Some(InputRow::date(name, typed.as_str()?)),
        "days" => Some(InputRow::days(name, typed.as_i64()?)),
        _ => None,
    }
}
