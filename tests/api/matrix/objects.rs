//! The lists of objects a route's path may name: for each kind, the first town's at each stage,
//! the second town's, an id under the wrong parent and an id that exists nowhere.

use super::things::{thing, Fresh, Objects, Thing, GUESSED};
use super::world::{Caller, Town, World};
use std::fmt::Display;

/// An object of `town` (`None`: nowhere) named by `params`.
fn at(label: &str, town: Option<usize>, params: &[&dyn Display]) -> Thing {
    let params: Vec<String> = params.iter().map(|p| p.to_string()).collect();
    thing(label, &params, town)
}

const A: Option<usize> = Some(0);
const B: Option<usize> = Some(1);
const NOWHERE: Option<usize> = None;

impl World {
    /// The objects a path of this kind names, for `caller`.
    pub fn things(&self, objects: Objects, caller: &Caller) -> Vec<Thing> {
        let (a, b) = (&self.towns[0], &self.towns[1]);
        let own = Some(caller.town);
        match objects {
            Objects::None => vec![at("nothing", own, &[])],
            Objects::Session => vec![at("own session", own, &[]).copied(Fresh::Session)],
            Objects::Account => vec![at("own account", own, &[]).copied(Fresh::Account)],
            Objects::Towns => vec![
                at("first town", A, &[&a.slug]),
                at("second town", B, &[&b.slug]),
                at("no such town", NOWHERE, &[&"nowhere"]),
            ],
            Objects::PublicCalls => public_calls(a, b),
            Objects::PublicResults => public_calls(a, b).into_iter().map(Thing::draft).collect(),
            Objects::Justifications => vec![at("guessed request", NOWHERE, &[&GUESSED])],
            Objects::Awards => vec![at("guessed award", NOWHERE, &[&GUESSED])],
            Objects::Agreements => vec![at("guessed agreement", NOWHERE, &[&GUESSED])],
            Objects::Reports => vec![at("guessed report", NOWHERE, &[&GUESSED])],
            Objects::PublicDocuments => public_documents(a, b),
            Objects::Calls => calls(a, b),
            Objects::CommitteeCalls => committee_calls(a, b),
            Objects::CommitteeMembers => committee_members(a),
            Objects::EvaluatedOffers => evaluated_offers(a, b),
            Objects::OfferDocuments => offer_documents(a, b),
            Objects::EvaluatedAttachments => evaluated_attachments(a, b),
            Objects::Documents => documents(a, b),
            Objects::Offers => offers(a, b),
            Objects::Attachments => attachments(a, b),
            Objects::Organisations => organisations(a, b),
            Objects::Invitations => invitations(a, b),
            Objects::Members => members(a, b),
            Objects::ResetLinks => links("reset", Fresh::ResetLink),
            Objects::InvitationLinks => links("invitation", Fresh::InvitationLink),
            Objects::CalendarLinks => links("calendar", Fresh::CalendarLink),
            Objects::ConfirmLinks => {
                let mut guessed = at("guessed confirmation link", NOWHERE, &[]);
                guessed.query = "?token=0123abcd".into();
                let valid = at("valid confirmation link", A, &[]);
                vec![valid.copied(Fresh::ConfirmLink), guessed]
            }
        }
    }
}

fn public_calls(a: &Town, b: &Town) -> Vec<Thing> {
    vec![
        at("open call", A, &[&a.slug, &a.open_call]),
        at("closed call", A, &[&a.slug, &a.closed_call]),
        at("draft call", A, &[&a.slug, &a.draft_call]).draft(),
        at("second town's call", B, &[&b.slug, &b.open_call]),
        at("call under another town", NOWHERE, &[&a.slug, &b.open_call]),
        at("guessed call", NOWHERE, &[&a.slug, &GUESSED]),
    ]
}

fn public_documents(a: &Town, b: &Town) -> Vec<Thing> {
    let (slug, other) = (&a.slug, &b.slug);
    vec![
        at(
            "open call's document",
            A,
            &[slug, &a.open_call, &a.open_document],
        ),
        at(
            "draft call's document",
            A,
            &[slug, &a.draft_call, &a.draft_document],
        )
        .draft(),
        at(
            "document of another call",
            NOWHERE,
            &[slug, &a.open_call, &a.draft_document],
        ),
        at(
            "second town's document",
            B,
            &[other, &b.open_call, &b.open_document],
        ),
        at(
            "document under another town",
            NOWHERE,
            &[slug, &b.open_call, &b.open_document],
        ),
    ]
}

