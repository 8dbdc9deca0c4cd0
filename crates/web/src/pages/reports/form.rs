//! The report editor's form read back into the report: every field as typed (nothing typed is
//! lost), the documents' blank rows dropped.

use crate::pages::form::Fields;
use chrono::NaiveDate;
use granty_domain::report::{
    ActionReport, ActualSources, CostReport, DocumentInput, OtherIncome, ReportDeclarations,
    ReportInput, ResultReport,
};

/// The most rows a table of the form is read for (the domain refuses more anyway).
const MAX_ROWS: usize = 2000;
/// The most year columns a report has (a five-year task spans six calendar years).
const MAX_YEARS: usize = 6;

/// The report as posted.
pub fn report_of(f: &Fields) -> ReportInput {
    ReportInput {
        results_description: f.get("results_description"),
        results: (0..f.rows("results", MAX_ROWS))
            .map(|i| ResultReport {
                achieved_value: f.get(&format!("results.{i}.achieved_value")),
                source: f.get(&format!("results.{i}.source")),
            })
            .collect(),
        actions: (0..f.rows("actions", MAX_ROWS))
            .map(|i| ActionReport {
                description: f.get(&format!("actions.{i}.description")),
                deviations: f.get(&format!("actions.{i}.deviations")),
            })
            .collect(),
        costs: (0..f.rows("costs", MAX_ROWS)).map(|i| cost(f, i)).collect(),
        sources: sources(f),
        other_income: OtherIncome {
            bank_interest: f.get("other_income.bank_interest"),
            other: f.get("other_income.other"),
            other_description: f.get("other_income.other_description"),
        },
        contribution_description: f.get("contribution_description"),
        additional_information: f.get("additional_information"),
        documents: (0..f.rows("documents", MAX_ROWS))
            .map(|i| document(f, i))
            .filter(|d| d != &DocumentInput::default())
            .collect(),
        declarations: ReportDeclarations {
            status_unchanged: ticked(f, "declarations.status_unchanged"),
            information_true: ticked(f, "declarations.information_true"),
            gdpr_statements_obtained: ticked(f, "declarations.gdpr_statements_obtained"),
        },
    }
}

fn cost(f: &Fields, i: usize) -> CostReport {
    let years = f.rows(&format!("costs.{i}.year_values"), MAX_YEARS);
    CostReport {
        year_values: (0..years)
            .map(|y| f.get(&format!("costs.{i}.year_values.{y}")))
            .collect(),
        grant_part: f.get(&format!("costs.{i}.grant_part")),
    }
}

fn sources(f: &Fields) -> ActualSources {
    let get = |code: &str| f.get(&format!("sources.{code}"));
    ActualSources {
        grant: get("grant"),
        own_financial: get("own_financial"),
        own_personal: get("own_personal"),
        own_in_kind: get("own_in_kind"),
        participant_fees: get("participant_fees"),
        other_public_funds: get("other_public_funds"),
    }
}

fn document(f: &Fields, i: usize) -> DocumentInput {
    let get = |name: &str| f.get(&format!("documents.{i}.{name}"));
    DocumentInput {
        number: get("number"),
        date: NaiveDate::parse_from_str(get("date").trim(), "%Y-%m-%d").ok(),
        issuer: get("issuer"),
        cost_line: get("cost_line").trim().parse().ok(),
        amount: get("amount"),
        grant_part: get("grant_part"),
    }
}

fn ticked(f: &Fields, name: &str) -> bool {
    !f.get(name).is_empty()
}

/// A field path of a rule (`costs[2].year_values[0]`) as the id of its input
/// (`costs-2-year_values-0`).
pub fn anchor(field: &str) -> String {
    field.replace('[', "-").replace(']', "").replace('.', "-")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fields(pairs: &[(&str, &str)]) -> Fields {
        Fields::new(
            pairs
                .iter()
                .map(|(k, v)| (k.to_string(), v.to_string()))
                .collect(),
        )
    }

    #[test]
    fn the_posted_form_is_read_as_typed() {
        let report = report_of(&fields(&[
            ("results_description", " opis "),
            ("results.1.achieved_value", "12"),
            ("costs.0.year_values.1", "1 000,50"),
            ("costs.0.grant_part", "abc"),
            ("sources.grant", "10"),
            ("documents.0.number", ""),
            ("documents.1.number", "FV 1"),
            ("documents.1.date", "2027-05-05"),
            ("declarations.information_true", "1"),
        ]));
        assert_eq!(report.results_description, " opis ");
        assert_eq!(report.results.len(), 2);
        assert_eq!(report.results[1].achieved_value, "12");
        assert_eq!(report.costs[0].year_values, vec!["", "1 000,50"]);
        assert_eq!(report.costs[0].grant_part, "abc");
        assert_eq!(report.sources.grant, "10");
        assert_eq!(report.documents.len(), 1, "the blank row is dropped");
        assert_eq!(
            report.documents[0].date,
            NaiveDate::from_ymd_opt(2027, 5, 5)
        );
        assert!(report.declarations.information_true);
        assert!(!report.declarations.status_unchanged);
    }

    #[test]
    fn a_rules_field_is_the_id_of_its_input() {
        assert_eq!(anchor("costs[2].year_values[0]"), "costs-2-year_values-0");
        assert_eq!(anchor("sources.grant"), "sources-grant");
    }
}
