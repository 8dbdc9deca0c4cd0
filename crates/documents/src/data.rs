//! The typed data each kind of document is rendered from. The store builds these from the
//! database; templates read their fields by name, so a field renamed here must be renamed in
//! `pdf-templates/` too (the template tests render every kind with sample data).
//!
//! Values stay values: amounts in minor units with their currency ([`Amount`]), dates as ISO
//! dates, instants already in the town's zone as text. How a number or a date reads in a
//! language is the template's (the engine's helpers), so one data set renders in every language.

pub mod offer;
pub mod protocol;

pub use offer::OfferData;
pub use protocol::ProtocolData;

pub mod agreement;

pub use agreement::{AgreementData, AnnexData};

pub mod report;
pub mod settlement;

pub use report::ReportData;
pub use settlement::SettlementData;

use crate::DocumentKind;
use serde::Serialize;

/// An amount in minor units (1/100) with its ISO currency code: the same shape as the domain's
/// `Money` serialises to, so the engine's money helper reads both.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Amount {
    pub minor: i64,
    pub currency: &'static str,
}

impl Amount {
    pub fn new(minor: i64, currency: &'static str) -> Amount {
        Amount { minor, currency }
    }

    pub fn pln(minor: i64) -> Amount {
        Amount::new(minor, "PLN")
    }
}

/// A share in basis points (12.5% is 1250) with its text to two decimals (`"12.50"`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Share {
    pub basis_points: i64,
    pub percent: String,
}

impl Share {
    pub fn of_basis_points(basis_points: i64) -> Share {
        let sign = if basis_points < 0 { "-" } else { "" };
        let abs = basis_points.unsigned_abs();
        Share {
            basis_points,
            percent: format!("{sign}{}.{:02}", abs / 100, abs % 100),
        }
    }
}

/// Sample data for a kind: `Engine::load` renders each template with it (in every language
/// with texts) to refuse a broken template at start-up. None while a kind has no data module
/// yet (its template is then only checked as written).
pub fn sample(kind: DocumentKind) -> Option<serde_json::Value> {
    let value = match kind {
        DocumentKind::Offer => serde_json::to_value(OfferData::sample()),
        DocumentKind::Protocol => serde_json::to_value(ProtocolData::sample()),
        DocumentKind::Agreement => serde_json::to_value(AgreementData::sample()),
        DocumentKind::Annex => serde_json::to_value(AnnexData::sample()),
        DocumentKind::Settlement => serde_json::to_value(SettlementData::sample()),
        DocumentKind::Report => serde_json::to_value(ReportData::sample()),
    };
    value.ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shares_read_with_two_decimals() {
        assert_eq!(Share::of_basis_points(1250).percent, "12.50");
        assert_eq!(Share::of_basis_points(10_000).percent, "100.00");
        assert_eq!(Share::of_basis_points(7).percent, "0.07");
        assert_eq!(Share::of_basis_points(-5).percent, "-0.05");
    }

    #[test]
    fn the_offer_and_the_protocol_have_samples() {
        let offer = sample(DocumentKind::Offer).expect("offer sample");
        assert_eq!(offer["receipt_number"], "K1/2026/0001");
        let protocol = sample(DocumentKind::Protocol).expect("protocol sample");
        assert!(protocol["ranking"]
            .as_array()
            .is_some_and(|r| !r.is_empty()));
    }
}
