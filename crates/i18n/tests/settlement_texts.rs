//! Every code the settlement explains itself with has its words in Polish, English, Czech and
//! Ukrainian: each rule, legal basis, flag and kind of return (the domain's `ALL` lists), and
//! each input the figures, lines, flags and returns of a settlement name.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use chrono::NaiveDate;
use granty_domain::agreement::ShiftBasis;
use granty_domain::settlement::*;
use granty_domain::{Currency, Language, Percent};
use std::collections::BTreeSet;

const LANGUAGES: [Language; 4] = [Language::Pl, Language::En, Language::Cs, Language::Uk];

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

/// The ids some language lacks, as `lang: id`.
fn gaps(ids: &[String]) -> Vec<String> {
    let mut gaps = Vec::new();
    for lang in LANGUAGES {
        let known: BTreeSet<&str> = granty_i18n::ids(lang).collect();
        for id in ids.iter().filter(|id| !known.contains(id.as_str())) {
            gaps.push(format!("{}: {id}", lang.code()));
        }
    }
    gaps
}

#[test]
fn every_code_has_its_words_in_each_language() {
    let mut ids: Vec<String> = Vec::new();
    ids.extend(
        SettlementRule::ALL
            .iter()
            .map(|c| format!("settlement-rule-{}", c.code())),
    );
    ids.extend(
        LegalBasis::ALL
            .iter()
            .map(|c| format!("settlement-basis-{}", c.code())),
    );
    ids.extend(
        FlagCode::ALL
            .iter()
            .map(|c| format!("settlement-flag-{}", c.code())),
    );
    ids.extend(
        ReturnKind::ALL
            .iter()
            .map(|c| format!("settlement-kind-{}", c.code())),
    );
    assert_eq!(gaps(&ids), Vec::<String>::new());
}

/// A settlement where most rules bite: a line beyond its shift, the grant share exceeded, other
/// income, a transfer misused and a missing report.
fn explanations() -> Vec<Explanation> {
    let dates = ReturnDates {
        ends_on: day(2027, 9, 30),
        budget_year: 2027,
        use_by: day(2027, 9, 30),
        return_days: 15,
    };
    let transfers = vec![Transfer {
        paid_on: day(2027, 5, 4),
        amount: 1_000_000,
    }];
    let line = |number: &str, planned, actual| LineInput {
        number: number.into(),
        planned,
        planned_grant: None,
        actual,
        actual_grant: Some(actual / 2),
        annex_allowed: false,
    };
    let input = ReportSettlementInput {
        currency: Currency::PLN,
        lines: vec![
            line("1", 1_000_000, 1_500_000),
            line("2", 1_000_000, 300_000),
        ],
        planned: Sources {
            grant: 1_000_000,
            own_financial: 1_000_000,
            ..Sources::default()
        },
        actual: Sources {
            grant: 900_000,
            own_financial: 900_000,
            ..Sources::default()
        },
        transfers: transfers.clone(),
        other_income: 1_234,
        shift: Percent::from_basis_points(1_000),
        shift_basis: ShiftBasis::GrantPart,
        dates,
        found_on: day(2027, 11, 20),
    };
    let s = settle(&input, &SettlementSettings::default());
    let f = &s.figures;
    let figures = [
        &f.granted,
        &f.paid,
        &f.declared_used,
        &f.used,
        &f.shift_excess,
        &f.share_excess,
        &f.excessive,
        &f.unused,
        &f.other_income,
        &f.to_return,
    ];
    let mut all: Vec<Explanation> = figures.iter().map(|f| f.explanation.clone()).collect();
    all.extend(s.lines.iter().map(|l| l.explanation.clone()));
    all.extend(s.returns.iter().map(|r| r.explanation.clone()));
    let settings = SettlementSettings::default();
    let misused = misused_returns(500_000, &transfers, day(2027, 11, 20), &dates, &settings);
    all.extend(misused.into_iter().map(|r| r.explanation));
    let missing = missing_report_returns(
        day(2027, 11, 2),
        day(2027, 12, 1),
        &transfers,
        &dates,
        &settings,
    );
    all.extend(
        missing
            .unwrap_or_default()
            .into_iter()
            .map(|r| r.explanation),
    );
    all
}

#[test]
fn every_input_a_settlement_names_has_its_words_in_each_language() {
    let explained = explanations();
    let mut names: BTreeSet<String> = explained
        .iter()
        .flat_map(|e| {
            e.inputs
                .iter()
                .map(|i| format!("settlement-input-{}", i.name))
        })
        .collect();
    assert!(names.len() > 15, "the sample names many inputs: {names:?}");
    let flags = {
        let dates = ReturnDates {
            ends_on: day(2027, 9, 30),
            budget_year: 2027,
            use_by: day(2027, 9, 30),
            return_days: 15,
        };
        let input = ReportSettlementInput {
            currency: Currency::PLN,
            lines: vec![],
            planned: Sources {
                grant: 100,
                ..Sources::default()
            },
            actual: Sources {
                grant: 200,
                ..Sources::default()
            },
            transfers: vec![Transfer {
                paid_on: day(2027, 5, 4),
                amount: 150,
            }],
            other_income: 5,
            shift: Percent::from_basis_points(1_000),
            shift_basis: ShiftBasis::Line,
            dates,
            found_on: day(2027, 11, 20),
        };
        settle(&input, &SettlementSettings::default()).flags
    };
    names.extend(flags.iter().flat_map(|f| {
        f.inputs
            .iter()
            .map(|i| format!("settlement-input-{}", i.name))
    }));
    assert_eq!(
        gaps(&names.into_iter().collect::<Vec<_>>()),
        Vec::<String>::new()
    );
}
