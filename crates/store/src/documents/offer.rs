//! The offer as filed, as a PDF: for whoever may read the offer (the applicant's and partners'
//! members, the town's staff once filed, a committee member who declared impartiality and is
//! not excluded), and for the receipt email the worker sends.

use super::offer_data::{offer_data, Filed};
use super::{render, safe_file_part, Document, Pdf};
use crate::applications::visible;
use crate::calls::{self, CallRecord};
use crate::entities::{application, application_version, call, notification};
use crate::error::{StoreError, StoreResult};
use crate::evaluation::gate;
use crate::organisations::{self, OrganisationView};
use crate::tenants::tenant_from_model;
use crate::{Actor, Db};
use granty_documents::{DocumentKind, Engine};
use granty_domain::tenant::Tenant;
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder};

/// The offer's latest filed version (a correction or an updated estimate replaces the first) in
/// `language`, for whoever reads the offer itself: the applicant's and partners' members, the
/// staff once it is filed (anyone else 404, evaluators included: they read through
/// [`member_offer_pdf`]). A draft never filed is [`StoreError::NotFiled`].
pub async fn offer_pdf(
    db: &Db,
    engine: &Engine,
    actor: &Actor,
    application_id: i64,
    language: &str,
) -> StoreResult<Pdf> {
    let seen = visible(&db.reader, actor, application_id).await?;
    let organisation_id = seen.record.organisation_id;
    latest_version(
        db,
        engine,
        actor,
        application_id,
        organisation_id,
        &seen.call,
        language,
    )
    .await
}

/// The same for a member of the offer's committee: declared and not excluded (before the
/// declaration 403, excluded or another call's evaluator 404, other roles 403).
pub async fn member_offer_pdf(
    db: &Db,
    engine: &Engine,
    actor: &Actor,
    application_id: i64,
    language: &str,
) -> StoreResult<Pdf> {
    let standing = gate::standing(&db.reader, actor, application_id).await?;
    let call = calls::record_from_model(standing.call)?;
    let organisation_id = standing.application.organisation_id;
    latest_version(
        db,
        engine,
        actor,
        application_id,
        organisation_id,
        &call,
        language,
    )
    .await
}

async fn latest_version(
    db: &Db,
    engine: &Engine,
    actor: &Actor,
    application_id: i64,
    organisation_id: i64,
    call: &CallRecord,
    language: &str,
) -> StoreResult<Pdf> {
    let conn = &db.reader;
    let version = application_version::Entity::find()
        .filter(application_version::Column::ApplicationId.eq(application_id))
        .order_by_desc(application_version::Column::VersionNo)
        .one(conn)
        .await?
        .ok_or(StoreError::NotFiled)?;
    let applicant = applicant(conn, actor.tenant_id(), organisation_id).await?;
    render_version(engine, &actor.tenant, call, &applicant, &version, language)
}

/// The version filed under `receipt_number` of the offer an outbox message (`notification_id`)
/// is about, for the receipt email. Read by the worker, which acts for nobody: the message
/// names the offer, and the receipt its version.
pub async fn filed_offer_pdf(
    db: &Db,
    engine: &Engine,
    notification_id: i64,
    receipt_number: &str,
    language: &str,
) -> StoreResult<Pdf> {
    let conn = &db.reader;
    let message = notification::Entity::find_by_id(notification_id)
        .one(conn)
        .await?
        .filter(|m| m.entity == "application")
        .ok_or(StoreError::NotFound)?;
    let offer = application::Entity::find_by_id(message.entity_id)
        .one(conn)
        .await?
        .filter(|a| a.tenant_id == message.tenant_id)
        .ok_or(StoreError::NotFound)?;
    let version = application_version::Entity::find()
        .filter(application_version::Column::ApplicationId.eq(offer.id))
        .filter(application_version::Column::ReceiptNumber.eq(receipt_number))
        .one(conn)
        .await?
        .ok_or(StoreError::NotFiled)?;
    let call = call::Entity::find_by_id(offer.call_id)
        .one(conn)
        .await?
        .ok_or(StoreError::NotFound)?;
    let tenant = crate::entities::tenant::Entity::find_by_id(offer.tenant_id)
        .one(conn)
        .await?
        .ok_or(StoreError::NotFound)?;
    let tenant = tenant_from_model(tenant)?;
    let applicant = applicant(conn, tenant.id, offer.organisation_id).await?;
    let call = calls::record_from_model(call)?;
    render_version(engine, &tenant, &call, &applicant, &version, language)
}

async fn applicant(
    conn: &impl ConnectionTrait,
    tenant_id: i64,
    organisation_id: i64,
) -> StoreResult<OrganisationView> {
    organisations::in_tenant(conn, tenant_id, organisation_id)
        .await?
        .ok_or(StoreError::NotFound)?
        .try_into()
}

fn render_version(
    engine: &Engine,
    tenant: &Tenant,
    call: &CallRecord,
    applicant: &OrganisationView,
    version: &application_version::Model,
    language: &str,
) -> StoreResult<Pdf> {
    let content: granty_domain::offer::OfferInput = serde_json::from_str(&version.content)?;
    let data = offer_data(&Filed {
        version,
        content: &content,
        call,
        applicant,
        authority: &tenant.name,
        zone: tenant.time_zone,
        other_public_funds: tenant.rules.other_public_funds,
    });
    let bytes = render(
        engine,
        Document {
            kind: DocumentKind::Offer,
            tenant,
            language,
            data: &data,
            created_at: version.submitted_at,
            title: format!("{} {}", version.receipt_number, content.title),
        },
    )?;
    Ok(Pdf {
        bytes,
        file_name: format!("oferta-{}.pdf", safe_file_part(&version.receipt_number)),
    })
}
