//! Granty's documents. A document is a template from `pdf-templates/` (minijinja placeholders
//! around a small layout vocabulary, see `docs/documents.md`) rendered with typed data into PDF
//! bytes with printpdf. Rendering is pure and deterministic: the same request gives the same
//! bytes (the creation date and document id come from the request), so tests compare hashes.
//!
//! Modules: `engine` (templates → layout → PDF), `data` (the typed data each kind of document
//! is rendered from), `pades` (signing and verifying PDF signatures).

pub mod data;
pub mod engine;
pub mod pades;
#[cfg(feature = "testing")]
pub mod testing;

pub use engine::{Engine, RenderError, TemplateError, TemplateErrors};

use chrono::{DateTime, Utc};
use serde::Serialize;

/// The kinds of document Granty produces; each is one template file in `pdf-templates/`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum DocumentKind {
    /// The offer as filed, in the layout of the 2018 model offer (Annex 1).
    Offer,
    /// The protocol of a call's evaluation: committee, declarations, scores, ranking, decision.
    Protocol,
    /// The agreement (2018 model agreement, Annex 3).
    Agreement,
    /// An annex changing an agreement.
    Annex,
    /// The settlement of an agreement: figures explained, returns, interest, the decision.
    Settlement,
    /// A report on a task as filed (2018 report form, Annex 5).
    Report,
}

impl DocumentKind {
    pub const ALL: [DocumentKind; 6] = [
        Self::Offer,
        Self::Protocol,
        Self::Agreement,
        Self::Annex,
        Self::Settlement,
        Self::Report,
    ];

    /// The template's file stem in `pdf-templates/` (and in a tenant's override folder).
    pub fn stem(self) -> &'static str {
        match self {
            Self::Offer => "offer",
            Self::Protocol => "protocol",
            Self::Agreement => "agreement",
            Self::Annex => "annex",
            Self::Settlement => "settlement",
            Self::Report => "report",
        }
    }
}

/// A logo image as uploaded by the town (PNG or JPEG bytes).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Logo(pub Vec<u8>);

/// Who the document is from: the town (tenant).
#[derive(Debug, Clone)]
pub struct Branding {
    pub tenant_slug: String,
    pub tenant_name: String,
    pub logo: Option<Logo>,
}

/// Everything one rendering depends on. `data` is the serialised typed data of the kind (see
/// `data`); `language` is a document language the tenant enabled ("pl" always).
#[derive(Debug, Clone)]
pub struct RenderRequest<'a> {
    pub kind: DocumentKind,
    pub language: &'a str,
    pub branding: &'a Branding,
    pub data: serde_json::Value,
    /// Written as the PDF's creation and modification date (never "now": determinism).
    pub created_at: DateTime<Utc>,
    /// Shown in the metadata as the document's title; also seeds the PDF's document id.
    pub title: String,
}
