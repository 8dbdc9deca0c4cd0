//! Reminders, one mechanism for all: a kind, a target instant and a list of offsets before (or
//! after) it. Day offsets fire at the tenant's scan time on the local day, DST included; hour
//! offsets fire to the minute. New kinds (reports, returns) are new enum values, not new code.

use chrono::{DateTime, Days, Duration, NaiveTime, TimeZone, Utc};
use chrono_tz::Tz;
use serde::{Deserialize, Serialize};
use std::fmt;
use std::str::FromStr;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ReminderKind {
    /// An unsubmitted draft before the call's deadline.
    DraftDeadline,
    /// A correction requested by the formal check, before its due date.
    CorrectionDue,
    /// Clerks: submitted offers still awaiting the formal check as its date nears.
    FormalCheckDue,
    /// Committee members: cards assigned to them and not yet submitted, before the call's
    /// scoring deadline.
    ScoringDue,
    /// An agreement (or annex) ready to sign for days: the party that has not signed yet (the
    /// town's clerks, then the organisation's members).
    AgreementUnsigned,
    /// The organisation's members: a control's recommendations not yet carried out, before the
    /// day they are due (model agreement § Kontrola: 14 days after the control).
    ControlRecommendationsDue,
    /// The organisation's members: a report the agreement owes and that is not filed (not yet
    /// opened, or a draft), before its due day (art. 18; a clerk's call included).
    ReportDue,
    /// The same report once its day passed: the day after, then every `overdue_every_days` (a
    /// town setting) until it is filed or the grant is found misused.
    ReportOverdue,
    /// The organisation's members: corrections the clerk asked for on a report, before the day
    /// they are due (the town's `correction_days` after the request).
    ReportCorrectionDue,
    /// The organisation's members: a return decided on the settlement and unpaid, before its
    /// deadline (ufp art. 251, 252).
    ReturnDue,
    /// The same return once its deadline passed: the day after, then every
    /// `overdue_every_days`, while its principal or interest is unpaid.
    ReturnOverdue,
}

impl ReminderKind {
    pub fn code(self) -> &'static str {
        match self {
            ReminderKind::DraftDeadline => "reminder_draft_deadline",
            ReminderKind::CorrectionDue => "reminder_correction_due",
            ReminderKind::FormalCheckDue => "reminder_formal_check_due",
            ReminderKind::ScoringDue => "reminder_scoring_due",
            ReminderKind::AgreementUnsigned => "reminder_agreement_unsigned",
            ReminderKind::ControlRecommendationsDue => "reminder_control_recommendations_due",
            ReminderKind::ReportDue => "reminder_report_due",
            ReminderKind::ReportOverdue => "reminder_report_overdue",
            ReminderKind::ReportCorrectionDue => "reminder_report_correction_due",
            ReminderKind::ReturnDue => "reminder_return_due",
            ReminderKind::ReturnOverdue => "reminder_return_overdue",
        }
    }
}

/// When, relative to the target, a reminder goes out.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub enum Offset {
    /// On the local day `n` days before the target's day, at the scan time (`0d` = the last day).
    DaysBefore(u32),
    /// Exactly `n` hours before the target instant.
    HoursBefore(u32),
    /// On the local day `n` days after the target's day, at the scan time (`+0d` = the day
    /// itself): for overdue reminders, e.g. `+0d, +7d, +14d` for "on the day, then weekly".
    DaysAfter(u32),
}

impl fmt::Display for Offset {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Offset::DaysBefore(n) => write!(f, "{n}d"),
            Offset::HoursBefore(n) => write!(f, "{n}h"),
            Offset::DaysAfter(n) => write!(f, "+{n}d"),
        }
    }
}

