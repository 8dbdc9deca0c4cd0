//! No organisation reaches another's offers, attachments, profile, members or invitations, and
//! a partner of a joint offer reads it but never acts on it.

use super::*;
use crate::browser::Browser;

const GUESSED: i64 = 987_654;

pub(super) async fn no_organisation_reads_or_changes_anothers(world: &World) {
    let rival = world.caller(0, "second-ngo");
    offers_and_attachments_stay_out_of_reach(world, rival).await;
    the_organisation_stays_out_of_reach(world, rival).await;
    lists_name_none_of_them(world, rival).await;
}

async fn offers_and_attachments_stay_out_of_reach(world: &World, rival: &Caller) {
    let town = &world.towns[0];
    let every = OFFER_READS.iter().chain(OFFER_CHANGES).chain(OFFER_MOVES);
    for offer in [town.draft_offer, town.submitted_offer, GUESSED] {
        let before = offer_as_stored(world, offer).await;
        let (requests, not_found) = (every.clone().copied(), StatusCode::NOT_FOUND);
        world
            .answer_each(rival, requests, &[offer], not_found)
            .await;
        assert_eq!(offer_as_stored(world, offer).await, before, "offer {offer}");
    }
    for file in [
        [town.draft_offer, town.draft_attachment],
        [town.submitted_offer, town.submitted_attachment],
        [town.draft_offer, GUESSED],
    ] {
        let requests = [ATTACHMENT_DOWNLOAD, ATTACHMENT_DELETE];
        world
            .answer_each(rival, requests, &file, StatusCode::NOT_FOUND)
            .await;
    }
    assert_eq!(offer_as_stored(world, town.draft_offer).await.1.len(), 1);
}

async fn the_organisation_stays_out_of_reach(world: &World, rival: &Caller) {
    let town = &world.towns[0];
    let organisation = town.first.id;
    let before = organisation_as_stored(world, organisation).await;
    for (request, more) in organisation_requests(town.invitation, town.spare_member) {
        for id in [organisation, GUESSED] {
            let ids: Vec<i64> = [id].into_iter().chain(more.iter().copied()).collect();
            world
                .answer_each(rival, [request], &ids, StatusCode::NOT_FOUND)
                .await;
        }
    }
    assert_eq!(organisation_as_stored(world, organisation).await, before);
}

/// An organisation's profile, members and invitations, by API and page: the path's other ids.
fn organisation_requests(invitation: i64, member: i64) -> Vec<(Request, Vec<i64>)> {
    let revoke = "/organisations/{id}/invitations/{invitation}/revoke";
    let remove = "/organisations/{id}/members/{user_id}/remove";
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
        (("POST", revoke, Body::Csrf), vec![invitation]),
        (("POST", remove, Body::Csrf), vec![member]),
    ]
}

/// The rival's lists (a call's offers, its organisations, its dashboard) name none of them.
async fn lists_name_none_of_them(world: &World, rival: &Caller) {
    let town = &world.towns[0];
    let offers = format!("/api/v1/calls/{}/applications", town.open_call);
    let listed = world.app.get(&rival.token, &offers).await.1;
    let rows = listed["applications"].as_array().unwrap();
    assert!(
        rows.iter().all(|a| a["organisation_id"] != town.first.id),
        "{listed}"
    );
    let mine = world
        .app
        .get(&rival.token, "/api/v1/organisations/mine")
        .await
        .1;
    assert_eq!(mine["organisations"].as_array().unwrap().len(), 1, "{mine}");
    let dashboard = Browser::signed_in(&world.app, &rival.token)
        .get("/dashboard")
        .await;
    for id in [town.draft_offer, town.submitted_offer] {
        let link = format!("/applications/{id}/");
        assert!(
            !dashboard.html().contains(&link),
            "offer {id} on the rival's dashboard"
        );
    }
}

pub(super) async fn a_partner_reads_a_joint_offer_but_never_acts(world: &World) {
    let partner = world.caller(0, "second-ngo");
    let town = &world.towns[0];
    let joint = town.joint_offer;
    let pdf = pdf_bytes();
    let (_, file) = upload(
        &world.app,
        &town.ngo,
        joint,
        "statut",
        pdf,
        "application/pdf",
    )
    .await;
    let ids = [joint, file["id"].as_i64().unwrap()];
    let before = offer_as_stored(world, joint).await;
    for &request in OFFER_READS.iter().chain([&ATTACHMENT_DOWNLOAD]) {
        let reply = world.ask(partner, request, &ids).await;
        let read = reply.status.is_success() || reply.status.is_redirection();
        assert!(read, "{}", said(request, &reply));
    }
    // The editor sends a partner to the review, to read.
    let editor = world.ask(partner, OFFER_READS[3], &ids).await;
    assert_eq!(editor.location, format!("/applications/{joint}/review"));
    let seen = world
        .app
        .get(&partner.token, &format!("/api/v1/applications/{joint}"))
        .await
        .1;
    assert_eq!(seen["editable"], false, "{seen}");
    let acts = OFFER_CHANGES
        .iter()
        .chain(OFFER_MOVES)
        .chain([&ATTACHMENT_DELETE]);
    world
        .answer_each(partner, acts.copied(), &ids, StatusCode::FORBIDDEN)
        .await;
    assert_eq!(
        offer_as_stored(world, joint).await,
        before,
        "the joint offer"
    );
    // The dashboard shows it, to read.
    let dashboard = Browser::signed_in(&world.app, &partner.token)
        .get("/dashboard")
        .await;
    let link = format!("/applications/{joint}/");
    assert!(dashboard.html().contains(&link), "{}", dashboard.html());
}
