//! Email for every event: a subject, a plain-text body and the same body as simple HTML (the
//! worker attaches the offer's PDF to the submission receipt). The words come from the message
//! catalogue; the layout is a pair of templates per event in `templates/email/` (`<event
//! code>.txt` holds the subject block and the text body, `.html` the HTML body), rendered in
//! strict mode so a typo in a variable fails instead of vanishing. Everything a person typed is
//! escaped in the HTML.

mod environment;
#[cfg(test)]
mod tests;

use chrono_tz::Tz;
use granty_domain::notification::Event;
use granty_domain::Language;
use minijinja::{context, Value};

/// A rendered email, ready for the mailer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Message {
    pub subject: String,
    pub text: String,
    pub html: String,
    pub attachment: Option<Attachment>,
}

/// A file sent with a message (the offer as filed, with the submission receipt).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Attachment {
    pub file_name: String,
    pub content_type: &'static str,
    pub content: Vec<u8>,
}

/// Renders `event` for one recipient in their language, instants in the tenant's `zone`. `link`
/// points at the object in Granty.
pub fn render(
    event: &Event,
    zone: Tz,
    lang: Language,
    link: &str,
) -> Result<Message, minijinja::Error> {
    let env = environment::get();
    let ctx = context! {
        lang => lang.code(),
        zone => zone.name(),
        link => link,
        ..Value::from_serialize(event)
    };
    let code = event.code();
    let mut text = env
        .get_template(&format!("{code}.txt"))?
        .render_captured(&ctx)?;
    let subject = text.with_state_mut(|state| state.render_block("subject"))?;
    Ok(Message {
        subject: subject.trim().to_string(),
        text: text.into_output(),
        html: env.get_template(&format!("{code}.html"))?.render(&ctx)?,
        attachment: None,
    })
}
