//! Routes, one module per resource.

mod admin;
mod agreement_scans;
mod agreement_settings;
pub mod agreements;
mod applications;
mod attachments;
mod award_rules;
pub mod calendar_feeds;
mod calls;
mod committee;
mod declaration;
pub mod documents;
mod exports;
pub mod health;
mod history;
mod organisations;
mod ranking;
mod reports;
mod results;
mod scorecards;
mod sessions;
mod settlement;
mod settlement_settings;

use crate::routing::Routes;
use crate::upload::upload_body_limit;
use axum::extract::DefaultBodyLimit;
use axum::routing::{delete, get, patch, post, put};

/// Each module's part of the OpenAPI document, for `crate::openapi` to merge.
pub fn documented() -> Vec<utoipa::openapi::OpenApi> {
    use utoipa::OpenApi;
    vec![
        admin::Doc::openapi(),
        agreement_scans::Doc::openapi(),
        agreement_settings::Doc::openapi(),
        agreements::Doc::openapi(),
        applications::Doc::openapi(),
        attachments::Doc::openapi(),
        award_rules::Doc::openapi(),
        calendar_feeds::Doc::openapi(),
        calls::Doc::openapi(),
        committee::Doc::openapi(),
        declaration::Doc::openapi(),
        documents::Doc::openapi(),
        exports::Doc::openapi(),
        history::Doc::openapi(),
        organisations::Doc::openapi(),
        ranking::Doc::openapi(),
        reports::Doc::openapi(),
        results::Doc::openapi(),
        scorecards::Doc::openapi(),
        sessions::Doc::openapi(),
        settlement::Doc::openapi(),
        settlement_settings::Doc::openapi(),
    ]
}

/// The JSON API (mounted under `/api/v1`), each route through [`Routes`] so the access table's
/// test sees it.
pub fn api(max_attachment_bytes: usize) -> Routes {
    let upload_limit = DefaultBodyLimit::max(upload_body_limit(max_attachment_bytes));
    Routes::default()
        .route(
            "/sessions",
            post(sessions::create_session).delete(sessions::delete_session),
        )
        .route("/sessions/all", delete(sessions::delete_all_sessions))
        .route("/public/{tenant}/calls", get(calls::list_public_calls))
        .route("/calls", get(calls::list_calls).post(calls::create_call))
        .route(
            "/calls/{id}",
            get(calls::get_call).patch(calls::update_call),
        )
        .route("/calls/{id}/publish", post(calls::publish_call))
        .route("/calls/{id}/publication", post(calls::record_publication))
        .route("/calls/{id}/cancel", post(calls::cancel_call))
        .route("/calls/{id}/history", get(history::call_history))
        .route("/calls/{id}/ranking", get(ranking::get_ranking))
        .route("/calls/{id}/ranking.csv", get(ranking::ranking_csv_file))
        .route("/calls/{id}/ranking.xlsx", get(ranking::ranking_xlsx_file))
        .route("/calls/{id}/protocol.pdf", get(documents::protocol_pdf))
        .route(
            "/agreements/{id}/settlement.pdf",
            get(documents::settlement_pdf),
        )
        .route("/reports/{id}/pdf", get(documents::report_pdf))
        .route("/calls/{id}/awards", post(ranking::create_awards))
        .route(
            "/calls/{id}/divergences",
            post(ranking::resolve_call_divergence),
        )
        .route(
            "/calls/{id}/committee",
            get(committee::get_committee).post(committee::appoint_member),
        )
        .route(
            "/calls/{id}/committee/{member}",
            patch(committee::set_member_scores),
        )
        .route(
            "/calls/{id}/committee/{member}/remove",
            post(committee::remove_member),
        )
        .route(
            "/calls/{id}/evaluation-settings",
            put(committee::put_settings),
        )
        .route(
            "/calls/{id}/declaration",
            get(declaration::get_declaration).post(declaration::sign_declaration),
        )
        .route("/calls/{id}/assignments", post(committee::assign_offers))
        .route(
            "/calls/{id}/assignments/reassign",
            post(committee::reassign_offer),
        )
        .route(
            "/calls/{id}/applications",
            get(applications::list_applications).post(applications::create_application),
        )
        .route(
            "/applications/{id}",
            get(applications::get_application).patch(applications::update_application),
        )
        .route(
            "/applications/{id}/submit",
            post(applications::submit_application),
        )
        .route(
            "/applications/{id}/withdraw",
            post(applications::withdraw_application),
        )
        .route("/applications/{id}/pdf", get(documents::offer_pdf))
        .route(
            "/applications/{id}/history",
            get(history::application_history),
        )
        .route(
            "/applications/{id}/formal-check",
            post(applications::check_application),
        )
        .route(
            "/applications/{id}/attachments",
            get(attachments::list_attachments)
                .post(attachments::upload_attachment)
                .layer(upload_limit),
        )
        .route(
            "/applications/{id}/attachments/{attachment_id}/versions",
            post(attachments::replace_attachment).layer(upload_limit),
        )
        .route(
            "/applications/{id}/attachments/{attachment_id}",
            get(attachments::download_attachment).delete(attachments::delete_attachment),
        )
        .route("/calls/{id}/scoring", get(scorecards::get_call_scoring))
        .route("/evaluations", get(scorecards::list_evaluations))
        .route(
            "/applications/{id}/scorecard",
            get(scorecards::get_scorecard).put(scorecards::save_scorecard),
        )
        .route(
            "/applications/{id}/scorecard/submit",
            post(scorecards::submit_scorecard),
        )
        .route(
            "/applications/{id}/scorecard/reopen",
            post(scorecards::reopen_scorecard),
        )
        .route(
            "/applications/{id}/scorecards",
            get(scorecards::list_scorecards),
        )
        .route("/admin/notifications", get(admin::list_notifications))
        .route(
            "/admin/rules",
            get(admin::get_tenant_rules).put(admin::update_tenant_rules),
        )
        .route(
            "/admin/award-rules",
            get(award_rules::get_award_rules).put(award_rules::update_award_rules),
        )
        .route(
            "/admin/agreement-settings",
            get(agreement_settings::get_agreement_settings)
                .put(agreement_settings::update_agreement_settings),
        )
        .route(
            "/admin/settlement-settings",
            get(settlement_settings::get_settlement_settings)
                .put(settlement_settings::update_settlement_settings),
        )
        .route(
            "/admin/reminder-settings",
            get(admin::get_reminder_settings).put(admin::update_reminder_settings),
        )
        .route(
            "/organisations/mine",
            get(organisations::list_my_organisations),
        )
        .route("/organisations", post(organisations::create_organisation))
        .route(
            "/organisations/{id}",
            get(organisations::get_organisation).patch(organisations::update_organisation),
        )
        .merge(results::api())
        .merge(agreements::api(upload_limit))
        .merge(agreement_scans::api(upload_limit))
        .merge(settlement::api())
        .merge(reports::api())
        .merge(exports::api())
        .merge(calendar_feeds::api())
}
