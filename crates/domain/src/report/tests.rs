#![allow(clippy::unwrap_used, clippy::expect_used)]

use super::*;
use crate::agreement::{AgreementCostLine, AgreementTerms, ShiftBasis};
use crate::offer::{ActionInput, CostCategory, ResultInput};
use crate::testing::{day, pln};
use crate::{Percent, Rule, Violations};

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

/// 12 000.00 zł of costs: 10 000.00 grant, 1 000.00 own financial, 1 000.00 non-financial.
pub(super) fn terms() -> AgreementTerms {
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
        tranches: Vec::new(),
        own_financial: pln(100_000),
        own_non_financial: pln(100_000),
        participant_fees: pln(0),
        cost_lines: vec![line("I.1.1", 800_000), line("I.1.2", 400_000)],
        shift: Percent::from_basis_points(1000),
        shift_basis: ShiftBasis::Line,
        bank_account: "PL61109010140000071219812874".to_string(),
        parties: Vec::new(),
        non_party_performers: Vec::new(),
        signatories: Vec::new(),
        signatures_required: 1,
        representation_rule: String::new(),
    }
}

fn planned_results() -> Vec<ResultInput> {
    vec![
        ResultInput {
            name: "Uczestnicy".into(),
            planned_value: "120".into(),
            monitoring: "listy".into(),
        },
        ResultInput {
            name: "Materiały".into(),
            planned_value: "zestaw kart pracy".into(),
            monitoring: "egzemplarze".into(),
        },
    ]
}

fn planned_actions() -> Vec<ActionInput> {
    vec![ActionInput {
        name: "Warsztaty".into(),
        ..Default::default()
    }]
}

pub(super) struct Fixture {
    terms: AgreementTerms,
    results: Vec<ResultInput>,
    actions: Vec<ActionInput>,
    paid: i64,
    pub(super) documents_required: bool,
    period: (chrono::NaiveDate, chrono::NaiveDate),
}

impl Fixture {
    pub(super) fn new() -> Fixture {
        Fixture {
            terms: terms(),
            results: planned_results(),
            actions: planned_actions(),
            paid: 1_000_000,
            documents_required: false,
            period: (day(2026, 3, 1), day(2026, 9, 30)),
        }
    }

    fn ctx(&self) -> ReportContext<'_> {
        ReportContext {
            terms: &self.terms,
            kind: ReportKind::Final,
            period_from: self.period.0,
            period_to: self.period.1,
            planned_results: &self.results,
            planned_actions: &self.actions,
            grant_paid: pln(self.paid),
            documents_required: self.documents_required,
        }
    }

    pub(super) fn check(&self, input: &ReportInput) -> (ReportSummary, Violations) {
        check_report(input, &self.ctx())
    }
}

fn cost(year: &str, grant: &str) -> CostReport {
    CostReport {
        year_values: vec![year.into()],
        grant_part: grant.into(),
    }
}

/// A complete final report: line I.1.1 grew by 100.00 zł, I.1.2 fell by as much.
pub(super) fn valid() -> ReportInput {
    ReportInput {
        results_description: "Cel osiągnięty".into(),
        results: vec![
            ResultReport {
                achieved_value: "118".into(),
                source: "listy obecności".into(),
            },
            ResultReport {
                achieved_value: "zestaw wydany".into(),
                source: "egzemplarz w urzędzie".into(),
            },
        ],
        actions: vec![ActionReport {
            description: "Dziesięć warsztatów".into(),
            deviations: String::new(),
        }],
        costs: vec![cost("8 100,00", "6100"), cost("3900", "3900.00")],
        sources: ActualSources {
            grant: "10000".into(),
            own_financial: "1000".into(),
            own_personal: "500".into(),
            own_in_kind: "500".into(),
            ..Default::default()
        },
        contribution_description: "Praca wolontariuszy".into(),
        declarations: ReportDeclarations {
            status_unchanged: true,
            information_true: true,
            gdpr_statements_obtained: true,
        },
        ..Default::default()
    }
}

pub(super) fn codes(v: &Violations) -> Vec<(String, &'static str)> {
    v.iter().map(|x| (x.field.clone(), x.rule.code())).collect()
}

pub(super) fn has(v: &Violations, field: &str, rule: &Rule) -> bool {
    v.iter().any(|x| x.field == field && &x.rule == rule)
}

