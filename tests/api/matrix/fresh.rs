//! Throwaway copies: a route that changes or removes its object, called by someone it lets in,
//! acts on a copy made for the call, so the shared objects stay as they were for the rest of
//! the walk. Links and sessions are always made fresh.

use super::things::{Fresh, Thing};
use super::world::{Caller, World};
use crate::support::*;

impl World {
    /// A copy of `thing` for `caller` to act on, related to everyone as the original is.
    pub async fn fresh(&self, thing: &Thing, caller: &Caller) -> Thing {
        let mut copy = thing.clone();
        let Some(index) = thing.town else {
            return copy;
        };
        let town = &self.towns[index];
        let (app, ngo, clerk) = (&self.app, town.ngo.as_str(), town.clerk.as_str());
        let ids = |ids: &[i64]| ids.iter().map(i64::to_string).collect::<Vec<_>>();
        copy.params = match thing.fresh {
            Fresh::No => return copy,
            Fresh::DraftCall => ids(&[self.draft_call(clerk).await]),
            Fresh::OpenCall => ids(&[app.open_call(clerk).await]),
            Fresh::ClosedCall => {
                let spare = town.spare_closed_calls.lock().unwrap().pop();
                ids(&[spare.expect("a spare closed call: add one to SPARE_CLOSED_CALLS")])
            }
            Fresh::DraftOffer => ids(&[self.offer_with_attachment(index).await]),
            Fresh::SubmittedOffer => {
                ids(&[app.submitted(ngo, town.open_call, town.first.id).await])
            }
            Fresh::JointOffer => {
                let id = self.joint_offer(ngo, town.open_call, &town.first, &town.second);
                ids(&[id.await])
            }
            Fresh::DraftAttachment => {
                let pdf = pdf_bytes();
                let (_, added) =
                    upload(app, ngo, town.draft_offer, "inne", pdf, "application/pdf").await;
                ids(&[town.draft_offer, added["id"].as_i64().unwrap()])
            }
            Fresh::Document => {
                let call: i64 = thing.params[0].parse().unwrap();
                let clerk = self.actor(clerk).await;
                ids(&[call, self.document(&clerk, call).await])
            }
            Fresh::Invitation => ids(&[town.first.id, self.invitation(index).await.0]),
            Fresh::SpareMember => ids(&[town.first.id, self.spare_member(index).await]),
            Fresh::InvitationLink => vec![self.invitation(index).await.1],
            Fresh::ResetLink => vec![self.reset_token(index).await],
            Fresh::ConfirmLink => {
                copy.query = self.confirmation_query(index).await;
                vec![]
            }
            Fresh::Session => {
                if let Some(slug) = caller.role.map(|_| self.towns[caller.town].slug) {
                    copy.session = Some(app.token(&caller.email, slug).await);
                }
                vec![]
            }
        };
        copy
    }
}