fn calls(a: &Town, b: &Town) -> Vec<Thing> {
    vec![
        at("draft call", A, &[&a.draft_call])
            .draft()
            .copied(Fresh::DraftCall),
        at("open call", A, &[&a.open_call]).copied(Fresh::OpenCall),
        at("closed call", A, &[&a.closed_call]).copied(Fresh::ClosedCall),
        at("second town's call", B, &[&b.open_call]).copied(Fresh::OpenCall),
        at("guessed call", NOWHERE, &[&GUESSED]),
    ]
}

/// The call under evaluation (each committee evaluator stands differently on it), the closed
/// call whose committee the plain evaluator sits on, a draft, the second town's, a guessed id.
fn committee_calls(a: &Town, b: &Town) -> Vec<Thing> {
    vec![
        at("call under evaluation", A, &[&a.evaluation_call]).of_committee(a.evaluation_call, None),
        at("another call's committee", A, &[&a.closed_call]).of_committee(a.closed_call, None),
        at("draft call", A, &[&a.draft_call]).draft(),
        at(
            "second town's call under evaluation",
            B,
            &[&b.evaluation_call],
        )
        .of_committee(b.evaluation_call, Some(b.evaluation_offer)),
        at("guessed call", NOWHERE, &[&GUESSED]),
    ]
}

/// A member of the call under evaluation, the same member under another call, a guessed one.
fn committee_members(a: &Town) -> Vec<Thing> {
    let (call, member) = (&a.evaluation_call, &a.committee_member);
    vec![
        at("committee member", A, &[call, member]),
        at("member of another call", NOWHERE, &[&a.closed_call, member]),
        at("guessed member", NOWHERE, &[call, &GUESSED]),
    ]
}

/// The offer under evaluation (each committee evaluator stands differently on it), an offer of
/// a call without a committee, the second town's offer under evaluation, a guessed id.
fn evaluated_offers(a: &Town, b: &Town) -> Vec<Thing> {
    let offer = a.evaluation_offer;
    vec![
        at("offer under evaluation", A, &[&offer])
            .owned(a.first.id, None)
            .of_committee(a.evaluation_call, Some(offer)),
        at("offer of an open call", A, &[&a.submitted_offer]).owned(a.first.id, None),
        at(
            "second town's offer under evaluation",
            B,
            &[&b.evaluation_offer],
        )
        .owned(b.first.id, None)
        .of_committee(b.evaluation_call, Some(b.evaluation_offer)),
        at("guessed offer", NOWHERE, &[&GUESSED]),
    ]
}

/// Every offer of `offers` and the offer under evaluation of each town, as the committee sees
/// them (the other entries of `evaluated_offers` are already among the offers).
fn offer_documents(a: &Town, b: &Town) -> Vec<Thing> {
    let mut things = offers(a, b);
    let under_evaluation = |t: &Thing| t.label.contains("under evaluation");
    things.extend(evaluated_offers(a, b).into_iter().filter(under_evaluation));
    things
}

/// A filed attachment of the offer under evaluation, another offer's attachment named under it,
/// the second town's, a guessed one.
fn evaluated_attachments(a: &Town, b: &Town) -> Vec<Thing> {
    let (offer, call) = (a.evaluation_offer, a.evaluation_call);
    vec![
        at(
            "attachment under evaluation",
            A,
            &[&offer, &a.evaluation_attachment],
        )
        .owned(a.first.id, None)
        .of_committee(call, Some(offer)),
        at(
            "attachment of another offer",
            NOWHERE,
            &[&offer, &a.submitted_attachment],
        )
        .of_committee(call, Some(offer)),
        at(
            "second town's attachment under evaluation",
            B,
            &[&b.evaluation_offer, &b.evaluation_attachment],
        )
        .owned(b.first.id, None)
        .of_committee(b.evaluation_call, Some(b.evaluation_offer)),
        at("guessed attachment", NOWHERE, &[&offer, &GUESSED]).of_committee(call, Some(offer)),
    ]
}

