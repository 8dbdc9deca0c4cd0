//! The typed data each kind of document is rendered from. The store builds these from the
//! database; templates read their fields by name, so a field renamed here must be renamed in
//! `pdf-templates/` too (the template tests render every kind with sample data).

pub mod agreement;

pub use agreement::{AgreementData, AnnexData};

use crate::DocumentKind;

/// Sample data for a kind: `Engine::load` renders each template with it (in every language
/// with texts) to refuse a broken template at start-up. None while a kind has no data module
/// yet (its template is then only checked as written).
pub fn sample(kind: DocumentKind) -> Option<serde_json::Value> {
    match kind {
        DocumentKind::Agreement => serde_json::to_value(AgreementData::sample()).ok(),
        DocumentKind::Annex => serde_json::to_value(AnnexData::sample()).ok(),
        DocumentKind::Offer | DocumentKind::Protocol => None,
    }
}