impl FromStr for Offset {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let s = s.trim();
        if let Some(after) = s.strip_prefix('+') {
            return match after.strip_suffix('d').map(str::parse::<u32>) {
                Some(Ok(n)) if n <= 365 => Ok(Offset::DaysAfter(n)),
                _ => Err(format!("`{s}` is not an offset like +7d")),
            };
        }
        // The unit is the last character, whatever its width (the text comes from requests).
        let unit_at = s.char_indices().last().map_or(0, |(at, _)| at);
        let (number, unit) = s.split_at(unit_at);
        let n: u32 = number
            .parse()
            .map_err(|_| format!("`{s}` is not an offset like 7d or 2h"))?;
        match unit {
            "d" if n <= 365 => Ok(Offset::DaysBefore(n)),
            "h" if (1..=24 * 30).contains(&n) => Ok(Offset::HoursBefore(n)),
            _ => Err(format!("`{s}` is not an offset like 7d or 2h")),
        }
    }
}

impl TryFrom<String> for Offset {
    type Error = String;
    fn try_from(s: String) -> Result<Self, Self::Error> {
        s.parse()
    }
}

impl From<Offset> for String {
    fn from(o: Offset) -> String {
        o.to_string()
    }
}

// In JSON an offset is its text (`7d`, `2h`, `+7d`), as serde writes it.
impl utoipa::PartialSchema for Offset {
    fn schema() -> utoipa::openapi::RefOr<utoipa::openapi::schema::Schema> {
        utoipa::openapi::ObjectBuilder::new()
            .schema_type(utoipa::openapi::schema::Type::String)
            .pattern(Some(r"^\+?[0-9]+[dh]$"))
            .examples(["7d", "2h", "+7d"])
            .into()
    }
}

impl utoipa::ToSchema for Offset {}

/// A tenant's reminder plan. Missing keys take the defaults.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(default)]
pub struct ReminderSettings {
    /// Local time at which day reminders go out.
    pub scan_time: NaiveTime,
    pub draft_deadline: Vec<Offset>,
    pub correction_due: Vec<Offset>,
    pub formal_check_due: Vec<Offset>,
    pub scoring_due: Vec<Offset>,
    /// Days after an agreement became ready to sign (overdue offsets, `+7d`).
    pub agreement_unsigned: Vec<Offset>,
    /// Days before a control's recommendations are due.
    pub control_recommendations_due: Vec<Offset>,
    /// Days before a report is due.
    pub report_due: Vec<Offset>,
    /// Days before a report's corrections are due.
    pub report_correction_due: Vec<Offset>,
    /// Days before a return's deadline.
    pub return_due: Vec<Offset>,
}

impl Default for ReminderSettings {
    fn default() -> Self {
        ReminderSettings {
            scan_time: NaiveTime::from_hms_opt(9, 0, 0).unwrap_or_default(),
            draft_deadline: vec![
                Offset::DaysBefore(7),
                Offset::DaysBefore(3),
                Offset::DaysBefore(1),
                Offset::HoursBefore(2),
            ],
            correction_due: vec![Offset::DaysBefore(2), Offset::DaysBefore(0)],
            formal_check_due: vec![Offset::DaysBefore(3), Offset::DaysBefore(0)],
            scoring_due: vec![Offset::DaysBefore(3), Offset::DaysBefore(0)],
            agreement_unsigned: vec![Offset::DaysAfter(7), Offset::DaysAfter(14)],
            control_recommendations_due: vec![Offset::DaysBefore(7), Offset::DaysBefore(1)],
            report_due: vec![Offset::DaysBefore(7), Offset::DaysBefore(1)],
            // As for an offer's correction: two days ahead and on the last day (the town gives
            // 7 days to correct a report by default, so a 7-day reminder would come at once).
            report_correction_due: vec![Offset::DaysBefore(2), Offset::DaysBefore(0)],
            return_due: vec![Offset::DaysBefore(7), Offset::DaysBefore(1)],
        }
    }
}

