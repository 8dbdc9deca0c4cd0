use super::*;

const WARSAW: Tz = chrono_tz::Europe::Warsaw;

fn local(y: i32, m: u32, d: u32, h: u32, min: u32) -> DateTime<Utc> {
    WARSAW
        .with_ymd_and_hms(y, m, d, h, min, 0)
        .earliest()
        .expect("instant")
        .with_timezone(&Utc)
}

fn nine() -> NaiveTime {
    NaiveTime::from_hms_opt(9, 0, 0).expect("time")
}

#[test]
fn overdue_reminders_on_the_day_then_weekly() {
    let offsets: Vec<Offset> = ["+0d", "+7d", "+14d"]
        .iter()
        .map(|o| o.parse().expect("offset"))
        .collect();
    // A report due at the end of 30 January 2027.
    let due = local(2027, 1, 31, 0, 0);
    let at = |now| due_offset(&offsets, due, now, WARSAW, nine());
    assert_eq!(at(local(2027, 1, 30, 12, 0)), None, "not before it is due");
    assert_eq!(
        at(local(2027, 1, 31, 8, 0)),
        None,
        "the day after, before the scan time"
    );
    assert_eq!(
        fire_at(Offset::DaysAfter(0), due, WARSAW, nine()),
        local(2027, 1, 31, 9, 0)
    );
    assert_eq!(at(local(2027, 1, 31, 9, 0)), Some(Offset::DaysAfter(0)));
    assert_eq!(at(local(2027, 2, 6, 9, 0)), Some(Offset::DaysAfter(0)));
    assert_eq!(at(local(2027, 2, 7, 9, 0)), Some(Offset::DaysAfter(7)));
    assert_eq!(at(local(2027, 2, 20, 9, 0)), Some(Offset::DaysAfter(14)));
    assert_eq!(Offset::DaysAfter(7).to_string(), "+7d");
    assert!("+7h".parse::<Offset>().is_err());
}

#[test]
fn an_overdue_report_is_reminded_the_day_after_then_every_n_days() {
    // A report due on 30 January 2027: its deadline is the midnight starting the 31st.
    let due = local(2027, 1, 31, 0, 0);
    let weekly = overdue_offsets(7);
    assert_eq!(
        weekly[..3],
        [
            Offset::DaysAfter(0),
            Offset::DaysAfter(7),
            Offset::DaysAfter(14)
        ]
    );
    assert_eq!(weekly.last(), Some(&Offset::DaysAfter(364)));
    let at = |offsets: &[Offset], now| due_offset(offsets, due, now, WARSAW, nine());
    assert_eq!(at(&weekly, local(2027, 1, 30, 20, 0)), None, "still due");
    assert_eq!(
        at(&weekly, local(2027, 1, 31, 9, 0)),
        Some(Offset::DaysAfter(0))
    );
    assert_eq!(
        at(&weekly, local(2027, 2, 6, 23, 0)),
        Some(Offset::DaysAfter(0))
    );
    assert_eq!(
        at(&weekly, local(2027, 2, 7, 9, 0)),
        Some(Offset::DaysAfter(7))
    );
    assert_eq!(
        at(&weekly, local(2027, 3, 1, 9, 0)),
        Some(Offset::DaysAfter(28))
    );
    // A town reminding every 3 days.
    let three = overdue_offsets(3);
    assert_eq!(
        at(&three, local(2027, 2, 3, 9, 0)),
        Some(Offset::DaysAfter(3))
    );
    assert_eq!(
        at(&three, local(2027, 2, 5, 9, 0)),
        Some(Offset::DaysAfter(3))
    );
    assert_eq!(
        at(&three, local(2027, 2, 6, 9, 0)),
        Some(Offset::DaysAfter(6))
    );
    assert_eq!(overdue_offsets(0)[1], Offset::DaysAfter(1));
}

#[test]
fn reports_and_returns_are_reminded_seven_and_one_day_before() {
    let settings = ReminderSettings::default();
    let before = [Offset::DaysBefore(7), Offset::DaysBefore(1)];
    assert_eq!(settings.offsets(ReminderKind::ReportDue), before);
    assert_eq!(settings.offsets(ReminderKind::ReturnDue), before);
    assert!(settings.offsets(ReminderKind::ReportOverdue).is_empty());
    // Due on 30 January 2027 (deadline: the midnight starting the 31st).
    let due = local(2027, 1, 31, 0, 0);
    let at = |now| due_offset(&before, due, now, WARSAW, nine());
    assert_eq!(at(local(2027, 1, 23, 8, 0)), None);
    assert_eq!(at(local(2027, 1, 23, 9, 0)), Some(Offset::DaysBefore(7)));
    assert_eq!(at(local(2027, 1, 29, 9, 0)), Some(Offset::DaysBefore(1)));
    assert_eq!(
        at(due),
        None,
        "from the deadline on, overdue reminders take over"
    );
}

