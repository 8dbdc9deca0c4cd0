//! The dashboard's timeline of an NGO member's duties under their agreements: each duty
//! written for the reader, with its day (the town's calendar), whether it is overdue, and the
//! page where it is done.

use crate::pages::texts::text;
use granty_domain::track_record::DutyKind;
use granty_domain::{Language, Money};
use granty_i18n::format::{date, money};
use granty_i18n::{message_with, Arg};
use granty_store::settlement::DutyView;
use serde::Serialize;

/// One duty on the timeline.
#[derive(Serialize)]
pub struct DutyRow {
    /// `YYYY-MM-DD`, for the `time` element.
    due_iso: String,
    due: String,
    overdue: bool,
    what: String,
    agreement: String,
    link: String,
    link_text: &'static str,
}

pub fn duty_rows(duties: &[DutyView], lang: Language) -> Vec<DutyRow> {
    duties.iter().map(|d| duty_row(d, lang)).collect()
}

fn duty_row(d: &DutyView, lang: Language) -> DutyRow {
    let agreement_id = d.duty.agreement_id;
    let (link, link_text) = match &d.duty.kind {
        DutyKind::FileReport {
            report_id: Some(id),
            ..
        }
        | DutyKind::CorrectReport { report_id: id, .. } => {
            (format!("/reports/{id}/edit"), "duty_link_report")
        }
        DutyKind::FileReport { .. } => (
            format!("/agreements/{agreement_id}#reports"),
            "duty_link_start_report",
        ),
        DutyKind::PayReturn { .. } => (
            format!("/agreements/{agreement_id}/settlement"),
            "duty_link_settlement",
        ),
        DutyKind::CarryOutRecommendations { .. } => (
            format!("/agreements/{agreement_id}#controls-heading"),
            "duty_link_control",
        ),
    };
    DutyRow {
        due_iso: d.duty.due_on.format("%Y-%m-%d").to_string(),
        due: date(d.duty.due_on, lang),
        overdue: d.duty.overdue,
        what: what(d, lang),
        agreement: format!("{} — {}", d.agreement_number, d.task_title),
        link,
        link_text: text(lang, link_text),
    }
}

/// The duty as one sentence.
fn what(d: &DutyView, lang: Language) -> String {
    let report_kind = |kind: granty_domain::report::ReportKind| -> Arg<'static> {
        text(lang, &format!("report_kind_{}", kind.code())).into()
    };
    let args: Vec<(&str, Arg<'_>)> = match &d.duty.kind {
        DutyKind::FileReport {
            report_kind: kind,
            period_from,
            period_to,
            ..
        } => vec![
            ("kind", report_kind(*kind)),
            ("from", date(*period_from, lang).into()),
            ("to", date(*period_to, lang).into()),
        ],
        DutyKind::CorrectReport {
            report_kind: kind, ..
        } => vec![("kind", report_kind(*kind))],
        DutyKind::PayReturn {
            return_kind,
            outstanding,
            ..
        } => vec![
            (
                "kind",
                text(lang, &format!("settlement-kind-{}", return_kind.code())).into(),
            ),
            (
                "amount",
                money(Money::new(*outstanding, d.currency), lang).into(),
            ),
        ],
        DutyKind::CarryOutRecommendations { held_on } => {
            vec![("held", date(*held_on, lang).into())]
        }
    };
    let sentence = message_with(lang, &format!("duty-{}", d.duty.kind.code()), &args);
    match d.duty.kind {
        DutyKind::PayReturn {
            interest_running: true,
            ..
        } => format!("{sentence} {}", text(lang, "duty_interest_running")),
        _ => sentence,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;
    use granty_domain::report::ReportKind;
    use granty_domain::settlement::ReturnKind;
    use granty_domain::track_record::Duty;
    use granty_domain::Currency;

    fn view(kind: DutyKind, overdue: bool) -> DutyView {
        DutyView {
            duty: Duty {
                agreement_id: 4,
                due_on: NaiveDate::from_ymd_opt(2027, 10, 30).unwrap(),
                overdue,
                kind,
            },
            agreement_number: "U/1/2027/1".into(),
            task_title: "Zielona klasa".into(),
            currency: Currency::PLN,
        }
    }

    #[test]
    fn every_duty_reads_in_each_language_and_links_where_it_is_done() {
        let day = NaiveDate::from_ymd_opt(2027, 5, 1).unwrap();
        let duties = [
            view(
                DutyKind::FileReport {
                    report_kind: ReportKind::Final,
                    period_from: day,
                    period_to: day,
                    report_id: None,
                },
                true,
            ),
            view(
                DutyKind::CorrectReport {
                    report_kind: ReportKind::Partial,
                    report_id: 9,
                },
                false,
            ),
            view(
                DutyKind::PayReturn {
                    return_kind: ReturnKind::Unused,
                    outstanding: 200_000,
                    interest_running: true,
                },
                true,
            ),
            view(DutyKind::CarryOutRecommendations { held_on: day }, false),
        ];
        for lang in Language::ALL {
            for row in duty_rows(&duties, lang) {
                assert!(
                    !row.what.contains("duty-") && !row.what.contains('{'),
                    "{}",
                    row.what
                );
                assert_ne!(row.link_text, "?");
            }
        }
        let rows = duty_rows(&duties, Language::Pl);
        let links: Vec<&str> = rows.iter().map(|r| r.link.as_str()).collect();
        assert_eq!(
            links,
            [
                "/agreements/4#reports",
                "/reports/9/edit",
                "/agreements/4/settlement",
                "/agreements/4#controls-heading"
            ]
        );
        assert_eq!(rows[0].due_iso, "2027-10-30");
        assert!(rows[2].what.contains("000,00"), "{}", rows[2].what);
        assert!(rows[2].what.contains("odsetki"), "{}", rows[2].what);
    }
}