impl ReminderSettings {
    /// The offsets of the kinds planned here. The overdue kinds repeat at the town's interval
    /// instead ([`overdue_offsets`]): none here.
    pub fn offsets(&self, kind: ReminderKind) -> &[Offset] {
        match kind {
            ReminderKind::DraftDeadline => &self.draft_deadline,
            ReminderKind::CorrectionDue => &self.correction_due,
            ReminderKind::FormalCheckDue => &self.formal_check_due,
            ReminderKind::ScoringDue => &self.scoring_due,
            ReminderKind::AgreementUnsigned => &self.agreement_unsigned,
            ReminderKind::ControlRecommendationsDue => &self.control_recommendations_due,
            ReminderKind::ReportDue => &self.report_due,
            ReminderKind::ReportCorrectionDue => &self.report_correction_due,
            ReminderKind::ReturnDue => &self.return_due,
            ReminderKind::ReportOverdue | ReminderKind::ReturnOverdue => &[],
        }
    }
}

/// How far overdue reminders go on: a year after the deadline, the case is the clerk's, not a
/// reminder's (and offsets count at most 365 days).
const OVERDUE_HORIZON_DAYS: u32 = 365;

/// "The day after the deadline, then every `every_days`": `+0d`, `+7d`, `+14d`… up to a year
/// (the first overdue day is `+0d`, see [`Offset::DaysAfter`]). An interval of 0 counts as 1.
pub fn overdue_offsets(every_days: u32) -> Vec<Offset> {
    let step = usize::try_from(every_days.max(1)).unwrap_or(1);
    (0..=OVERDUE_HORIZON_DAYS)
        .step_by(step)
        .map(Offset::DaysAfter)
        .collect()
}

/// The instant an offset fires for a target.
pub fn fire_at(
    offset: Offset,
    target: DateTime<Utc>,
    zone: Tz,
    scan_time: NaiveTime,
) -> DateTime<Utc> {
    match offset {
        Offset::HoursBefore(n) => target - Duration::hours(i64::from(n)),
        Offset::DaysBefore(_) | Offset::DaysAfter(_) => {
            // Counting back, a target at midnight belongs to the day that just ended; counting
            // forward, to the day it starts (the first day something is overdue).
            let target_day = (target - Duration::seconds(1))
                .with_timezone(&zone)
                .date_naive();
            let day = match offset {
                Offset::DaysAfter(n) => target
                    .with_timezone(&zone)
                    .date_naive()
                    .checked_add_days(Days::new(u64::from(n))),
                Offset::DaysBefore(n) | Offset::HoursBefore(n) => {
                    target_day.checked_sub_days(Days::new(u64::from(n)))
                }
            }
            .unwrap_or(target_day);
            let local = day.and_time(scan_time);
            // In a spring-forward gap the first instant after it counts.
            zone.from_local_datetime(&local)
                .earliest()
                .or_else(|| {
                    zone.from_local_datetime(&(local + Duration::hours(1)))
                        .earliest()
                })
                .map(|t| t.with_timezone(&Utc))
                .unwrap_or(target)
        }
    }
}

/// The offset to send now, if any: of the offsets whose moment has come, the latest. "Before"
/// offsets count only while the target is ahead, "after" offsets only once it has passed.
/// Earlier ones that were missed (the object was created late, the worker was down) are not sent
/// late: "7 days left" the day before would be wrong. Sending each (object, kind, offset) once is
/// the caller's dedupe key.
pub fn due_offset(
    offsets: &[Offset],
    target: DateTime<Utc>,
    now: DateTime<Utc>,
    zone: Tz,
    scan_time: NaiveTime,
) -> Option<Offset> {
    let overdue = now >= target;
    offsets
        .iter()
        .filter(|o| matches!(o, Offset::DaysAfter(_)) == overdue)
        .map(|o| (fire_at(*o, target, zone, scan_time), *o))
        .filter(|(at, _)| *at <= now)
        .max_by_key(|(at, _)| *at)
        .map(|(_, o)| o)
}

#[cfg(test)]
mod tests;
