//! The scoring card as a form: the posted fields read back into score entries, and the rows a
//! template draws (one per criterion, with its value, its limits, its characters count and the
//! messages beside its inputs). Both the member's screen and the clerk's reading use the rows.

use crate::pages::form::FieldError;
use granty_domain::evaluation::{Points, ScoreEntry};
use granty_domain::text::visible_len;
use granty_domain::{Language, Rule, Violations};
use granty_store::evaluation::Card;
use serde::Serialize;
use std::collections::BTreeMap;

/// One criterion of the card as the template draws it. Input ids: `scores-{i}-points`,
/// `scores-{i}-passed`, `scores-{i}-justification`.
#[derive(Serialize)]
pub struct CriterionRow {
    index: usize,
    name: String,
    basis: String,
    max: u32,
    weight: u32,
    gate: bool,
    points: String,
    /// `pass`, `fail` or empty.
    passed: &'static str,
    justification: String,
    chars: usize,
    points_error: Option<String>,
    passed_error: Option<String>,
    justification_error: Option<String>,
}

/// The input id a domain field path names: `scores[2].points` → `scores-2-points`.
pub fn input_id(field: &str) -> String {
    field.replace("].", "-").replace('[', "-")
}

/// The domain's messages under the inputs' ids.
pub fn errors_by_input(errors: &[FieldError]) -> BTreeMap<String, String> {
    let mut by_input = BTreeMap::new();
    for e in errors {
        by_input
            .entry(input_id(&e.field))
            .or_insert(e.message.clone());
    }
    by_input
}

/// Points written the language's way (7,5 in Polish, Czech and Ukrainian).
pub fn points_text(points: Option<Points>, lang: Language) -> String {
    let Some(points) = points else {
        return String::new();
    };
    match lang {
        Language::En => points.to_string(),
        _ => points.to_string().replace('.', ","),
    }
}

/// The card's rows: the stored answers, or the posted ones when a refused form comes back.
pub fn rows(
    card: &Card,
    posted: Option<&[ScoreEntry]>,
    errors: &[FieldError],
    lang: Language,
) -> Vec<CriterionRow> {
    let by_input = errors_by_input(errors);
    let entries = posted.unwrap_or(&card.scores);
    card.criteria
        .iter()
        .enumerate()
        .map(|(i, c)| {
            let entry = entries.iter().find(|e| e.criterion == i);
            let error = |part: &str| by_input.get(&format!("scores-{i}-{part}")).cloned();
            let justification = entry.map(|e| e.justification.clone()).unwrap_or_default();
            CriterionRow {
                index: i,
                name: c.name.clone(),
                basis: c.basis.clone(),
                max: c.max_points,
                weight: c.weight,
                gate: c.gate,
                points: points_text(entry.and_then(|e| e.points), lang),
                passed: match entry.and_then(|e| e.passed) {
                    Some(true) => "pass",
                    Some(false) => "fail",
                    None => "",
                },
                chars: visible_len(&justification),
                justification,
                points_error: error("points"),
                passed_error: error("passed"),
                justification_error: error("justification"),
            }
        })
        .collect()
}

/// Reads the posted card (`points.{i}`, `passed.{i}`, `justification.{i}` for each criterion);
/// points that are not a number (or a half) are refused here, before the store sees them.
pub fn read_posted(
    fields: &BTreeMap<String, String>,
    criteria: usize,
) -> (Vec<ScoreEntry>, Violations) {
    let mut v = Violations::new();
    let entries = (0..criteria)
        .map(|i| {
            let get = |name: &str| {
                fields
                    .get(&format!("{name}.{i}"))
                    .cloned()
                    .unwrap_or_default()
            };
            let typed = get("points");
            let points = match typed.trim() {
                "" => None,
                text => Points::parse(text).or_else(|| {
                    v.push(format!("scores[{i}].points"), Rule::InvalidNumber);
                    None
                }),
            };
            let passed = match get("passed").as_str() {
                "pass" => Some(true),
                "fail" => Some(false),
                _ => None,
            };
            ScoreEntry {
                criterion: i,
                points,
                passed,
                justification: get("justification"),
            }
        })
        .collect();
    (entries, v)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_field_path_becomes_the_inputs_id() {
        assert_eq!(input_id("scores[2].points"), "scores-2-points");
        assert_eq!(
            input_id("scores[10].justification"),
            "scores-10-justification"
        );
    }

    #[test]
    fn posted_points_are_read_in_either_notation_and_typos_are_named() {
        let fields: BTreeMap<String, String> = [
            ("points.0", "7,5"),
            ("points.1", "abc"),
            ("passed.2", "pass"),
            ("justification.0", "tekst"),
        ]
        .into_iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect();
        let (entries, v) = read_posted(&fields, 3);
        assert_eq!(entries[0].points, Some(Points(15)));
        assert_eq!(entries[1].points, None);
        assert_eq!(entries[2].passed, Some(true));
        assert_eq!(v.0[0].field, "scores[1].points");
        assert_eq!(points_text(Some(Points(15)), Language::Pl), "7,5");
        assert_eq!(points_text(Some(Points(15)), Language::En), "7.5");
    }
}
