//! Offers that must not change any more stay as they were, whatever their applicant tries.

use super::*;

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

pub(super) async fn filed_withdrawn_and_rejected_offers_stay_as_they_were(world: &World) {
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
