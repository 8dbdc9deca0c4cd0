//! What every page shares: the frame the layout template needs (language, words, who is signed
//! in, the form token), the compiled templates, and `render`, which turns a page struct into
//! HTML.

use super::respond::PageError;
use super::texts;
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{Html, IntoResponse, Response};
use granty_domain::Language;
use minijinja::Environment;
use serde::Serialize;
use std::collections::BTreeMap;
use std::sync::OnceLock;

/// The templates, compiled into the binary: (name, source).
const TEMPLATES: &[(&str, &str)] = &[
    ("layout.html", include_str!("../../templates/layout.html")),
    (
        "offer_result.html",
        include_str!("../../templates/offer_result.html"),
    ),
    (
        "call_results.html",
        include_str!("../../templates/call_results.html"),
    ),
    (
        "clerk_results.html",
        include_str!("../../templates/clerk_results.html"),
    ),
    (
        "clerk_justifications.html",
        include_str!("../../templates/clerk_justifications.html"),
    ),
    (
        "justification_form.html",
        include_str!("../../templates/justification_form.html"),
    ),
    ("login.html", include_str!("../../templates/login.html")),
    ("account.html", include_str!("../../templates/account.html")),
    (
        "admin_people.html",
        include_str!("../../templates/admin_people.html"),
    ),
    (
        "account_two_factor.html",
        include_str!("../../templates/account_two_factor.html"),
    ),
    (
        "account_recovery_codes.html",
        include_str!("../../templates/account_recovery_codes.html"),
    ),
    (
        "login_code.html",
        include_str!("../../templates/login_code.html"),
    ),
    (
        "account_language.html",
        include_str!("../../templates/account_language.html"),
    ),
    ("towns.html", include_str!("../../templates/towns.html")),
    (
        "api_docs.html",
        include_str!("../../templates/api_docs.html"),
    ),
    (
        "notifications.html",
        include_str!("../../templates/notifications.html"),
    ),
    (
        "agreement.html",
        include_str!("../../templates/agreement.html"),
    ),
    (
        "agreements.html",
        include_str!("../../templates/agreements.html"),
    ),
    (
        "report_editor.html",
        include_str!("../../templates/report_editor.html"),
    ),
    ("report.html", include_str!("../../templates/report.html")),
    (
        "agreement_settings.html",
        include_str!("../../templates/agreement_settings.html"),
    ),
    (
        "settlement_settings.html",
        include_str!("../../templates/settlement_settings.html"),
    ),
    (
        "report_sections.html",
        include_str!("../../templates/report_sections.html"),
    ),
    (
        "clerk_report.html",
        include_str!("../../templates/clerk_report.html"),
    ),
    (
        "clerk_reports.html",
        include_str!("../../templates/clerk_reports.html"),
    ),
    (
        "settlement_figures.html",
        include_str!("../../templates/settlement_figures.html"),
    ),
    (
        "settlement.html",
        include_str!("../../templates/settlement.html"),
    ),
    ("message.html", include_str!("../../templates/message.html")),
    ("calls.html", include_str!("../../templates/calls.html")),
    (
        "clerk_calls.html",
        include_str!("../../templates/clerk_calls.html"),
    ),
    (
        "clerk_applications.html",
        include_str!("../../templates/clerk_applications.html"),
    ),
    (
        "clerk_application.html",
        include_str!("../../templates/clerk_application.html"),
    ),
    (
        "clerk_history.html",
        include_str!("../../templates/clerk_history.html"),
    ),
    (
        "clerk_call_form.html",
        include_str!("../../templates/clerk_call_form.html"),
    ),
    (
        "clerk_call_publication.html",
        include_str!("../../templates/clerk_call_publication.html"),
    ),
    (
        "clerk_ranking.html",
        include_str!("../../templates/clerk_ranking.html"),
    ),
    ("editor.html", include_str!("../../templates/editor.html")),
    (
        "attachments_list.html",
        include_str!("../../templates/attachments_list.html"),
    ),
    (
        "editor_summary.html",
        include_str!("../../templates/editor_summary.html"),
    ),
    (
        "editor_add_row.html",
        include_str!("../../templates/editor_add_row.html"),
    ),
    ("review.html", include_str!("../../templates/review.html")),
    ("receipt.html", include_str!("../../templates/receipt.html")),
    (
        "confirm_removal.html",
        include_str!("../../templates/confirm_removal.html"),
    ),
    (
        "call_documents.html",
        include_str!("../../templates/call_documents.html"),
    ),
    (
        "offer_view.html",
        include_str!("../../templates/offer_view.html"),
    ),
    ("call.html", include_str!("../../templates/call.html")),
    (
        "call_start.html",
        include_str!("../../templates/call_start.html"),
    ),
    (
        "dashboard.html",
        include_str!("../../templates/dashboard.html"),
    ),
    (
        "organisation.html",
        include_str!("../../templates/organisation.html"),
    ),
    (
        "register.html",
        include_str!("../../templates/register.html"),
    ),
    (
        "password_form.html",
        include_str!("../../templates/password_form.html"),
    ),
    ("members.html", include_str!("../../templates/members.html")),
    (
        "calendar_feed.html",
        include_str!("../../templates/calendar_feed.html"),
    ),
    (
        "invitation.html",
        include_str!("../../templates/invitation.html"),
    ),
    // The correction loop's parts, included by the pages above.
    (
        "decision_saved.html",
        include_str!("../../templates/decision_saved.html"),
    ),
    (
        "version_diff.html",
        include_str!("../../templates/version_diff.html"),
    ),
    (
        "correction_notice.html",
        include_str!("../../templates/correction_notice.html"),
    ),
    (
        "award_update_box.html",
        include_str!("../../templates/award_update_box.html"),
    ),
    (
        "correction_receipt.html",
        include_str!("../../templates/correction_receipt.html"),
    ),
    (
        "activity_chart.html",
        include_str!("../../templates/activity_chart.html"),
    ),
    (
        "export_links.html",
        include_str!("../../templates/export_links.html"),
    ),
    (
        "evaluations.html",
        include_str!("../../templates/evaluations.html"),
    ),
    (
        "scoring_screen.html",
        include_str!("../../templates/scoring_screen.html"),
    ),
    (
        "scorecard_rows.html",
        include_str!("../../templates/scorecard_rows.html"),
    ),
    (
        "clerk_scoring.html",
        include_str!("../../templates/clerk_scoring.html"),
    ),
    (
        "clerk_scorecard.html",
        include_str!("../../templates/clerk_scorecard.html"),
    ),
    (
        "clerk_committee.html",
        include_str!("../../templates/clerk_committee.html"),
    ),
    (
        "committee_settings.html",
        include_str!("../../templates/committee_settings.html"),
    ),
    (
        "committee_assignments.html",
        include_str!("../../templates/committee_assignments.html"),
    ),
    (
        "declaration.html",
        include_str!("../../templates/declaration.html"),
    ),
];

