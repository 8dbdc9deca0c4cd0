//! Server-rendered pages. Sessions live in an HttpOnly, SameSite=Lax cookie (Secure behind
//! https) holding the same session token the API accepts as a bearer; every form carries a CSRF
//! token. Pages call the same store use cases as the JSON API.
//!
//! # One shape for every page
//!
//! A handler extracts who is asking (`SignedIn`, `Staff(signed)`, `NgoMember(signed)`,
//! `Admin(signed)` from `guard`), checks a form's token (`form::check_csrf`), calls one store use
//! case with `?`, builds its page struct (declared at module level) and returns
//! `render(status, "template.html", &signed.frame, &page)`: a `Result<Response, PageError>`.
//! `PageError` (in `respond`) renders the translated 404, 403, 500 and 503 pages and redirects to
//! the login page; `From<StoreError>` makes `?` do the right thing.
//!
//! Shared modules (`guard`, `respond`, `form`, `layout`, `session`, `texts`, `views`) import no
//! feature module, and no feature module imports another: a test below keeps it so.

mod form;
mod guard;
mod layout;
mod respond;
mod session;
pub mod texts;
mod views;

mod accounts;
mod admin;
mod agreement_settings;
mod agreements;
mod api_docs;
mod attachments;
mod calendar;
mod calls;
mod committee;
mod dashboard;
mod documents;
mod editor;
mod evaluations;
mod exports;
mod invitations;
mod links;
mod login;
mod login_code;
mod members;
mod missing;
mod organisations;
mod people;
mod public;
mod ranking;
mod reports;
mod results;
mod settlement;
mod settlement_settings;
mod submissions;

use crate::routing::Routes;
use crate::upload::upload_body_limit;
use crate::AppState;
use axum::extract::DefaultBodyLimit;
use axum::handler::Handler;
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};

pub use layout::Frame;
pub use session::{remember_language_choice, Cookies, PageLanguage};

/// What answers a path no route knows: the 404 page for a browser, problem+json for the API.
pub fn with_unknown_paths(router: axum::Router<AppState>) -> axum::Router<AppState> {
    let rendered = axum::middleware::from_fn(respond::render_errors);
    router.fallback(missing::unknown_path.layer(rendered))
}

