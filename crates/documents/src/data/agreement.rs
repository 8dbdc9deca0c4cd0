//! The agreement (2018 model agreement, Annex 3) and its annexes. Amounts are minor units with
//! their currency (templates write them with `money(x.minor, x.currency)`), dates ISO
//! `YYYY-MM-DD` (templates write them with `date`).

use serde::Serialize;

/// An amount as templates read it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Amount {
    pub minor: i64,
    pub currency: &'static str,
}

/// A party: the town, the organisation, or a joint offer's partner (art. 16 ust. 6: each
/// partner's share of the work; art. 14 ust. 5: joint and several liability).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PartyData {
    /// `town`, `organisation` or `partner`.
    pub role: String,
    pub name: String,
    pub address: String,
    pub registration_number: String,
    pub scope: String,
    pub cost_share: Option<Amount>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SignatoryData {
    /// `town` or `organisation`.
    pub party: String,
    pub name: String,
    pub function: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TrancheData {
    pub number: usize,
    pub amount: Amount,
    pub due_on: String,
}

/// A row of the cost table (annex to the agreement).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CostLineData {
    pub number: String,
    pub name: String,
    pub unit: String,
    /// The quantity as written ("12", "2.5").
    pub quantity: String,
    pub unit_cost: Amount,
    pub value: Amount,
    pub grant_part: Option<Amount>,
}

/// Everything the agreement's template reads.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct AgreementData {
    pub number: String,
    pub call_title: String,
    pub task_title: String,
    /// `supporting` (wspieranie) or `entrusting` (powierzenie), art. 5 ust. 4 pkt 2.
    pub commissioning: String,
    pub parties: Vec<PartyData>,
    /// Several organisations are parties: their shares and joint liability are printed.
    pub joint: bool,
    /// Entities carrying out part of the task without being parties (art. 16 ust. 4).
    pub non_party_performers: Vec<String>,
    pub starts_on: String,
    pub ends_on: String,
    pub use_by: String,
    pub return_by: String,
    pub final_report_by: String,
    pub partial_reports: Vec<String>,
    pub grant: Amount,
    pub tranches: Vec<TrancheData>,
    pub own_financial: Amount,
    pub own_non_financial: Amount,
    pub participant_fees: Amount,
    pub total_costs: Amount,
    /// The allowed growth of a cost line, as a percent ("10", "12.5").
    pub shift_percent: String,
    /// `line` or `grant_part`: what the growth is measured on.
    pub shift_basis: String,
    pub bank_account: String,
    pub cost_lines: Vec<CostLineData>,
    pub signatories: Vec<SignatoryData>,
    pub representation_rule: String,
}

/// One change an annex makes. An amount ("9000.00 PLN", as the terms' changes record it) is
/// also given as an amount, for the template to write in the document's language and align.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ChangeData {
    pub field: String,
    pub before: String,
    pub after: String,
    pub before_amount: Option<Amount>,
    pub after_amount: Option<Amount>,
}

impl ChangeData {
    pub fn new(field: String, before: String, after: String) -> ChangeData {
        ChangeData {
            before_amount: recorded_amount(&before),
            after_amount: recorded_amount(&after),
            field,
            before,
            after,
        }
    }
}

/// "9000.00 PLN" as an amount; anything else (a date, a title, a list of tranches) is not one.
fn recorded_amount(text: &str) -> Option<Amount> {
    let (number, code) = text.split_once(' ')?;
    let currency = ["PLN", "CZK", "EUR", "UAH"]
        .into_iter()
        .find(|c| *c == code)?;
    let (sign, digits) = match number.strip_prefix('-') {
        Some(rest) => (-1, rest),
        None => (1, number),
    };
    let (whole, cents) = digits.split_once('.')?;
    let plain = |part: &str| !part.is_empty() && part.chars().all(|c| c.is_ascii_digit());
    if !plain(whole) || cents.len() != 2 || !plain(cents) {
        return None;
    }
    let minor = whole.parse::<i64>().ok()?.checked_mul(100)? + cents.parse::<i64>().ok()?;
    Some(Amount {
        minor: sign * minor,
        currency,
    })
}

/// Everything the annex's template reads: the annex number, why, what changes, and the terms
/// after it (the cost table in full when lines changed).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct AnnexData {
    pub annex_no: i32,
    pub reason: String,
    pub changes: Vec<ChangeData>,
    pub agreement: AgreementData,
}

fn pln(minor: i64) -> Amount {
    Amount {
        minor,
        currency: "PLN",
    }
}

