//! What must hold whatever the table says, each asserted on its own and with what was stored
//! checked after every refusal: no NGO reads or changes another's offer, attachment,
//! organisation, members or invitations (guessed ids included); nothing crosses towns, lists
//! included; a partner reads a joint offer but never acts on it; a submitted, withdrawn or
//! rejected offer stays as it was.

use super::recipes::Body;
use super::send::Reply;
use super::things::Thing;
use super::world::{Caller, World};
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
    no_organisation_reads_or_changes_anothers(&world).await;
    a_partner_reads_a_joint_offer_but_never_acts(&world).await;
    nothing_crosses_towns(&world).await;
    filed_withdrawn_and_rejected_offers_stay_as_they_were(&world).await;
}

/// Every change an offer's applicant could try, by API and page.
const OFFER_CHANGES: &[(&str, &str, Body)] = &[
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

/// Moving an offer on: submitting (API and page) and withdrawing.
const OFFER_MOVES: &[(&str, &str, Body)] = &[
    ("POST", "/api/v1/applications/{id}/submit", Body::ApiEmpty),
    ("POST", "/applications/{id}/submit", Body::Csrf),
    ("POST", "/api/v1/applications/{id}/withdraw", Body::ApiEmpty),
];

/// Reading an offer, by API and page.
const OFFER_READS: &[(&str, &str, Body)] = &[
    ("GET", "/api/v1/applications/{id}", Body::ApiEmpty),
    ("GET", "/applications/{id}/review", Body::Get),
    ("GET", "/applications/{id}/receipt", Body::Get),
    ("GET", "/applications/{id}/edit", Body::Get),
];

const ATTACHMENT_DOWNLOAD: (&str, &str, Body) = (
    "GET",
    "/api/v1/applications/{id}/attachments/{attachment_id}",
    Body::ApiEmpty,
);
const ATTACHMENT_DELETE: (&str, &str, Body) = (
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
    async fn ask(&self, caller: &Caller, request: (&str, &str, Body), params: &[i64]) -> Reply {
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

fn said(request: (&str, &str, Body), reply: &Reply) -> String {
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

async fn no_organisation_reads_or_changes_anothers(world: &World) {
    let rival = world.caller(0, "second-ngo");
    let town = &world.towns[0];
    let guessed = 987_654;
    let offers = [town.draft_offer, town.submitted_offer, guessed];
    for offer in offers {
        let before = offer_as_stored(world, offer).await;
        for &request in OFFER_READS.iter().chain(OFFER_CHANGES).chain(OFFER_MOVES) {
            let reply = world.ask(rival, request, &[offer]).await;
            assert_eq!(
                reply.status,
                StatusCode::NOT_FOUND,
                "{}",
                said(request, &reply)
            );
        }
        assert_eq!(
            offer_as_stored(world, offer).await,
            before,
            "offer {offer} unchanged"
        );
    }
    for (offer, file) in [
        (town.draft_offer, town.draft_attachment),
        (town.submitted_offer, town.submitted_attachment),
        (town.draft_offer, guessed),
    ] {
        for request in [ATTACHMENT_DOWNLOAD, ATTACHMENT_DELETE] {
            let reply = world.ask(rival, request, &[offer, file]).await;
            assert_eq!(
                reply.status,
                StatusCode::NOT_FOUND,
                "{}",
                said(request, &reply)
            );
        }
    }
    assert_eq!(offer_as_stored(world, town.draft_offer).await.1.len(), 1);
    let organisation = town.first.id;
    let before = organisation_as_stored(world, organisation).await;
    for (request, params) in organisation_requests(town.invitation, town.spare_member) {
        for id in [organisation, guessed] {
            let mut all = vec![id];
            all.extend(params.iter().copied());
            let reply = world.ask(rival, request, &all).await;
            assert_eq!(
                reply.status,
                StatusCode::NOT_FOUND,
                "{}",
                said(request, &reply)
            );
        }
    }
    assert_eq!(organisation_as_stored(world, organisation).await, before);
    // Nor does it see them in its lists.
    let listed = world
        .app
        .get(
            &rival.token,
            &format!("/api/v1/calls/{}/applications", town.open_call),
        )
        .await
        .1;
    assert!(
        listed["applications"]
            .as_array()
            .unwrap()
            .iter()
            .all(|a| a["organisation_id"] != organisation),
        "{listed}"
    );
    let mine = world
        .app
        .get(&rival.token, "/api/v1/organisations/mine")
        .await
        .1;
    assert_eq!(mine["organisations"].as_array().unwrap().len(), 1, "{mine}");
    let dashboard = crate::browser::Browser::signed_in(&world.app, &rival.token)
        .get("/dashboard")
        .await;
    for id in [town.draft_offer, town.submitted_offer] {
        assert!(
            !dashboard.html().contains(&format!("/applications/{id}/")),
            "offer {id} on the rival's dashboard"
        );
    }
}

/// An organisation's profile, members and invitations, by API and page: the path's other ids.
fn organisation_requests(
    invitation: i64,
    member: i64,
) -> Vec<((&'static str, &'static str, Body), Vec<i64>)> {
    vec![
        (
            ("GET", "/api/v1/organisations/{id}", Body::ApiEmpty),
            vec![],
        ),
        (
            ("PATCH", "/api/v1/organisations/{id}", Body::ApiProfile),
            vec![],
        ),
        (("GET", "/organisations/{id}/edit", Body::Get), vec![]),
        (("POST", "/organisations/{id}/edit", Body::Profile), vec![]),
        (("GET", "/organisations/{id}/members", Body::Get), vec![]),
        (
            ("POST", "/organisations/{id}/members", Body::Invite),
            vec![],
        ),
        (
            (
                "POST",
                "/organisations/{id}/invitations/{invitation}/revoke",
                Body::Csrf,
            ),
            vec![invitation],
        ),
        (
            (
                "POST",
                "/organisations/{id}/members/{user_id}/remove",
                Body::Csrf,
            ),
            vec![member],
        ),
    ]
}

async fn a_partner_reads_a_joint_offer_but_never_acts(world: &World) {
    let partner = world.caller(0, "second-ngo");
    let town = &world.towns[0];
    let joint = town.joint_offer;
    let ngo = &town.ngo;
    let (_, file) = upload(
        &world.app,
        ngo,
        joint,
        "statut",
        pdf_bytes(),
        "application/pdf",
    )
    .await;
    let file = file["id"].as_i64().unwrap();
    let before = offer_as_stored(world, joint).await;
    for &request in OFFER_READS.iter().chain([&ATTACHMENT_DOWNLOAD]) {
        let reply = world.ask(partner, request, &[joint, file]).await;
        assert!(
            reply.status.is_success() || reply.status.is_redirection(),
            "{}",
            said(request, &reply)
        );
    }
    // The editor sends a partner to the review, to read.
    let editor = world.ask(partner, OFFER_READS[3], &[joint]).await;
    assert_eq!(editor.location, format!("/applications/{joint}/review"));
    let seen = world
        .app
        .get(&partner.token, &format!("/api/v1/applications/{joint}"))
        .await
        .1;
    assert_eq!(seen["editable"], false, "{seen}");
    for &request in OFFER_CHANGES
        .iter()
        .chain(OFFER_MOVES)
        .chain([&ATTACHMENT_DELETE])
    {
        let reply = world.ask(partner, request, &[joint, file]).await;
        assert_eq!(
            reply.status,
            StatusCode::FORBIDDEN,
            "{}",
            said(request, &reply)
        );
    }
    assert_eq!(
        offer_as_stored(world, joint).await,
        before,
        "the joint offer unchanged"
    );
    // The dashboard shows it as a partner's, for reading.
    let dashboard = crate::browser::Browser::signed_in(&world.app, &partner.token)
        .get("/dashboard")
        .await;
    assert!(
        dashboard
            .html()
            .contains(&format!("/applications/{joint}/")),
        "{}",
        dashboard.html()
    );
}

async fn nothing_crosses_towns(world: &World) {
    for (home, other) in [(0, 1), (1, 0)] {
        let there = &world.towns[other];
        for role in ["clerk", "admin", "ngo", "evaluator"] {
            let caller = world.caller(home, role);
            for (request, params) in crossing_requests(there) {
                let reply = world.ask(caller, request, &params).await;
                assert!(
                    matches!(reply.status, StatusCode::NOT_FOUND | StatusCode::FORBIDDEN),
                    "{} of {} on the other town's: {}",
                    role,
                    world.towns[home].slug,
                    said(request, &reply)
                );
            }
            assert_lists_hold_only_home(world, caller, home, other).await;
        }
        // A town's public pages show only its own calls and documents.
        let here = world.towns[home].slug;
        let anyone = crate::browser::Browser::new(&world.app);
        let page = anyone
            .get(&format!("/{here}/calls/{}", there.open_call))
            .await;
        assert_eq!(page.status, StatusCode::NOT_FOUND);
        let file = format!(
            "/{here}/calls/{}/documents/{}",
            there.open_call, there.open_document
        );
        assert_eq!(anyone.get(&file).await.status, StatusCode::NOT_FOUND);
        let listed = world
            .app
            .send(
                world
                    .app
                    .client
                    .get(world.app.url(&format!("/api/v1/public/{here}/calls"))),
            )
            .await
            .1;
        assert!(
            ids_of(&listed["calls"])
                .iter()
                .all(|id| !town_calls(there).contains(id)),
            "{listed}"
        );
        // Nor can an NGO apply in the name of another town's organisation.
        let ngo = &world.towns[home].ngo;
        let body = json!({ "organisation_id": there.first.id });
        let path = format!("/api/v1/calls/{}/applications", world.towns[home].open_call);
        assert_eq!(
            world.app.post(ngo, &path, body).await.0,
            StatusCode::UNPROCESSABLE_ENTITY
        );
    }
}

/// Reading and changing another town's calls, offers, documents and organisations.
fn crossing_requests(
    there: &super::world::Town,
) -> Vec<((&'static str, &'static str, Body), Vec<i64>)> {
    let (call, offer) = (there.open_call, there.submitted_offer);
    vec![
        (("GET", "/api/v1/calls/{id}", Body::ApiEmpty), vec![call]),
        (
            ("PATCH", "/api/v1/calls/{id}", Body::ApiCallTitle),
            vec![there.draft_call],
        ),
        (
            ("GET", "/api/v1/calls/{id}/applications", Body::ApiEmpty),
            vec![call],
        ),
        (
            ("GET", "/api/v1/applications/{id}", Body::ApiEmpty),
            vec![offer],
        ),
        (
            (
                "POST",
                "/api/v1/applications/{id}/formal-check",
                Body::ApiFormalCheck,
            ),
            vec![offer],
        ),
        (ATTACHMENT_DOWNLOAD, vec![offer, there.submitted_attachment]),
        (
            ("GET", "/api/v1/organisations/{id}", Body::ApiEmpty),
            vec![there.first.id],
        ),
        (
            ("GET", "/clerk/calls/{id}/edit", Body::Get),
            vec![there.draft_call],
        ),
        (
            ("GET", "/clerk/calls/{id}/applications", Body::Get),
            vec![call],
        ),
        (
            ("GET", "/clerk/calls/{id}/documents", Body::Get),
            vec![call],
        ),
        (
            (
                "POST",
                "/clerk/calls/{id}/documents/{document}/delete",
                Body::Csrf,
            ),
            vec![call, there.open_document],
        ),
        (("GET", "/clerk/applications/{id}", Body::Get), vec![offer]),
        (
            ("GET", "/applications/{id}/receipt", Body::Get),
            vec![offer],
        ),
    ]
}

fn ids_of(list: &Value) -> Vec<i64> {
    list.as_array()
        .unwrap()
        .iter()
        .map(|c| c["id"].as_i64().unwrap())
        .collect()
}

fn town_calls(town: &super::world::Town) -> [i64; 3] {
    [town.draft_call, town.open_call, town.closed_call]
}

/// The caller's lists (calls by API, the clerk's calls page) name no call of the other town.
async fn assert_lists_hold_only_home(world: &World, caller: &Caller, home: usize, other: usize) {
    let listed = world.app.get(&caller.token, "/api/v1/calls").await.1;
    let ids = ids_of(&listed["calls"]);
    assert!(ids.contains(&world.towns[home].open_call), "{listed}");
    assert!(
        ids.iter()
            .all(|id| !town_calls(&world.towns[other]).contains(id)),
        "{listed}"
    );
    if caller.role == Some(Role::Clerk) {
        let page = crate::browser::Browser::signed_in(&world.app, &caller.token)
            .get("/clerk/calls")
            .await;
        for id in town_calls(&world.towns[other]) {
            assert!(
                !page.html().contains(&format!("/clerk/calls/{id}/")),
                "call {id} listed"
            );
        }
    }
}

/// An offer in a state where it must not change any more, made in the first town. Still to
/// come with their issues, each a new variant here with the routes that would change it: a
/// submitted evaluation card, a signed agreement, an accepted report.
#[derive(Debug, Clone, Copy)]
enum Final {
    Submitted,
    Withdrawn,
    Rejected,
}

impl World {
    async fn offer_in(&self, state: Final) -> i64 {
        let town = &self.towns[0];
        let id = self
            .app
            .submitted(&town.ngo, town.open_call, town.first.id)
            .await;
        let (path, body, token) = match state {
            Final::Submitted => return id,
            Final::Withdrawn => ("withdraw", json!({}), &town.ngo),
            Final::Rejected => (
                "formal-check",
                json!({ "outcome": "rejected", "reason": "Po terminie" }),
                &town.clerk,
            ),
        };
        let (status, moved) = self
            .app
            .post(token, &format!("/api/v1/applications/{id}/{path}"), body)
            .await;
        assert_eq!(status, StatusCode::OK, "{moved}");
        id
    }
}

async fn filed_withdrawn_and_rejected_offers_stay_as_they_were(world: &World) {
    let owner = world.caller(0, "ngo");
    for state in [Final::Submitted, Final::Withdrawn, Final::Rejected] {
        let id = world.offer_in(state).await;
        let file = *offer_as_stored(world, id).await.1.first().unwrap();
        let before = offer_as_stored(world, id).await;
        for &request in OFFER_CHANGES.iter().chain([&ATTACHMENT_DELETE]) {
            let reply = world.ask(owner, request, &[id, file]).await;
            assert!(refused(&reply), "{state:?}: {}", said(request, &reply));
            assert_eq!(
                offer_as_stored(world, id).await,
                before,
                "{state:?} after {}",
                request.1
            );
        }
        // Submitting again changes nothing either (a submitted offer answers with its receipt).
        for &request in OFFER_MOVES.iter().take(2) {
            world.ask(owner, request, &[id]).await;
            assert_eq!(
                offer_as_stored(world, id).await,
                before,
                "{state:?} after {}",
                request.1
            );
        }
    }
}
