//! The report on a task as filed (2018 report form, Annex 5 of Dz.U. 2018 poz. 2057): kind and
//! period, part I (results planned against achieved, the actions), part II (costs per agreement
//! line planned against actual, the sources with their shares, other income), the list of
//! financial documents where the town asks for it, part III and the statements, with the
//! version and when it was submitted. Sums are the domain's (`compute_report`), never the
//! template's.

use super::{Amount, Share};
use serde::Serialize;

/// Everything the report's template reads.
#[derive(Debug, Clone, Serialize)]
pub struct ReportData {
    /// `partial`, `called` or `final`.
    pub kind: String,
    pub period_from: String,
    pub period_to: String,
    pub agreement_number: String,
    /// ISO date of the agreement's signature; empty when unknown.
    pub concluded_on: String,
    pub authority: String,
    pub task_title: String,
    /// The organisation first, then a joint offer's partners.
    pub organisations: Vec<String>,
    pub version_no: i32,
    /// In the town's zone.
    pub submitted_at: String,
    pub results_description: String,
    pub results: Vec<ResultRow>,
    pub actions: Vec<ActionRow>,
    /// The calendar years of the period: one column each when there are several.
    pub years: Vec<i32>,
    pub costs: Vec<CostRow>,
    pub year_totals: Vec<Amount>,
    pub planned_total: Amount,
    pub actual_total: Amount,
    pub actual_grant_total: Amount,
    pub actual_other_total: Amount,
    pub sources: Vec<SourceRow>,
    /// The agreement's planned sources added up.
    pub sources_planned_total: Amount,
    pub sources_total: Amount,
    pub bank_interest: Amount,
    pub other_income: Amount,
    pub other_income_description: String,
    pub contribution_description: String,
    pub additional_information: String,
    /// Listed only when the town asks for the documents or some were given.
    pub documents: Vec<DocumentRow>,
    pub documents_amount: Amount,
    pub documents_grant: Amount,
    pub statements: Statements,
}

/// A result planned in the offer and what was achieved.
#[derive(Debug, Clone, Serialize)]
pub struct ResultRow {
    pub name: String,
    pub planned_value: String,
    pub achieved_value: String,
    pub source: String,
}

/// An action of the schedule as carried out.
#[derive(Debug, Clone, Serialize)]
pub struct ActionRow {
    pub name: String,
    pub description: String,
    pub deviations: String,
}

/// One agreement cost line: per agreement against actual, split into the grant and the other
/// sources (own and other funds).
#[derive(Debug, Clone, Serialize)]
pub struct CostRow {
    pub number: String,
    pub name: String,
    pub planned: Amount,
    pub planned_grant: Option<Amount>,
    pub year_values: Vec<Amount>,
    pub actual: Amount,
    pub actual_grant: Amount,
    pub actual_other: Amount,
}

/// One source (II.2): `grant`, `own_financial`, `own_non_financial`, `own_personal`,
/// `own_in_kind`, `participant_fees`, `other_public_funds`. The agreement does not split every
/// row: those have no planned figures.
#[derive(Debug, Clone, Serialize)]
pub struct SourceRow {
    pub code: String,
    pub planned: Option<Amount>,
    pub planned_share: Option<Share>,
    pub actual: Amount,
    pub actual_share: Share,
}

#[derive(Debug, Clone, Serialize)]
pub struct DocumentRow {
    pub number: String,
    pub date: String,
    pub issuer: String,
    /// The agreement cost line's number; empty when not given.
    pub cost_line: String,
    pub amount: Amount,
    pub grant_part: Amount,
}

#[derive(Debug, Clone, Serialize)]
pub struct Statements {
    pub status_unchanged: bool,
    pub information_true: bool,
    pub gdpr_statements_obtained: bool,
}

impl ReportData {
    /// The final report on the sample agreement (two cost lines, one year, two documents).
    pub fn sample() -> ReportData {
        ReportData::with_lines(2)
    }

