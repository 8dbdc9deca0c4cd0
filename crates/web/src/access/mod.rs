//! Who may do what: one row per route of the router ([`ROUTES`]), saying who may call it and
//! which objects of theirs it reaches, and the answer every other caller gets.
//!
//! The table does not decide anything at run time: the store's use cases and the pages' extractors
//! do. It states what they must do, and two tests hold them to it. `access::tests` asks the real
//! router which methods each mounted path answers (axum's `Allow` header) and fails when a route
//! has no row or a row no route; the integration test `tests/api/matrix` walks every row with
//! every kind of caller (logged out, an NGO member of the owning organisation, a partner of a
//! joint offer, another organisation's member, an evaluator, a clerk, an admin, and the same roles
//! in another town) on objects of every stage, on SQLite and PostgreSQL, and compares each answer
//! with [`Access::answer`]. `docs/security.md` ("Who may do what") is generated from this table.
//!
//! The answers: a caller who is not signed in is sent to log in (401 for the API, a redirect to
//! the login page for pages); a role that may never call a route gets 403; an object the caller may
//! not know exists (another organisation's offer, another town's call, a guessed id) is 404, so
//! probing ids reveals nothing; someone who may read an object but not act on it (a partner of a
//! joint offer, the clerk reading a submitted offer) gets 403 when acting.
//!
//! Committee members (issue 11) are walked too: an evaluator on the call's committee before the
//! declaration of impartiality ([`Tie::Undeclared`]), after it ([`Tie::Declared`]), excluded from
//! an offer by a declared tie ([`Tie::Excluded`]), and on another call's committee only
//! ([`Tie::None`]); the offer-reading routes of the applicants and the staff refuse evaluators,
//! who read offers only through the evaluation routes ([`Access::MemberOffer`]).
//!
//! Still to come with their issues (agreements, reports): scores hidden from applicants until the
//! results, submitted cards, signed agreements and accepted reports that cannot be edited. Each
//! new route adds its row here; the tests refuse a route without one.

mod doc;
mod table;
#[cfg(test)]
mod tests;

pub use doc::markdown;
pub use table::ROUTES;

use granty_domain::roles::Role;

/// One route: its method and path pattern (as mounted), who may call it, and what for.
#[derive(Debug, Clone, Copy)]
pub struct Route {
    pub method: &'static str,
    pub path: &'static str,
    pub access: Access,
    /// What the route does, in a few words (the documentation's first column).
    pub purpose: &'static str,
}

/// The town's staff: they run calls and read submitted offers.
pub const STAFF: &[Role] = &[Role::Clerk, Role::Admin];
/// People of non-governmental organisations.
pub const NGO: &[Role] = &[Role::Ngo];
/// The town's administrator.
pub const ADMIN: &[Role] = &[Role::Admin];
/// NGO members and the staff (not evaluators).
pub const NGO_AND_STAFF: &[Role] = &[Role::Ngo, Role::Clerk, Role::Admin];
/// Committee members (their queue; each call and offer is checked against the committee).
pub const EVALUATOR: &[Role] = &[Role::Evaluator];
/// Every role signed in to a town.
pub const ANY_ROLE: &[Role] = &[Role::Ngo, Role::Clerk, Role::Evaluator, Role::Admin];