fn party(role: &str, name: &str, scope: &str, share: Option<i64>) -> PartyData {
    PartyData {
        role: role.to_string(),
        name: name.to_string(),
        address: "ul. Rynek 1, 00-950 Przykładowo".to_string(),
        registration_number: "0000123456".to_string(),
        scope: scope.to_string(),
        cost_share: share.map(pln),
    }
}

fn line(number: usize, value: i64) -> CostLineData {
    CostLineData {
        number: format!("I.1.{number}"),
        name: format!("Wynagrodzenie instruktora zajęć nr {number} (żółć, źdźbło, łąka)"),
        unit: "godz.".to_string(),
        quantity: "10".to_string(),
        unit_cost: pln(value / 10),
        value: pln(value),
        grant_part: None,
    }
}

impl AgreementData {
    /// A joint offer's agreement with a 30-row cost table (the templates' check and tests).
    pub fn sample() -> AgreementData {
        let cost_lines: Vec<CostLineData> = (1..=30).map(|n| line(n, 100_000)).collect();
        AgreementData {
            number: "U/7/2026/1".to_string(),
            call_title: "Kultura i dziedzictwo 2026".to_string(),
            task_title: "Warsztaty rękodzieła dla seniorów".to_string(),
            commissioning: "supporting".to_string(),
            parties: vec![
                party("town", "Gmina Przykładowo", "", None),
                party(
                    "organisation",
                    "Stowarzyszenie Źródło",
                    "warsztaty",
                    Some(2_000_000),
                ),
                party(
                    "partner",
                    "Spolek Přátelé Těšína",
                    "koncert",
                    Some(1_000_000),
                ),
            ],
            joint: true,
            non_party_performers: vec!["Dom Kultury: nagłośnienie".to_string()],
            starts_on: "2026-03-01".to_string(),
            ends_on: "2026-11-30".to_string(),
            use_by: "2026-11-30".to_string(),
            return_by: "2026-12-15".to_string(),
            final_report_by: "2026-12-30".to_string(),
            partial_reports: Vec::new(),
            grant: pln(2_500_000),
            tranches: vec![
                TrancheData {
                    number: 1,
                    amount: pln(1_500_000),
                    due_on: "2026-03-15".to_string(),
                },
                TrancheData {
                    number: 2,
                    amount: pln(1_000_000),
                    due_on: "2026-06-15".to_string(),
                },
            ],
            own_financial: pln(300_000),
            own_non_financial: pln(200_000),
            participant_fees: pln(0),
            total_costs: pln(3_000_000),
            shift_percent: "10".to_string(),
            shift_basis: "line".to_string(),
            bank_account: "PL61 1090 1014 0000 0712 1981 2874".to_string(),
            cost_lines,
            signatories: vec![
                SignatoryData {
                    party: "town".into(),
                    name: "Jan Nowak".into(),
                    function: "Burmistrz".into(),
                },
                SignatoryData {
                    party: "organisation".into(),
                    name: "Anna Żak".into(),
                    function: "Prezes Zarządu".into(),
                },
                SignatoryData {
                    party: "organisation".into(),
                    name: "Ewa Łęcka".into(),
                    function: "Skarbnik".into(),
                },
            ],
            representation_rule: "dwóch członków zarządu łącznie".to_string(),
        }
    }
}

impl AnnexData {
    /// An annex moving money between two cost lines.
    pub fn sample() -> AnnexData {
        AnnexData {
            annex_no: 1,
            reason: "Zmiana cen usług".to_string(),
            changes: vec![
                ChangeData::new(
                    "cost_lines.I.1.1.value".into(),
                    "1000.00 PLN".into(),
                    "900.00 PLN".into(),
                ),
                ChangeData::new(
                    "cost_lines.I.1.2.value".into(),
                    "1000.00 PLN".into(),
                    "1100.00 PLN".into(),
                ),
                ChangeData::new("ends_on".into(), "2027-09-30".into(), "2027-10-31".into()),
            ],
            agreement: AgreementData::sample(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_amount_among_the_changes_is_read_as_one() {
        let amount = |minor| {
            Some(Amount {
                minor,
                currency: "PLN",
            })
        };
        assert_eq!(recorded_amount("9000.00 PLN"), amount(900_000));
        assert_eq!(recorded_amount("-0.05 PLN"), amount(-5));
        for other in [
            "2027-09-30",
            "9000.00 XYZ",
            "9000 PLN",
            "9000.0 PLN",
            ".50 PLN",
            "",
        ] {
            assert_eq!(recorded_amount(other), None, "{other:?}");
        }
    }
}
