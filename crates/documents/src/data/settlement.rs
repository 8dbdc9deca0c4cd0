//! The settlement of an agreement (issue 13): the agreement, the grant granted, paid (each
//! transfer) and used, the amounts to return with the rule, legal basis and inputs behind each,
//! the payments of returns with the interest on late ones, the totals, the clerk's decision on
//! the final report, the state and the day the documents may go.
//!
//! Rule, basis, kind and input names are the domain's codes (`granty_domain::settlement`): the
//! template words them with the `settlement-rule-<code>`, `settlement-basis-<code>`,
//! `settlement-kind-<code>` and `settlement-input-<name>` texts.

use super::{Amount, Share};
use serde::Serialize;

/// Everything the settlement's template reads.
#[derive(Debug, Clone, Serialize)]
pub struct SettlementData {
    pub agreement: AgreementFacts,
    /// The settlement's figures (granted, paid, used, unused, excessive…), each explained;
    /// empty while no final report was filed.
    pub figures: Vec<FigureRow>,
    pub transfers: Vec<TransferRow>,
    pub returns: Vec<ReturnRow>,
    pub payments: Vec<PaymentRow>,
    pub totals: Totals,
    /// The clerk's acceptance of the final report; none while it is not accepted.
    pub decision: Option<DecisionFacts>,
    /// `settled`, `outstanding` (something left to pay) or `open` (no accepted report yet).
    pub state: String,
    /// ISO date the figures and interest are computed on.
    pub as_of: String,
    /// ISO date until which the task's documents are kept.
    pub retention_until: String,
}

/// The agreement the settlement closes.
#[derive(Debug, Clone, Serialize)]
pub struct AgreementFacts {
    pub number: String,
    /// ISO date of signature; empty when not signed.
    pub concluded_on: String,
    pub authority: String,
    pub organisation: String,
    pub partners: Vec<String>,
    pub task_title: String,
    pub starts_on: String,
    pub ends_on: String,
    pub use_by: String,
    pub granted: Amount,
}

/// One figure and its explanation.
#[derive(Debug, Clone, Serialize)]
pub struct FigureRow {
    /// The figure's name (`granted`, `paid`, `used`, `shift_excess`…).
    pub name: String,
    pub amount: Amount,
    pub explanation: ExplanationRow,
}

/// The rule, the provision and the named inputs behind a figure or a return.
#[derive(Debug, Clone, Serialize)]
pub struct ExplanationRow {
    pub rule: String,
    pub basis: String,
    pub inputs: Vec<InputRow>,
}

/// A named input: exactly one of the values is set, by `kind` (`money`, `percent`, `date`,
/// `days`).
#[derive(Debug, Clone, Serialize)]
pub struct InputRow {
    pub name: String,
    pub kind: String,
    pub amount: Option<Amount>,
    pub percent: Option<Share>,
    pub date: Option<String>,
    pub days: Option<i64>,
}

impl InputRow {
    fn of(name: &str, kind: &str) -> InputRow {
        InputRow {
            name: name.into(),
            kind: kind.into(),
            amount: None,
            percent: None,
            date: None,
            days: None,
        }
    }

    pub fn money(name: &str, amount: Amount) -> InputRow {
        InputRow {
            amount: Some(amount),
            ..InputRow::of(name, "money")
        }
    }

    pub fn percent(name: &str, basis_points: i64) -> InputRow {
        InputRow {
            percent: Some(Share::of_basis_points(basis_points)),
            ..InputRow::of(name, "percent")
        }
    }

    pub fn date(name: &str, date: &str) -> InputRow {
        InputRow {
            date: Some(date.into()),
            ..InputRow::of(name, "date")
        }
    }

