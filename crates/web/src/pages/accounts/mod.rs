//! Accounts in the browser: NGO sign-up with an emailed confirmation link, password reset, and
//! the signed-in person's own account page.
//! Anonymous forms carry a double-submit CSRF token (a cookie and a hidden field that must match).

mod language;
mod own;
mod recovery_codes;
mod register;
mod reset;
mod two_factor;

pub use language::set_language;
pub use own::{account_page, log_out_everywhere};
pub use recovery_codes::regenerate_recovery_codes;
pub use register::{confirm_email, register_page, submit_register};
pub use reset::{new_password, reset_request, submit_new_password, submit_reset_request};
pub use two_factor::{confirm_two_factor, disable_two_factor, start_two_factor};

use super::layout::Message;
use super::respond::PageError;
use crate::AppState;
use axum::http::StatusCode;
use axum::response::Response;
use granty_domain::Language;

/// The town's name; an unknown town is the 404 page.
async fn town_name(state: &AppState, slug: &str) -> Result<String, PageError> {
    let tenant = granty_store::accounts::tenant_by_slug(&state.db.reader, slug).await?;
    Ok(tenant.name)
}

/// A page that only says something; `to_login` adds the link to the login page.
fn message(
    lang: Language,
    status: StatusCode,
    (heading, text): (&str, &str),
    to_login: bool,
) -> Result<Response, PageError> {
    let mut message = Message::of(lang, heading, text);
    if to_login {
        message = message.link(lang, "/login", "go_to_login");
    }
    message.render_anonymous(status, lang)
}

/// The page of a link that expired or was used already.
fn link_expired(lang: Language) -> Result<Response, PageError> {
    let texts = ("link_expired", "link_expired_text");
    message(lang, StatusCode::NOT_FOUND, texts, false)
}