fn documents(a: &Town, b: &Town) -> Vec<Thing> {
    let document = Fresh::Document;
    vec![
        at("open call's document", A, &[&a.open_call, &a.open_document]).copied(document),
        at(
            "draft call's document",
            A,
            &[&a.draft_call, &a.draft_document],
        )
        .copied(document),
        at(
            "document of another call",
            NOWHERE,
            &[&a.open_call, &a.draft_document],
        ),
        at(
            "second town's document",
            B,
            &[&b.open_call, &b.open_document],
        )
        .copied(document),
        at("guessed document", NOWHERE, &[&a.open_call, &GUESSED]),
    ]
}

fn offers(a: &Town, b: &Town) -> Vec<Thing> {
    let (first, partner) = (a.first.id, Some(a.second.id));
    vec![
        at("draft offer", A, &[&a.draft_offer])
            .draft()
            .owned(first, None)
            .copied(Fresh::DraftOffer),
        at("submitted offer", A, &[&a.submitted_offer])
            .owned(first, None)
            .copied(Fresh::SubmittedOffer),
        at("joint draft", A, &[&a.joint_offer])
            .draft()
            .owned(first, partner)
            .copied(Fresh::JointOffer),
        at("second town's offer", B, &[&b.submitted_offer])
            .owned(b.first.id, None)
            .copied(Fresh::SubmittedOffer),
        at("guessed offer", NOWHERE, &[&GUESSED]),
    ]
}

fn attachments(a: &Town, b: &Town) -> Vec<Thing> {
    let (draft, filed) = (a.draft_offer, a.submitted_offer);
    let first = a.first.id;
    vec![
        at("draft's attachment", A, &[&draft, &a.draft_attachment])
            .draft()
            .owned(first, None)
            .copied(Fresh::DraftAttachment),
        at(
            "submitted offer's attachment",
            A,
            &[&filed, &a.submitted_attachment],
        )
        .owned(first, None),
        at(
            "attachment of another offer",
            NOWHERE,
            &[&draft, &a.submitted_attachment],
        )
        .draft()
        .owned(first, None),
        at(
            "second town's attachment",
            B,
            &[&b.submitted_offer, &b.submitted_attachment],
        )
        .owned(b.first.id, None),
        at("guessed attachment", NOWHERE, &[&draft, &GUESSED])
            .draft()
            .owned(first, None),
    ]
}

fn organisations(a: &Town, b: &Town) -> Vec<Thing> {
    vec![
        at("first organisation", A, &[&a.first.id]).owned(a.first.id, None),
        at("second organisation", A, &[&a.second.id]).owned(a.second.id, None),
        at("second town's organisation", B, &[&b.first.id]).owned(b.first.id, None),
        at("guessed organisation", NOWHERE, &[&GUESSED]),
    ]
}

fn invitations(a: &Town, b: &Town) -> Vec<Thing> {
    let (first, second) = (a.first.id, a.second.id);
    vec![
        at("pending invitation", A, &[&first, &a.invitation])
            .owned(first, None)
            .copied(Fresh::Invitation),
        at(
            "invitation of another organisation",
            NOWHERE,
            &[&second, &a.invitation],
        )
        .owned(second, None),
        at("second town's invitation", B, &[&b.first.id, &b.invitation])
            .owned(b.first.id, None)
            .copied(Fresh::Invitation),
        at("guessed invitation", NOWHERE, &[&first, &GUESSED]).owned(first, None),
    ]
}

fn members(a: &Town, b: &Town) -> Vec<Thing> {
    let (first, second) = (a.first.id, a.second.id);
    vec![
        at("a member", A, &[&first, &a.spare_member])
            .owned(first, None)
            .copied(Fresh::SpareMember),
        at(
            "member of another organisation",
            NOWHERE,
            &[&second, &a.spare_member],
        )
        .owned(second, None),
        at("second town's member", B, &[&b.first.id, &b.spare_member])
            .owned(b.first.id, None)
            .copied(Fresh::SpareMember),
        at("guessed member", NOWHERE, &[&first, &GUESSED]).owned(first, None),
    ]
}

/// A valid link (made for each request) and a guessed one.
fn links(kind: &str, fresh: Fresh) -> Vec<Thing> {
    vec![
        at(
            &format!("valid {kind} link"),
            A,
            &[&"(made for the request)"],
        )
        .copied(fresh),
        at(&format!("guessed {kind} link"), NOWHERE, &[&"0123abcd"]),
    ]
}
