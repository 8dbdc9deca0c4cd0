//! Templates → layout → PDF. Owned by the engine work; this is the interface the rest builds on.

use crate::{Branding, DocumentKind, RenderRequest};
use std::path::Path;

/// One thing wrong with one template: the file, the line (1-based, when known) and what.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{file}:{line}: {message}")]
pub struct TemplateError {
    pub file: String,
    pub line: usize,
    pub message: String,
}

/// Every problem found while loading the templates.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{}", .0.iter().map(ToString::to_string).collect::<Vec<_>>().join("\n"))]
pub struct TemplateErrors(pub Vec<TemplateError>);

#[derive(Debug, thiserror::Error)]
pub enum RenderError {
    #[error("no template for {0:?}")]
    MissingTemplate(DocumentKind),
    #[error("template {file}: {message}")]
    Template { file: String, message: String },
    #[error("layout: {0}")]
    Layout(String),
}

/// The loaded templates (the shipped ones, and per-tenant overrides), checked at load.
#[derive(Debug, Clone, Default)]
pub struct Engine {}

impl Engine {
    /// Loads and checks every template under `root` (one file per kind, plus
    /// `root/tenants/<slug>/` overrides). A broken template is refused naming file and line.
    pub fn load(_root: &Path) -> Result<Engine, TemplateErrors> {
        Ok(Engine {})
    }

    /// Renders one document to PDF bytes.
    pub fn render(&self, request: &RenderRequest<'_>) -> Result<Vec<u8>, RenderError> {
        let _: &Branding = request.branding;
        Err(RenderError::MissingTemplate(request.kind))
    }
}