/// Every page, each mounted through [`Routes`] so the access table's test sees it.
/// Upload routes take `max_attachment_bytes` and the multipart framing around it, no more.
pub fn router(max_attachment_bytes: usize) -> Routes {
    let upload_limit = DefaultBodyLimit::max(upload_body_limit(max_attachment_bytes));
    Routes::default()
        .route("/", get(public::home))
        .route("/api/docs", get(api_docs::api_docs))
        .route("/login", get(login::show_login).post(login::submit_login))
        .route(
            "/login/code",
            get(login_code::show_code).post(login_code::submit_code),
        )
        .route("/{tenant}/login", get(login::show_town_login))
        .route("/logout", post(login::submit_logout))
        .route("/account", get(accounts::account_page))
        .route("/account/language", post(accounts::set_language))
        .route(
            "/account/logout-everywhere",
            post(accounts::log_out_everywhere),
        )
        .route(
            "/account/two-factor/start",
            post(accounts::start_two_factor),
        )
        .route(
            "/account/two-factor/confirm",
            post(accounts::confirm_two_factor),
        )
        .route(
            "/account/two-factor/disable",
            post(accounts::disable_two_factor),
        )
        .route(
            "/account/two-factor/recovery-codes",
            post(accounts::regenerate_recovery_codes),
        )
        .route("/admin/notifications", get(admin::notifications_page))
        .route("/clerk/agreements", get(agreements::clerk_agreements))
        .route("/clerk/agreements/{id}", get(agreements::clerk_agreement))
        .route("/clerk/awards/{id}/agreement", post(agreements::draw_up))
        .route("/clerk/agreements/{id}/terms", post(agreements::edit_terms))
        .route("/clerk/agreements/{id}/ready", post(agreements::mark_ready))
        .route("/clerk/agreements/{id}/sign", post(agreements::sign))
        .route(
            "/clerk/agreements/{id}/payments",
            post(agreements::record_payment),
        )
        .route("/clerk/agreements/{id}/annexes", post(agreements::annex))
        .route(
            "/clerk/agreements/{id}/terminate",
            post(agreements::terminate),
        )
        .route(
            "/clerk/agreements/{id}/controls",
            post(agreements::record_control),
        )
        .route(
            "/clerk/agreements/{id}/controls/done",
            post(agreements::recommendations_done),
        )
        .route("/agreements", get(agreements::ngo_agreements))
        .route("/agreements/{id}", get(agreements::ngo_agreement))
        .route("/agreements/{id}/pdf", get(agreements::agreement_pdf))
        .route("/agreements/{id}/reports", post(reports::start))
        .route("/reports/{id}", get(reports::read))
        .route("/reports/{id}/edit", get(reports::edit).post(reports::save))
        .route("/reports/{id}/autosave", post(reports::autosave))
        .route("/reports/{id}/submit", post(reports::submit))
        .route("/clerk/reports", get(reports::town_reports))
        .route("/clerk/reports/{id}", get(reports::review_screen))
        .route("/clerk/reports/{id}/review", post(reports::review_report))
        .route(
            "/clerk/agreements/{id}/partial-calls",
            post(agreements::call_partial),
        )
        .route(
            "/clerk/agreements/{id}/written-call",
            post(agreements::written_call),
        )
        .route(
            "/admin/agreement-settings",
            get(agreement_settings::agreement_settings_page)
                .post(agreement_settings::save_agreement_settings),
        )
        .route(
            "/admin/settlement-settings",
            get(settlement_settings::settlement_settings_page)
                .post(settlement_settings::save_settlement_settings),
        )
        .route(
            "/clerk/agreements/{id}/settlement",
            get(settlement::clerk_settlement),
        )
        .route(
            "/clerk/agreements/{id}/returns",
            post(settlement::record_return_payment),
        )
        .route(
            "/clerk/agreements/{id}/misuse",
            post(settlement::record_misuse),
        )
        .route(
            "/agreements/{id}/settlement",
            get(settlement::ngo_settlement),
        )
        .route(
            "/agreements/{id}/settlement.pdf",
            get(documents::settlement_pdf_page),
        )
        .route("/reports/{id}/report.pdf", get(documents::report_pdf_page))
        .route(
            "/admin/people",
            get(people::people_page).post(people::find_person),
        )
        .route("/admin/people/export", post(people::export_person))
        .route("/admin/people/erase", post(people::erase_person))
        .route("/confirm-email", get(accounts::confirm_email))
        .route(
            "/password-reset/{token}",
            get(accounts::new_password).post(accounts::submit_new_password),
        )
        .route(
            "/{tenant}/register",
            get(accounts::register_page).post(accounts::submit_register),
        )
        .route(
            "/{tenant}/password-reset",
            get(accounts::reset_request).post(accounts::submit_reset_request),
        )
        .route(
            "/clerk/calls/new",
            get(calls::new_call).post(calls::create_call),
        )
        .route(
            "/clerk/calls/{id}/edit",
            get(calls::edit_call).post(calls::update_call),
        )
        .route("/clerk/calls/{id}/publish", post(calls::publish_call))
        .route(
            "/clerk/calls/{id}/publication",
            get(calls::publication_page).post(calls::record_publication),
        )
        .route("/clerk/calls/{id}/results", get(results::results_page))
        .route(
            "/clerk/calls/{id}/results/decision",
            post(results::record_decision),
        )
        .route(
            "/clerk/calls/{id}/results/publish",
            post(results::publish_results),
        )
        .route(
            "/clerk/calls/{id}/results/channels",
            post(results::record_channels),
        )
        .route(
            "/clerk/calls/{id}/results/cancel",
            post(results::cancel_call),
        )
        .route(
            "/clerk/applications/{id}/update/accept",
            post(results::accept_update),
        )
        .route(
            "/clerk/applications/{id}/update/return",
            post(results::return_update),
        )
        .route(
            "/clerk/calls/{id}/justifications",
            get(results::justifications_page),
        )
        .route(
            "/clerk/justifications/{id}/answer",
            post(results::answer_request),
        )
        .route(
            "/{tenant}/calls/{id}/justification",
            get(results::justification_form).post(results::submit_justification),
        )
        .route(
            "/applications/{id}/update/submit",
            post(results::submit_update),
        )
        .route(
            "/applications/{id}/update/withdraw",
            post(results::withdraw_update),
        )
        .route("/clerk/calls", get(calls::calls_page))
        .route(
            "/clerk/calls/{id}/applications",
            get(submissions::applications_page),
        )
        .route(
            "/clerk/applications/{id}",
            get(submissions::application_page).post(submissions::submit_check),
        )
        .route(
            "/clerk/applications/{id}/history",
            get(submissions::history_page),
        )
        .route("/clerk/calls/{id}/history", get(calls::call_history_page))
        .route(
            "/clerk/calls/{id}/ranking",
            get(ranking::ranking_page).post(ranking::save_awards),
        )
        .route(
            "/clerk/calls/{id}/protocol.pdf",
            get(documents::protocol_pdf_page),
        )
        .route(
            "/clerk/calls/{id}/ranking/divergences",
            post(ranking::resolve),
        )
        .route(
            "/clerk/calls/{id}/ranking.csv",
            get(ranking::ranking_csv_page),
        )
        .route(
            "/clerk/calls/{id}/ranking.xlsx",
            get(ranking::ranking_xlsx_page),
        )
        .route(
            "/clerk/calls/{id}/applications.csv",
            get(exports::submissions_csv),
        )
        .route(
            "/clerk/calls/{id}/applications.xlsx",
            get(exports::submissions_xlsx),
        )
        .route("/clerk/agreements.csv", get(exports::agreements_csv))
        .route("/clerk/agreements.xlsx", get(exports::agreements_xlsx))
        .route("/clerk/payments.csv", get(exports::payments_csv))
        .route("/clerk/payments.xlsx", get(exports::payments_xlsx))
        .route("/clerk/settlements.csv", get(exports::settlements_csv))
        .route("/clerk/settlements.xlsx", get(exports::settlements_xlsx))
        .route(
            "/clerk/organisations/{id}/history",
            get(organisations::organisation_history_page),
        )
        .route(
            "/applications/{id}/edit",
            get(editor::edit).post(editor::save),
        )
        .route("/applications/{id}/review", get(editor::review))
        .route("/applications/{id}", get(links::open_application))
        .route("/calls/{id}/start", post(editor::start))
        .route("/applications/{id}/autosave", post(editor::autosave))
        .route(
            "/applications/{id}/upload",
            post(editor::upload).layer(upload_limit),
        )
        .route(
            "/applications/{id}/attachments/{attachment_id}",
            get(attachments::download_attachment),
        )
        .route(
            "/applications/{id}/attachments/{attachment_id}/replace",
            post(editor::replace).layer(upload_limit),
        )
        .route(
            "/applications/{id}/attachments/{attachment_id}/remove",
            post(editor::remove),
        )
        .route("/applications/{id}/submit", post(editor::submit))
        .route("/applications/{id}/receipt", get(editor::receipt))
        .route(
            "/applications/{id}/offer.pdf",
            get(documents::offer_pdf_page),
        )
        .route(
            "/applications/{id}/withdraw",
            get(editor::confirm_withdrawal).post(editor::withdraw),
        )
        .route(
            "/applications/{id}/delete",
            get(editor::confirm_deletion).post(editor::delete),
        )
        .route("/dashboard", get(dashboard::dashboard))
        .route(
            "/organisations/new",
            get(organisations::new_organisation).post(organisations::create_organisation),
        )
        .route(
            "/organisations/{id}/edit",
            get(organisations::edit_organisation).post(organisations::update_organisation),
        )
        .route(
            "/organisations/{id}/members",
            get(members::show_members).post(members::invite_member),
        )
        .route(
            "/organisations/{id}/invitations/{invitation}/revoke",
            post(members::revoke_invitation),
        )
        .route(
            "/clerk/calls/{id}/documents",
            get(calls::show_documents)
                .post(calls::upload_document)
                .layer(upload_limit),
        )
        .route(
            "/agreements/{id}/signed-copy",
            post(agreements::upload_signed_copy).layer(upload_limit),
        )
        .route(
            "/agreements/{id}/scan",
            get(agreements::download_scan)
                .post(agreements::upload_scan)
                .layer(upload_limit),
        )
        .route(
            "/clerk/agreements/{id}/scan/confirm",
            post(agreements::confirm_uploaded_scan),
        )
        .route(
            "/clerk/calls/{id}/committee",
            get(committee::show_committee).post(committee::appoint),
        )
        .route(
            "/clerk/calls/{id}/committee/{member}/remove",
            post(committee::remove),
        )
        .route(
            "/clerk/calls/{id}/committee/{member}/scores",
            post(committee::switch_scores),
        )
        .route(
            "/clerk/calls/{id}/evaluation-settings",
            post(committee::save_settings),
        )
        .route("/clerk/calls/{id}/assignments", post(committee::assign))
        .route(
            "/clerk/calls/{id}/assignments/reassign",
            post(committee::reassign),
        )
        .route(
            "/evaluations/calls/{id}/declaration",
            get(committee::show_declaration).post(committee::sign_declaration),
        )
        .route(
            "/clerk/calls/{id}/documents/{document}/delete",
            post(calls::remove_document),
        )
        .route(
            "/{tenant}/calls/{id}/documents/{document}",
            get(public::download_document),
        )
        .route(
            "/organisations/{id}/members/{user_id}/remove",
            post(members::remove_member),
        )
        .route(
            "/invitations/{token}",
            get(invitations::show_invitation).post(invitations::accept_invitation),
        )
        .route("/evaluations", get(evaluations::evaluations_page))
        .route(
            "/evaluations/applications/{id}",
            get(evaluations::scoring_page).post(evaluations::save_card),
        )
        .route(
            "/evaluations/applications/{id}/autosave",
            post(evaluations::autosave_card),
        )
        .route(
            "/evaluations/applications/{id}/attachments/{attachment_id}",
            get(evaluations::download_member_attachment),
        )
        .route(
            "/evaluations/applications/{id}/offer.pdf",
            get(documents::member_offer_pdf_page),
        )
        .route(
            "/clerk/calls/{id}/scoring",
            get(evaluations::scoring_progress_page),
        )
        .route(
            "/clerk/applications/{id}/scorecards",
            get(evaluations::member_cards_page),
        )
        .route(
            "/clerk/applications/{id}/scorecards/reopen",
            post(evaluations::reopen_card),
        )
        .route(
            "/organisations/{id}/calendar",
            get(calendar::organisation_calendar).post(calendar::issue_organisation_calendar),
        )
        .route(
            "/clerk/calendar",
            get(calendar::clerk_calendar).post(calendar::issue_clerk_calendar),
        )
        .route("/static/granty.css", get(stylesheet))
        .route("/static/editor.js", get(editor_script))
        .route("/static/call.js", get(call_script))
        .route("/static/scoring.js", get(scoring_script))
        .route("/static/report.js", get(report_script))
        .route("/static/exports.js", get(exports_script))
        .route("/favicon.ico", get(|| async { StatusCode::NO_CONTENT }))
        .route("/{tenant}", get(public::list_calls_page))
        .route("/{tenant}/calls/{id}", get(public::call_page))
        .route(
            "/{tenant}/open-data/grants.csv",
            get(exports::open_grants_csv),
        )
        .route(
            "/{tenant}/open-data/grants.json",
            get(exports::open_grants_json),
        )
        .wrap(|pages| pages.layer(axum::middleware::from_fn(respond::render_errors)))
}

