//! The clerk's evaluation settings as typed in a form or sent as JSON: texts read into typed
//! settings, each problem named by its field. The same reading serves the page and the API.

use super::{EvaluationSettings, NoNgoReason, TieBreaker};
use crate::money::parse_fixed;
use crate::{Rule, Violations};
use chrono::{DateTime, NaiveDateTime, TimeZone, Utc};
use chrono_tz::Tz;
use serde::{Deserialize, Serialize};

/// The settings as texts (a form's fields; the API's JSON uses the same names).
#[derive(Debug, Clone, Default, Deserialize, Serialize, utoipa::ToSchema)]
#[serde(default)]
pub struct SettingsForm {
    pub half_points: bool,
    #[serde(deserialize_with = "text_or_number")]
    pub min_justification_chars: String,
    /// The least total to be recommended, in points ("30" or "30.5"); empty: none.
    #[serde(deserialize_with = "text_or_number")]
    pub min_total: String,
    /// Percent of the maximum, a whole number 1–100.
    #[serde(deserialize_with = "text_or_number")]
    pub divergence_percent: String,
    /// Members per offer; empty: every scoring member scores every offer.
    #[serde(deserialize_with = "text_or_number")]
    pub per_offer: String,
    /// Local time of the town, `YYYY-MM-DDTHH:MM`; empty: none.
    #[serde(deserialize_with = "text_or_number")]
    pub scoring_deadline: String,
    /// Comma-separated tie-breaker codes (`criterion:1, received`); empty: the default.
    #[serde(deserialize_with = "text_or_number")]
    pub tie_breakers: String,
    /// A `NoNgoReason` code; empty: none.
    #[serde(deserialize_with = "text_or_number")]
    pub no_ngo_reason: String,
}

/// A field sent as text, as a number (JSON clients) or as null (empty).
fn text_or_number<'de, D: serde::Deserializer<'de>>(deserializer: D) -> Result<String, D::Error> {
    #[derive(Deserialize)]
    #[serde(untagged)]
    enum Sent {
        Text(String),
        Whole(u64),
        List(Vec<String>),
        Nothing(()),
    }
    Ok(match Option::<Sent>::deserialize(deserializer)? {
        Some(Sent::Text(text)) => text,
        Some(Sent::Whole(n)) => n.to_string(),
        Some(Sent::List(items)) => items.join(","),
        Some(Sent::Nothing(())) | None => String::new(),
    })
}

/// The settings once read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReadSettings {
    pub settings: EvaluationSettings,
    pub scoring_deadline: Option<DateTime<Utc>>,
    pub no_ngo_reason: Option<NoNgoReason>,
}

impl SettingsForm {
    /// Reads the form; instants in the town's `zone`.
    pub fn read(&self, zone: Tz) -> Result<ReadSettings, Violations> {
        let mut v = Violations::new();
        let defaults = EvaluationSettings::default();
        let whole = |v: &mut Violations, field: &str, text: &str, min: u32, max: u32| {
            let text = text.trim();
            match text.parse::<u32>() {
                Ok(n) if (min..=max).contains(&n) => Some(n),
                _ if text.is_empty() => None,
                _ => {
                    v.push(field, Rule::WholeNumberBetween { min, max });
                    None
                }
            }
        };
        let min_chars = whole(
            &mut v,
            "min_justification_chars",
            &self.min_justification_chars,
            0,
            5000,
        );
        let divergence = whole(
            &mut v,
            "divergence_percent",
            &self.divergence_percent,
            1,
            100,
        );
        let per_offer = whole(&mut v, "per_offer", &self.per_offer, 1, 50);
        let settings = EvaluationSettings {
            half_points: self.half_points,
            min_justification_chars: min_chars.unwrap_or(defaults.min_justification_chars),
            min_total_centi: min_total(&mut v, &self.min_total),
            divergence_bp: divergence.map_or(defaults.divergence_bp, |p| p * 100),
            per_offer,
            tie_breakers: tie_breakers(&mut v, &self.tie_breakers, defaults.tie_breakers),
        };
        let read = ReadSettings {
            settings,
            scoring_deadline: deadline(&mut v, &self.scoring_deadline, zone),
            no_ngo_reason: reason(&mut v, &self.no_ngo_reason),
        };
        v.into_result(read)
    }
}

