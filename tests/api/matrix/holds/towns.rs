//! Nothing crosses towns: another town's calls, offers, documents and organisations are unknown,
//! by API and page, and no list names them.

use super::*;
use crate::browser::Browser;

pub(super) async fn nothing_crosses_towns(world: &World) {
    for (home, other) in [(0, 1), (1, 0)] {
        for role in ["clerk", "admin", "ngo", "evaluator"] {
            let caller = world.caller(home, role);
            for (request, ids) in crossing_requests(&world.towns[other]) {
                let reply = world.ask(caller, request, &ids).await;
                let unknown = matches!(reply.status, StatusCode::NOT_FOUND | StatusCode::FORBIDDEN);
                assert!(
                    unknown,
                    "{} of town {home}: {}",
                    role,
                    said(request, &reply)
                );
            }
            assert_lists_hold_only_home(world, caller, home, other).await;
        }
        public_pages_show_only_their_town(world, home, other).await;
        // Nor can an NGO apply in the name of another town's organisation.
        let (here, there) = (&world.towns[home], &world.towns[other]);
        let body = json!({ "organisation_id": there.first.id });
        let path = format!("/api/v1/calls/{}/applications", here.open_call);
        let (status, refusal) = world.app.post(&here.ngo, &path, body).await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{refusal}");
    }
}

/// A town's public pages and list show only its own calls and documents.
async fn public_pages_show_only_their_town(world: &World, home: usize, other: usize) {
    let (here, there) = (world.towns[home].slug, &world.towns[other]);
    let anyone = Browser::new(&world.app);
    let call = format!("/{here}/calls/{}", there.open_call);
    assert_eq!(anyone.get(&call).await.status, StatusCode::NOT_FOUND);
    let file = format!("{call}/documents/{}", there.open_document);
    assert_eq!(anyone.get(&file).await.status, StatusCode::NOT_FOUND);
    let list = world.app.url(&format!("/api/v1/public/{here}/calls"));
    let listed = world.app.send(world.app.client.get(list)).await.1;
    let ids = ids_of(&listed["calls"]);
    assert!(
        ids.iter().all(|id| !town_calls(there).contains(id)),
        "{listed}"
    );
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
        let page = Browser::signed_in(&world.app, &caller.token)
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
