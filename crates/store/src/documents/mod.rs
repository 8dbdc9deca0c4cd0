//! Documents from the database: read-only use cases that gather what a document shows (the
//! offer as filed, the committee's protocol) into the typed data of `granty_documents::data`
//! and render it with the town's branding. Deterministic: the document's date is the filing
//! time (offer) or the decision's publication (protocol), never "now", so the same stored facts
//! give the same bytes.

mod offer;
mod offer_data;
mod protocol;
mod protocol_data;
mod report;
mod settlement;
mod settlement_data;

pub use offer::{filed_offer_pdf, member_offer_pdf, offer_pdf};
pub use protocol::protocol_pdf;
pub use report::report_pdf;
pub use settlement::settlement_pdf;

use crate::error::{StoreError, StoreResult};
use crate::Actor;
use chrono::{DateTime, NaiveDate, Utc};
use chrono_tz::Tz;
use granty_documents::{Branding, DocumentKind, Engine, RenderRequest};
use granty_domain::tenant::Tenant;
use granty_domain::{Rule, Violations};
use sea_orm::ConnectionTrait;
use serde::Serialize;

/// A rendered document and the name it is downloaded under.
#[derive(Debug, Clone)]
pub struct Pdf {
    pub bytes: Vec<u8>,
    pub file_name: String,
}

/// The languages a document is written in: Polish always, and the languages of the forms the
/// engine's texts carry.
pub const DOCUMENT_LANGUAGES: [&str; 4] = ["pl", "en", "cs", "uk"];

/// The document language asked for, when it is one documents are written in; Polish otherwise.
pub fn document_language(asked: Option<&str>) -> &'static str {
    let asked = asked.unwrap_or("pl").trim().to_ascii_lowercase();
    DOCUMENT_LANGUAGES
        .into_iter()
        .find(|lang| *lang == asked)
        .unwrap_or("pl")
}

/// What one rendering needs besides the engine.
struct Document<'a, T: Serialize> {
    kind: DocumentKind,
    tenant: &'a Tenant,
    language: &'a str,
    data: &'a T,
    created_at: DateTime<Utc>,
    title: String,
}

fn render<T: Serialize>(engine: &Engine, document: Document<'_, T>) -> StoreResult<Vec<u8>> {
    let branding = Branding {
        tenant_slug: document.tenant.slug.clone(),
        tenant_name: document.tenant.name.clone(),
        // No logo column yet: the towns' logos come with their settings page.
        logo: None,
    };
    let request = RenderRequest {
        kind: document.kind,
        language: document.language,
        branding: &branding,
        data: serde_json::to_value(document.data)?,
        created_at: document.created_at,
        title: document.title,
    };
    engine
        .render(&request)
        .map_err(|e| StoreError::Document(e.to_string()))
}

/// Refuses a document language the town has not enabled (Polish always is), as the agreement's
/// documents do.
async fn allowed_language(
    conn: &impl ConnectionTrait,
    actor: &Actor,
    language: &str,
) -> StoreResult<()> {
    let settings = crate::agreement_settings::of_tenant(conn, actor.tenant_id()).await?;
    if settings.allows_language(language) {
        return Ok(());
    }
    let mut v = Violations::new();
    v.push("language", Rule::InvalidValue);
    Err(StoreError::Invalid(v))
}

/// A file name's part from a receipt or call number: `K1/2026/0001` → `K1-2026-0001`.
pub fn safe_file_part(text: &str) -> String {
    text.chars()
        .map(|c| match c.is_ascii_alphanumeric() || c == '-' {
            true => c,
            false => '-',
        })
        .collect()
}

/// An instant as the town reads it: `2026-12-01 10:00:00 CET`.
pub(crate) fn local_time(at: DateTime<Utc>, zone: Tz) -> String {
    at.with_timezone(&zone)
        .format("%Y-%m-%d %H:%M:%S %Z")
        .to_string()
}

pub(crate) fn iso_date(date: Option<NaiveDate>) -> String {
    date.map(|d| d.to_string()).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_names_lose_the_receipt_numbers_slashes() {
        assert_eq!(safe_file_part("K1/2026/0001-K1"), "K1-2026-0001-K1");
    }

    #[test]
    fn an_unknown_language_reads_polish() {
        assert_eq!(document_language(Some("CS")), "cs");
        assert_eq!(document_language(Some("de")), "pl");
        assert_eq!(document_language(None), "pl");
    }

    #[test]
    fn local_times_name_their_zone() {
        let at = "2026-12-01T09:00:00Z".parse().unwrap();
        assert_eq!(
            local_time(at, chrono_tz::Europe::Warsaw),
            "2026-12-01 10:00:00 CET"
        );
    }
}
