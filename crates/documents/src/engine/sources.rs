//! The template and text files under the templates root, read once at load: the shipped ones
//! and each tenant's overrides (`tenants/<slug>/`).

use super::texts::FALLBACK;
use super::TemplateError;
use crate::DocumentKind;
use fluent_bundle::FluentResource;
use std::collections::BTreeMap;
use std::fmt;
use std::path::Path;
use std::sync::Arc;

/// One template file: its name for messages (relative to the root) and its text.
#[derive(Debug, Clone)]
pub(crate) struct Source {
    pub file: String,
    pub text: String,
}

/// Everything read from the templates root. The empty tenant "" is the shipped set.
#[derive(Clone, Default)]
pub(crate) struct Sources {
    pub templates: BTreeMap<(String, &'static str), Source>,
    pub texts: BTreeMap<(String, String), Arc<FluentResource>>,
}

impl fmt::Debug for Sources {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Sources")
            .field("templates", &self.templates.keys().collect::<Vec<_>>())
            .field("texts", &self.texts.keys().collect::<Vec<_>>())
            .finish()
    }
}

impl Sources {
    /// Reads the root; unreadable files and text files with syntax errors are errors.
    pub fn read(root: &Path, errors: &mut Vec<TemplateError>) -> Sources {
        let mut sources = Sources::default();
        sources.read_set(root, root, "", errors);
        let tenants = root.join("tenants");
        for slug in subfolders(&tenants) {
            sources.read_set(root, &tenants.join(&slug), &slug, errors);
        }
        sources
    }

    fn read_set(
        &mut self,
        root: &Path,
        folder: &Path,
        tenant: &str,
        errors: &mut Vec<TemplateError>,
    ) {
        for kind in DocumentKind::ALL {
            let path = folder.join(format!("{}.xml", kind.stem()));
            if let Some(text) = read(root, &path, errors) {
                let file = relative(root, &path);
                self.templates
                    .insert((tenant.to_string(), kind.stem()), Source { file, text });
            }
        }
        let Ok(entries) = std::fs::read_dir(folder.join("texts")) else {
            return;
        };
        let mut paths: Vec<_> = entries.flatten().map(|entry| entry.path()).collect();
        paths.sort();
        for path in paths
            .into_iter()
            .filter(|p| p.extension().is_some_and(|e| e == "ftl"))
        {
            let Some(language) = path.file_stem().and_then(|s| s.to_str()).map(String::from) else {
                continue;
            };
            let Some(text) = read(root, &path, errors) else {
                continue;
            };
            let file = relative(root, &path);
            let resource = match FluentResource::try_new(text.clone()) {
                Ok(resource) => resource,
                Err((resource, parse_errors)) => {
                    for error in parse_errors {
                        errors.push(TemplateError {
                            file: file.clone(),
                            line: super::tree::line_of(&text, error.pos.start),
                            message: format!("{:?}", error.kind),
                        });
                    }
                    resource
                }
            };
            errors.extend(duplicate_ids(&file, &text, &resource));
            self.texts
                .insert((tenant.to_string(), language), Arc::new(resource));
        }
    }

    /// The template a tenant's document is rendered from: its own, else the shipped one.
    pub fn template(&self, tenant: &str, kind: DocumentKind) -> Option<&Source> {
        self.templates
            .get(&(tenant.to_string(), kind.stem()))
            .or_else(|| self.templates.get(&(String::new(), kind.stem())))
    }

    /// The text resources for a tenant and language, most preferred first.
    pub fn texts(&self, tenant: &str, language: &str) -> Vec<Arc<FluentResource>> {
        let mut chain = Vec::new();
        for lang in [language, FALLBACK] {
            for owner in [tenant, ""] {
                if let Some(resource) = self.texts.get(&(owner.to_string(), lang.to_string())) {
                    chain.push(Arc::clone(resource));
                }
            }
        }
        chain
    }

    /// The languages someone wrote texts for (each template is checked in each).
    pub fn languages(&self) -> Vec<String> {
        let mut languages: Vec<String> = self.texts.keys().map(|(_, lang)| lang.clone()).collect();
        languages.push(FALLBACK.into());
        languages.sort();
        languages.dedup();
        languages
    }
}

fn read(root: &Path, path: &Path, errors: &mut Vec<TemplateError>) -> Option<String> {
    match std::fs::read_to_string(path) {
        Ok(text) => Some(text),
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => None,
        Err(error) => {
            errors.push(TemplateError {
                file: relative(root, path),
                line: 0,
                message: format!("cannot be read: {error}"),
            });
            None
        }
    }
}

/// A text defined twice in one file: Fluent keeps one of them silently, so a table header could
/// read "no" where "No." was meant. Refused with the line of the second definition.
fn duplicate_ids(file: &str, text: &str, resource: &FluentResource) -> Vec<TemplateError> {
    let mut seen = std::collections::HashSet::new();
    let mut errors = Vec::new();
    for entry in resource.entries() {
        let fluent_syntax::ast::Entry::Message(message) = entry else {
            continue;
        };
        let id = message.id.name;
        if !seen.insert(id) {
            let second = text
                .lines()
                .enumerate()
                .filter(|(_, line)| line.split('=').next().map(str::trim) == Some(id))
                .nth(1)
                .map_or(0, |(index, _)| index + 1);
            errors.push(TemplateError {
                file: file.to_string(),
                line: second,
                message: format!("the text `{id}` is defined twice"),
            });
        }
    }
    errors
}

fn subfolders(folder: &Path) -> Vec<String> {
    let Ok(entries) = std::fs::read_dir(folder) else {
        return Vec::new();
    };
    let mut names: Vec<String> = entries
        .flatten()
        .filter(|entry| entry.path().is_dir())
        .filter_map(|entry| entry.file_name().to_str().map(String::from))
        .collect();
    names.sort();
    names
}

fn relative(root: &Path, path: &Path) -> String {
    path.strip_prefix(root)
        .unwrap_or(path)
        .display()
        .to_string()
}