fn min_total(v: &mut Violations, text: &str) -> Option<u64> {
    if text.trim().is_empty() {
        return None;
    }
    match parse_fixed(text, 2) {
        Ok(centi) if centi >= 0 => u64::try_from(centi).ok(),
        _ => {
            v.push("min_total", Rule::InvalidNumber);
            None
        }
    }
}

fn tie_breakers(v: &mut Violations, text: &str, default: Vec<TieBreaker>) -> Vec<TieBreaker> {
    if text.trim().is_empty() {
        return default;
    }
    let parsed: Option<Vec<TieBreaker>> = text.split(',').map(TieBreaker::parse).collect();
    parsed.unwrap_or_else(|| {
        v.push("tie_breakers", Rule::InvalidValue);
        default
    })
}

fn deadline(v: &mut Violations, text: &str, zone: Tz) -> Option<DateTime<Utc>> {
    let text = text.trim();
    if text.is_empty() {
        return None;
    }
    let local = NaiveDateTime::parse_from_str(text, "%Y-%m-%dT%H:%M");
    // In the autumn hour that happens twice, the first occurrence is meant.
    match local
        .ok()
        .and_then(|l| zone.from_local_datetime(&l).earliest())
    {
        Some(instant) => Some(instant.with_timezone(&Utc)),
        None => {
            v.push("scoring_deadline", Rule::InvalidValue);
            None
        }
    }
}

fn reason(v: &mut Violations, text: &str) -> Option<NoNgoReason> {
    let text = text.trim();
    if text.is_empty() {
        return None;
    }
    let parsed = NoNgoReason::parse(text);
    if parsed.is_none() {
        v.push("no_ngo_reason", Rule::InvalidValue);
    }
    parsed
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_form_is_read_into_exact_settings_in_the_towns_time() {
        let form = SettingsForm {
            half_points: true,
            min_justification_chars: "50".into(),
            min_total: "30,5".into(),
            divergence_percent: "25".into(),
            per_offer: "2".into(),
            scoring_deadline: "2026-12-10T16:00".into(),
            tie_breakers: "criterion:2, received".into(),
            no_ngo_reason: "no_nominations".into(),
        };
        let read = form
            .read(chrono_tz::Europe::Warsaw)
            .unwrap_or_else(|v| panic!("{v:?}"));
        assert_eq!(read.settings.min_total_centi, Some(3050));
        assert_eq!(read.settings.divergence_bp, 2500);
        assert_eq!(read.settings.per_offer, Some(2));
        let stamp = read.scoring_deadline.map(|d| d.to_rfc3339());
        assert_eq!(stamp.as_deref(), Some("2026-12-10T15:00:00+00:00"));
        assert_eq!(
            read.settings.tie_breakers,
            [TieBreaker::Criterion(2), TieBreaker::Received]
        );
        assert_eq!(read.no_ngo_reason, Some(NoNgoReason::NoNominations));
    }

    #[test]
    fn empty_fields_take_the_defaults_and_bad_ones_are_named() {
        let read = SettingsForm::default().read(chrono_tz::Europe::Warsaw);
        assert_eq!(read.map(|r| r.settings), Ok(EvaluationSettings::default()));
        let bad = SettingsForm {
            per_offer: "0".into(),
            divergence_percent: "x".into(),
            scoring_deadline: "jutro".into(),
            tie_breakers: "luck".into(),
            no_ngo_reason: "none".into(),
            min_total: "-3".into(),
            ..SettingsForm::default()
        };
        let errors = bad
            .read(chrono_tz::Europe::Warsaw)
            .err()
            .unwrap_or_default();
        let fields: Vec<&str> = errors.iter().map(|e| e.field.as_str()).collect();
        assert_eq!(
            fields,
            [
                "divergence_percent",
                "per_offer",
                "min_total",
                "tie_breakers",
                "scoring_deadline",
                "no_ngo_reason"
            ]
        );
    }
}
