//! What must hold whatever the table says, each asserted on its own and with what was stored
//! checked after every refusal: no NGO reads or changes another's offer, attachment,
//! organisation, members or invitations (guessed ids included); nothing crosses towns, lists
//! included; a partner reads a joint offer but never acts on it; a submitted, withdrawn or
//! rejected offer stays as it was.

mod frozen;
mod organisations;
mod towns;

use super::recipes::Body;
use super::send::Reply;
use super::things::Thing;
use super::world::{Caller, Town, World};
use crate::on_both_databases;
use crate::support::*;
use granty_domain::roles::Role;
use granty_store::entities::{
    application, attachment, invitation, organisation, organisation_member,
};
use reqwest::StatusCode;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder};
use serde_json::{json, Value};

on_both_databases!(what_must_hold);

/// One set of objects per database for all of them; each makes what it changes.
async fn what_must_hold(backend: Backend) {
    let world = World::build(backend).await;
    organisations::no_organisation_reads_or_changes_anothers(&world).await;
    organisations::a_partner_reads_a_joint_offer_but_never_acts(&world).await;
    towns::nothing_crosses_towns(&world).await;
    frozen::filed_withdrawn_and_rejected_offers_stay_as_they_were(&world).await;
}

/// A request: method, path pattern and what it carries.
type Request = (&'static str, &'static str, Body);

/// Every change an offer's applicant could try, by API and page.
const OFFER_CHANGES: &[Request] = &[
    ("PATCH", "/api/v1/applications/{id}", Body::ApiDraft),
    (
        "POST",
        "/api/v1/applications/{id}/attachments",
        Body::ApiAttachment,
    ),
    ("POST", "/applications/{id}/edit", Body::Offer),
    ("POST", "/applications/{id}/autosave", Body::Offer),
    ("POST", "/applications/{id}/upload", Body::Upload),
];

/// Moving an offer on: submitting (API and page), withdrawing (API and page) and deleting a draft.
const OFFER_MOVES: &[Request] = &[
    ("POST", "/api/v1/applications/{id}/submit", Body::ApiEmpty),
    ("POST", "/applications/{id}/submit", Body::Csrf),
    ("POST", "/api/v1/applications/{id}/withdraw", Body::ApiEmpty),
    ("POST", "/applications/{id}/withdraw", Body::Csrf),
    ("POST", "/applications/{id}/delete", Body::Csrf),
];

/// Reading an offer, by API and page.
const OFFER_READS: &[Request] = &[
    ("GET", "/api/v1/applications/{id}", Body::ApiEmpty),
    ("GET", "/applications/{id}/review", Body::Get),
    ("GET", "/applications/{id}/receipt", Body::Get),
    ("GET", "/applications/{id}/edit", Body::Get),
];

const ATTACHMENT_DOWNLOAD: Request = (
    "GET",
    "/api/v1/applications/{id}/attachments/{attachment_id}",
    Body::ApiEmpty,
);
const ATTACHMENT_DELETE: Request = (
    "DELETE",
    "/api/v1/applications/{id}/attachments/{attachment_id}",
    Body::ApiEmpty,
);

/// What is stored about an offer: its row (state, version, content) and its attachments.
async fn offer_as_stored(world: &World, id: i64) -> (Option<application::Model>, Vec<i64>) {
    let db = &world.app.db.reader;
    let row = application::Entity::find_by_id(id).one(db).await.unwrap();
    let files = attachment::Entity::find()
        .filter(attachment::Column::ApplicationId.eq(id))
        .order_by_asc(attachment::Column::Id)
        .all(db)
        .await
        .unwrap();
    (row, files.into_iter().map(|f| f.id).collect())
}

/// What is stored about an organisation: its row, its members and its invitations.
async fn organisation_as_stored(world: &World, id: i64) -> Value {
    let db = &world.app.db.reader;
    let row = organisation::Entity::find_by_id(id).one(db).await.unwrap();
    let members: Vec<i64> = organisation_member::Entity::find()
        .filter(organisation_member::Column::OrganisationId.eq(id))
        .all(db)
        .await
        .unwrap()
        .into_iter()
        .map(|m| m.user_id)
        .collect();
    let invitations: Vec<Value> = invitation::Entity::find()
        .filter(invitation::Column::OrganisationId.eq(id))
        .all(db)
        .await
        .unwrap()
        .into_iter()
        .map(|i| json!([i.id, i.revoked_at, i.accepted_at]))
        .collect();
    json!({ "row": format!("{row:?}"), "members": members, "invitations": invitations })
}

impl World {
    /// Sends a request as `caller` with a body that would be accepted from the owner (forms read
    /// from the owner's page), so only the caller decides the answer.
    async fn ask(&self, caller: &Caller, request: Request, params: &[i64]) -> Reply {
        let thing = Thing::at(0, params);
        self.send(request, caller, &thing, true).await
    }

    fn caller(&self, town: usize, name: &str) -> &Caller {
        let slug = self.towns[town].slug;
        self.callers
            .iter()
            .find(|c| c.name == format!("{slug} {name}"))
            .unwrap()
    }
}

impl World {
    /// Sends each of `requests` with `ids` as `caller` and asserts the answer is `wanted`.
    async fn answer_each(
        &self,
        caller: &Caller,
        requests: impl IntoIterator<Item = Request>,
        ids: &[i64],
        wanted: StatusCode,
    ) {
        for request in requests {
            let reply = self.ask(caller, request, ids).await;
            assert_eq!(reply.status, wanted, "{}", said(request, &reply));
        }
    }
}

fn said(request: Request, reply: &Reply) -> String {
    format!(
        "{} {}: {} {}",
        request.0, request.1, reply.status, reply.location
    )
}

/// A refusal: 403, 404, 409 or 422 (or the editor's save sending the person to the receipt).
fn refused(reply: &Reply) -> bool {
    let to_receipt = reply.status == StatusCode::SEE_OTHER && reply.location.ends_with("/receipt");
    reply.status.is_client_error() || to_receipt
}
