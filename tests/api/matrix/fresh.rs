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
        match thing.fresh {
            Fresh::No => {}
            Fresh::ConfirmLink => copy.query = self.confirmation_query(index).await,
            Fresh::ResetLink => copy.params = vec![self.reset_token(index).await],
            Fresh::InvitationLink => copy.params = vec![self.invitation(index).await.1],
            Fresh::CalendarLink => copy.params = vec![self.calendar_token(index).await],
            Fresh::Session if caller.signed_in() => {
                let slug = self.towns[caller.town].slug;
                copy.session = Some(self.app.token(&caller.email, slug).await);
            }
            Fresh::Session => {}
            Fresh::Account => {
                if let Some(role) = caller.role {
                    let town = &self.towns[caller.town];
                    let email = format!("copy-{}@{}.test", self.next(), town.slug);
                    let token = self.app.user_in(&email, role, town.id, town.slug).await;
                    copy.session = Some(token);
                }
            }
            _ => {
                let ids = self.fresh_ids(thing, index).await;
                copy.params = ids.iter().map(i64::to_string).collect();
            }
        }
        copy
    }

    /// The ids naming a new object like `thing` in town `index`.
    async fn fresh_ids(&self, thing: &Thing, index: usize) -> Vec<i64> {
        let town = &self.towns[index];
        let (app, ngo, clerk) = (&self.app, town.ngo.as_str(), town.clerk.as_str());
        let (call, first) = (town.open_call, town.first.id);
        match thing.fresh {
            Fresh::DraftCall => vec![self.draft_call(clerk).await],
            Fresh::OpenCall => vec![app.open_call(clerk).await],
            Fresh::ClosedCall => {
                let spare = town.spare_closed_calls.lock().unwrap().pop();
                vec![spare.expect("a spare closed call: add one to SPARE_CLOSED_CALLS")]
            }
            Fresh::DraftOffer => vec![self.complete_draft(ngo, call, first).await],
            Fresh::SubmittedOffer => vec![app.submitted(ngo, call, first).await],
            Fresh::JointOffer => vec![self.joint_offer(ngo, call, &town.first, &town.second).await],
            Fresh::DraftAttachment => {
                let (draft, pdf) = (town.draft_offer, pdf_bytes());
                let (_, added) = upload(app, ngo, draft, "inne", pdf, "application/pdf").await;
                vec![draft, added["id"].as_i64().unwrap()]
            }
            Fresh::Document => {
                let call: i64 = thing.params[0].parse().unwrap();
                let clerk = self.actor(clerk).await;
                vec![call, self.document(&clerk, call).await]
            }
            Fresh::Invitation => vec![first, self.invitation(index).await.0],
            Fresh::SpareMember => vec![first, self.spare_member(index).await],
            other => unreachable!("{other:?} is not named by ids"),
        }
    }
}
