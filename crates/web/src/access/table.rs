//! The table: every route the router mounts, in the order it mounts them (health checks, pages,
//! JSON API). A route added to the router without a row here fails `access::tests`.

use super::Access::{self, *};
use super::{Route, ADMIN, ANY_ROLE, NGO, NGO_AND_STAFF, STAFF};

const fn row(
    method: &'static str,
    path: &'static str,
    access: Access,
    purpose: &'static str,
) -> Route {
    Route {
        method,
        path,
        access,
        purpose,
    }
}

const GET: &str = "GET";
const POST: &str = "POST";
const PATCH: &str = "PATCH";
const PUT: &str = "PUT";
const DELETE: &str = "DELETE";
const STAFF_CALL: Access = Call(STAFF);

#[rustfmt::skip]
pub const ROUTES: &[Route] = &[
    // Health checks.
    row(GET, "/health/live", Public, "liveness probe"),
    row(GET, "/health/ready", Public, "readiness probe (the database answers)"),
    // Pages: signing in, accounts, links.
    row(GET, "/", SignedIn, "start page: each role to its work"),
    row(GET, "/login", Public, "login form"),
    row(POST, "/login", Public, "log in"),
    row(GET, "/login/code", Public, "two-factor code form (after the password)"),
    row(POST, "/login/code", Public, "log in with the two-factor code"),
    row(POST, "/logout", SignedIn, "log out"),
    row(GET, "/account", SignedIn, "the signed-in person's account"),
    row(POST, "/account/logout-everywhere", SignedIn, "end every session of the account"),
    row(POST, "/account/two-factor/start", Roles(STAFF), "start two-factor enrolment (new secret)"),
    row(POST, "/account/two-factor/confirm", Roles(STAFF), "turn two-factor login on with a code"),
    row(POST, "/account/two-factor/disable", Roles(STAFF), "turn two-factor login off with a code"),
    row(GET, "/admin/notifications", Roles(ADMIN), "notification log"),
    row(GET, "/admin/people", Roles(ADMIN), "find a person of the town (personal data)"),
    row(POST, "/admin/people", Roles(ADMIN), "find a person of the town by email"),
    row(POST, "/admin/people/export", Roles(ADMIN), "download a person's data as JSON (own town)"),
    row(POST, "/admin/people/erase", Roles(ADMIN), "erase a person's details, after a confirmation (own town)"),
    row(GET, "/confirm-email", Link, "confirm an account's email"),
    row(GET, "/password-reset/{token}", Link, "new password form"),
    row(POST, "/password-reset/{token}", Link, "set a new password"),
    row(GET, "/{tenant}/register", Public, "sign-up form"),
    row(POST, "/{tenant}/register", Public, "sign up"),
    row(GET, "/{tenant}/password-reset", Public, "password reset request form"),
    row(POST, "/{tenant}/password-reset", Public, "request a password reset email"),
    // Pages: the clerk's calls and formal checks.
    row(GET, "/clerk/calls/new", Roles(STAFF), "new call form"),
    row(POST, "/clerk/calls/new", Roles(STAFF), "create a call"),
    row(GET, "/clerk/calls/{id}/edit", STAFF_CALL, "edit a draft call"),
    row(POST, "/clerk/calls/{id}/edit", STAFF_CALL, "save a draft call"),
    row(POST, "/clerk/calls/{id}/publish", STAFF_CALL, "publish a call"),
    row(GET, "/clerk/calls/{id}/publication", STAFF_CALL, "the days the announcement appeared"),
    row(POST, "/clerk/calls/{id}/publication", STAFF_CALL, "record the publication days"),
    row(GET, "/clerk/calls", Roles(STAFF), "the town's calls"),
    row(GET, "/clerk/calls/{id}/applications", STAFF_CALL, "a call's submitted offers"),
    row(GET, "/clerk/applications/{id}", OfferCheck, "formal check form with the offer"),
    row(POST, "/clerk/applications/{id}", OfferCheck, "record a formal check"),
    row(GET, "/clerk/applications/{id}/history", OfferCheck, "a submitted offer's audit trail"),
    row(GET, "/clerk/calls/{id}/history", STAFF_CALL, "a call's audit trail"),
    row(GET, "/clerk/organisations/{id}/history", OrganisationTrail, "an organisation's audit trail"),
    // Pages: the offer editor.
    row(GET, "/applications/{id}/edit", OfferRead, "offer editor (readers go to review or receipt)"),
    row(POST, "/applications/{id}/edit", OfferAct, "save the offer"),
    row(GET, "/applications/{id}/review", OfferRead, "review before submitting"),
    row(POST, "/calls/{id}/start", Call(NGO), "start an offer in an open call"),
    row(POST, "/applications/{id}/autosave", OfferAct, "autosave while typing"),
    row(POST, "/applications/{id}/upload", OfferAct, "attach a file"),
    row(POST, "/applications/{id}/submit", OfferAct, "submit the offer"),
    row(GET, "/applications/{id}/receipt", OfferRead, "receipt and the offer as filed"),
    // Pages: organisations and their members.
    row(GET, "/dashboard", Roles(NGO), "an NGO member's offers and calls"),
    row(GET, "/organisations/new", Roles(NGO), "new organisation form"),
    row(POST, "/organisations/new", Roles(NGO), "register an organisation"),
    row(GET, "/organisations/{id}/edit", OrganisationEdit, "organisation profile form"),
    row(POST, "/organisations/{id}/edit", OrganisationEdit, "save the organisation profile"),
    row(GET, "/organisations/{id}/members", Membership, "members and pending invitations"),
    row(POST, "/organisations/{id}/members", Membership, "invite a member"),
    row(POST, "/organisations/{id}/invitations/{invitation}/revoke", Membership, "cancel an invitation"),
    // Pages: a call's documents.
    row(GET, "/clerk/calls/{id}/documents", STAFF_CALL, "a call's documents"),
    row(POST, "/clerk/calls/{id}/documents", STAFF_CALL, "add a document to a call"),
    row(POST, "/clerk/calls/{id}/documents/{document}/delete", STAFF_CALL, "remove a call's document"),
    row(GET, "/{tenant}/calls/{id}/documents/{document}", Public, "download a published call's document"),
    row(POST, "/organisations/{id}/members/{user_id}/remove", Membership, "remove a member, or leave"),
    row(GET, "/invitations/{token}", Link, "an invitation"),
    row(POST, "/invitations/{token}", Link, "accept an invitation"),
    // Pages: static files and the public pages of a town.
    row(GET, "/static/granty.css", Public, "stylesheet"),
    row(GET, "/static/editor.js", Public, "the editor's autosave and sums"),
    row(GET, "/static/call.js", Public, "a call's deadline countdown"),
    row(GET, "/favicon.ico", Public, "no icon"),
    row(GET, "/{tenant}", Public, "a town's calls"),
    row(GET, "/{tenant}/calls/{id}", Public, "a published call's terms and documents"),
    // JSON API.
    row(POST, "/api/v1/sessions", Public, "log in (a bearer token)"),
    row(DELETE, "/api/v1/sessions", SignedIn, "log out"),
    row(DELETE, "/api/v1/sessions/all", SignedIn, "log out everywhere (every session of the caller)"),
    row(GET, "/api/v1/public/{tenant}/calls", Public, "a town's published calls"),
    row(GET, "/api/v1/calls", SignedIn, "calls (drafts for the staff only)"),
    row(POST, "/api/v1/calls", Roles(STAFF), "create a call (or a clone)"),
    row(GET, "/api/v1/calls/{id}", Call(ANY_ROLE), "a call"),
    row(PATCH, "/api/v1/calls/{id}", STAFF_CALL, "edit a draft call"),
    row(POST, "/api/v1/calls/{id}/publish", STAFF_CALL, "publish a call"),
    row(POST, "/api/v1/calls/{id}/publication", STAFF_CALL, "record the publication days"),
    row(POST, "/api/v1/calls/{id}/cancel", STAFF_CALL, "cancel a call"),
    row(GET, "/api/v1/calls/{id}/history", STAFF_CALL, "a call's audit trail"),
    row(GET, "/api/v1/calls/{id}/applications", Call(NGO_AND_STAFF), "a call's offers (the staff: submitted; NGO members: their own)"),
    row(POST, "/api/v1/calls/{id}/applications", Call(NGO), "start an offer"),
    row(GET, "/api/v1/applications/{id}", OfferRead, "an offer"),
    row(PATCH, "/api/v1/applications/{id}", OfferAct, "save a draft offer"),
    row(POST, "/api/v1/applications/{id}/submit", OfferAct, "submit an offer"),
    row(POST, "/api/v1/applications/{id}/withdraw", OfferAct, "withdraw an offer"),
    row(GET, "/api/v1/applications/{id}/history", OfferCheck, "a submitted offer's audit trail"),
    row(POST, "/api/v1/applications/{id}/formal-check", OfferCheck, "record a formal check"),
    row(POST, "/api/v1/applications/{id}/attachments", OfferAct, "attach a file"),
    row(GET, "/api/v1/applications/{id}/attachments/{attachment_id}", OfferRead, "download an attachment"),
    row(DELETE, "/api/v1/applications/{id}/attachments/{attachment_id}", OfferAct, "remove an attachment"),
    row(GET, "/api/v1/admin/notifications", Roles(ADMIN), "notification log"),
    row(GET, "/api/v1/admin/rules", Roles(ADMIN), "the town's rule settings"),
    row(PUT, "/api/v1/admin/rules", Roles(ADMIN), "change the town's rule settings"),
    row(GET, "/api/v1/admin/reminder-settings", Roles(ADMIN), "reminder settings"),
    row(PUT, "/api/v1/admin/reminder-settings", Roles(ADMIN), "change reminder settings"),
    row(GET, "/api/v1/organisations/mine", SignedIn, "the caller's organisations"),
    row(POST, "/api/v1/organisations", Roles(NGO), "register an organisation"),
    row(GET, "/api/v1/organisations/{id}", OrganisationRead, "an organisation's profile"),
    row(PATCH, "/api/v1/organisations/{id}", OrganisationEdit, "change the profile"),
];
