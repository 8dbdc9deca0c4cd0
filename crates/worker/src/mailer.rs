//! Where messages go: an SMTP server (plain, STARTTLS or TLS), or a local outbox folder of `.eml`
//! files on the embedded default.

use crate::email::Message as Rendered;
use lettre::message::header::ContentType;
use lettre::message::{Attachment, Mailbox, MultiPart, SinglePart};
use lettre::{AsyncFileTransport, AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};
use std::path::PathBuf;
use std::time::Duration;

/// One email ready to go.
pub struct Envelope<'a> {
    pub to: &'a str,
    pub message_id: &'a str,
    pub rendered: &'a Rendered,
}

#[derive(Debug, thiserror::Error)]
pub enum SendError {
    /// Worth trying again later (server down, 4xx, timeouts).
    #[error("temporary: {0}")]
    Temporary(String),
    /// Will never succeed as it stands (5xx, an invalid address).
    #[error("permanent: {0}")]
    Permanent(String),
}

#[async_trait::async_trait]
pub trait Mailer: Send + Sync {
    async fn send(&self, envelope: &Envelope<'_>) -> Result<(), SendError>;
}

/// Builds the MIME message: plain text and HTML alternatives, plus the attachment if any.
pub fn build(from: &Mailbox, envelope: &Envelope<'_>) -> Result<Message, SendError> {
    let to: Mailbox = envelope
        .to
        .parse()
        .map_err(|e| SendError::Permanent(format!("recipient address {}: {e}", envelope.to)))?;
    let body = MultiPart::alternative_plain_html(
        envelope.rendered.text.clone(),
        envelope.rendered.html.clone(),
    );
    let body = match &envelope.rendered.attachment {
        Some(file) => {
            let content_type = ContentType::parse(file.content_type)
                .map_err(|e| SendError::Permanent(format!("content type: {e}")))?;
            let part: SinglePart =
                Attachment::new(file.file_name.clone()).body(file.content.clone(), content_type);
            MultiPart::mixed().multipart(body).singlepart(part)
        }
        None => body,
    };
    Message::builder()
        .from(from.clone())
        .to(to)
        .subject(envelope.rendered.subject.clone())
        // The same Message-ID on every attempt lets a receiving server drop a duplicate.
        .message_id(Some(envelope.message_id.to_string()))
        .multipart(body)
        .map_err(|e| SendError::Permanent(format!("building the message: {e}")))
}

pub struct SmtpMailer {
    from: Mailbox,
    transport: AsyncSmtpTransport<Tokio1Executor>,
}

impl SmtpMailer {
    /// `smtp://user:pass@host:port` (add `?tls=required` for STARTTLS) or `smtps://…` for TLS.
    pub fn new(url: &str, from: Mailbox) -> Result<SmtpMailer, SendError> {
        let transport: AsyncSmtpTransport<Tokio1Executor> =
            AsyncSmtpTransport::<Tokio1Executor>::from_url(url)
                .map_err(|e| SendError::Permanent(format!("smtp_url: {e}")))?
                .timeout(Some(Duration::from_secs(20)))
                .build();
        Ok(SmtpMailer { from, transport })
    }
}

#[async_trait::async_trait]
impl Mailer for SmtpMailer {
    async fn send(&self, envelope: &Envelope<'_>) -> Result<(), SendError> {
        let message = build(&self.from, envelope)?;
        match self.transport.send(message).await {
            Ok(_) => Ok(()),
            Err(e) if e.is_permanent() => Err(SendError::Permanent(e.to_string())),
            Err(e) => Err(SendError::Temporary(e.to_string())),
        }
    }
}

/// Writes each message as an `.eml` file, for the embedded default and demos.
pub struct FolderMailer {
    from: Mailbox,
    transport: AsyncFileTransport<Tokio1Executor>,
}

impl FolderMailer {
    pub fn new(folder: PathBuf, from: Mailbox) -> std::io::Result<FolderMailer> {
        std::fs::create_dir_all(&folder)?;
        Ok(FolderMailer {
            from,
            transport: AsyncFileTransport::new(folder),
        })
    }
}

#[async_trait::async_trait]
impl Mailer for FolderMailer {
    async fn send(&self, envelope: &Envelope<'_>) -> Result<(), SendError> {
        let message = build(&self.from, envelope)?;
        self.transport
            .send(message)
            .await
            .map(|_| ())
            .map_err(|e| SendError::Temporary(e.to_string()))
    }
}