pub(super) fn environment() -> &'static Environment<'static> {
    static ENV: OnceLock<Environment<'static>> = OnceLock::new();
    ENV.get_or_init(|| {
        let mut env = Environment::new();
        // An unknown variable or text id (`{{ t.typo }}`) fails the page and its test instead of
        // rendering as nothing.
        env.set_undefined_behavior(minijinja::UndefinedBehavior::Strict);
        for (name, source) in TEMPLATES {
            if let Err(error) = env.add_template(name, source) {
                tracing::error!(%error, name, "template does not compile");
            }
        }
        env
    })
}

#[derive(Serialize)]
struct LanguageLink {
    code: &'static str,
    name: &'static str,
}

/// What every page's layout needs.
#[derive(Serialize)]
pub struct Frame {
    pub lang: &'static str,
    pub t: BTreeMap<&'static str, &'static str>,
    languages: Vec<LanguageLink>,
    pub tenant_name: Option<String>,
    pub user_email: Option<String>,
    pub csrf: String,
}

impl Frame {
    /// The frame of an anonymous page; `csrf` is the form token its forms carry.
    pub fn new(lang: Language, csrf: String) -> Frame {
        Frame {
            lang: lang.code(),
            t: texts::for_language(lang),
            languages: Language::ALL
                .iter()
                .map(|l| LanguageLink {
                    code: l.code(),
                    name: texts::language_name(*l),
                })
                .collect(),
            tenant_name: None,
            user_email: None,
            csrf,
        }
    }

    /// The same frame with the town's name in the header.
    pub fn in_tenant(mut self, tenant_name: &str) -> Frame {
        self.tenant_name = Some(tenant_name.to_string());
        self
    }
}

/// Renders `template` with the frame and the page's own values flattened together.
pub fn render<T: Serialize>(
    status: StatusCode,
    template: &str,
    frame: &Frame,
    page: &T,
) -> Result<Response, PageError> {
    let html = render_fragment(template, frame, page)?;
    let mut response = (status, Html(html)).into_response();
    let headers = response.headers_mut();
    headers.insert(
        header::CONTENT_LANGUAGE,
        HeaderValue::from_static(frame.lang),
    );
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    Ok(response)
}

/// Renders a part of a page (an included template) with the frame, for a script to swap in.
pub fn render_fragment<T: Serialize>(
    template: &str,
    frame: &Frame,
    part: &T,
) -> Result<String, PageError> {
    let mut context = match serde_json::to_value(part) {
        Ok(serde_json::Value::Object(map)) => map,
        Ok(_) => serde_json::Map::new(),
        Err(error) => return Err(PageError::Internal(format!("{template}: {error}"))),
    };
    if let Ok(serde_json::Value::Object(frame)) = serde_json::to_value(frame) {
        context.extend(frame);
    }
    environment()
        .get_template(template)
        .and_then(|t| t.render(&context))
        .map_err(|error| PageError::Internal(format!("rendering {template}: {error:#}")))
}

/// A page that only says something: a heading, a sentence and, maybe, a link onwards
/// (`message.html`).
#[derive(Serialize)]
pub struct Message {
    pub heading: &'static str,
    pub text: String,
    pub link_href: Option<String>,
    pub link_text: &'static str,
}

impl Message {
    /// The message of two text keys in `lang`, without a link.
    pub fn of(lang: Language, heading: &str, text: &str) -> Message {
        Message {
            heading: texts::text(lang, heading),
            text: texts::text(lang, text).to_string(),
            link_href: None,
            link_text: "",
        }
    }

    /// The same message with a link to `href` labelled by the text key `label`.
    pub fn link(mut self, lang: Language, href: &str, label: &str) -> Message {
        self.link_href = Some(href.to_string());
        self.link_text = texts::text(lang, label);
        self
    }

    pub fn render(&self, status: StatusCode, frame: &Frame) -> Result<Response, PageError> {
        render(status, "message.html", frame, self)
    }

    /// The message as a page for someone not signed in.
    pub fn render_anonymous(
        &self,
        status: StatusCode,
        lang: Language,
    ) -> Result<Response, PageError> {
        self.render(status, &Frame::new(lang, String::new()))
    }
}

#[cfg(test)]
mod tests;