#[test]
fn a_complete_report_passes_and_its_sums_are_computed() {
    let (s, v) = Fixture::new().check(&valid());
    assert!(v.is_empty(), "{:?}", codes(&v));
    assert_eq!(s.years, vec![2026]);
    assert_eq!(s.actual_total, pln(1_200_000));
    assert_eq!(s.planned_total, pln(1_200_000));
    assert_eq!(s.lines[0].actual, pln(810_000));
    assert_eq!(s.lines[0].difference, pln(10_000));
    assert_eq!(s.lines[1].difference, pln(-10_000));
    assert_eq!(s.year_totals, vec![pln(1_200_000)]);
    assert_eq!(s.grant_used, pln(1_000_000));
    let grant = &s.sources[0];
    assert_eq!(
        (grant.code, grant.actual_share.basis_points()),
        ("grant", 8333)
    );
    assert_eq!(grant.planned_share.map(|p| p.basis_points()), Some(8333));
    let non_financial = s
        .sources
        .iter()
        .find(|r| r.code == "own_non_financial")
        .unwrap();
    assert_eq!(non_financial.actual, pln(100_000));
    assert_eq!(non_financial.planned, Some(pln(100_000)));
    let personal = s.sources.iter().find(|r| r.code == "own_personal").unwrap();
    assert_eq!(personal.planned, None);
}

#[test]
fn more_grant_used_than_paid_is_refused() {
    let mut f = Fixture::new();
    f.paid = 600_000;
    let (_, v) = f.check(&valid());
    let rule = Rule::GrantUsedAbovePaid { paid: pln(600_000) };
    assert!(has(&v, "sources.grant", &rule), "{:?}", codes(&v));
}

#[test]
fn sources_must_add_up_to_the_expenses() {
    let mut input = valid();
    input.sources.own_financial = "900".into();
    let (_, v) = Fixture::new().check(&input);
    let rule = Rule::TotalsDiffer {
        costs: pln(1_200_000),
        sources: pln(1_190_000),
    };
    assert!(has(&v, "sources", &rule), "{:?}", codes(&v));
}

#[test]
fn the_lines_grant_parts_must_add_up_to_the_grant_used() {
    let mut input = valid();
    input.costs[0].grant_part = "6000".into();
    let (_, v) = Fixture::new().check(&input);
    let rule = Rule::ReportGrantPartsSum {
        grant: pln(1_000_000),
    };
    assert!(has(&v, "costs", &rule), "{:?}", codes(&v));
}

#[test]
fn a_lines_grant_part_may_not_exceed_its_expenses() {
    let mut input = valid();
    input.costs = vec![cost("8100", "5900"), cost("3900", "4100")];
    let (_, v) = Fixture::new().check(&input);
    let rule = Rule::GrantPartAboveLine { line: pln(390_000) };
    assert!(has(&v, "costs[1].grant_part", &rule), "{:?}", codes(&v));
}

#[test]
fn whitespace_and_invisible_characters_do_not_fill_a_required_field() {
    let mut input = valid();
    input.results_description = " \u{200b}\t".into();
    input.actions[0].description = "   ".into();
    input.results[1].source = "\u{2060}".into();
    let (_, v) = Fixture::new().check(&input);
    for field in [
        "results_description",
        "actions[0].description",
        "results[1].source",
    ] {
        assert!(has(&v, field, &Rule::Required), "{field}: {:?}", codes(&v));
    }
}

#[test]
fn a_result_planned_as_a_number_is_reported_as_a_number() {
    let mut input = valid();
    input.results[0].achieved_value = "około stu".into();
    input.results[1].achieved_value = "rozdane".into();
    let (_, v) = Fixture::new().check(&input);
    assert_eq!(
        codes(&v),
        vec![("results[0].achieved_value".to_string(), "invalid_number")]
    );
}

#[test]
fn every_planned_result_and_action_needs_its_row() {
    let mut input = valid();
    input.results.truncate(1);
    input.actions.clear();
    let (_, v) = Fixture::new().check(&input);
    assert!(has(&v, "results[1].achieved_value", &Rule::Required));
    assert!(has(&v, "actions[0].description", &Rule::Required));
}

