#![allow(clippy::unwrap_used, clippy::expect_used)]

use super::*;
use crate::offer::CostCategory;
use crate::{Currency, Money, Percent, Rule};
use chrono::NaiveDate;

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

fn pln(minor: i64) -> Money {
    Money::new(minor, Currency::PLN)
}

fn line(number: &str, value: i64) -> AgreementCostLine {
    AgreementCostLine {
        number: number.to_string(),
        category: CostCategory::Action,
        name: format!("line {number}"),
        unit: "szt.".to_string(),
        unit_cost: pln(value),
        quantity_hundredths: 100,
        value: pln(value),
        grant_part: None,
    }
}

fn terms() -> AgreementTerms {
    AgreementTerms {
        task_title: "Letnie warsztaty".to_string(),
        commissioning: "support".to_string(),
        starts_on: day(2026, 3, 1),
        ends_on: day(2026, 9, 30),
        budget_year: 2026,
        use_by: day(2026, 9, 30),
        return_days: 15,
        report_days: 30,
        grant: pln(1_000_000),
        tranches: vec![
            Tranche {
                amount: pln(600_000),
                due_on: day(2026, 3, 15),
            },
            Tranche {
                amount: pln(400_000),
                due_on: day(2026, 6, 15),
            },
        ],
        own_financial: pln(100_000),
        own_non_financial: pln(100_000),
        participant_fees: Money::zero(Currency::PLN),
        cost_lines: vec![line("I.1.1", 800_000), line("I.1.2", 400_000)],
        shift: Percent::from_basis_points(1000),
        shift_basis: ShiftBasis::Line,
        bank_account: "PL61109010140000071219812874".to_string(),
        parties: Vec::new(),
        non_party_performers: Vec::new(),
        signatories: vec![
            Signatory {
                party: PartyRole::Town,
                name: "Jan Burmistrz".into(),
                function: "Burmistrz".into(),
            },
            Signatory {
                party: PartyRole::Organisation,
                name: "Anna Prezes".into(),
                function: "Prezes".into(),
            },
        ],
        signatures_required: 1,
        representation_rule: String::new(),
    }
}

fn codes(v: &crate::Violations) -> Vec<&'static str> {
    v.iter().map(|x| x.rule.code()).collect()
}

#[test]
fn sound_terms_pass() {
    assert!(check_terms(&terms()).is_empty());
    assert!(check_signatories(&terms()).is_empty());
}

#[test]
fn use_by_after_the_budget_year_is_refused() {
    let mut t = terms();
    t.use_by = day(2027, 1, 5);
    assert_eq!(codes(&check_terms(&t)), ["use_by_after_budget_year"]);
    t.use_by = day(2026, 12, 31);
    assert!(check_terms(&t).is_empty());
}

#[test]
fn tranches_must_sum_to_the_grant_be_positive_and_fall_inside_the_task() {
    let mut t = terms();
    t.tranches[1].amount = pln(300_000);
    assert_eq!(codes(&check_terms(&t)), ["tranches_sum_differs"]);
    let mut t = terms();
    t.tranches[0].amount = pln(1_000_000);
    t.tranches[1].amount = pln(0);
    assert_eq!(codes(&check_terms(&t)), ["must_be_positive"]);
    let mut t = terms();
    t.tranches[1].due_on = day(2026, 10, 1);
    assert_eq!(codes(&check_terms(&t)), ["date_outside_window"]);
}

#[test]
fn costs_must_equal_sources() {
    let mut t = terms();
    t.cost_lines[0].value = pln(900_000);
    assert_eq!(codes(&check_terms(&t)), ["totals_differ"]);
}

#[test]
fn the_organisation_needs_as_many_signatories_as_its_rule() {
    let mut t = terms();
    t.signatures_required = 2;
    assert_eq!(codes(&check_signatories(&t)), ["signatories_missing"]);
}

#[test]
fn return_by_skips_weekends_and_holidays() {
    // 2026-09-30 + 15 days = 2026-10-15, a Thursday.
    assert_eq!(return_by(day(2026, 9, 30), 15), day(2026, 10, 15));
    // 2026-10-03 is a Saturday: moved to Monday the 5th.
    assert_eq!(return_by(day(2026, 9, 18), 15), day(2026, 10, 5));
    assert_eq!(next_working_day(day(2026, 10, 4)), day(2026, 10, 5));
    // 2026-10-27 + 15 days = Wednesday 11 November, Independence Day: moved to the 12th.
    assert_eq!(return_by(day(2026, 10, 27), 15), day(2026, 11, 12));
}

