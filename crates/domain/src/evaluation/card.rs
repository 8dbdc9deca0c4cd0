//! A member's scoring card checked against the call's criteria and evaluation settings.
//!
//! A draft may be incomplete (autosave keeps whatever is typed) but never out of range: points
//! above a criterion's maximum or in halves where the call scores whole points are refused at
//! once. Submission needs everything: points or a pass/fail answer on every criterion and a
//! justification of the call's minimum length on each.
//!
//! Field paths name the criterion by its position in the call's list (`scores[2].points`), so a
//! page puts the message next to the input it belongs to.

use super::{EvaluationSettings, Points, ScoreEntry};
use crate::call::Criterion;
use crate::text::visible_len;
use crate::violation::{Rule, Violations};

/// The longest justification of one criterion.
pub const MAX_JUSTIFICATION_CHARS: usize = 5000;

/// What the card is checked for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CardCheck {
    /// Saving a draft: what is filled in must be in range.
    Draft,
    /// Submitting: everything filled in, in range and justified.
    Submission,
}

/// Checks `entries` against the call's `criteria`; returns the card as stored: one entry per
/// criterion in the call's order (blank where nothing was given), justifications trimmed.
pub fn check_card(
    entries: &[ScoreEntry],
    criteria: &[Criterion],
    settings: &EvaluationSettings,
    check: CardCheck,
) -> Result<Vec<ScoreEntry>, Violations> {
    let mut v = Violations::new();
    let mut card: Vec<ScoreEntry> = (0..criteria.len())
        .map(|criterion| ScoreEntry {
            criterion,
            ..ScoreEntry::default()
        })
        .collect();
    let mut given = vec![false; criteria.len()];
    for (i, entry) in entries.iter().enumerate() {
        match given.get_mut(entry.criterion) {
            None => v.push(format!("scores[{i}].criterion"), Rule::UnknownReference),
            Some(true) => v.push(format!("scores[{i}].criterion"), Rule::Duplicate),
            Some(seen) => {
                *seen = true;
                let at = entry.criterion;
                card[at] = check_entry(&mut v, entry, &criteria[at], settings, check);
            }
        }
    }
    if check == CardCheck::Submission {
        for (at, seen) in given.iter().enumerate() {
            if !seen {
                let blank = ScoreEntry {
                    criterion: at,
                    ..ScoreEntry::default()
                };
                check_entry(&mut v, &blank, &criteria[at], settings, check);
            }
        }
    }
    v.into_result(card)
}

/// One criterion's answer: the points or the pass/fail answer, then the justification.
fn check_entry(
    v: &mut Violations,
    entry: &ScoreEntry,
    criterion: &Criterion,
    settings: &EvaluationSettings,
    check: CardCheck,
) -> ScoreEntry {
    let at = entry.criterion;
    let submitting = check == CardCheck::Submission;
    let mut kept = entry.clone();
    if criterion.gate {
        // A gate is answered pass or fail; points on it mean a client confused the two.
        if entry.points.is_some() {
            v.push(format!("scores[{at}].points"), Rule::InvalidValue);
        }
        if submitting && entry.passed.is_none() {
            v.push(format!("scores[{at}].passed"), Rule::PassFailRequired);
        }
    } else {
        if entry.passed.is_some() {
            v.push(format!("scores[{at}].passed"), Rule::InvalidValue);
        }
        match entry.points {
            Some(points) => check_points(v, at, points, criterion, settings),
            None if submitting => v.push(format!("scores[{at}].points"), Rule::PointsRequired),
            None => {}
        }
    }
    kept.justification = check_justification(v, at, &entry.justification, settings, check);
    kept
}

fn check_points(
    v: &mut Violations,
    at: usize,
    points: Points,
    criterion: &Criterion,
    settings: &EvaluationSettings,
) {
    let field = format!("scores[{at}].points");
    if points > Points::whole(criterion.max_points) {
        let max = criterion.max_points;
        v.push(field, Rule::PointsAboveMaximum { max });
    } else if !points.is_whole() && !settings.half_points {
        v.push(field, Rule::HalfPointsNotAllowed);
    }
}

/// The justification trimmed; on submission at least the call's minimum of visible characters
/// (zero-width spaces and other invisible characters do not make a text longer).
fn check_justification(
    v: &mut Violations,
    at: usize,
    text: &str,
    settings: &EvaluationSettings,
    check: CardCheck,
) -> String {
    let field = format!("scores[{at}].justification");
    let kept = v.optional_text(&field, text, MAX_JUSTIFICATION_CHARS);
    let actual = visible_len(&kept);
    let min = settings.min_justification_chars;
    if check == CardCheck::Submission && actual < min as usize {
        let actual = u32::try_from(actual).unwrap_or(u32::MAX);
        v.push(field, Rule::JustificationTooShort { min, actual });
    }
    kept
}

/// Whether the card has nothing in it yet (the queue's "not started").
pub fn is_blank(entries: &[ScoreEntry]) -> bool {
    entries.iter().all(|e| {
        e.points.is_none() && e.passed.is_none() && crate::text::is_blank(&e.justification)
    })
}

#[cfg(test)]
#[path = "card_tests.rs"]
mod tests;