#[test]
fn offsets_parse_and_print() {
    assert_eq!("7d".parse(), Ok(Offset::DaysBefore(7)));
    assert_eq!("2h".parse(), Ok(Offset::HoursBefore(2)));
    assert!("2w".parse::<Offset>().is_err());
    assert!("h".parse::<Offset>().is_err());
    assert_eq!(Offset::DaysBefore(0).to_string(), "0d");
    let settings: ReminderSettings =
        serde_json::from_str(r#"{"draft_deadline": ["5d", "1h"]}"#).expect("json");
    assert_eq!(
        settings.draft_deadline,
        vec![Offset::DaysBefore(5), Offset::HoursBefore(1)]
    );
    assert_eq!(
        settings.correction_due,
        ReminderSettings::default().correction_due
    );
}

#[test]
fn day_reminders_fire_at_local_scan_time_across_spring_dst() {
    // Deadline Tuesday 31 March 2026, 15:30 CEST; DST began on Sunday 29 March.
    let deadline = local(2026, 3, 31, 15, 30);
    // 7 days before is 24 March, still CET: 09:00 local = 08:00 UTC.
    assert_eq!(
        fire_at(Offset::DaysBefore(7), deadline, WARSAW, nine()),
        Utc.with_ymd_and_hms(2026, 3, 24, 8, 0, 0).unwrap()
    );
    // 1 day before is 30 March, CEST: 09:00 local = 07:00 UTC.
    assert_eq!(
        fire_at(Offset::DaysBefore(1), deadline, WARSAW, nine()),
        Utc.with_ymd_and_hms(2026, 3, 30, 7, 0, 0).unwrap()
    );
    assert_eq!(
        fire_at(Offset::HoursBefore(2), deadline, WARSAW, nine()),
        local(2026, 3, 31, 13, 30)
    );
}

#[test]
fn day_reminders_across_autumn_dst() {
    // Deadline Monday 26 October 2026, 12:00 CET; DST ended on Sunday 25 October.
    let deadline = local(2026, 10, 26, 12, 0);
    assert_eq!(
        fire_at(Offset::DaysBefore(3), deadline, WARSAW, nine()),
        Utc.with_ymd_and_hms(2026, 10, 23, 7, 0, 0).unwrap()
    );
    assert_eq!(
        fire_at(Offset::DaysBefore(1), deadline, WARSAW, nine()),
        Utc.with_ymd_and_hms(2026, 10, 25, 8, 0, 0).unwrap()
    );
}

#[test]
fn a_scan_time_in_the_spring_gap_moves_past_it() {
    let deadline = local(2026, 3, 30, 12, 0);
    let half_past_two = NaiveTime::from_hms_opt(2, 30, 0).expect("time");
    // 29 March 02:30 does not exist in Warsaw; 03:30 CEST = 01:30 UTC.
    assert_eq!(
        fire_at(Offset::DaysBefore(1), deadline, WARSAW, half_past_two),
        Utc.with_ymd_and_hms(2026, 3, 29, 1, 30, 0).unwrap()
    );
}

#[test]
fn the_last_day_of_a_correction_period_is_the_day_before_its_midnight() {
    // Due at the end of 8 January (midnight starting the 9th).
    let due = local(2027, 1, 9, 0, 0);
    assert_eq!(
        fire_at(Offset::DaysBefore(0), due, WARSAW, nine()),
        local(2027, 1, 8, 9, 0)
    );
    assert_eq!(
        fire_at(Offset::DaysBefore(2), due, WARSAW, nine()),
        local(2027, 1, 6, 9, 0)
    );
}

#[test]
fn only_the_closest_due_offset_is_sent() {
    let offsets = ReminderSettings::default().draft_deadline;
    let deadline = local(2026, 12, 10, 15, 30);
    let due = |now| due_offset(&offsets, deadline, now, WARSAW, nine());
    assert_eq!(due(local(2026, 12, 3, 8, 59)), None);
    assert_eq!(due(local(2026, 12, 3, 9, 0)), Some(Offset::DaysBefore(7)));
    assert_eq!(due(local(2026, 12, 7, 9, 0)), Some(Offset::DaysBefore(3)));
    // A draft started the day before the deadline hears "1 day", not "7 days".
    assert_eq!(due(local(2026, 12, 9, 18, 0)), Some(Offset::DaysBefore(1)));
    assert_eq!(
        due(local(2026, 12, 10, 13, 29)),
        Some(Offset::DaysBefore(1))
    );
    assert_eq!(
        due(local(2026, 12, 10, 13, 30)),
        Some(Offset::HoursBefore(2))
    );
    assert_eq!(due(deadline), None);
}

#[test]
fn an_offset_ending_in_a_wide_character_is_refused() {
    // Found by schemathesis: the unit was cut at a byte, inside the character, and panicked.
    for text in ["𵃀Ý", "7ď", "ž", ""] {
        assert!(text.parse::<Offset>().is_err(), "{text}");
    }
    assert_eq!("12h".parse::<Offset>(), Ok(Offset::HoursBefore(12)));
}