#[test]
fn reports_final_after_the_end_and_one_partial_per_budget_year() {
    let t = terms();
    assert_eq!(t.final_report_by(), day(2026, 10, 30));
    assert!(t.partial_reports().is_empty());
    assert_eq!(
        partial_reports(day(2026, 3, 1), day(2028, 6, 30), 30),
        // 30 January 2027 is a Saturday, 30 January 2028 a Sunday: both move to the Monday.
        vec![day(2027, 2, 1), day(2028, 1, 31)]
    );
    // A task ending 1 October 2026: + 30 days = Saturday 31 October; Sunday 1 November is All
    // Saints' Day, so the report is due Monday 2 November.
    assert_eq!(final_report_by(day(2026, 10, 1), 30), day(2026, 11, 2));
}

#[test]
fn the_agreement_return_by_agrees_with_the_settlement() {
    let mut t = terms();
    // A use-by on 31 December: unused grant back by 31 January (ufp art. 251 ust. 1), not
    // use-by + 15 days. 31 January 2027 is a Sunday: Monday 1 February.
    t.use_by = day(2026, 12, 31);
    t.ends_on = day(2026, 12, 31);
    assert_eq!(t.return_by(), day(2027, 2, 1));
    // A use-by inside the year: the agreement's days after it (ust. 3).
    t.use_by = day(2026, 9, 30);
    t.ends_on = day(2026, 9, 30);
    assert_eq!(t.return_by(), day(2026, 10, 15));
}

#[test]
fn transitions_follow_the_table() {
    use AgreementAction as A;
    use AgreementState as S;
    assert_eq!(apply_action(S::Draft, A::MarkReady), Ok(S::Ready));
    assert_eq!(
        apply_action(S::Draft, A::TownSigns),
        Err(Rule::SigningADraft)
    );
    assert_eq!(
        apply_action(S::Ready, A::PartiesSign),
        Err(Rule::TownNotSigned)
    );
    assert_eq!(apply_action(S::Ready, A::TownSigns), Ok(S::Signed));
    assert_eq!(apply_action(S::Signed, A::PartiesSign), Ok(S::Realisation));
    assert_eq!(
        apply_action(S::Ready, A::Edit),
        Err(Rule::AgreementNotDraft)
    );
    assert_eq!(
        apply_action(S::Settled, A::StartAnnex),
        Err(Rule::AnnexOnSettled)
    );
    assert_eq!(
        apply_action(S::Realisation, A::StartAnnex),
        Ok(S::Realisation)
    );
    assert_eq!(
        apply_action(S::Ready, A::RecordPayment),
        Err(Rule::PaymentBeforeSigning)
    );
    assert_eq!(
        apply_action(S::Terminated, A::Terminate),
        Err(Rule::AgreementClosed)
    );
    assert_eq!(
        apply_action(S::Realisation, A::Terminate),
        Ok(S::Terminated)
    );
    for state in AgreementState::ALL {
        assert_eq!(AgreementState::parse(state.code()), Some(state));
    }
}

#[test]
fn payments_never_exceed_the_grant_nor_precede_signing_nor_lie_ahead() {
    let grant = pln(1_000_000);
    let signed = Some(day(2026, 3, 2));
    let today = day(2026, 4, 1);
    let ok = PaymentInput {
        amount: pln(600_000),
        paid_on: day(2026, 3, 10),
    };
    assert!(check_payment(ok, grant, pln(400_000), signed, today).is_empty());
    let v = check_payment(ok, grant, pln(400_001), signed, today);
    assert_eq!(v.0[0].rule, Rule::PaymentAboveGrant { left: pln(599_999) });
    let early = PaymentInput {
        paid_on: day(2026, 3, 1),
        ..ok
    };
    assert_eq!(
        codes(&check_payment(early, grant, pln(0), signed, today)),
        ["payment_before_signing"]
    );
    let ahead = PaymentInput {
        paid_on: day(2026, 4, 2),
        ..ok
    };
    assert_eq!(
        codes(&check_payment(ahead, grant, pln(0), signed, today)),
        ["date_in_future"]
    );
    let zero = PaymentInput {
        amount: pln(0),
        ..ok
    };
    assert_eq!(
        codes(&check_payment(zero, grant, pln(0), signed, today)),
        ["must_be_positive"]
    );
}

#[test]
fn an_annex_moving_money_lists_both_lines() {
    let before = terms();
    let mut after = terms();
    after.cost_lines[0].value = pln(700_000);
    after.cost_lines[1].value = pln(500_000);
    assert!(check_terms(&after).is_empty());
    let changes = diff_terms(&before, &after);
    assert_eq!(changes.len(), 2);
    assert_eq!(changes[0].field, "cost_lines.I.1.1.value");
    assert_eq!(changes[0].before, "8000.00 PLN");
    assert_eq!(changes[0].after, "7000.00 PLN");
    assert_eq!(changes[1].after, "5000.00 PLN");
    assert!(diff_terms(&before, &before).is_empty());
}
