//! The objects the walk asks about, made once per database: two towns, each with two
//! organisations, a draft, an open and a closed call, a draft, a submitted and a joint offer with
//! their attachments, call documents, a pending invitation and a spare member; and the callers:
//! the logged out, and in each town an NGO member of each organisation, an evaluator, a clerk and
//! an admin.

use super::committee::{Standing, MEMBERS};
use crate::support::*;
use chrono::Duration;
use granty_domain::roles::Role;
use std::sync::atomic::{AtomicU32, Ordering};
use std::sync::Mutex;

/// Someone who asks: logged out, or signed in to a town with a role (and organisations).
pub struct Caller {
    pub name: String,
    pub role: Option<Role>,
    /// The town's index in `World::towns` (0 for the logged out: they have none).
    pub town: usize,
    pub email: String,
    pub token: String,
    /// The session's form token (empty when logged out).
    pub csrf: String,
    pub organisations: Vec<i64>,
    /// An evaluator's committees, declarations and exclusions (`matrix::committee`).
    pub standing: Standing,
}

impl Caller {
    pub fn signed_in(&self) -> bool {
        self.role.is_some()
    }
}

pub struct Organisation {
    pub id: i64,
    pub nip: String,
    pub name: String,
}

/// One town's objects; the tokens of its people are in `World::callers`.
pub struct Town {
    pub id: i64,
    pub slug: &'static str,
    pub clerk: String,
    pub ngo: String,
    pub first: Organisation,
    pub second: Organisation,
    pub draft_call: i64,
    pub open_call: i64,
    pub closed_call: i64,
    /// A closed call with one formally accepted offer (of `first`), evaluated by a committee.
    pub evaluation_call: i64,
    pub evaluation_offer: i64,
    /// A filed attachment of `evaluation_offer`.
    pub evaluation_attachment: i64,
    /// The undeclared member's row on the committee of `evaluation_call` (first town only).
    pub committee_member: i64,
    pub draft_offer: i64,
    pub draft_attachment: i64,
    pub submitted_offer: i64,
    pub submitted_attachment: i64,
    pub joint_offer: i64,
    pub open_document: i64,
    pub draft_document: i64,
    pub invitation: i64,
    pub spare_member: i64,
    /// Closed calls to publish or cancel (a closed call cannot be made later: its deadline
    /// passed when the clock moved).
    pub spare_closed_calls: Mutex<Vec<i64>>,
}

pub struct World {
    pub app: TestApp,
    pub towns: Vec<Town>,
    pub callers: Vec<Caller>,
    counter: AtomicU32,
}

/// Who is cast in each town (the logged-out caller comes first, once). A new kind of caller (an
/// evaluator after the declaration, say) is one line here; how it relates to an object is a new
/// `granty_web::access::Tie`, answered by the table.
const CAST: &[(&str, Role)] = &[
    ("ngo", Role::Ngo),
    ("second-ngo", Role::Ngo),
    ("evaluator", Role::Evaluator),
    ("clerk", Role::Clerk),
    ("admin", Role::Admin),
];

const TOWNS: &[&str] = &["miasto", "ostrava"];

/// Five routes publish, record the publication of or cancel a call, each let in for two roles.
const SPARE_CLOSED_CALLS: usize = 14;

/// A valid NIP from a number (the check digit of 6,5,7,2,3,4,5,6,7; 10 is skipped).
pub fn nip(seed: u32) -> String {
    const WEIGHTS: [u32; 9] = [6, 5, 7, 2, 3, 4, 5, 6, 7];
    (seed..)
        .find_map(|n| {
            let digits = format!("{:09}", 100_000_000 + n % 800_000_000);
            let sum: u32 = digits
                .chars()
                .zip(WEIGHTS)
                .map(|(c, w)| c.to_digit(10).unwrap() * w)
                .sum();
            (sum % 11 != 10).then(|| format!("{digits}{}", sum % 11))
        })
        .unwrap()
}

fn email(town: &str, who: &str) -> String {
    format!("{who}@{town}.example")
}

impl World {
    pub async fn build(backend: Backend) -> World {
        let app = TestApp::start(backend).await;
        let mut world = World {
            towns: vec![],
            callers: vec![],
            counter: AtomicU32::new(1000),
            app,
        };
        for (index, slug) in TOWNS.iter().enumerate() {
            let town = world.town(index, slug).await;
            world.towns.push(town);
        }
        // The closed calls' deadlines pass; sessions and links are made after.
        world.app.clock.advance(Duration::days(2));
        world.cast().await;
        for index in 0..world.towns.len() {
            world.after_closing(index).await;
        }
        world.committees(0).await;
        world
    }

    /// A number no other fresh object has (emails, NIPs).
    pub fn next(&self) -> u32 {
        self.counter.fetch_add(1, Ordering::Relaxed)
    }

