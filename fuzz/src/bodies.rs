//! The fuzz targets' bodies: each takes arbitrary bytes, feeds them to one pure part of Granty
//! and asserts what must hold for every input (a panic is a finding). cargo-fuzz runs them
//! (`fuzz/fuzz_targets/`, `make fuzz`); `tests/fuzz_quick.rs` runs them on stable Rust over
//! random and hostile inputs for a few seconds each in `cargo test`.

use chrono::{DateTime, Utc};
use granty_domain::identifiers::{Iban, Krs, Nip, Regon};
use granty_domain::money::{decimal_string, parse_fixed, MAX_MINOR};
use granty_domain::notification::Event;
use granty_domain::offer::{check_offer, OfferInput};
use granty_domain::testing::{context, terms, valid_offer};
use granty_domain::{Currency, Language, Money, Percent};

/// The bytes as text pieces split at `|` (invalid UTF-8 becomes U+FFFD, as a form decoder does).
fn pieces(data: &[u8]) -> Vec<String> {
    String::from_utf8_lossy(data)
        .split('|')
        .map(str::to_string)
        .collect()
}

/// NIP, REGON, KRS and IBAN: a value that parses is in its normal form and parses to itself.
pub fn identifiers(data: &[u8]) {
    let text = String::from_utf8_lossy(data);
    let digits = |s: &str, lengths: &[usize]| {
        lengths.contains(&s.len()) && s.chars().all(|c| c.is_ascii_digit())
    };
    if let Ok(nip) = Nip::parse(&text) {
        assert!(digits(nip.as_str(), &[10]), "{nip:?}");
        assert_eq!(Nip::parse(nip.as_str()).ok(), Some(nip));
    }
    if let Ok(regon) = Regon::parse(&text) {
        assert!(digits(regon.as_str(), &[9, 14]), "{regon:?}");
        assert_eq!(Regon::parse(regon.as_str()).ok(), Some(regon));
    }
    if let Ok(krs) = Krs::parse(&text) {
        assert!(digits(krs.as_str(), &[10]), "{krs:?}");
        assert_eq!(Krs::parse(krs.as_str()).ok(), Some(krs));
    }
    if let Ok(iban) = Iban::parse(&text) {
        let normal = iban.as_str();
        assert!(
            normal.chars().all(|c| c.is_ascii_alphanumeric()),
            "{iban:?}"
        );
        assert_eq!(Iban::parse(&iban.grouped()).ok().as_ref(), Some(&iban));
        assert_eq!(Iban::parse(normal).ok(), Some(iban));
    }
}

/// Amounts and percents: what parses prints back to the same value; sums never pass the
/// largest amount and never panic, whatever the items.
pub fn money(data: &[u8]) {
    let text = String::from_utf8_lossy(data);
    if let Ok(minor) = parse_fixed(&text, 2) {
        assert_eq!(
            parse_fixed(&decimal_string(minor), 2),
            Ok(minor),
            "{text:?}"
        );
        let _ = Money::new(minor, Currency::PLN).to_string();
    }
    if let Ok(percent) = Percent::parse(&text) {
        let printed = percent.to_string();
        assert_eq!(Percent::parse(printed.trim_end_matches('%')), Ok(percent));
    }
    let amounts: Vec<Money> = data
        .chunks(8)
        .map(|chunk| {
            let mut bytes = [0u8; 8];
            bytes[..chunk.len()].copy_from_slice(chunk);
            Money::new(i64::from_le_bytes(bytes), Currency::PLN)
        })
        .collect();
    if let Some(total) = Money::sum(Currency::PLN, amounts.iter().copied()) {
        assert!(
            total.minor.unsigned_abs() <= MAX_MINOR.unsigned_abs(),
            "{total:?}"
        );
    }
    for pair in amounts.windows(2) {
        let share = pair[0].share_of(pair[1]);
        let _ = (
            share.to_string(),
            pair[0].percent_ceil(share),
            pair[1].percent_floor(share),
        );
    }
}

/// The offer rules on arbitrary input: JSON as a client sends it, or a valid offer whose
/// amounts and texts are replaced by the input's pieces. Never a panic; totals never above the
/// largest amount; an offer without violations balances (V.A = V.B) and adds up.
pub fn offer_rules(data: &[u8]) {
    let input = serde_json::from_slice::<OfferInput>(data).unwrap_or_else(|_| mutated_offer(data));
    let call = terms();
    let (summary, violations) = check_offer(&input, &context(&call));
    for total in [
        summary.total_costs,
        summary.total_sources,
        summary.requested_grant,
    ] {
        assert!((0..=MAX_MINOR).contains(&total.minor), "{total:?}");
    }
    if violations.is_empty() {
        assert_eq!(summary.total_costs, summary.total_sources);
        let lines = Money::sum(summary.currency, summary.lines.iter().map(|l| l.value));
        assert_eq!(lines, Some(summary.total_costs));
    }
}

/// A valid offer with the input's pieces typed into its amounts, quantities and texts.
fn mutated_offer(data: &[u8]) -> OfferInput {
    let mut offer = valid_offer();
    let mut typed = pieces(data).into_iter();
    let mut next = |slot: &mut String| {
        if let Some(piece) = typed.next() {
            *slot = piece;
        }
    };
    for line in offer.costs.iter_mut() {
        next(&mut line.unit_cost);
        next(&mut line.quantity);
    }
    next(&mut offer.sources.requested_grant);
    next(&mut offer.sources.own_financial);
    next(&mut offer.sources.own_personal);
    next(&mut offer.sources.own_in_kind);
    next(&mut offer.title);
    next(&mut offer.contact.name);
    next(&mut offer.contact.email);
    offer
}

/// Marks where a typed value starts, so escaping can be checked whatever the value holds.
const MARK: &str = "<x-fuzz>";

/// The email templates with hostile values in every typed field, in every language: rendering
/// never fails, and no tag from the input survives into the HTML unescaped.
pub fn templates(data: &[u8]) {
    let typed: Vec<String> = pieces(data).iter().map(|p| format!("{MARK}{p}")).collect();
    let piece = |i: usize| typed.get(i).cloned().unwrap_or_else(|| MARK.to_string());
    let at = DateTime::<Utc>::from_timestamp(1_800_000_000, 0).unwrap_or_default();
    let events = [
        Event::FormallyRejected {
            call_title: piece(0),
            application_title: piece(1),
            reason: piece(2),
        },
        Event::CorrectionRequested {
            call_title: piece(0),
            application_title: piece(1),
            deficiencies: typed.clone(),
            due: at,
            justification: piece(2),
        },
        Event::ApplicationSubmitted {
            call_title: piece(0),
            application_title: piece(1),
            organisation_name: piece(2),
            receipt_number: piece(3),
            submitted_at: at,
            correction: data.first().is_some_and(|b| b % 2 == 0),
            content_sha256: piece(4),
        },
        Event::OrganisationInvitation {
            inviter_name: piece(0),
            organisation_name: piece(1),
            tenant_name: piece(2),
            expires_at: at,
        },
        Event::AccountConfirmation {
            display_name: piece(0),
        },
    ];
    for event in &events {
        for lang in Language::ALL {
            let rendered =
                granty_worker::email::render(event, chrono_tz::Europe::Warsaw, lang, "/x");
            let message = match rendered {
                Ok(message) => message,
                Err(error) => panic!("{event:?} in {lang:?}: {error}"),
            };
            assert!(!message.html.contains(MARK), "unescaped input in {event:?}");
        }
    }
}