    /// The same with `lines` cost lines (a long report: the table spans pages).
    pub fn with_lines(lines: usize) -> ReportData {
        let pln = Amount::pln;
        let costs: Vec<CostRow> = (1..=lines).map(cost_row).collect();
        let total = |f: fn(&CostRow) -> i64| pln(costs.iter().map(f).sum());
        let planned_total = total(|c| c.planned.minor);
        let actual_total = total(|c| c.actual.minor);
        let actual_grant_total = total(|c| c.actual_grant.minor);
        ReportData {
            kind: "final".into(),
            period_from: "2027-03-01".into(),
            period_to: "2027-09-30".into(),
            agreement_number: "UM/12/2027".into(),
            concluded_on: "2027-02-15".into(),
            authority: "Gmina Miasto Przykładowo".into(),
            task_title: "Letnie koncerty w parku „Źródełko”".into(),
            organisations: vec![
                "Fundacja Śląskich Zespołów Ćwiczeń".into(),
                "Spolek Přátel Hudby z.s.".into(),
            ],
            version_no: 2,
            submitted_at: "2027-10-20 14:05:00 CEST".into(),
            results_description: "Odbyło się 12 koncertów; średnio 180 słuchaczy (listy obecności, zdjęcia). Cel osiągnięty w pełni.".into(),
            results: vec![ResultRow {
                name: "Liczba koncertów".into(),
                planned_value: "12".into(),
                achieved_value: "12".into(),
                source: "Plakaty, zdjęcia".into(),
            }],
            actions: vec![ActionRow {
                name: "Koncerty w parku".into(),
                description: "Dwanaście niedzielnych koncertów zespołów z regionu.".into(),
                deviations: "Koncert z 4 lipca przeniesiono na 11 lipca z powodu burzy.".into(),
            }],
            years: vec![2027],
            year_totals: vec![actual_total],
            planned_total,
            actual_total,
            actual_grant_total,
            actual_other_total: pln(actual_total.minor - actual_grant_total.minor),
            sources: sample_sources(&costs),
            sources_planned_total: planned_total,
            sources_total: actual_total,
            bank_interest: pln(1_234),
            other_income: pln(0),
            other_income_description: String::new(),
            contribution_description: "Praca wolontariuszy przy obsłudze widowni (120 godzin).".into(),
            additional_information: String::new(),
            documents: vec![DocumentRow {
                number: "FV/2027/07/118".into(),
                date: "2027-07-12".into(),
                issuer: "Żywiec Nagłośnienie sp. z o.o.".into(),
                cost_line: "I.1".into(),
                amount: pln(1_230_000),
                grant_part: pln(1_000_000),
            }],
            documents_amount: pln(1_230_000),
            documents_grant: pln(1_000_000),
            costs,
            statements: Statements {
                status_unchanged: true,
                information_true: true,
                gdpr_statements_obtained: true,
            },
        }
    }
}

fn cost_row(n: usize) -> CostRow {
    let pln = Amount::pln;
    let planned = 1_200_000 - (n as i64 % 7) * 50_000;
    let actual = planned - 25_000;
    let grant = actual * 3 / 4;
    CostRow {
        number: format!("I.{n}"),
        name: format!("Honoraria zespołów i nagłośnienie, część {n}"),
        planned: pln(planned),
        planned_grant: Some(pln(planned * 3 / 4)),
        year_values: vec![pln(actual)],
        actual: pln(actual),
        actual_grant: pln(grant),
        actual_other: pln(actual - grant),
    }
}

fn sample_sources(costs: &[CostRow]) -> Vec<SourceRow> {
    let sum = |f: fn(&CostRow) -> i64| costs.iter().map(f).sum::<i64>();
    let planned = sum(|c| c.planned.minor);
    let planned_grant = sum(|c| c.planned_grant.map_or(0, |g| g.minor));
    let actual = sum(|c| c.actual.minor);
    let actual_grant = sum(|c| c.actual_grant.minor);
    let share =
        |part: i64, of: i64| Share::of_basis_points(if of == 0 { 0 } else { part * 10_000 / of });
    let row = |code: &str, planned_part: i64, actual_part: i64| SourceRow {
        code: code.into(),
        planned: Some(Amount::pln(planned_part)),
        planned_share: Some(share(planned_part, planned)),
        actual: Amount::pln(actual_part),
        actual_share: share(actual_part, actual),
    };
    vec![
        row("grant", planned_grant, actual_grant),
        row(
            "own_financial",
            planned - planned_grant,
            actual - actual_grant,
        ),
    ]
}
