//! Values typed in the call form, read back: whole numbers, local times (in the town's zone, DST
//! included), dates, and the required attachments one per line with stable codes.

use chrono::{DateTime, NaiveDate, NaiveDateTime, TimeZone, Utc};
use chrono_tz::Tz;
use granty_domain::call::RequiredAttachment;
use granty_domain::{Rule, Violations};
use std::collections::HashSet;

/// An instant as a `datetime-local` value in the town's zone.
pub fn local_text(instant: DateTime<Utc>, zone: Tz) -> String {
    instant
        .with_timezone(&zone)
        .format("%Y-%m-%dT%H:%M")
        .to_string()
}

/// A whole number of points or days; empty is `None` (the domain's default or its own error),
/// one that does not parse is reported with its allowed range.
pub fn whole(v: &mut Violations, field: &str, text: &str, max: u32) -> Option<u32> {
    let text = text.trim();
    if text.is_empty() {
        return None;
    }
    text.parse()
        .map_err(|_| v.push(field, Rule::WholeNumberBetween { min: 1, max }))
        .ok()
}

/// A `datetime-local` value in the town's zone, as an instant (DST included). An unchanged value
/// keeps the stored instant: the form shows minutes only, and in the autumn hour that happens
/// twice the local text alone cannot say which occurrence was stored.
pub fn instant(
    v: &mut Violations,
    field: &str,
    text: &str,
    stored: Option<DateTime<Utc>>,
    zone: Tz,
) -> Option<DateTime<Utc>> {
    let text = text.trim();
    if let Some(stored) = stored.filter(|s| local_text(*s, zone) == text) {
        return Some(stored);
    }
    if text.is_empty() {
        v.push(field, Rule::Required);
        return None;
    }
    let parsed = NaiveDateTime::parse_from_str(text, "%Y-%m-%dT%H:%M")
        .or_else(|_| NaiveDateTime::parse_from_str(text, "%Y-%m-%dT%H:%M:%S"));
    let Ok(local) = parsed else {
        v.push(field, Rule::InvalidValue);
        return None;
    };
    // In the autumn hour that happens twice, the first occurrence is meant.
    match zone.from_local_datetime(&local).earliest() {
        Some(instant) => Some(instant.with_timezone(&Utc)),
        None => {
            v.push(field, Rule::InvalidValue);
            None
        }
    }
}

pub fn day(v: &mut Violations, field: &str, text: &str) -> Option<NaiveDate> {
    if text.trim().is_empty() {
        return None;
    }
    NaiveDate::parse_from_str(text.trim(), "%Y-%m-%d")
        .map_err(|_| v.push(field, Rule::InvalidValue))
        .ok()
}

/// One attachment per non-empty line. A name that was already required keeps its code, because
/// offers upload their files under it; new names get a fresh code unlike any other.
pub fn attachments(text: &str, existing: &[RequiredAttachment]) -> Vec<RequiredAttachment> {
    let names: Vec<&str> = text
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect();
    let mut unclaimed: Vec<&RequiredAttachment> = existing.iter().collect();
    let mut codes: Vec<Option<String>> = names
        .iter()
        .map(|name| {
            let found = unclaimed.iter().position(|a| a.name.trim() == *name)?;
            Some(unclaimed.remove(found).code.clone())
        })
        .collect();
    let mut used: HashSet<String> = codes.iter().flatten().cloned().collect();
    for (i, code) in codes.iter_mut().enumerate() {
        if code.is_none() {
            let base = attachment_code(names[i], i);
            let mut candidate = base.clone();
            let mut n = 2;
            while used.contains(&candidate) {
                candidate = format!("{base}-{n}");
                n += 1;
            }
            used.insert(candidate.clone());
            *code = Some(candidate);
        }
    }
    names
        .iter()
        .zip(codes)
        .map(|(name, code)| RequiredAttachment {
            code: code.unwrap_or_default(),
            name: name.to_string(),
        })
        .collect()
}

/// A short code for an attachment name ("Statut organizacji" → "statut-organizacji").
fn attachment_code(name: &str, index: usize) -> String {
    let code: String = name
        .to_lowercase()
        .chars()
        .map(|c| match c {
            'ą' => 'a',
            'ć' => 'c',
            'ę' => 'e',
            'ł' => 'l',
            'ń' => 'n',
            'ó' => 'o',
            'ś' => 's',
            'ź' | 'ż' => 'z',
            c if c.is_ascii_alphanumeric() => c,
            _ => '-',
        })
        .collect::<String>()
        .split('-')
        .filter(|p| !p.is_empty())
        .collect::<Vec<_>>()
        .join("-");
    let code: String = code.chars().take(40).collect();
    if code.is_empty() {
        format!("zalacznik-{}", index + 1)
    } else {
        code
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unchanged_attachment_names_keep_their_codes() {
        let existing = vec![
            RequiredAttachment {
                code: "statut".into(),
                name: "Statut".into(),
            },
            RequiredAttachment {
                code: "krs".into(),
                name: "Odpis z KRS".into(),
            },
        ];
        let got = attachments("Statut!\nStatut\nPełnomocnictwo\n\n", &existing);
        let codes: Vec<&str> = got.iter().map(|a| a.code.as_str()).collect();
        assert_eq!(codes, ["statut-2", "statut", "pelnomocnictwo"]);
    }
}