/// Who may call a route and which objects it reaches. [`Access::meaning`] says it in words (the
/// documentation's legend); [`Access::answer`] says it as code (what the walk expects).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Access {
    Public,
    Link,
    SignedIn,
    Roles(&'static [Role]),
    Call(&'static [Role]),
    OrganisationRead,
    OrganisationEdit,
    Membership,
    OfferRead,
    OfferAct,
    OfferCheck,
    OrganisationTrail,
    /// A call's committee business for its members (the declaration of impartiality).
    Committee,
    /// An offer under evaluation as a committee member reads and scores it.
    MemberOffer,
    /// A document of an offer (the offer as filed): read as [`Access::OfferRead`] by everyone
    /// but the evaluators, who read it as [`Access::MemberOffer`].
    OfferDocument,
    /// An agreement (or the award it is drafted from) managed by the town's staff.
    AgreementManage,
    /// An agreement read by the staff and, once ready to sign, by its parties' members.
    AgreementRead,
    /// An agreement's signed copy: uploaded by the applicant organisation's members, or a
    /// signed scan confirmed by the staff.
    AgreementAct,
    /// An agreement's settlement read by the town's staff and, once the final report is
    /// accepted, by the applicant organisation's members.
    SettlementRead,
    /// A report on an agreement: read by its organisation's members and a joint offer's
    /// partners, and by the staff once submitted.
    ReportRead,
    /// A report written and submitted by the reporting organisation's members only.
    ReportEdit,
    /// A submitted report reviewed (accepted, sent back for corrections, rejected) or called
    /// for by the staff of its town only.
    ReportReview,
    /// The instance's operators: a scraper holding the configured `metrics_token`, which no
    /// session or role gives.
    Operator,
}

/// Who asks: their role (none when logged out) and their town.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Caller {
    pub role: Option<Role>,
    pub town: i64,
}

/// What the path names, as the caller relates to it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Target {
    /// The town the object belongs to; `None` for an id that exists nowhere, or not under this
    /// path (another call's document, another organisation's invitation).
    pub town: Option<i64>,
    /// Past its private stage: a published call, a submitted offer, a valid link. Objects
    /// without stages are always released.
    pub released: bool,
    /// How the caller's organisations relate to the object.
    pub tie: Tie,
}

/// How the caller's organisations relate to an object.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tie {
    None,
    /// A member of the organisation that owns it (the applicant, the organisation itself).
    Member,
    /// A member of a partner organisation of a joint offer.
    Partner,
    /// A member of the committee of the object's call who has not yet declared impartiality.
    Undeclared,
    /// A member of the committee of the object's call, declared and not excluded from it.
    Declared,
    /// A member of the committee of the object's call, excluded from this offer (a tie).
    Excluded,
}

/// What a caller gets.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Answer {
    /// Let in: the answer is the route's own (which may still refuse for the object's state or
    /// the input: 409, 410, 422).
    Allowed,
    /// Not signed in: 401 from the API, a redirect to the login page from a page.
    Login,
    /// 403.
    Forbidden,
    /// 404.
    NotFound,
}

impl Access {
    /// The answer `caller` gets on `target` through a route with this access.
    pub fn answer(self, caller: Caller, target: Target) -> Answer {
        use Answer::*;
        let found = target.town.is_some() && target.released;
        if matches!(self, Access::Public | Access::Link) {
            return if found { Allowed } else { NotFound };
        }
        if self == Access::Operator {
            // Only the token lets in; the walk's callers hold sessions, never the token.
            return Login;
        }
        let Some(role) = caller.role else {
            return Login;
        };
        let home = target.town == Some(caller.town);
        let staff = STAFF.contains(&role);
        let (member, partner) = (target.tie == Tie::Member, target.tie == Tie::Partner);
        let seen = |visible: bool| if home && visible { Allowed } else { NotFound };
        match self {
            Access::OfferDocument if role == Role::Evaluator => {
                Access::MemberOffer.answer(caller, target)
            }
            Access::OfferDocument => Access::OfferRead.answer(caller, target),
            Access::Public | Access::Link | Access::SignedIn => Allowed,
            Access::Roles(roles) if roles.contains(&role) => Allowed,
            Access::Call(roles) if roles.contains(&role) => seen(target.released || staff),
            Access::Roles(_) | Access::Call(_) => Forbidden,
            Access::OrganisationRead => seen(member || staff),
            Access::OrganisationEdit if home && !member && staff => Forbidden,
            Access::OrganisationEdit | Access::Membership => seen(member),
            Access::OfferRead => seen(member || partner || (staff && target.released)),
            Access::OfferAct if home && !member && (partner || staff && target.released) => {
                Forbidden
            }
            Access::OfferAct => seen(member),
            Access::OfferCheck if staff => seen(target.released),
            Access::OfferCheck => Forbidden,
            Access::OrganisationTrail if staff => seen(true),
            Access::OrganisationTrail => Forbidden,
            Access::Committee | Access::MemberOffer if role != Role::Evaluator => Forbidden,
            Access::Committee => seen(target.released && target.tie != Tie::None),
            Access::MemberOffer if home && target.released && target.tie == Tie::Undeclared => {
                Forbidden
            }
            Access::MemberOffer => seen(target.released && target.tie == Tie::Declared),
            Access::AgreementManage if staff => seen(true),
            Access::AgreementManage => Forbidden,
            Access::AgreementRead => seen(staff || (member || partner) && target.released),
            Access::AgreementAct if home && partner && target.released => Forbidden,
            Access::AgreementAct => seen(staff || member && target.released),
            Access::SettlementRead => seen(staff || member && target.released),
            Access::ReportRead => seen(member || partner || (staff && target.released)),
            Access::ReportEdit if home && !member && (partner || staff && target.released) => {
                Forbidden
            }
            Access::ReportEdit => seen(member),
            Access::ReportReview if staff => seen(target.released),
            Access::ReportReview if home && (member || partner) => Forbidden,
            Access::ReportReview => NotFound,
            Access::Operator => Login,
        }
    }

