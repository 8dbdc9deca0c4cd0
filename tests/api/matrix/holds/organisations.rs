//! No organisation reaches another's offers, attachments, profile, members or invitations, and
//! a partner of a joint offer reads it but never acts on it.

use super::*;

pub(super) async fn no_organisation_reads_or_changes_anothers(world: &World) {
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
fn organisation_requests(invitation: i64, member: i64) -> Vec<(Request, Vec<i64>)> {
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

pub(super) async fn a_partner_reads_a_joint_offer_but_never_acts(world: &World) {
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
