//! How to call each route of the access table: which objects its path names, what it sends, and
//! whether it changes or removes its object (then a caller let in acts on a throwaway copy). A
//! row of the table without a recipe here fails the walk.

use super::things::Objects::{self, *};
use granty_web::access::Route;

/// What a request carries.
#[derive(Clone, Copy, Debug)]
pub enum Body {
    // JSON API, with the caller's bearer token.
    ApiEmpty,
    ApiLogin,
    ApiNewCall,
    ApiCallTitle,
    ApiCancel,
    ApiPublication,
    ApiOwnOrganisation,
    ApiDraft,
    ApiFormalCheck,
    ApiScorecard,
    ApiReopen,
    ApiAwards,
    ApiDivergence,
    ApiReminderSettings,
    ApiTenantRules,
    ApiAwardRules,
    ApiAgreementSettings,
    ApiSettlementSettings,
    ApiNewOrganisation,
    ApiProfile,
    ApiAttachment,
    /// An empty JSON object: a committee route's input left unanswered.
    ApiUnanswered,
    ApiDecision,
    ApiJustification,
    ApiAnswer,
    // Pages, with the caller's session cookie and a form token.
    Get,
    Login,
    Csrf,
    NewCall,
    CallEdit,
    FormalCheck,
    Offer,
    Start,
    NewOrganisation,
    Profile,
    Invite,
    Register,
    ResetRequest,
    NewPassword,
    Accept,
    Upload,
    Document,
    /// A member's card posted with a stale version (refused, nothing stored).
    StaleCard,
}

impl Body {
    /// A JSON API request (with a bearer token) rather than a page's.
    pub fn is_api(self) -> bool {
        matches!(
            self,
            Body::ApiEmpty
                | Body::ApiLogin
                | Body::ApiNewCall
                | Body::ApiCallTitle
                | Body::ApiCancel
                | Body::ApiPublication
                | Body::ApiOwnOrganisation
                | Body::ApiDraft
                | Body::ApiFormalCheck
                | Body::ApiScorecard
                | Body::ApiReopen
                | Body::ApiAwards
                | Body::ApiDivergence
                | Body::ApiReminderSettings
                | Body::ApiTenantRules
                | Body::ApiAwardRules
                | Body::ApiAgreementSettings
                | Body::ApiSettlementSettings
                | Body::ApiNewOrganisation
                | Body::ApiProfile
                | Body::ApiAttachment
                | Body::ApiUnanswered
                | Body::ApiDecision
                | Body::ApiJustification
                | Body::ApiAnswer
        )
    }
}

pub struct Recipe {
    pub objects: Objects,
    pub body: Body,
    /// Changes or removes the object: a caller let in acts on a fresh copy.
    pub destructive: bool,
}

const KEEPS: bool = false;
const CHANGES: bool = true;

