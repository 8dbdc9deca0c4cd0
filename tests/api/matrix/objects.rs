//! The lists of objects a route's path may name, as each caller sees them.

use super::things::{thing, Fresh, Objects, Thing, GUESSED};
use super::world::{Caller, World};

fn s(id: i64) -> String {
    id.to_string()
}

impl World {
    /// The objects a path of this kind names, for `caller`.
    pub fn things(&self, objects: Objects, caller: &Caller) -> Vec<Thing> {
        let (a, b) = (&self.towns[0], &self.towns[1]);
        let guessed = GUESSED.to_string();
        match objects {
            Objects::None => vec![thing("nothing", &[], Some(caller.town))],
            Objects::Session => {
                vec![thing("own session", &[], Some(caller.town)).copied(Fresh::Session)]
            }
            Objects::Towns => vec![
                thing("first town", &[a.slug.into()], Some(0)),
                thing("second town", &[b.slug.into()], Some(1)),
                thing("no such town", &["nowhere".into()], None),
            ],
            Objects::PublicCalls => vec![
                thing("open call", &[a.slug.into(), s(a.open_call)], Some(0)),
                thing("closed call", &[a.slug.into(), s(a.closed_call)], Some(0)),
                thing("draft call", &[a.slug.into(), s(a.draft_call)], Some(0)).draft(),
                thing(
                    "second town's call",
                    &[b.slug.into(), s(b.open_call)],
                    Some(1),
                ),
                thing(
                    "call under another town",
                    &[a.slug.into(), s(b.open_call)],
                    None,
                ),
                thing("guessed call", &[a.slug.into(), guessed], None),
            ],
            Objects::PublicDocuments => vec![
                thing(
                    "open call's document",
                    &[a.slug.into(), s(a.open_call), s(a.open_document)],
                    Some(0),
                ),
                thing(
                    "draft call's document",
                    &[a.slug.into(), s(a.draft_call), s(a.draft_document)],
                    Some(0),
                )
                .draft(),
                thing(
                    "document under another call",
                    &[a.slug.into(), s(a.open_call), s(a.draft_document)],
                    None,
                ),
                thing(
                    "second town's document",
                    &[b.slug.into(), s(b.open_call), s(b.open_document)],
                    Some(1),
                ),
                thing(
                    "document under another town",
                    &[a.slug.into(), s(b.open_call), s(b.open_document)],
                    None,
                ),
            ],
            Objects::Calls => vec![
                thing("draft call", &[s(a.draft_call)], Some(0))
                    .draft()
                    .copied(Fresh::DraftCall),
                thing("open call", &[s(a.open_call)], Some(0)).copied(Fresh::OpenCall),
                thing("closed call", &[s(a.closed_call)], Some(0)).copied(Fresh::ClosedCall),
                thing("second town's call", &[s(b.open_call)], Some(1)).copied(Fresh::OpenCall),
                thing("guessed call", &[guessed], None),
            ],
            Objects::Documents => vec![
                thing(
                    "open call's document",
                    &[s(a.open_call), s(a.open_document)],
                    Some(0),
                )
                .copied(Fresh::Document),
                thing(
                    "draft call's document",
                    &[s(a.draft_call), s(a.draft_document)],
                    Some(0),
                )
                .copied(Fresh::Document),
                thing(
                    "document under another call",
                    &[s(a.open_call), s(a.draft_document)],
                    None,
                ),
                thing(
                    "second town's document",
                    &[s(b.open_call), s(b.open_document)],
                    Some(1),
                )
                .copied(Fresh::Document),
                thing("guessed document", &[s(a.open_call), guessed], None),
            ],
            Objects::Offers => vec![
                thing("draft offer", &[s(a.draft_offer)], Some(0))
                    .draft()
                    .owned(a.first.id, None)
                    .copied(Fresh::DraftOffer),
                thing("submitted offer", &[s(a.submitted_offer)], Some(0))
                    .owned(a.first.id, None)
                    .copied(Fresh::SubmittedOffer),
                thing("joint draft", &[s(a.joint_offer)], Some(0))
                    .draft()
                    .owned(a.first.id, Some(a.second.id))
                    .copied(Fresh::JointOffer),
                thing("second town's offer", &[s(b.submitted_offer)], Some(1))
                    .owned(b.first.id, None)
                    .copied(Fresh::SubmittedOffer),
                thing("guessed offer", &[guessed], None),
            ],
            Objects::Attachments => vec![
                thing(
                    "draft's attachment",
                    &[s(a.draft_offer), s(a.draft_attachment)],
                    Some(0),
                )
                .draft()
                .owned(a.first.id, None)
                .copied(Fresh::DraftAttachment),
                thing(
                    "submitted offer's attachment",
                    &[s(a.submitted_offer), s(a.submitted_attachment)],
                    Some(0),
                )
                .owned(a.first.id, None),
                thing(
                    "attachment under another offer",
                    &[s(a.draft_offer), s(a.submitted_attachment)],
                    None,
                )
                .draft()
                .owned(a.first.id, None),
                thing(
                    "second town's attachment",
                    &[s(b.submitted_offer), s(b.submitted_attachment)],
                    Some(1),
                )
                .owned(b.first.id, None),
                thing("guessed attachment", &[s(a.draft_offer), guessed], None)
                    .draft()
                    .owned(a.first.id, None),
            ],
            Objects::Organisations => vec![
                thing("first organisation", &[s(a.first.id)], Some(0)).owned(a.first.id, None),
                thing("second organisation", &[s(a.second.id)], Some(0)).owned(a.second.id, None),
                thing("second town's organisation", &[s(b.first.id)], Some(1))
                    .owned(b.first.id, None),
                thing("guessed organisation", &[guessed], None),
            ],
            Objects::Invitations => vec![
                thing(
                    "pending invitation",
                    &[s(a.first.id), s(a.invitation)],
                    Some(0),
                )
                .owned(a.first.id, None)
                .copied(Fresh::Invitation),
                thing(
                    "invitation under another organisation",
                    &[s(a.second.id), s(a.invitation)],
                    None,
                )
                .owned(a.second.id, None),
                thing(
                    "second town's invitation",
                    &[s(b.first.id), s(b.invitation)],
                    Some(1),
                )
                .owned(b.first.id, None)
                .copied(Fresh::Invitation),
                thing("guessed invitation", &[s(a.first.id), guessed], None)
                    .owned(a.first.id, None),
            ],
            Objects::Members => vec![
                thing("a member", &[s(a.first.id), s(a.spare_member)], Some(0))
                    .owned(a.first.id, None)
                    .copied(Fresh::SpareMember),
                thing(
                    "member under another organisation",
                    &[s(a.second.id), s(a.spare_member)],
                    None,
                )
                .owned(a.second.id, None),
                thing(
                    "second town's member",
                    &[s(b.first.id), s(b.spare_member)],
                    Some(1),
                )
                .owned(b.first.id, None)
                .copied(Fresh::SpareMember),
                thing("guessed member", &[s(a.first.id), guessed], None).owned(a.first.id, None),
            ],
            Objects::ResetLinks => vec![
                thing("valid reset link", &["(fresh)".into()], Some(0)).copied(Fresh::ResetLink),
                thing("guessed reset link", &["0123abcd".into()], None),
            ],
            Objects::ConfirmLinks => {
                let mut guessed = thing("guessed confirmation link", &[], None);
                guessed.query = "?token=0123abcd".into();
                vec![
                    thing("valid confirmation link", &[], Some(0)).copied(Fresh::ConfirmLink),
                    guessed,
                ]
            }
            Objects::InvitationLinks => vec![
                thing("valid invitation link", &["(fresh)".into()], Some(0))
                    .copied(Fresh::InvitationLink),
                thing("guessed invitation link", &["0123abcd".into()], None),
            ],
        }
    }
}