    /// What the access means, in words.
    pub fn meaning(self) -> &'static str {
        match self {
            Access::Public => {
                "Anyone, signed in or not. An unpublished call, an unknown town or id is 404."
            }
            Access::Link => {
                "Anyone holding the secret link (emailed, or a calendar feed's subscription \
                 address): the link is the key. An unknown or replaced link is 404; a spent \
                 invitation says so (410)."
            }
            Access::SignedIn => {
                "Anyone signed in, whatever the role: their own session, lists filtered to what \
                 the role may see."
            }
            Access::Roles(_) => "These roles, in their own town; any other role 403.",
            Access::Call(_) => {
                "A call of the caller's town, for these roles (others 403). Another town's call \
                 or an unknown id is 404, and so is a draft call to anyone but the staff."
            }
            Access::OrganisationRead => {
                "An organisation's profile: its members and the town's staff read it; anyone \
                 else 404."
            }
            Access::OrganisationEdit => {
                "An organisation's profile, changed by its members only: the staff, who may read \
                 it, 403; anyone else 404."
            }
            Access::Membership => {
                "An organisation's members and invitations: its members only; anyone else 404, \
                 staff included (membership is the organisation's own business)."
            }
            Access::OfferRead => {
                "An offer or its attachment: read by the applicant organisation's members, the \
                 members of a partner of a joint offer, and the staff once it is submitted; \
                 anyone else 404."
            }
            Access::OfferAct => {
                "An offer changed or moved on: by the applicant organisation's members only. \
                 Those who may read it (partners; the staff once submitted) 403, anyone else \
                 404. The offer's state decides what may still change: a submitted, withdrawn \
                 or rejected offer is refused (409/422)."
            }
            Access::OrganisationTrail => {
                "An organisation's audit trail, read by the staff of its town; other roles 403 \
                 (its members included: the trail is the town's record); another town's or an \
                 unknown id 404."
            }
            Access::OfferCheck => {
                "A submitted offer's formal check, by the staff of its town; other roles 403; a \
                 draft or another town's offer 404."
            }
            Access::Committee => {
                "A call's committee business (the declaration of impartiality), for the \
                 evaluators appointed to its committee; other roles 403; an evaluator not on \
                 this call's committee, another town's call or an unknown id 404."
            }
            Access::MemberOffer => {
                "An offer under evaluation (its content, its scoring card), for a member of its \
                 call's committee who has declared impartiality: before the declaration 403; a \
                 member excluded from the offer (a declared tie), an evaluator of another call, \
                 an offer not under evaluation 404; other roles 403."
            }
            Access::OfferDocument => {
                "A document of an offer (the offer as filed): the applicant organisation's \
                 members, the members of a partner and the staff as for reading the offer \
                 (anyone else 404); a committee member as for scoring it (before the \
                 declaration 403, excluded or another call's 404). A draft has no filed \
                 document (409)."
            }
            Access::AgreementManage => {
                "An agreement (or the award it is drafted from), managed by the staff of its \
                 town: other roles 403; another town's or an unknown id 404. Its state decides \
                 what may still happen (422 with the rule: signing a draft, an annex on a \
                 settled agreement, a payment above the grant)."
            }
            Access::AgreementRead => {
                "An agreement and its PDFs: the staff of its town, and the members of its party \
                 organisations (the applicant, a joint offer's partners) once it is ready to \
                 sign; a draft, another organisation's or town's agreement 404 (evaluators \
                 included)."
            }
            Access::ReportRead => {
                "A report on an agreement (partial or final): read by the reporting \
                 organisation's members and a joint offer's partners, and by the staff of its \
                 town once submitted; a draft to the staff, another organisation's or town's \
                 report 404."
            }
            Access::ReportEdit => {
                "A report opened, saved or submitted: by the reporting organisation's members \
                 only. Those who may read it (partners; the staff once submitted) 403, anyone \
                 else 404. Its state decides what may still change: a submitted, accepted or \
                 rejected report is refused (422, report_not_editable)."
            }
            Access::ReportReview => {
                "A submitted report reviewed by the staff of its town (accept, corrections with \
                 comments by field, reject with a reason): the reporting organisation's members \
                 and a joint offer's partners 403; a draft, another town's report or an unknown \
                 id 404. A decided report is refused (422, report_not_submitted); the same \
                 decision repeated returns the report (200)."
            }
            Access::AgreementAct => {
                "An agreement's signed copy: uploaded by the applicant organisation's members \
                 once it is ready to sign, or a signed scan confirmed by the staff; partners 403; \
                 anyone else, or a draft to its organisation, 404."
            }
            Access::Operator => {
                "The instance's operators: the scraper sending `Authorization: Bearer` with the \
                 configured `metrics_token`. Anyone else, signed in or not, 401; with no token \
                 configured the route answers 404 to everyone."
            }
            Access::SettlementRead => {
                "An agreement's settlement (figures, returns, payments, interest): the staff of \
                 its town, and the applicant organisation's members once the final report is \
                 accepted; before that, to partners, evaluators, another organisation or town, \
                 404."
            }
        }
    }

    /// The kind of access, named for the documentation's legend.
    pub fn kind(self) -> &'static str {
        match self {
            Access::Public => "public",
            Access::Link => "link",
            Access::SignedIn => "signed in",
            Access::Roles(_) => "roles",
            Access::Call(_) => "call",
            Access::OrganisationRead => "organisation: read",
            Access::OrganisationEdit => "organisation: edit",
            Access::Membership => "membership",
            Access::OfferRead => "offer: read",
            Access::OfferAct => "offer: act",
            Access::OfferCheck => "offer: check",
            Access::OrganisationTrail => "organisation: trail",
            Access::Committee => "committee",
            Access::MemberOffer => "offer: evaluate",
            Access::OfferDocument => "offer: document",
            Access::AgreementManage => "agreement: manage",
            Access::AgreementRead => "agreement: read",
            Access::AgreementAct => "agreement: act",
            Access::SettlementRead => "settlement: read",
            Access::ReportRead => "report: read",
            Access::ReportEdit => "report: edit",
            Access::ReportReview => "report: review",
            Access::Operator => "operator token",
        }
    }

    /// A short name for the table's column: the kind, with its roles (`call: clerk, admin`).
    pub fn label(self) -> String {
        match self {
            Access::Roles(roles) | Access::Call(roles) => {
                let codes: Vec<_> = roles.iter().map(|r| r.code()).collect();
                format!("{}: {}", self.kind(), codes.join(", "))
            }
            _ => self.kind().to_string(),
        }
    }

    /// Whether the path names an object (so another town's is a 404).
    pub fn has_object(self) -> bool {
        !matches!(self, Access::SignedIn | Access::Roles(_) | Access::Operator)
    }

    /// Whether the object has a private stage before its release (a draft call or offer).
    pub fn has_drafts(self) -> bool {
        matches!(
            self,
            Access::Call(_)
                | Access::OfferRead
                | Access::OfferAct
                | Access::OfferCheck
                | Access::Committee
                | Access::MemberOffer
                | Access::OfferDocument
                | Access::AgreementRead
                | Access::AgreementAct
                | Access::SettlementRead
                | Access::ReportRead
                | Access::ReportEdit
                | Access::ReportReview
        )
    }
}
