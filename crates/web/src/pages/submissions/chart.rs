//! The call's activity chart: offers started and submitted per day, per hour in the last 48 hours
//! before the deadline. The server lays the bars out here and `activity_chart.html` draws them as
//! SVG `<rect>`s (no chart crate: see the README), with the same numbers in a table beside it.

use crate::pages::texts::text;
use chrono_tz::Tz;
use granty_domain::call::activity::Tally;
use granty_domain::Language;
use granty_i18n::format::date;
use granty_i18n::message_with;
use serde::Serialize;

/// The drawing's frame, in SVG user units (the SVG scales to the page's width).
const LEFT: u32 = 36;
const TOP: u32 = 12;
const PLOT_HEIGHT: u32 = 160;
const SLOT: u32 = 10;
const BAR: u32 = 4;

#[derive(Serialize)]
struct Bar {
    x_started: u32,
    x_submitted: u32,
    width: u32,
    y_started: u32,
    h_started: u32,
    y_submitted: u32,
    h_submitted: u32,
    label: String,
}

/// A label under the axis: where the chart starts, where the hours begin, the deadline.
#[derive(Serialize)]
struct Mark {
    x: u32,
    text: String,
}

/// A row of the table alternative: a period with at least one offer in it.
#[derive(Serialize)]
struct Row {
    period: String,
    started: u32,
    submitted: u32,
}

#[derive(Serialize)]
pub struct Chart {
    width: u32,
    height: u32,
    left: u32,
    top: u32,
    baseline: u32,
    right: u32,
    max: u32,
    desc: String,
    bars: Vec<Bar>,
    marks: Vec<Mark>,
    rows: Vec<Row>,
}

/// The chart of a call's tallies; none when the call has no periods (no dates yet).
pub fn chart(tallies: &[Tally], zone: Tz, lang: Language) -> Option<Chart> {
    let last = tallies.last()?;
    let max = tallies
        .iter()
        .map(|t| t.started.max(t.submitted))
        .max()
        .unwrap_or(0)
        .max(1);
    let n = u32::try_from(tallies.len()).unwrap_or(u32::MAX);
    let baseline = TOP + PLOT_HEIGHT;
    let bars = tallies
        .iter()
        .zip(0..)
        .map(|(t, i)| bar(t, LEFT + i * SLOT, max, zone, lang))
        .collect();
    Some(Chart {
        width: LEFT + n * SLOT + 60,
        height: baseline + 34,
        left: LEFT,
        top: TOP,
        baseline,
        right: LEFT + n * SLOT,
        max,
        desc: description(tallies, lang),
        bars,
        marks: marks(tallies, last, zone, lang),
        rows: rows(tallies, zone, lang),
    })
}

fn height(count: u32, max: u32) -> u32 {
    count * PLOT_HEIGHT / max
}

fn bar(t: &Tally, x: u32, max: u32, zone: Tz, lang: Language) -> Bar {
    let (hs, hb) = (height(t.started, max), height(t.submitted, max));
    let baseline = TOP + PLOT_HEIGHT;
    Bar {
        x_started: x + 1,
        x_submitted: x + 1 + BAR,
        width: BAR,
        y_started: baseline - hs,
        h_started: hs,
        y_submitted: baseline - hb,
        h_submitted: hb,
        label: format!(
            "{}: {} {}, {} {}",
            period_label(t, zone, lang),
            text(lang, "activity_started"),
            t.started,
            text(lang, "activity_submitted"),
            t.submitted
        ),
    }
}

/// "01.12.2026" for a day, "05.12.2026 14:00" for an hour.
fn period_label(t: &Tally, zone: Tz, lang: Language) -> String {
    let local = t.period.start.with_timezone(&zone);
    let day = date(local.date_naive(), lang);
    if t.period.hourly {
        format!("{day} {}", local.format("%H:%M"))
    } else {
        day
    }
}

fn marks(tallies: &[Tally], last: &Tally, zone: Tz, lang: Language) -> Vec<Mark> {
    let mut marks = vec![Mark {
        x: LEFT,
        text: period_label(&tallies[0], zone, lang),
    }];
    if let Some(i) = tallies
        .iter()
        .position(|t| t.period.hourly)
        .filter(|i| *i > 0)
    {
        let x = LEFT + u32::try_from(i).unwrap_or(0) * SLOT;
        let text = text(lang, "activity_hourly_from").to_string();
        marks.push(Mark { x, text });
    }
    let end = last.period.end.with_timezone(&zone);
    let x = LEFT + u32::try_from(tallies.len()).unwrap_or(0) * SLOT;
    let text = format!("{} {}", date(end.date_naive(), lang), end.format("%H:%M"));
    marks.push(Mark { x, text });
    marks
}

/// The chart's description for screen readers: the totals and what the bars are.
fn description(tallies: &[Tally], lang: Language) -> String {
    let started: u32 = tallies.iter().map(|t| t.started).sum();
    let submitted: u32 = tallies.iter().map(|t| t.submitted).sum();
    message_with(
        lang,
        "activity_desc",
        &[
            ("started", i64::from(started).into()),
            ("submitted", i64::from(submitted).into()),
        ],
    )
}

fn rows(tallies: &[Tally], zone: Tz, lang: Language) -> Vec<Row> {
    tallies
        .iter()
        .filter(|t| t.started > 0 || t.submitted > 0)
        .map(|t| Row {
            period: period_label(t, zone, lang),
            started: t.started,
            submitted: t.submitted,
        })
        .collect()
}
