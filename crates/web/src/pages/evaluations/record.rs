//! The applicant's track record as the scoring screen lists it (art. 15 ust. 1 pkt 6): each
//! earlier offer, and for one that led to an agreement, a sentence per report and return saying
//! how it went (on time, late, not filed; paid on time, late with interest, unpaid).

use crate::pages::texts::text;
use granty_domain::track_record::{
    AgreementRecord, ReportOutcome, ReportRecord, ReturnOutcome, ReturnRecord,
};
use granty_domain::{Currency, Language, Money};
use granty_i18n::format::{date, money};
use granty_i18n::{message_with, Arg};
use granty_store::evaluation::track_record::{EarlierAgreement, EarlierOffer};
use serde::Serialize;

/// One earlier offer, its values written for the reader.
#[derive(Serialize)]
pub struct RecordRow {
    call: String,
    year: i32,
    title: String,
    state: &'static str,
    formal_outcome: &'static str,
    corrections: usize,
    awarded: String,
    agreement: Option<AgreementLines>,
}

/// An earlier agreement: its number, whether anything went wrong, and one sentence per report
/// and return.
#[derive(Serialize)]
pub struct AgreementLines {
    number: String,
    clean: bool,
    lines: Vec<String>,
}

pub fn record_rows(earlier: &[EarlierOffer], lang: Language) -> Vec<RecordRow> {
    earlier
        .iter()
        .map(|e| RecordRow {
            call: e.call_title.clone(),
            year: e.year,
            title: e.title.clone(),
            state: text(lang, &format!("state-{}", e.state.code())),
            formal_outcome: match &e.formal_outcome {
                Some(outcome) => text(lang, &format!("outcome_{outcome}")),
                None => "—",
            },
            corrections: e.corrections_asked,
            awarded: e
                .awarded
                .map(|m| money(m, lang))
                .unwrap_or_else(|| "—".into()),
            agreement: e.agreement.as_ref().map(|a| agreement_lines(a, lang)),
        })
        .collect()
}

fn agreement_lines(a: &EarlierAgreement, lang: Language) -> AgreementLines {
    let record: &AgreementRecord = &a.record;
    let mut lines: Vec<String> = record
        .reports
        .iter()
        .map(|r| report_line(r, lang))
        .collect();
    lines.extend(
        record
            .returns
            .iter()
            .map(|r| return_line(r, a.currency, lang)),
    );
    if record.misuse {
        lines.push(text(lang, "track-misuse").to_string());
    }
    AgreementLines {
        number: a.number.clone(),
        clean: record.is_clean(),
        lines,
    }
}

fn report_line(r: &ReportRecord, lang: Language) -> String {
    let mut args: Vec<(&str, Arg<'_>)> = vec![
        (
            "kind",
            text(lang, &format!("report_kind_{}", r.kind.code())).into(),
        ),
        ("due", date(r.due_on, lang).into()),
    ];
    match r.outcome {
        ReportOutcome::OnTime { filed_on } => args.push(("filed", date(filed_on, lang).into())),
        ReportOutcome::Late { filed_on, days } => {
            args.push(("filed", date(filed_on, lang).into()));
            args.push(("days", days.into()));
        }
        ReportOutcome::NotFiled { days } | ReportOutcome::CorrectionsOverdue { days } => {
            args.push(("days", days.into()))
        }
        ReportOutcome::NotDueYet => {}
    }
    let line = message_with(lang, &format!("track-report-{}", r.outcome.code()), &args);
    if r.corrections_asked == 0 {
        return line;
    }
    let count = i64::from(r.corrections_asked);
    let corrections = message_with(lang, "track-report-corrections", &[("count", count.into())]);
    format!("{line} {corrections}")
}

fn return_line(r: &ReturnRecord, currency: Currency, lang: Language) -> String {
    let amount = |minor: i64| money(Money::new(minor, currency), lang);
    let mut args: Vec<(&str, Arg<'_>)> = vec![
        (
            "kind",
            text(lang, &format!("settlement-kind-{}", r.kind.code())).into(),
        ),
        ("amount", amount(r.amount).into()),
        ("due", date(r.due_on, lang).into()),
    ];
    match r.outcome {
        ReturnOutcome::PaidOnTime { paid_on } => args.push(("paid", date(paid_on, lang).into())),
        ReturnOutcome::PaidLate {
            paid_on,
            days,
            interest,
        } => {
            args.push(("paid", date(paid_on, lang).into()));
            args.push(("days", days.into()));
            args.push(("interest", amount(interest).into()));
        }
        ReturnOutcome::Unpaid { days, outstanding } => {
            args.push(("days", days.into()));
            args.push(("outstanding", amount(outstanding).into()));
        }
        ReturnOutcome::NotDueYet => {}
    }
    message_with(lang, &format!("track-return-{}", r.outcome.code()), &args)
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;
    use granty_domain::report::ReportKind;
    use granty_domain::settlement::ReturnKind;

    fn day(d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2024, 10, d).unwrap()
    }

    #[test]
    fn every_outcome_has_its_sentence_in_each_language() {
        let reports = [
            ReportOutcome::OnTime { filed_on: day(1) },
            ReportOutcome::Late {
                filed_on: day(3),
                days: 2,
            },
            ReportOutcome::NotFiled { days: 5 },
            ReportOutcome::CorrectionsOverdue { days: 1 },
            ReportOutcome::NotDueYet,
        ];
        let returns = [
            ReturnOutcome::PaidOnTime { paid_on: day(1) },
            ReturnOutcome::PaidLate {
                paid_on: day(20),
                days: 19,
                interest: 10_600,
            },
            ReturnOutcome::Unpaid {
                days: 3,
                outstanding: 300_000,
            },
            ReturnOutcome::NotDueYet,
        ];
        for lang in Language::ALL {
            for outcome in reports {
                let record = ReportRecord {
                    kind: ReportKind::Final,
                    period_from: day(1),
                    period_to: day(2),
                    due_on: day(1),
                    outcome,
                    corrections_asked: 2,
                };
                let line = report_line(&record, lang);
                assert!(
                    !line.contains("track-") && !line.contains('{'),
                    "{lang:?}: {line}"
                );
            }
            for outcome in returns {
                let record = ReturnRecord {
                    kind: ReturnKind::Unused,
                    amount: 300_000,
                    due_on: day(1),
                    outcome,
                };
                let line = return_line(&record, Currency::PLN, lang);
                assert!(
                    !line.contains("track-") && !line.contains('{'),
                    "{lang:?}: {line}"
                );
            }
        }
        let late = ReturnRecord {
            kind: ReturnKind::Unused,
            amount: 300_000,
            due_on: day(1),
            outcome: returns[1],
        };
        let polish = return_line(&late, Currency::PLN, Language::Pl);
        assert!(
            polish.contains("19 dni") && polish.contains("106"),
            "{polish}"
        );
    }
}
