//! The agreement's and annexes' PDFs: the typed data from the terms, rendered by the document
//! engine, kept in object storage with their SHA-256 once a version is ready to sign; and the
//! file a reader downloads (the signed one when there is one).

use super::access;
use super::view::version_rows;
use super::AgreementServices;
use crate::agreement_settings;
use crate::entities::{agreement, agreement_version};
use crate::error::{StoreError, StoreResult};
use crate::{calls, Actor, Db};
use granty_documents::data::agreement::{
    Amount, ChangeData, CostLineData, PartyData, SignatoryData, TrancheData,
};
use granty_documents::data::{AgreementData, AnnexData};
use granty_documents::{Branding, DocumentKind, RenderRequest};
use granty_domain::agreement::{AgreementTerms, Change};
use granty_domain::money::decimal_string;
use granty_domain::{Money, Rule};
use sea_orm::ConnectionTrait;
use sha2::{Digest, Sha256};

/// A file to download.
#[derive(Debug, Clone)]
pub struct PdfFile {
    pub file_name: String,
    pub bytes: bytes::Bytes,
}

fn amount(money: Money) -> Amount {
    Amount {
        minor: money.minor,
        currency: money.currency.code(),
    }
}

/// A quantity in hundredths as written: "12", "2.5", "0.25".
fn quantity(hundredths: i64) -> String {
    let text = decimal_string(hundredths);
    text.trim_end_matches('0').trim_end_matches('.').to_string()
}

pub(super) fn agreement_data(
    row: &agreement::Model,
    call_title: &str,
    terms: &AgreementTerms,
) -> AgreementData {
    let zero = Money::zero(terms.grant.currency);
    AgreementData {
        number: row.number.clone(),
        call_title: call_title.to_string(),
        task_title: terms.task_title.clone(),
        commissioning: terms.commissioning.clone(),
        parties: terms
            .parties
            .iter()
            .map(|p| PartyData {
                role: p.role.code().to_string(),
                name: p.name.clone(),
                address: p.address.clone(),
                registration_number: p.registration_number.clone(),
                scope: p.scope.clone(),
                cost_share: p.cost_share.map(amount),
            })
            .collect(),
        joint: terms.is_joint(),
        non_party_performers: terms.non_party_performers.clone(),
        starts_on: terms.starts_on.to_string(),
        ends_on: terms.ends_on.to_string(),
        use_by: terms.use_by.to_string(),
        return_by: terms.return_by().to_string(),
        final_report_by: terms.final_report_by().to_string(),
        partial_reports: terms
            .partial_reports()
            .iter()
            .map(ToString::to_string)
            .collect(),
        grant: amount(terms.grant),
        tranches: terms
            .tranches
            .iter()
            .enumerate()
            .map(|(i, t)| TrancheData {
                number: i + 1,
                amount: amount(t.amount),
                due_on: t.due_on.to_string(),
            })
            .collect(),
        own_financial: amount(terms.own_financial),
        own_non_financial: amount(terms.own_non_financial),
        participant_fees: amount(terms.participant_fees),
        total_costs: amount(terms.total_costs().unwrap_or(zero)),
        shift_percent: quantity(terms.shift.basis_points()),
        shift_basis: terms.shift_basis.code().to_string(),
        bank_account: terms.bank_account.clone(),
        cost_lines: terms
            .cost_lines
            .iter()
            .map(|l| CostLineData {
                number: l.number.clone(),
                name: l.name.clone(),
                unit: l.unit.clone(),
                quantity: quantity(l.quantity_hundredths),
                unit_cost: amount(l.unit_cost),
                value: amount(l.value),
                grant_part: l.grant_part.map(amount),
            })
            .collect(),
        signatories: terms
            .signatories
            .iter()
            .map(|s| SignatoryData {
                party: s.party.code().to_string(),
                name: s.name.clone(),
                function: s.function.clone(),
            })
            .collect(),
        representation_rule: terms.representation_rule.clone(),
    }
}

/// Renders one version in `language` (deterministic: its creation time is the PDF's date).
pub(super) async fn render(
    conn: &impl ConnectionTrait,
    services: AgreementServices<'_>,
    actor: &Actor,
    (row, version): (&agreement::Model, &agreement_version::Model),
    language: &str,
) -> StoreResult<Vec<u8>> {
    let call = calls::visible(conn, actor, row.call_id).await?;
    let terms: AgreementTerms = serde_json::from_str(&version.terms)?;
    let agreement = agreement_data(row, &call.terms.title, &terms);
    let (kind, data, title) = if version.kind == "annex" {
        let changes: Vec<Change> = serde_json::from_str(&version.changes)?;
        let annex = AnnexData {
            annex_no: version.version_no - 1,
            reason: version.reason.clone(),
            changes: changes
                .into_iter()
                .map(|c| ChangeData::new(c.field, c.before, c.after))
                .collect(),
            agreement,
        };
        let title = format!("{} — {}", row.number, version.version_no - 1);
        (DocumentKind::Annex, serde_json::to_value(annex)?, title)
    } else {
        (
            DocumentKind::Agreement,
            serde_json::to_value(agreement)?,
            row.number.clone(),
        )
    };
    let branding = Branding {
        tenant_slug: actor.tenant.slug.clone(),
        tenant_name: actor.tenant.name.clone(),
        logo: None,
    };
    let request = RenderRequest {
        kind,
        language,
        branding: &branding,
        data,
        created_at: version.created_at,
        title,
    };
    services
        .documents
        .render(&request)
        .map_err(|e| StoreError::Corrupt(format!("agreement {} document: {e}", row.id)))
}

pub(super) fn document_key(row: &agreement::Model, version_no: i32, suffix: &str) -> String {
    format!(
        "agreements/{}/{}/v{version_no}{suffix}.pdf",
        row.tenant_id, row.id
    )
}

pub(super) fn sha256(bytes: &[u8]) -> String {
    hex::encode(Sha256::digest(bytes))
}

/// The PDF of a version (the latest when `version_no` is absent): the file carrying the
/// signatures once there is one, else the frozen file; a draft is rendered for the town's staff
/// as a preview. `language` other than Polish renders a reading copy in a language the town
/// enabled (the signed text is the Polish one).
pub async fn pdf(
    db: &Db,
    services: AgreementServices<'_>,
    actor: &Actor,
    id: i64,
    version_no: Option<i32>,
    language: Option<&str>,
) -> StoreResult<PdfFile> {
    let found = access::visible(&db.reader, actor, id).await?;
    let versions = version_rows(&db.reader, id).await?;
    let version = match version_no {
        Some(no) => versions.into_iter().find(|v| v.version_no == no),
        None => versions.into_iter().last(),
    }
    .ok_or(StoreError::NotFound)?;
    if version.state == "draft" && found.role != access::AgreementRole::Staff {
        return Err(StoreError::NotFound);
    }
    let language = language.unwrap_or("pl");
    let settings = agreement_settings::of_tenant(&db.reader, actor.tenant_id()).await?;
    if !settings.allows_language(language) {
        return Err(super::refused("language", Rule::InvalidValue));
    }
    let file_name = format!(
        "{}-v{}-{language}.pdf",
        found.row.number.replace('/', "-"),
        version.version_no
    );
    let stored = version
        .signed_key
        .as_ref()
        .or(version.document_key.as_ref());
    let bytes = match stored {
        Some(key) if language == "pl" => services.storage.get(key).await?,
        _ => {
            let pair = (&found.row, &version);
            render(&db.reader, services, actor, pair, language)
                .await?
                .into()
        }
    };
    Ok(PdfFile { file_name, bytes })
}
