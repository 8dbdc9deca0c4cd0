//! Controls (art. 17) and how long an agreement's documents are kept. The town may control the
//! task while it runs and until the documents' retention ends; the organisation carries out the
//! recommendations within the days the agreement gives (model agreement § Kontrola: 14).

use crate::{Rule, Violations};
use chrono::{Datelike, Days, NaiveDate};

/// Days to carry out a control's recommendations while the town saved none (model agreement,
/// Annex 3 to Dz.U. 2018 poz. 2057, § Kontrola: 14 days).
pub const DEFAULT_CONTROL_DAYS: u32 = 14;

/// Full years the documents are kept after the year the task ended (model agreement
/// § Dokumentacja: 5 years from the start of the year after the task).
pub const RETENTION_YEARS: i32 = 5;

/// The longest scope, findings or recommendations text kept.
pub const CONTROL_TEXT_MAX: usize = 20_000;

/// A control as the clerk records it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ControlInput {
    pub held_on: Option<NaiveDate>,
    pub scope: String,
    pub findings: String,
    pub recommendations: String,
}

/// Checks a control: it was held (not in the future, not before the agreement was signed) and
/// says what was controlled and found. Returns the input with its texts trimmed.
pub fn check_control(
    input: &ControlInput,
    signed_on: Option<NaiveDate>,
    today: NaiveDate,
) -> Result<ControlInput, Violations> {
    let mut v = Violations::new();
    match input.held_on {
        None => v.push("held_on", Rule::Required),
        Some(day) if day > today => v.push("held_on", Rule::DateInFuture),
        Some(day) if signed_on.is_none_or(|signed| day < signed) => {
            v.push("held_on", Rule::InvalidValue)
        }
        Some(_) => {}
    }
    let checked = ControlInput {
        held_on: input.held_on,
        scope: v.text("scope", &input.scope, CONTROL_TEXT_MAX),
        findings: v.text("findings", &input.findings, CONTROL_TEXT_MAX),
        recommendations: v.optional_text(
            "recommendations",
            &input.recommendations,
            CONTROL_TEXT_MAX,
        ),
    };
    v.into_result(checked)
}

/// The day the recommendations are due (`control_days` after the control), or `None` when the
/// control made none.
pub fn recommendations_due(
    held_on: NaiveDate,
    recommendations: &str,
    control_days: u32,
) -> Option<NaiveDate> {
    if recommendations.trim().is_empty() {
        return None;
    }
    held_on.checked_add_days(Days::new(u64::from(control_days)))
}

/// Checks the day the recommendations were carried out: after the control, not in the future.
pub fn check_done(held_on: NaiveDate, done_on: NaiveDate, today: NaiveDate) -> Violations {
    let mut v = Violations::new();
    if done_on > today {
        v.push("done_on", Rule::DateInFuture);
    } else if done_on < held_on {
        v.push("done_on", Rule::InvalidValue);
    }
    v
}

/// The last day the agreement's documents are kept: five full years counted from 1 January of
/// the year after the task ended (model agreement § Dokumentacja). A task ending in 2026 is
/// kept through 31 December 2031.
pub fn retention_until(ends_on: NaiveDate) -> NaiveDate {
    let last_year = ends_on.year().saturating_add(RETENTION_YEARS);
    NaiveDate::from_ymd_opt(last_year, 12, 31).unwrap_or(NaiveDate::MAX)
}

/// Whether the documents may go on `today`: only once the retention day has passed.
pub fn retention_over(ends_on: NaiveDate, today: NaiveDate) -> bool {
    today > retention_until(ends_on)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn codes(v: &Violations) -> Vec<(&str, &'static str)> {
        v.iter()
            .map(|x| (x.field.as_str(), x.rule.code()))
            .collect()
    }

    fn refused(r: Result<ControlInput, Violations>) -> Violations {
        r.err().unwrap_or_default()
    }

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).expect("day")
    }

    fn input(held_on: Option<NaiveDate>, recommendations: &str) -> ControlInput {
        ControlInput {
            held_on,
            scope: "Dokumentacja finansowa".into(),
            findings: "Brak opisu 2 faktur".into(),
            recommendations: recommendations.into(),
        }
    }

    #[test]
    fn a_task_ending_in_2026_is_kept_through_2031() {
        // Five full years from 1 January 2027: 2027, 2028, 2029, 2030, 2031.
        assert_eq!(retention_until(day(2026, 9, 30)), day(2031, 12, 31));
        assert_eq!(retention_until(day(2026, 1, 1)), day(2031, 12, 31));
        assert_eq!(retention_until(day(2026, 12, 31)), day(2031, 12, 31));
        assert!(!retention_over(day(2026, 9, 30), day(2031, 12, 31)));
        assert!(retention_over(day(2026, 9, 30), day(2032, 1, 1)));
    }

    #[test]
    fn recommendations_are_due_fourteen_days_after_the_control() {
        let held = day(2027, 6, 10);
        assert_eq!(
            recommendations_due(held, "Opisać faktury", DEFAULT_CONTROL_DAYS),
            Some(day(2027, 6, 24))
        );
        assert_eq!(recommendations_due(held, "  ", 14), None, "none made");
        assert_eq!(recommendations_due(held, "x", 30), Some(day(2027, 7, 10)));
    }

    #[test]
    fn a_control_is_held_after_signing_and_not_in_the_future() {
        let (signed, today) = (Some(day(2027, 4, 20)), day(2027, 6, 10));
        let kept = check_control(&input(Some(today), " Opisać faktury "), signed, today);
        assert_eq!(kept.map(|c| c.recommendations), Ok("Opisać faktury".into()));
        let v = refused(check_control(&input(None, ""), signed, today));
        assert_eq!(codes(&v), [("held_on", "required")]);
        let v = refused(check_control(
            &input(Some(day(2027, 6, 11)), ""),
            signed,
            today,
        ));
        assert_eq!(codes(&v), [("held_on", "date_in_future")]);
        let v = refused(check_control(
            &input(Some(day(2027, 4, 19)), ""),
            signed,
            today,
        ));
        assert_eq!(codes(&v), [("held_on", "invalid_value")]);
        let v = refused(check_control(&input(Some(today), ""), None, today));
        assert_eq!(codes(&v), [("held_on", "invalid_value")], "unsigned");
        let mut blank = input(Some(today), "");
        blank.findings = " ".into();
        let v = refused(check_control(&blank, signed, today));
        assert_eq!(codes(&v), [("findings", "required")]);
    }

    #[test]
    fn recommendations_are_done_after_the_control() {
        let held = day(2027, 6, 10);
        assert!(check_done(held, held, day(2027, 6, 12)).is_empty());
        let v = check_done(held, day(2027, 6, 9), day(2027, 6, 12));
        assert_eq!(codes(&v), [("done_on", "invalid_value")]);
        let v = check_done(held, day(2027, 6, 13), day(2027, 6, 12));
        assert_eq!(codes(&v), [("done_on", "date_in_future")]);
    }
}