#[test]
fn an_amount_that_does_not_parse_is_named_and_kept() {
    let mut input = valid();
    input.costs[0].year_values = vec!["8l00".into()];
    let (s, v) = Fixture::new().check(&input);
    assert!(has(&v, "costs[0].year_values[0]", &Rule::InvalidNumber));
    assert_eq!(s.lines[0].actual, pln(0));
    assert_eq!(input.costs[0].year_values[0], "8l00");
}

#[test]
fn a_blank_year_is_nothing_spent_but_too_many_years_are_refused() {
    let mut input = valid();
    input.costs[1].year_values = vec!["3900".into(), "1".into()];
    let (_, v) = Fixture::new().check(&input);
    let rule = Rule::YearValuesCount { expected: 1 };
    assert!(has(&v, "costs[1].year_values", &rule), "{:?}", codes(&v));
}

#[test]
fn a_multi_year_report_has_a_column_per_year() {
    let mut f = Fixture::new();
    f.terms.ends_on = day(2027, 6, 30);
    f.period = (day(2026, 3, 1), day(2027, 6, 30));
    let mut input = valid();
    input.costs = vec![
        CostReport {
            year_values: vec!["5000".into(), "3100".into()],
            grant_part: "6100".into(),
        },
        CostReport {
            year_values: vec![String::new(), "3900".into()],
            grant_part: "3900".into(),
        },
    ];
    let (s, v) = f.check(&input);
    assert!(v.is_empty(), "{:?}", codes(&v));
    assert_eq!(s.years, vec![2026, 2027]);
    assert_eq!(s.year_totals, vec![pln(500_000), pln(700_000)]);
}

#[test]
fn the_period_must_lie_within_the_task() {
    let mut f = Fixture::new();
    f.period = (day(2026, 2, 1), day(2026, 10, 1));
    let (_, v) = f.check(&valid());
    let rule = Rule::DateOutsideWindow {
        from: day(2026, 3, 1),
        to: day(2026, 9, 30),
    };
    assert!(has(&v, "period_from", &rule));
    assert!(has(&v, "period_to", &rule));
}

#[test]
fn the_contribution_is_described_only_when_there_is_one() {
    let mut input = valid();
    input.contribution_description = String::new();
    let (_, v) = Fixture::new().check(&input);
    assert!(has(&v, "contribution_description", &Rule::Required));
    input.sources.own_personal = String::new();
    input.sources.own_in_kind = String::new();
    input.sources.own_financial = "2000".into();
    let (_, v) = Fixture::new().check(&input);
    assert!(v.is_empty(), "{:?}", codes(&v));
}

#[test]
fn other_income_is_summed_and_other_income_explained() {
    let mut input = valid();
    input.other_income.bank_interest = "12,34".into();
    input.other_income.other = "50".into();
    let (s, v) = Fixture::new().check(&input);
    assert_eq!((s.bank_interest, s.other_income), (pln(1234), pln(5000)));
    assert!(has(&v, "other_income.other_description", &Rule::Required));
}

#[test]
fn every_declaration_must_be_made() {
    let mut input = valid();
    input.declarations.information_true = false;
    let (_, v) = Fixture::new().check(&input);
    assert_eq!(
        codes(&v),
        vec![(
            "declarations.information_true".to_string(),
            "declaration_required"
        )]
    );
}

#[test]
fn amounts_arrive_as_text_or_whole_numbers_never_as_floats() {
    let input: ReportInput = serde_json::from_str(
        r#"{"sources": {"grant": 10000}, "costs": [{"year_values": [1, "2,50"]}]}"#,
    )
    .unwrap();
    assert_eq!(input.sources.grant, "10000");
    assert_eq!(input.costs[0].year_values, vec!["1", "2,50"]);
    assert!(serde_json::from_str::<ReportInput>(r#"{"sources": {"grant": 0.1}}"#).is_err());
}

#[test]
fn only_a_draft_or_a_report_sent_back_for_corrections_is_submitted() {
    assert_eq!(ReportState::Draft.submit(), Ok(ReportState::Submitted));
    assert_eq!(
        ReportState::Corrections.submit(),
        Ok(ReportState::Submitted)
    );
    for state in [
        ReportState::Submitted,
        ReportState::Accepted,
        ReportState::Rejected,
    ] {
        assert_eq!(state.submit(), Err(Rule::ReportNotEditable));
        assert_eq!(ReportState::parse(state.code()), Some(state));
    }
}