    /// The town's people (signed in for now), its organisations, calls, offers and documents.
    async fn town(&self, index: usize, slug: &'static str) -> Town {
        let (id, tokens) = self.people(index, slug).await;
        let (ngo, second_ngo, clerk) = (&tokens[0], &tokens[1], &tokens[3]);
        let first = self.organisation(ngo, "Fundacja Pierwsza", nip(11)).await;
        let second = self
            .organisation(second_ngo, "Stowarzyszenie Drugie", nip(22))
            .await;
        let (draft_call, open_call) = (
            self.draft_call(clerk).await,
            self.app.open_call(clerk).await,
        );
        let closed_call = self.short_call(clerk).await;
        let evaluation_call = self.short_call(clerk).await;
        let evaluation_offer = self.app.submitted(ngo, evaluation_call, first.id).await;
        let mut spare_closed_calls = vec![];
        for _ in 0..SPARE_CLOSED_CALLS {
            spare_closed_calls.push(self.short_call(clerk).await);
        }
        let draft_offer = self.complete_draft(ngo, open_call, first.id).await;
        let submitted_offer = self.app.submitted(ngo, open_call, first.id).await;
        let clerk_actor = self.actor(clerk).await;
        Town {
            id,
            slug,
            clerk: clerk.clone(),
            ngo: ngo.clone(),
            draft_attachment: self.attachment_of(draft_offer).await,
            submitted_attachment: self.attachment_of(submitted_offer).await,
            evaluation_attachment: self.attachment_of(evaluation_offer).await,
            open_document: self.document(&clerk_actor, open_call).await,
            draft_document: self.document(&clerk_actor, draft_call).await,
            joint_offer: self.joint_offer(ngo, open_call, &first, &second).await,
            first,
            second,
            draft_call,
            open_call,
            closed_call,
            evaluation_call,
            evaluation_offer,
            committee_member: 0,
            draft_offer,
            submitted_offer,
            invitation: 0,
            spare_member: 0,
            spare_closed_calls: Mutex::new(spare_closed_calls),
        }
    }

    /// The town's id and the session tokens of its cast, in the order of `CAST`.
    async fn people(&self, index: usize, slug: &str) -> (i64, Vec<String>) {
        let app = &self.app;
        let id = match index {
            0 => app.tenant_id,
            _ => app.other_tenant(slug).await,
        };
        let mut tokens = vec![];
        for (who, role) in CAST {
            tokens.push(app.user_in(&email(slug, who), *role, id, slug).await);
        }
        if index == 0 {
            for (who, ..) in MEMBERS {
                app.user_in(&email(slug, who), Role::Evaluator, id, slug)
                    .await;
            }
        }
        (id, tokens)
    }

    /// Logs everyone in again (the clock moved past the first sessions).
    async fn cast(&mut self) {
        self.callers.push(Caller {
            name: "logged out".into(),
            role: None,
            town: 0,
            email: String::new(),
            token: String::new(),
            csrf: String::new(),
            organisations: vec![],
            standing: Standing::default(),
        });
        for (index, slug) in TOWNS.iter().enumerate() {
            for (who, role) in CAST {
                let town = &self.towns[index];
                let organisations = match *who {
                    "ngo" => vec![town.first.id],
                    "second-ngo" => vec![town.second.id],
                    _ => vec![],
                };
                self.push_caller(index, slug, who, *role, organisations)
                    .await;
            }
            if index == 0 {
                for (who, ..) in MEMBERS {
                    self.push_caller(index, slug, who, Role::Evaluator, vec![])
                        .await;
                }
            }
        }
    }

    async fn push_caller(
        &mut self,
        index: usize,
        slug: &str,
        who: &str,
        role: Role,
        organisations: Vec<i64>,
    ) {
        let email = email(slug, who);
        let token = self.app.token(&email, slug).await;
        if who == "ngo" {
            self.towns[index].ngo = token.clone();
        }
        if who == "clerk" {
            self.towns[index].clerk = token.clone();
        }
        self.callers.push(Caller {
            name: format!("{slug} {who}"),
            role: Some(role),
            town: index,
            csrf: crate::browser::Browser::signed_in(&self.app, &token)
                .csrf()
                .await,
            email,
            token,
            organisations,
            standing: Standing::default(),
        });
    }

    /// The email of a committee evaluator cast in town `index`.
    pub(super) fn member_email(&self, index: usize, who: &str) -> String {
        email(self.towns[index].slug, who)
    }

    async fn after_closing(&mut self, index: usize) {
        let invitation = self.invitation(index).await.0;
        let spare_member = self.spare_member(index).await;
        let town = &mut self.towns[index];
        town.invitation = invitation;
        town.spare_member = spare_member;
    }

    async fn organisation(&self, token: &str, name: &str, nip: String) -> Organisation {
        let id = self.app.organisation(token, name, &nip).await;
        let name = name.to_string();
        Organisation { id, nip, name }
    }

    /// The signed-in caller who is `role` in town `index` (the first one cast).
    pub fn cast_member(&self, index: usize, role: Role) -> &Caller {
        self.callers
            .iter()
            .find(|c| c.town == index && c.role == Some(role))
            .unwrap()
    }
}
