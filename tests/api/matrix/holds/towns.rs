//! Nothing crosses towns: another town's calls, offers, documents and organisations are unknown,
//! by API and page, and no list names them.

use super::*;

pub(super) async fn nothing_crosses_towns(world: &World) {
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
fn crossing_requests(there: &Town) -> Vec<(Request, Vec<i64>)> {
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

fn town_calls(town: &Town) -> [i64; 3] {
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
