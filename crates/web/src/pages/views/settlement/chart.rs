//! The planned-against-actual chart of the cost lines, as numbers an inline SVG in the template
//! draws (no script): per line a planned bar, an actual bar and a mark at the allowed shift. The
//! table beside it carries the same data for readers who do not see the chart.

use granty_domain::settlement::LineOutcome;
use serde::Serialize;

/// The drawing's width in SVG units for the largest amount, and one line's band.
const WIDTH: i64 = 560;
const BAND: i64 = 46;
const BAR: i64 = 16;
const LEFT: i64 = 70;

#[derive(Debug, Serialize)]
pub struct ChartLine {
    pub number: String,
    pub y: i64,
    pub planned_width: i64,
    pub actual_width: i64,
    pub allowed_x: i64,
    /// The actual bar passes the allowed mark (drawn in the warning colour).
    pub over: bool,
}

#[derive(Debug, Serialize)]
pub struct Chart {
    pub width: i64,
    pub height: i64,
    pub left: i64,
    pub bar: i64,
    pub lines: Vec<ChartLine>,
}

/// `amount` scaled so that `largest` spans the width (integer arithmetic, rounded down).
fn scaled(amount: i64, largest: i64) -> i64 {
    if largest <= 0 {
        return 0;
    }
    let value = i128::from(amount.max(0)) * i128::from(WIDTH) / i128::from(largest);
    i64::try_from(value).unwrap_or(WIDTH)
}

/// The chart of the settlement's lines; `None` without lines.
pub fn chart(lines: &[LineOutcome]) -> Option<Chart> {
    if lines.is_empty() {
        return None;
    }
    let largest = lines
        .iter()
        .map(|l| l.planned.max(l.actual).max(l.allowed))
        .max()
        .unwrap_or(0);
    let drawn = lines
        .iter()
        .zip(0_i64..)
        .map(|(line, i)| ChartLine {
            number: line.number.clone(),
            y: i * BAND + 6,
            planned_width: scaled(line.planned, largest),
            actual_width: scaled(line.actual, largest),
            allowed_x: LEFT + scaled(line.allowed, largest),
            over: line.over > 0,
        })
        .collect::<Vec<_>>();
    let count = i64::try_from(drawn.len()).unwrap_or(0);
    Some(Chart {
        width: LEFT + WIDTH + 10,
        height: count * BAND + 10,
        left: LEFT,
        bar: BAR,
        lines: drawn,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use granty_domain::agreement::ShiftBasis;
    use granty_domain::settlement::{Explanation, LegalBasis, SettlementRule};

    fn line(planned: i64, actual: i64, allowed: i64) -> LineOutcome {
        LineOutcome {
            number: "1".into(),
            basis: ShiftBasis::Line,
            planned,
            actual,
            allowed,
            over: (actual - allowed).max(0),
            excess: 0,
            explanation: Explanation::new(
                SettlementRule::LineShift,
                LegalBasis::ModelAgreementShift,
            ),
        }
    }

    #[test]
    fn the_largest_amount_spans_the_width_and_a_line_over_its_mark_is_flagged() {
        let c = chart(&[line(1_000, 1_200, 1_100), line(500, 400, 550)]).unwrap();
        assert_eq!(c.lines[0].actual_width, WIDTH);
        assert_eq!(c.lines[0].planned_width, WIDTH * 1_000 / 1_200);
        assert_eq!(c.lines[0].allowed_x, LEFT + WIDTH * 1_100 / 1_200);
        assert!(c.lines[0].over);
        assert!(!c.lines[1].over);
        assert_eq!(c.lines[1].y, BAND + 6);
        assert!(chart(&[]).is_none());
    }
}