#[rustfmt::skip]
const RECIPES: &[(&str, &str, Objects, Body, bool)] = &[
    ("GET", "/health/live", None, Body::Get, KEEPS),
    ("GET", "/health/ready", None, Body::Get, KEEPS),
    // Every caller holds a session, none the metrics token.
    ("GET", "/metrics", None, Body::Get, KEEPS),
    ("GET", "/", None, Body::Get, KEEPS),
    ("GET", "/api/docs", None, Body::Get, KEEPS),
    ("GET", "/login", None, Body::Get, KEEPS),
    ("GET", "/{tenant}/login", Towns, Body::Get, KEEPS),
    // A login ends the session the caller had: each sends a session made for it.
    ("POST", "/login", Session, Body::Login, CHANGES),
    ("GET", "/login/code", None, Body::Get, KEEPS),
    ("POST", "/login/code", None, Body::Login, KEEPS),
    ("POST", "/logout", Session, Body::Csrf, CHANGES),
    ("GET", "/account", None, Body::Get, KEEPS),
    ("POST", "/account/language", None, Body::Csrf, KEEPS),
    ("POST", "/account/logout-everywhere", Account, Body::Csrf, CHANGES),
    ("POST", "/account/two-factor/start", Account, Body::Csrf, CHANGES),
    ("POST", "/account/two-factor/confirm", None, Body::Csrf, KEEPS),
    ("POST", "/account/two-factor/disable", None, Body::Csrf, KEEPS),
    ("POST", "/account/two-factor/recovery-codes", None, Body::Csrf, KEEPS),
    ("GET", "/admin/notifications", None, Body::Get, KEEPS),
    ("GET", "/admin/agreement-settings", None, Body::Get, KEEPS),
    ("POST", "/admin/agreement-settings", None, Body::Csrf, KEEPS),
    ("GET", "/admin/settlement-settings", None, Body::Get, KEEPS),
    ("POST", "/admin/settlement-settings", None, Body::Csrf, KEEPS),
    ("GET", "/admin/people", None, Body::Get, KEEPS),
    ("POST", "/admin/people", None, Body::Csrf, KEEPS),
    ("POST", "/admin/people/export", None, Body::Csrf, KEEPS),
    ("POST", "/admin/people/erase", None, Body::Csrf, KEEPS),
    ("GET", "/confirm-email", ConfirmLinks, Body::Get, CHANGES),
    ("GET", "/password-reset/{token}", ResetLinks, Body::Get, KEEPS),
    ("POST", "/password-reset/{token}", ResetLinks, Body::NewPassword, CHANGES),
    ("GET", "/{tenant}/register", Towns, Body::Get, KEEPS),
    ("POST", "/{tenant}/register", Towns, Body::Register, KEEPS),
    ("GET", "/{tenant}/password-reset", Towns, Body::Get, KEEPS),
    ("POST", "/{tenant}/password-reset", Towns, Body::ResetRequest, KEEPS),
    ("GET", "/clerk/calls/new", None, Body::Get, KEEPS),
    ("POST", "/clerk/calls/new", None, Body::NewCall, KEEPS),
    ("GET", "/clerk/calls/{id}/edit", Calls, Body::Get, KEEPS),
    ("POST", "/clerk/calls/{id}/edit", Calls, Body::CallEdit, KEEPS),
    ("POST", "/clerk/calls/{id}/publish", Calls, Body::Csrf, CHANGES),
    ("GET", "/clerk/calls/{id}/publication", Calls, Body::Get, KEEPS),
    ("POST", "/clerk/calls/{id}/publication", Calls, Body::Csrf, CHANGES),
    ("GET", "/clerk/calls/{id}/results", Calls, Body::Get, KEEPS),
    ("POST", "/clerk/calls/{id}/results/decision", Calls, Body::Csrf, KEEPS),
    ("POST", "/clerk/calls/{id}/results/publish", Calls, Body::Csrf, KEEPS),
    ("POST", "/clerk/calls/{id}/results/channels", Calls, Body::Csrf, KEEPS),
    ("POST", "/clerk/calls/{id}/results/cancel", Calls, Body::Csrf, KEEPS),
    ("POST", "/clerk/applications/{id}/update/accept", Offers, Body::Csrf, KEEPS),
    ("POST", "/clerk/applications/{id}/update/return", Offers, Body::Csrf, KEEPS),
    ("GET", "/clerk/calls/{id}/justifications", Calls, Body::Get, KEEPS),
    ("POST", "/clerk/justifications/{id}/answer", Justifications, Body::Csrf, KEEPS),
    ("GET", "/{tenant}/calls/{id}/justification", PublicResults, Body::Get, KEEPS),
    ("POST", "/{tenant}/calls/{id}/justification", PublicResults, Body::Csrf, KEEPS),
    ("POST", "/applications/{id}/update/submit", Offers, Body::Csrf, KEEPS),
    ("POST", "/applications/{id}/update/withdraw", Offers, Body::Csrf, KEEPS),
    ("GET", "/clerk/calls", None, Body::Get, KEEPS),
    ("GET", "/clerk/calls/{id}/applications", Calls, Body::Get, KEEPS),
    ("GET", "/clerk/applications/{id}", Offers, Body::Get, KEEPS),
    ("GET", "/clerk/applications/{id}/history", Offers, Body::Get, KEEPS),
    ("GET", "/clerk/calls/{id}/history", Calls, Body::Get, KEEPS),
    ("GET", "/clerk/calls/{id}/ranking", Calls, Body::Get, KEEPS),
    // Awards leave the call as it was (no state moves): the shared call serves.
    ("POST", "/clerk/calls/{id}/ranking", Calls, Body::Csrf, KEEPS),
    ("POST", "/clerk/calls/{id}/ranking/divergences", Calls, Body::Csrf, KEEPS),
    ("GET", "/clerk/calls/{id}/ranking.csv", Calls, Body::Get, KEEPS),
    ("GET", "/clerk/calls/{id}/ranking.xlsx", Calls, Body::Get, KEEPS),
    ("GET", "/clerk/calls/{id}/protocol.pdf", Calls, Body::Get, KEEPS),
    ("GET", "/clerk/organisations/{id}/history", Organisations, Body::Get, KEEPS),
    ("GET", "/evaluations", None, Body::Get, KEEPS),
    // A member's card is written with a stale version: refused (409), nothing stored.
    ("GET", "/evaluations/applications/{id}", EvaluatedOffers, Body::Get, KEEPS),
    ("POST", "/evaluations/applications/{id}", EvaluatedOffers, Body::StaleCard, KEEPS),
    ("POST", "/evaluations/applications/{id}/autosave", EvaluatedOffers, Body::StaleCard, KEEPS),
    ("GET", "/evaluations/applications/{id}/attachments/{attachment_id}", EvaluatedAttachments, Body::Get, KEEPS),
    ("GET", "/evaluations/applications/{id}/offer.pdf", EvaluatedOffers, Body::Get, KEEPS),
    ("GET", "/clerk/calls/{id}/scoring", Calls, Body::Get, KEEPS),
    ("GET", "/clerk/applications/{id}/scorecards", Offers, Body::Get, KEEPS),
    ("POST", "/clerk/applications/{id}/scorecards/reopen", Offers, Body::Csrf, KEEPS),
    ("POST", "/clerk/applications/{id}", Offers, Body::FormalCheck, CHANGES),
    ("GET", "/applications/{id}/edit", Offers, Body::Get, KEEPS),
    ("POST", "/applications/{id}/edit", Offers, Body::Offer, KEEPS),
    ("GET", "/applications/{id}/review", Offers, Body::Get, KEEPS),
    ("GET", "/applications/{id}", Offers, Body::Get, KEEPS),
    ("POST", "/calls/{id}/start", Calls, Body::Start, KEEPS),
    ("POST", "/applications/{id}/autosave", Offers, Body::Offer, KEEPS),
    ("POST", "/applications/{id}/upload", Offers, Body::Upload, KEEPS),
    ("GET", "/applications/{id}/attachments/{attachment_id}", Attachments, Body::Get, KEEPS),
    ("POST", "/applications/{id}/attachments/{attachment_id}/replace", Attachments, Body::Upload, CHANGES),
    ("POST", "/applications/{id}/attachments/{attachment_id}/remove", Attachments, Body::Csrf, CHANGES),
    ("POST", "/applications/{id}/submit", Offers, Body::Csrf, CHANGES),
    ("GET", "/applications/{id}/receipt", Offers, Body::Get, KEEPS),
    ("GET", "/applications/{id}/offer.pdf", Offers, Body::Get, KEEPS),
    ("GET", "/applications/{id}/withdraw", Offers, Body::Get, KEEPS),
    ("POST", "/applications/{id}/withdraw", Offers, Body::Csrf, CHANGES),
    ("GET", "/applications/{id}/delete", Offers, Body::Get, KEEPS),
    ("POST", "/applications/{id}/delete", Offers, Body::Csrf, CHANGES),
    ("GET", "/dashboard", None, Body::Get, KEEPS),
    ("GET", "/organisations/new", None, Body::Get, KEEPS),
    ("POST", "/organisations/new", None, Body::NewOrganisation, KEEPS),
    ("GET", "/organisations/{id}/edit", Organisations, Body::Get, KEEPS),
    ("POST", "/organisations/{id}/edit", Organisations, Body::Profile, KEEPS),
    ("GET", "/organisations/{id}/members", Organisations, Body::Get, KEEPS),
    ("POST", "/organisations/{id}/members", Organisations, Body::Invite, KEEPS),
    ("POST", "/organisations/{id}/invitations/{invitation}/revoke", Invitations, Body::Csrf, CHANGES),
    ("GET", "/clerk/calls/{id}/documents", Calls, Body::Get, KEEPS),
    ("POST", "/clerk/calls/{id}/documents", Calls, Body::Document, KEEPS),
    ("POST", "/clerk/calls/{id}/documents/{document}/delete", Documents, Body::Csrf, CHANGES),
    ("GET", "/{tenant}/calls/{id}/documents/{document}", PublicDocuments, Body::Get, KEEPS),
    ("POST", "/organisations/{id}/members/{user_id}/remove", Members, Body::Csrf, CHANGES),
    ("GET", "/invitations/{token}", InvitationLinks, Body::Get, KEEPS),
    ("POST", "/invitations/{token}", InvitationLinks, Body::Accept, CHANGES),
    ("GET", "/static/granty.css", None, Body::Get, KEEPS),
    ("GET", "/static/editor.js", None, Body::Get, KEEPS),
    ("GET", "/static/call.js", None, Body::Get, KEEPS),
    ("GET", "/static/scoring.js", None, Body::Get, KEEPS),
    ("GET", "/static/report.js", None, Body::Get, KEEPS),
    ("GET", "/favicon.ico", None, Body::Get, KEEPS),
    ("GET", "/{tenant}", Towns, Body::Get, KEEPS),
    ("GET", "/{tenant}/calls/{id}", PublicCalls, Body::Get, KEEPS),
    ("POST", "/api/v1/sessions", Session, Body::ApiLogin, CHANGES),
    ("GET", "/api/openapi.json", None, Body::Get, KEEPS),
    ("DELETE", "/api/v1/sessions", Session, Body::ApiEmpty, CHANGES),
    ("DELETE", "/api/v1/sessions/all", Account, Body::ApiEmpty, CHANGES),
    ("GET", "/api/v1/public/{tenant}/calls", Towns, Body::ApiEmpty, KEEPS),
    ("GET", "/api/v1/calls", None, Body::ApiEmpty, KEEPS),
    ("POST", "/api/v1/calls", None, Body::ApiNewCall, KEEPS),
    ("GET", "/api/v1/calls/{id}", Calls, Body::ApiEmpty, KEEPS),
    ("PATCH", "/api/v1/calls/{id}", Calls, Body::ApiCallTitle, KEEPS),
    ("POST", "/api/v1/calls/{id}/publish", Calls, Body::ApiEmpty, CHANGES),
    ("POST", "/api/v1/calls/{id}/publication", Calls, Body::ApiPublication, CHANGES),
    ("POST", "/api/v1/calls/{id}/cancel", Calls, Body::ApiCancel, CHANGES),
    ("GET", "/api/v1/calls/{id}/history", Calls, Body::ApiEmpty, KEEPS),
    ("GET", "/api/v1/calls/{id}/ranking", Calls, Body::ApiEmpty, KEEPS),
    ("GET", "/api/v1/calls/{id}/ranking.csv", Calls, Body::ApiEmpty, KEEPS),
    ("GET", "/api/v1/calls/{id}/ranking.xlsx", Calls, Body::ApiEmpty, KEEPS),
    ("GET", "/api/v1/calls/{id}/protocol.pdf", Calls, Body::ApiEmpty, KEEPS),
    ("POST", "/api/v1/calls/{id}/awards", Calls, Body::ApiAwards, KEEPS),
    ("POST", "/api/v1/calls/{id}/divergences", Calls, Body::ApiDivergence, KEEPS),
    ("GET", "/api/v1/calls/{id}/applications", Calls, Body::ApiEmpty, KEEPS),
    ("POST", "/api/v1/calls/{id}/applications", Calls, Body::ApiOwnOrganisation, KEEPS),
    ("GET", "/api/v1/applications/{id}", Offers, Body::ApiEmpty, KEEPS),
    ("GET", "/api/v1/applications/{id}/pdf", OfferDocuments, Body::ApiEmpty, KEEPS),
    ("GET", "/api/v1/applications/{id}/history", Offers, Body::ApiEmpty, KEEPS),
    ("PATCH", "/api/v1/applications/{id}", Offers, Body::ApiDraft, KEEPS),
    ("POST", "/api/v1/applications/{id}/submit", Offers, Body::ApiEmpty, CHANGES),
    ("POST", "/api/v1/applications/{id}/withdraw", Offers, Body::ApiEmpty, CHANGES),
    ("POST", "/api/v1/applications/{id}/formal-check", Offers, Body::ApiFormalCheck, CHANGES),
    ("GET", "/api/v1/applications/{id}/attachments", Offers, Body::ApiEmpty, KEEPS),
    ("POST", "/api/v1/applications/{id}/attachments", Offers, Body::ApiAttachment, KEEPS),
    ("POST", "/api/v1/applications/{id}/attachments/{attachment_id}/versions", Attachments, Body::ApiAttachment, CHANGES),
    ("GET", "/api/v1/applications/{id}/attachments/{attachment_id}", Attachments, Body::ApiEmpty, KEEPS),
    ("DELETE", "/api/v1/applications/{id}/attachments/{attachment_id}", Attachments, Body::ApiEmpty, CHANGES),
    ("GET", "/api/v1/calls/{id}/scoring", Calls, Body::ApiEmpty, KEEPS),
    ("GET", "/api/v1/evaluations", None, Body::ApiEmpty, KEEPS),
    ("GET", "/api/v1/applications/{id}/scorecard", EvaluatedOffers, Body::ApiEmpty, KEEPS),
    ("PUT", "/api/v1/applications/{id}/scorecard", EvaluatedOffers, Body::ApiScorecard, KEEPS),
    ("POST", "/api/v1/applications/{id}/scorecard/submit", EvaluatedOffers, Body::ApiScorecard, KEEPS),
    ("POST", "/api/v1/applications/{id}/scorecard/reopen", Offers, Body::ApiReopen, KEEPS),
    ("GET", "/api/v1/applications/{id}/scorecards", Offers, Body::ApiEmpty, KEEPS),
    ("GET", "/api/v1/admin/notifications", None, Body::ApiEmpty, KEEPS),
    ("GET", "/api/v1/admin/rules", None, Body::ApiEmpty, KEEPS),
    ("PUT", "/api/v1/admin/rules", None, Body::ApiTenantRules, KEEPS),
    ("GET", "/api/v1/admin/award-rules", None, Body::ApiEmpty, KEEPS),
    ("PUT", "/api/v1/admin/award-rules", None, Body::ApiAwardRules, KEEPS),
    ("GET", "/api/v1/admin/agreement-settings", None, Body::ApiEmpty, KEEPS),
    ("PUT", "/api/v1/admin/agreement-settings", None, Body::ApiAgreementSettings, KEEPS),
    ("GET", "/api/v1/admin/settlement-settings", None, Body::ApiEmpty, KEEPS),
    ("PUT", "/api/v1/admin/settlement-settings", None, Body::ApiSettlementSettings, KEEPS),
    ("GET", "/api/v1/admin/reminder-settings", None, Body::ApiEmpty, KEEPS),
    ("PUT", "/api/v1/admin/reminder-settings", None, Body::ApiReminderSettings, KEEPS),
    ("GET", "/api/v1/organisations/mine", None, Body::ApiEmpty, KEEPS),
    ("POST", "/api/v1/organisations", None, Body::ApiNewOrganisation, KEEPS),
    ("GET", "/api/v1/organisations/{id}", Organisations, Body::ApiEmpty, KEEPS),
    ("PATCH", "/api/v1/organisations/{id}", Organisations, Body::ApiProfile, KEEPS),
    // The committee: the clerk's forms are refused for their input once let in (422), so
    // nothing changes; the declaration is sent unanswered (422 once let in), never signed.
    ("GET", "/clerk/calls/{id}/committee", Calls, Body::Get, KEEPS),
    ("POST", "/clerk/calls/{id}/committee", Calls, Body::Csrf, KEEPS),
    ("POST", "/clerk/calls/{id}/committee/{member}/remove", CommitteeMembers, Body::Csrf, KEEPS),
    ("POST", "/clerk/calls/{id}/committee/{member}/scores", CommitteeMembers, Body::Csrf, KEEPS),
    ("POST", "/clerk/calls/{id}/evaluation-settings", Calls, Body::Csrf, KEEPS),
    ("POST", "/clerk/calls/{id}/assignments", Calls, Body::Csrf, KEEPS),
    ("POST", "/clerk/calls/{id}/assignments/reassign", Calls, Body::Csrf, KEEPS),
    ("GET", "/evaluations/calls/{id}/declaration", CommitteeCalls, Body::Get, KEEPS),
    ("POST", "/evaluations/calls/{id}/declaration", CommitteeCalls, Body::Csrf, KEEPS),
    ("GET", "/api/v1/calls/{id}/committee", Calls, Body::ApiEmpty, KEEPS),
    ("POST", "/api/v1/calls/{id}/committee", Calls, Body::ApiUnanswered, KEEPS),
    ("PATCH", "/api/v1/calls/{id}/committee/{member}", CommitteeMembers, Body::ApiUnanswered, KEEPS),
    ("POST", "/api/v1/calls/{id}/committee/{member}/remove", CommitteeMembers, Body::ApiUnanswered, KEEPS),
    ("PUT", "/api/v1/calls/{id}/evaluation-settings", Calls, Body::ApiUnanswered, KEEPS),
    ("GET", "/api/v1/calls/{id}/declaration", CommitteeCalls, Body::ApiEmpty, KEEPS),
    ("POST", "/api/v1/calls/{id}/declaration", CommitteeCalls, Body::ApiUnanswered, KEEPS),
    ("POST", "/api/v1/calls/{id}/assignments", Calls, Body::ApiUnanswered, KEEPS),
    ("POST", "/api/v1/calls/{id}/assignments/reassign", Calls, Body::ApiUnanswered, KEEPS),
    // The decision and the publication stick to the call: on a copy, or the public results of
    // the shared closed call would be out before their own rows are walked.
    ("POST", "/api/v1/calls/{id}/decision", Calls, Body::ApiDecision, CHANGES),
    ("POST", "/api/v1/calls/{id}/results/publish", Calls, Body::ApiEmpty, CHANGES),
    ("POST", "/api/v1/calls/{id}/results/channels", Calls, Body::ApiPublication, KEEPS),
    ("GET", "/api/v1/calls/{id}/results", Calls, Body::ApiEmpty, KEEPS),
    ("GET", "/api/v1/calls/{id}/justification-requests", Calls, Body::ApiEmpty, KEEPS),
    ("GET", "/api/v1/public/{tenant}/calls/{id}/results", PublicResults, Body::ApiEmpty, KEEPS),
    ("POST", "/api/v1/public/{tenant}/calls/{id}/justification-requests", PublicResults, Body::ApiJustification, KEEPS),
    ("POST", "/api/v1/justification-requests/{id}/answer", Justifications, Body::ApiAnswer, KEEPS),
    ("POST", "/api/v1/applications/{id}/update/submit", Offers, Body::ApiEmpty, KEEPS),
    ("POST", "/api/v1/applications/{id}/update/withdraw", Offers, Body::ApiEmpty, KEEPS),
    ("POST", "/api/v1/applications/{id}/update/accept", Offers, Body::ApiEmpty, KEEPS),
    ("POST", "/api/v1/applications/{id}/update/return", Offers, Body::ApiAnswer, KEEPS),
    // Agreements: the world has no awards, so only guessed ids (tests/api/agreements walks
    // the real ones: another organisation's 404, a draft hidden from its organisation).
    ("POST", "/api/v1/awards/{id}/agreement", Awards, Body::ApiEmpty, KEEPS),
    ("GET", "/clerk/agreements", None, Body::Get, KEEPS),
    ("GET", "/clerk/agreements/{id}", Agreements, Body::Get, KEEPS),
    ("POST", "/clerk/awards/{id}/agreement", Awards, Body::Csrf, KEEPS),
    ("POST", "/clerk/agreements/{id}/terms", Agreements, Body::Csrf, KEEPS),
    ("POST", "/clerk/agreements/{id}/ready", Agreements, Body::Csrf, KEEPS),
    ("POST", "/clerk/agreements/{id}/sign", Agreements, Body::Csrf, KEEPS),
    ("POST", "/clerk/agreements/{id}/payments", Agreements, Body::Csrf, KEEPS),
    ("POST", "/clerk/agreements/{id}/annexes", Agreements, Body::Csrf, KEEPS),
    ("POST", "/clerk/agreements/{id}/terminate", Agreements, Body::Csrf, KEEPS),
    ("POST", "/clerk/agreements/{id}/controls", Agreements, Body::Csrf, KEEPS),
    ("POST", "/clerk/agreements/{id}/controls/done", Agreements, Body::Csrf, KEEPS),
    ("GET", "/clerk/agreements/{id}/settlement", Agreements, Body::Get, KEEPS),
    ("POST", "/clerk/agreements/{id}/returns", Agreements, Body::Csrf, KEEPS),
    ("POST", "/clerk/agreements/{id}/misuse", Agreements, Body::Csrf, KEEPS),
    ("GET", "/agreements/{id}/settlement", Agreements, Body::Get, KEEPS),
    ("GET", "/agreements", None, Body::Get, KEEPS),
    ("GET", "/agreements/{id}", Agreements, Body::Get, KEEPS),
    ("GET", "/agreements/{id}/pdf", Agreements, Body::Get, KEEPS),
    ("POST", "/agreements/{id}/signed-copy", Agreements, Body::Upload, KEEPS),
    ("GET", "/agreements/{id}/scan", Agreements, Body::Get, KEEPS),
    ("POST", "/agreements/{id}/scan", Agreements, Body::Upload, KEEPS),
    ("POST", "/clerk/agreements/{id}/scan/confirm", Agreements, Body::Csrf, KEEPS),
    ("GET", "/api/v1/agreements", None, Body::ApiEmpty, KEEPS),
    ("GET", "/api/v1/agreements/{id}", Agreements, Body::ApiEmpty, KEEPS),
    ("PATCH", "/api/v1/agreements/{id}", Agreements, Body::ApiUnanswered, KEEPS),
    ("GET", "/api/v1/agreements/{id}/pdf", Agreements, Body::ApiEmpty, KEEPS),
    ("POST", "/api/v1/agreements/{id}/ready", Agreements, Body::ApiEmpty, KEEPS),
    ("POST", "/api/v1/agreements/{id}/sign", Agreements, Body::ApiEmpty, KEEPS),
    ("POST", "/api/v1/agreements/{id}/signed-copy", Agreements, Body::ApiAttachment, KEEPS),
    ("GET", "/api/v1/agreements/{id}/scan", Agreements, Body::ApiEmpty, KEEPS),
    ("POST", "/api/v1/agreements/{id}/scan", Agreements, Body::ApiAttachment, KEEPS),
    ("POST", "/api/v1/agreements/{id}/scan/confirm", Agreements, Body::ApiUnanswered, KEEPS),
    ("POST", "/api/v1/agreements/{id}/annexes", Agreements, Body::ApiUnanswered, KEEPS),
    ("POST", "/api/v1/agreements/{id}/payments", Agreements, Body::ApiUnanswered, KEEPS),
    ("POST", "/api/v1/agreements/{id}/terminate", Agreements, Body::ApiUnanswered, KEEPS),
    ("POST", "/api/v1/agreements/{id}/reporting", Agreements, Body::ApiEmpty, KEEPS),
    ("POST", "/api/v1/agreements/{id}/settle", Agreements, Body::ApiEmpty, KEEPS),
    ("GET", "/api/v1/agreements/{id}/settlement", Agreements, Body::ApiEmpty, KEEPS),
    ("POST", "/api/v1/agreements/{id}/returns", Agreements, Body::ApiUnanswered, KEEPS),
    ("POST", "/api/v1/agreements/{id}/misuse", Agreements, Body::ApiEmpty, KEEPS),
    // Reports: only guessed ids here too (tests/api/reports walks the real ones).
    ("GET", "/api/v1/agreements/{id}/reports", Agreements, Body::ApiEmpty, KEEPS),
    ("POST", "/api/v1/agreements/{id}/reports", Agreements, Body::ApiUnanswered, KEEPS),
    ("GET", "/api/v1/reports/{id}", Reports, Body::ApiEmpty, KEEPS),
    ("PATCH", "/api/v1/reports/{id}", Reports, Body::ApiUnanswered, KEEPS),
    ("POST", "/api/v1/reports/{id}/submit", Reports, Body::ApiEmpty, KEEPS),
    ("POST", "/api/v1/agreements/{id}/controls", Agreements, Body::ApiUnanswered, KEEPS),
    ("POST", "/api/v1/controls/{id}/done", Agreements, Body::ApiUnanswered, KEEPS),
    ("POST", "/agreements/{id}/reports", Agreements, Body::Csrf, KEEPS),
    ("GET", "/reports/{id}", Reports, Body::Get, KEEPS),
    ("GET", "/reports/{id}/edit", Reports, Body::Get, KEEPS),
    ("POST", "/reports/{id}/edit", Reports, Body::Csrf, KEEPS),
    ("POST", "/reports/{id}/autosave", Reports, Body::Csrf, KEEPS),
    ("POST", "/reports/{id}/submit", Reports, Body::Csrf, KEEPS),
    ("GET", "/clerk/reports", None, Body::Get, KEEPS),
    ("GET", "/clerk/reports/{id}", Reports, Body::Get, KEEPS),
    ("POST", "/clerk/reports/{id}/review", Reports, Body::Csrf, KEEPS),
    ("POST", "/clerk/agreements/{id}/partial-calls", Agreements, Body::Csrf, KEEPS),
    ("POST", "/clerk/agreements/{id}/written-call", Agreements, Body::Csrf, KEEPS),
    ("POST", "/api/v1/reports/{id}/review", Reports, Body::ApiUnanswered, KEEPS),
    ("POST", "/api/v1/agreements/{id}/partial-calls", Agreements, Body::ApiUnanswered, KEEPS),
    ("POST", "/api/v1/agreements/{id}/written-call", Agreements, Body::ApiEmpty, KEEPS),
    // The settlement and the report as PDFs (settlement-pdf).
    ("GET", "/agreements/{id}/settlement.pdf", Agreements, Body::Get, KEEPS),
    ("GET", "/reports/{id}/report.pdf", Reports, Body::Get, KEEPS),
    ("GET", "/api/v1/agreements/{id}/settlement.pdf", Agreements, Body::ApiEmpty, KEEPS),
    ("GET", "/api/v1/reports/{id}/pdf", Reports, Body::ApiEmpty, KEEPS),
    // Calendar feeds (issue 15). Making an address again only replaces the organisation's or
    // the clerk's own: nothing another row walks depends on it.
    ("GET", "/calendar/{feed}", CalendarLinks, Body::Get, KEEPS),
    ("GET", "/organisations/{id}/calendar", Organisations, Body::Get, KEEPS),
    ("POST", "/organisations/{id}/calendar", Organisations, Body::Csrf, KEEPS),
    ("GET", "/clerk/calendar", None, Body::Get, KEEPS),
    ("POST", "/clerk/calendar", None, Body::Csrf, KEEPS),
    ("GET", "/api/v1/organisations/{id}/calendar-feed", Organisations, Body::ApiEmpty, KEEPS),
    ("POST", "/api/v1/organisations/{id}/calendar-feed", Organisations, Body::ApiEmpty, KEEPS),
    ("GET", "/api/v1/clerk/calendar-feed", None, Body::ApiEmpty, KEEPS),
    ("POST", "/api/v1/clerk/calendar-feed", None, Body::ApiEmpty, KEEPS),
];

/// The recipe for a row of the access table.
pub fn recipe(route: &Route) -> Option<Recipe> {
    RECIPES
        .iter()
        .find(|(method, path, ..)| *method == route.method && *path == route.path)
        .map(|(_, _, objects, body, destructive)| Recipe {
            objects: *objects,
            body: *body,
            destructive: *destructive,
        })
}
