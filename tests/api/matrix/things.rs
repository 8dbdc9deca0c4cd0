//! What a route's path names: one object (the first town's at each stage, the second town's, an id
//! under the wrong parent, an id that exists nowhere; the lists are in `objects`), how the access
//! table sees it from a caller (`Thing::target`) and how to make a throwaway copy (`Fresh`).

use super::world::{Caller, World};
use granty_web::access::{Target, Tie};

/// How to make a copy of an object that a route may change or remove.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Fresh {
    /// Nothing to copy: the route cannot change it (or only the guessed id is named).
    No,
    DraftCall,
    OpenCall,
    ClosedCall,
    DraftOffer,
    SubmittedOffer,
    JointOffer,
    DraftAttachment,
    Document,
    Invitation,
    SpareMember,
    Session,
    /// A throwaway account like the caller's (same role, same town), for ending every session
    /// of an account without ending the caller's.
    Account,
    ResetLink,
    ConfirmLink,
    InvitationLink,
    /// A calendar feed's private address (`/calendar/{token}.ics`).
    CalendarLink,
}

impl Fresh {
    /// Links and sessions are made for each request: a valid one cannot be listed in advance.
    pub fn always(self) -> bool {
        matches!(
            self,
            Fresh::Session
                | Fresh::Account
                | Fresh::ResetLink
                | Fresh::ConfirmLink
                | Fresh::InvitationLink
                | Fresh::CalendarLink
        )
    }
}

/// One object a path names.
#[derive(Clone, Debug)]
pub struct Thing {
    pub label: String,
    /// The values of the path's `{…}` in order, and what follows the path.
    pub params: Vec<String>,
    pub query: String,
    /// The town it belongs to (an index into `World::towns`); `None` for an id that exists
    /// nowhere or not under this path.
    pub town: Option<usize>,
    pub released: bool,
    pub owner: Option<i64>,
    pub partner: Option<i64>,
    pub fresh: Fresh,
    /// A session of the caller's own to use instead of theirs (to log out of).
    pub session: Option<String>,
    /// The call whose committee business this is (the declaration), and the offer under
    /// evaluation, for the committee's ties.
    pub call: Option<i64>,
    pub offer: Option<i64>,
}

/// Which list of objects a route's path takes.
#[derive(Clone, Copy, Debug)]
pub enum Objects {
    /// No object: one request per caller, in the caller's own town.
    None,
    Towns,
    PublicCalls,
    /// A town's calls as the results' public routes see them: none has published results (the
    /// world has no awards), so each is 404 like a draft.
    PublicResults,
    PublicDocuments,
    Calls,
    Documents,
    Offers,
    Attachments,
    Organisations,
    /// Calls as their committees see them (the declaration of impartiality).
    CommitteeCalls,
    /// A committee's members (the clerk's: remove, let score).
    CommitteeMembers,
    /// Offers as the committee members scoring them see them (`Access::MemberOffer`).
    EvaluatedOffers,
    /// Offers as a document of theirs sees them: the offers' readers and the committee members
    /// (`Access::OfferDocument`), the union of `Offers` and `EvaluatedOffers`.
    OfferDocuments,
    /// Filed attachments of an offer under evaluation, downloaded by a member.
    EvaluatedAttachments,
    Invitations,
    Members,
    /// Justification requests: the world has none, so only a guessed id.
    Justifications,
    /// Awards and agreements: the world has none, so only a guessed id.
    Awards,
    Agreements,
    /// Reports: the world has no agreements, so only a guessed id.
    Reports,
    ResetLinks,
    ConfirmLinks,
    InvitationLinks,
    /// Calendar feeds' private addresses: a valid one made for each request, and a guessed one.
    CalendarLinks,
    /// The caller's own session (logging out).
    Session,
    /// The caller's own account (logging out everywhere): a copy of it.
    Account,
}

pub(super) const GUESSED: &str = "987654";

pub(super) fn thing(label: &str, params: &[String], town: Option<usize>) -> Thing {
    Thing {
        label: label.to_string(),
        params: params.to_vec(),
        query: String::new(),
        town,
        released: true,
        owner: None,
        partner: None,
        fresh: Fresh::No,
        session: None,
        call: None,
        offer: None,
    }
}

impl Thing {
    /// Ids in a town, for a request written out by hand.
    pub fn at(town: usize, ids: &[i64]) -> Thing {
        let params: Vec<String> = ids.iter().map(i64::to_string).collect();
        thing("named by hand", &params, Some(town))
    }

    pub(super) fn draft(mut self) -> Thing {
        self.released = false;
        self
    }

    pub(super) fn owned(mut self, owner: i64, partner: Option<i64>) -> Thing {
        self.owner = Some(owner);
        self.partner = partner;
        self
    }

    /// Committee business of `call` (and of `offer`, for an offer under evaluation).
    pub(super) fn of_committee(mut self, call: i64, offer: Option<i64>) -> Thing {
        self.call = Some(call);
        self.offer = offer;
        self
    }

    pub(super) fn copied(mut self, fresh: Fresh) -> Thing {
        self.fresh = fresh;
        self
    }

    /// The second town's object asked about by its own people: the first town's, mirrored (its
    /// people ask about the first town's objects, and the first town's about theirs).
    pub fn mirrors_the_first_town_for(&self, caller: &Caller) -> bool {
        caller.town == 1 && self.town == Some(1) && !self.params.is_empty()
    }

    /// The object as the access table sees it from `caller`.
    pub fn target(&self, world: &World, caller: &Caller) -> Target {
        let in_orgs = |org: Option<i64>| org.is_some_and(|o| caller.organisations.contains(&o));
        let standing = &caller.standing;
        let on_committee = self.call.is_some_and(|c| standing.committees.contains(&c));
        let tie = if on_committee {
            let excluded = self.offer.is_some_and(|o| standing.excluded.contains(&o));
            match (
                excluded,
                self.call.is_some_and(|c| standing.declared.contains(&c)),
            ) {
                (true, _) => Tie::Excluded,
                (false, true) => Tie::Declared,
                (false, false) => Tie::Undeclared,
            }
        } else if in_orgs(self.owner) {
            Tie::Member
        } else if in_orgs(self.partner) {
            Tie::Partner
        } else {
            Tie::None
        };
        Target {
            town: self.town.map(|t| world.towns[t].id),
            released: self.released,
            tie,
        }
    }
}
