//! Templates → layout → PDF. `Engine::load` reads and checks every template once; `render`
//! fills one with data and lays it out.
//!
//! Modules: `sources` (files under the templates root), `texts` (Fluent wording and the
//! money/date helpers), `template` (minijinja), `tree` (markup syntax), `markup` (the layout
//! vocabulary), `fonts` (measuring), `wrap` (lines), `layout` and `table` (pagination), `pdf`
//! (writing).

mod fonts;
mod layout;
mod markup;
mod pdf;
mod sources;
mod table;
mod template;
mod texts;
mod tree;
mod wrap;

use crate::{DocumentKind, RenderRequest};
use sources::Sources;
use std::path::Path;
use std::sync::OnceLock;

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
pub struct Engine {
    sources: Sources,
}

/// The fonts, parsed once per process (they are compiled in).
fn fonts() -> Result<&'static fonts::Fonts, String> {
    static FONTS: OnceLock<Result<fonts::Fonts, String>> = OnceLock::new();
    FONTS
        .get_or_init(fonts::Fonts::load)
        .as_ref()
        .map_err(Clone::clone)
}

impl Engine {
    /// Loads and checks every template under `root` (one file per kind, plus
    /// `root/tenants/<slug>/` overrides). A broken template is refused naming file and line.
    /// A missing root or a kind with no file is not an error here (rendering it is).
    pub fn load(root: &Path) -> Result<Engine, TemplateErrors> {
        Engine::load_with_samples(root, crate::data::sample)
    }

    /// As [`Engine::load`], checking each template with the data `sample` gives for its kind
    /// (the engine's own tests check specimen templates that follow no kind's data).
    pub fn load_with_samples(
        root: &Path,
        sample: impl Fn(DocumentKind) -> Option<serde_json::Value>,
    ) -> Result<Engine, TemplateErrors> {
        let mut errors = Vec::new();
        let sources = Sources::read(root, &mut errors);
        for ((tenant, stem), source) in &sources.templates {
            let kind = DocumentKind::ALL
                .into_iter()
                .find(|kind| kind.stem() == *stem);
            let sample = kind.and_then(&sample);
            errors.extend(template::check(&sources, tenant, source, sample.as_ref()));
        }
        if let Err(message) = fonts() {
            errors.push(TemplateError {
                file: "fonts".into(),
                line: 0,
                message,
            });
        }
        if errors.is_empty() {
            Ok(Engine { sources })
        } else {
            Err(TemplateErrors(errors))
        }
    }

    /// The kinds with no shipped template (a town's override does not count): `granty serve`
    /// refuses to start without every one, so a misplaced folder fails at start-up, not at
    /// the first download.
    pub fn missing_kinds(&self) -> Vec<DocumentKind> {
        DocumentKind::ALL
            .into_iter()
            .filter(|kind| self.sources.template("", *kind).is_none())
            .collect()
    }

    /// Renders one document to PDF bytes.
    pub fn render(&self, request: &RenderRequest<'_>) -> Result<Vec<u8>, RenderError> {
        let branding = request.branding;
        let source = self
            .sources
            .template(&branding.tenant_slug, request.kind)
            .ok_or(RenderError::MissingTemplate(request.kind))?;
        let context = template::Context {
            data: &request.data,
            language: request.language,
            title: &request.title,
            tenant_name: &branding.tenant_name,
            created_at: request.created_at,
        };
        let markup = template::render(&self.sources, &branding.tenant_slug, source, &context)
            .map_err(|error| RenderError::Template {
                file: source.file.clone(),
                message: error.to_string(),
            })?;
        let logo = match &branding.logo {
            Some(logo) => Some(
                printpdf::RawImage::decode_from_bytes(&logo.0, &mut Vec::new())
                    .map_err(|error| RenderError::Layout(format!("the logo: {error}")))?,
            ),
            None => None,
        };
        let ratio = logo
            .as_ref()
            .filter(|image| image.height > 0)
            .map(|image| image.width as f32 / image.height as f32);
        let fonts = fonts().map_err(RenderError::Layout)?;
        let pages = layout::layout(fonts, &markup, ratio);
        let metadata = pdf::Metadata {
            title: &request.title,
            author: &branding.tenant_name,
            subject: &markup.subject,
            keywords: &markup.keywords,
            language: request.language,
            created_at: request.created_at,
        };
        pdf::write(fonts, &pages, logo.as_ref(), &metadata).map_err(RenderError::Layout)
    }
}