    pub fn days(name: &str, days: i64) -> InputRow {
        InputRow {
            days: Some(days),
            ..InputRow::of(name, "days")
        }
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct TransferRow {
    pub paid_on: String,
    pub amount: Amount,
}

/// One return decided, what was paid of it and its interest.
#[derive(Debug, Clone, Serialize)]
pub struct ReturnRow {
    /// `unused`, `other_income`, `misused`, `undue`, `excessive`.
    pub kind: String,
    pub amount: Amount,
    pub due_on: String,
    pub interest_from: String,
    pub explanation: ExplanationRow,
    pub parts: Vec<TransferRow>,
    pub outstanding: Amount,
    pub interest: InterestRow,
}

/// The interest on one return: the periods at each rate, the exact sum, rounded to whole
/// units, and charged only above the floor.
#[derive(Debug, Clone, Serialize)]
pub struct InterestRow {
    pub periods: Vec<PeriodRow>,
    pub exact: Amount,
    pub rounded: Amount,
    pub floor: Amount,
    pub charged: Amount,
    /// Interest was computed but not charged: it does not exceed the floor.
    pub below_floor: bool,
}

#[derive(Debug, Clone, Serialize)]
pub struct PeriodRow {
    pub principal: Amount,
    pub from: String,
    pub to: String,
    pub days: i64,
    pub rate: Share,
    pub interest: Amount,
}

#[derive(Debug, Clone, Serialize)]
pub struct PaymentRow {
    pub paid_on: String,
    pub amount: Amount,
    pub note: String,
}

/// The sums of the returns (minor units of the agreement's currency).
#[derive(Debug, Clone, Serialize)]
pub struct Totals {
    pub to_return: Amount,
    pub paid: Amount,
    pub outstanding: Amount,
    pub interest_charged: Amount,
    pub interest_paid: Amount,
    pub left_to_pay: Amount,
}

/// Who accepted the final report (its version), and when (town's zone).
#[derive(Debug, Clone, Serialize)]
pub struct DecisionFacts {
    pub report_version: i32,
    pub submitted_at: String,
    pub accepted_by: String,
    pub accepted_at: String,
}

impl SettlementData {
    /// A 20 000 zł grant paid in two transfers, 18 500 zł used, 1 500 zł of unused grant paid
    /// sixty days late with interest, and the bank interest with it (its interest under the floor): settled.
    pub fn sample() -> SettlementData {
        let pln = Amount::pln;
        let figure = |name: &str, minor: i64, rule: &str, basis: &str, inputs| FigureRow {
            name: name.into(),
            amount: pln(minor),
            explanation: explained(rule, basis, inputs),
        };
        SettlementData {
            agreement: AgreementFacts {
                number: "UM/12/2027".into(),
                concluded_on: "2027-02-15".into(),
                authority: "Gmina Miasto Przykładowo".into(),
                organisation: "Fundacja Śląskich Zespołów Ćwiczeń".into(),
                partners: vec!["Spolek Přátel Hudby z.s.".into()],
                task_title: "Letnie koncerty w parku „Źródełko”".into(),
                starts_on: "2027-03-01".into(),
                ends_on: "2027-09-30".into(),
                use_by: "2027-09-30".into(),
                granted: pln(2_000_000),
            },
            figures: vec![
                figure("granted", 2_000_000, "granted", "agreement", vec![]),
                figure("paid", 2_000_000, "paid", "agreement", vec![]),
                figure(
                    "used",
                    1_850_000,
                    "used",
                    "art18_report",
                    vec![
                        InputRow::money("declared", pln(1_850_000)),
                        InputRow::money("paid", pln(2_000_000)),
                    ],
                ),
                figure(
                    "unused",
                    150_000,
                    "unused",
                    "ufp251_3",
                    vec![InputRow::money("used", pln(1_850_000))],
                ),
                figure(
                    "other_income",
                    1_234,
                    "other_income",
                    "model_agreement_other_income",
                    vec![],
                ),
                figure("to_return", 151_234, "to_return", "agreement", vec![]),
            ],
            transfers: vec![
                TransferRow {
                    paid_on: "2027-03-05".into(),
                    amount: pln(1_200_000),
                },
                TransferRow {
                    paid_on: "2027-06-01".into(),
                    amount: pln(800_000),
                },
            ],
            returns: vec![sample_unused_return(), sample_income_return()],
            payments: vec![
                PaymentRow {
                    paid_on: "2027-12-14".into(),
                    amount: pln(151_234),
                    note: "Zwrot dotacji i odsetek bankowych".into(),
                },
                PaymentRow {
                    paid_on: "2027-12-20".into(),
                    amount: pln(2_700),
                    note: "Odsetki".into(),
                },
            ],
            totals: Totals {
                to_return: pln(151_234),
                paid: pln(153_934),
                outstanding: pln(0),
                interest_charged: pln(2_700),
                interest_paid: pln(2_700),
                left_to_pay: pln(0),
            },
            decision: Some(DecisionFacts {
                report_version: 2,
                submitted_at: "2027-10-20 14:05:00 CEST".into(),
                accepted_by: "Anna Kowalska".into(),
                accepted_at: "2027-10-28 09:30:00 CET".into(),
            }),
            state: "settled".into(),
            as_of: "2027-12-20".into(),
            retention_until: "2032-12-31".into(),
        }
    }
}

fn explained(rule: &str, basis: &str, inputs: Vec<InputRow>) -> ExplanationRow {
    ExplanationRow {
        rule: rule.into(),
        basis: basis.into(),
        inputs,
    }
}

/// 1 500 zł due 15 October, paid 14 December: 60 days at 11 %, 27.12 zł, rounded to 27 zł,
/// just above the 26.10 zł floor.
fn sample_unused_return() -> ReturnRow {
    let pln = Amount::pln;
    ReturnRow {
        kind: "unused".into(),
        amount: pln(150_000),
        due_on: "2027-10-15".into(),
        interest_from: "2027-10-16".into(),
        explanation: explained(
            "unused_after_use_by",
            "ufp251_3",
            vec![
                InputRow::date("use_by", "2027-09-30"),
                InputRow::days("return_days", 15),
            ],
        ),
        parts: vec![TransferRow {
            paid_on: "2027-12-14".into(),
            amount: pln(150_000),
        }],
        outstanding: pln(0),
        interest: InterestRow {
            periods: vec![PeriodRow {
                principal: pln(150_000),
                from: "2027-10-16".into(),
                to: "2027-12-14".into(),
                days: 60,
                rate: Share::of_basis_points(1100),
                interest: pln(2_712),
            }],
            exact: pln(2_712),
            rounded: pln(2_700),
            floor: pln(2_610),
            charged: pln(2_700),
            below_floor: false,
        },
    }
}

/// The bank interest, paid with the unused grant: 0.22 zł of interest, rounded to nothing.
fn sample_income_return() -> ReturnRow {
    let pln = Amount::pln;
    ReturnRow {
        kind: "other_income".into(),
        amount: pln(1_234),
        due_on: "2027-10-15".into(),
        interest_from: "2027-10-16".into(),
        explanation: explained(
            "unused_after_use_by",
            "model_agreement_other_income",
            vec![],
        ),
        parts: vec![TransferRow {
            paid_on: "2027-12-14".into(),
            amount: pln(1_234),
        }],
        outstanding: pln(0),
        interest: InterestRow {
            periods: vec![PeriodRow {
                principal: pln(1_234),
                from: "2027-10-16".into(),
                to: "2027-12-14".into(),
                days: 60,
                rate: Share::of_basis_points(1100),
                interest: pln(22),
            }],
            exact: pln(22),
            rounded: pln(0),
            floor: pln(2_610),
            charged: pln(0),
            below_floor: true,
        },
    }
}