async fn stylesheet() -> Response {
    static_file(
        include_str!("../../static/granty.css"),
        "text/css; charset=utf-8",
    )
}

// Scripts are files, never inline, so the Content-Security-Policy can forbid inline script.
async fn editor_script() -> Response {
    let script = include_str!("../../static/editor.js");
    static_file(script, "text/javascript; charset=utf-8")
}

async fn call_script() -> Response {
    static_file(
        include_str!("../../static/call.js"),
        "text/javascript; charset=utf-8",
    )
}

async fn report_script() -> Response {
    static_file(
        include_str!("../../static/report.js"),
        "text/javascript; charset=utf-8",
    )
}

async fn exports_script() -> Response {
    static_file(
        include_str!("../../static/exports.js"),
        "text/javascript; charset=utf-8",
    )
}

async fn scoring_script() -> Response {
    static_file(
        include_str!("../../static/scoring.js"),
        "text/javascript; charset=utf-8",
    )
}

fn static_file(body: &'static str, content_type: &'static str) -> Response {
    let mut response = body.into_response();
    response
        .headers_mut()
        .insert(header::CONTENT_TYPE, HeaderValue::from_static(content_type));
    response.headers_mut().insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static("public, max-age=3600"),
    );
    response
}

#[cfg(test)]
mod tests;
