//! minijinja around the markup: a template filled with the request's data (XML-escaped), then
//! read as markup. Also the load-time check of a template.

use super::markup::{self, Markup};
use super::sources::{Source, Sources};
use super::{texts, tree, TemplateError};
use chrono::{DateTime, Utc};
use minijinja::value::{Kwargs, Value};
use minijinja::{context, AutoEscape, Environment, UndefinedBehavior};
use std::fmt;
use std::sync::Arc;

/// What a template sees: `data` (the kind's JSON) and `document` (title, language, tenant,
/// created_at, date).
pub(crate) struct Context<'a> {
    pub data: &'a serde_json::Value,
    pub language: &'a str,
    pub title: &'a str,
    pub tenant_name: &'a str,
    pub created_at: DateTime<Utc>,
}

/// A problem while rendering: the line, what, and whether the line is the template's or the
/// rendered output's (markup made by a loop has no line of its own in the template).
#[derive(Debug)]
pub(crate) struct Located {
    pub line: usize,
    pub message: String,
    pub in_output: bool,
}

impl fmt::Display for Located {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.in_output {
            write!(
                f,
                "line {} of the rendered markup: {}",
                self.line, self.message
            )
        } else {
            write!(f, "line {}: {}", self.line, self.message)
        }
    }
}

fn environment(sources: &Sources, tenant: &str, language: &str) -> Environment<'static> {
    let mut env = Environment::new();
    env.set_undefined_behavior(UndefinedBehavior::SemiStrict);
    env.set_auto_escape_callback(|_| AutoEscape::Html);
    let bundle = Arc::new(texts::bundle(language, &sources.texts(tenant, language)));
    env.add_function("t", move |key: &str, kwargs: Kwargs| {
        texts::translate(&bundle, key, &kwargs)
    });
    let lang = language.to_string();
    let number = move |value: Value| texts::number(&lang, &value);
    env.add_function("number", number.clone());
    env.add_filter("number", number);
    for name in ["money", "date"] {
        let lang = language.to_string();
        if name == "money" {
            let money = move |minor: i64, currency: Option<&str>| {
                texts::money(&lang, minor, currency.unwrap_or("PLN"))
            };
            env.add_function(name, money.clone());
            env.add_filter(name, money);
        } else {
            let date = move |value: &str, style: Option<&str>| {
                texts::date(&lang, value, style.unwrap_or("long"))
            };
            env.add_function(name, date.clone());
            env.add_filter(name, date);
        }
    }
    env
}

fn template_error(error: &minijinja::Error) -> Located {
    let message = match error.detail() {
        Some(detail) => format!("{}: {detail}", error.kind()),
        None => error.kind().to_string(),
    };
    Located {
        line: error.line().unwrap_or(0),
        message,
        in_output: false,
    }
}

/// Fills the template and reads the result as markup.
pub(crate) fn render(
    sources: &Sources,
    tenant: &str,
    source: &Source,
    context: &Context<'_>,
) -> Result<Markup, Located> {
    let mut env = environment(sources, tenant, context.language);
    env.add_template_owned(source.file.clone(), source.text.clone())
        .map_err(|error| template_error(&error))?;
    let template = env
        .get_template(&source.file)
        .map_err(|error| template_error(&error))?;
    let values = context! {
        data => Value::from_serialize(context.data),
        document => context! {
            title => context.title,
            language => context.language,
            tenant => context.tenant_name,
            created_at => context.created_at.to_rfc3339(),
            date => context.created_at.date_naive().to_string(),
        },
    };
    let rendered = template
        .render(values)
        .map_err(|error| template_error(&error))?;
    let root = tree::parse(&rendered).map_err(|error| Located {
        line: error.line,
        message: error.message,
        in_output: true,
    })?;
    markup::check(&root).map_err(|errors| {
        let first = &errors[0];
        let more: Vec<String> = errors
            .iter()
            .map(|e| format!("line {}: {}", e.line, e.message))
            .collect();
        Located {
            line: first.line,
            message: more.join("; "),
            in_output: true,
        }
    })
}

/// Every problem with one template: minijinja syntax, the markup as written (with the
/// template's own lines), and rendering it with the kind's sample data in every language.
pub(crate) fn check(
    sources: &Sources,
    tenant: &str,
    source: &Source,
    sample: Option<&serde_json::Value>,
) -> Vec<TemplateError> {
    let error = |line: usize, message: String| TemplateError {
        file: source.file.clone(),
        line,
        message,
    };
    let mut env = environment(sources, tenant, texts::FALLBACK);
    if let Err(syntax) = env.add_template_owned(source.file.clone(), source.text.clone()) {
        let located = template_error(&syntax);
        return vec![error(located.line, located.message)];
    }
    // The markup as written: exact lines. Values made by placeholders ({{ }}, {% %}), and
    // syntax on a line with a {% %} tag (which may open an element in one branch and close it
    // in another), are left to the rendered check.
    match tree::parse(&blank_comments(&source.text)) {
        Err(syntax) => {
            let line = source
                .text
                .lines()
                .nth(syntax.line.saturating_sub(1))
                .unwrap_or_default();
            if !line.contains("{%") {
                return vec![error(syntax.line, syntax.message)];
            }
        }
        Ok(root) => {
            let written = written_markup(&root, &error);
            if !written.is_empty() {
                return written;
            }
        }
    }
    let Some(sample) = sample else {
        return Vec::new();
    };
    let mut errors = Vec::new();
    for language in sources.languages() {
        let context = Context {
            data: sample,
            language: &language,
            title: "sample",
            tenant_name: "sample",
            created_at: DateTime::UNIX_EPOCH,
        };
        if let Err(located) = render(sources, tenant, source, &context) {
            let where_ = if located.in_output {
                " (line of the rendered markup)"
            } else {
                ""
            };
            let message = format!(
                "with the sample data in \"{language}\"{where_}: {}",
                located.message
            );
            errors.push(error(located.line, message));
            break;
        }
    }
    errors
}

/// Vocabulary problems in the template as written, but for values a placeholder makes.
fn written_markup(
    root: &tree::Element,
    error: &dyn Fn(usize, String) -> TemplateError,
) -> Vec<TemplateError> {
    match markup::check(root) {
        Ok(_) => Vec::new(),
        Err(problems) => problems
            .into_iter()
            .filter(|p| !p.message.contains("{{") && !p.message.contains("{%"))
            .map(|p| error(p.line, p.message))
            .collect(),
    }
}

/// The template with its `{# comments #}` blanked (newlines kept, so lines stay right).
fn blank_comments(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(start) = rest.find("{#") {
        out.push_str(&rest[..start]);
        let end = rest[start..]
            .find("#}")
            .map_or(rest.len(), |end| start + end + 2);
        out.extend(
            rest[start..end]
                .chars()
                .map(|c| if c == '\n' { '\n' } else { ' ' }),
        );
        rest = &rest[end..];
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn source(text: &str) -> Source {
        Source {
            file: "offer.xml".into(),
            text: text.into(),
        }
    }

    #[test]
    fn with_sample_data_values_made_by_placeholders_are_checked() {
        let template = source(
            "<document>\n{% for w in data.widths %}\n<table widths=\"{{ w }}\"><row><cell>{{ data.name }}</cell></row></table>\n{% endfor %}\n</document>",
        );
        let sources = Sources::default();
        let unchecked = check(&sources, "", &template, None);
        assert!(
            unchecked.is_empty(),
            "nothing to render with: {unchecked:?}"
        );
        let fine = json!({"widths": ["1,2"], "name": "x"});
        assert_eq!(check(&sources, "", &template, Some(&fine)), vec![]);
        let bad_width = json!({"widths": ["1,2", "1,zz"], "name": "x"});
        let errors = check(&sources, "", &template, Some(&bad_width));
        assert_eq!(errors.len(), 1, "{errors:?}");
        assert!(errors[0].message.contains("\"zz\""), "{errors:?}");
        assert!(errors[0].message.contains("rendered markup"), "{errors:?}");
        let missing_name = json!({"widths": ["1"]});
        let errors = check(&sources, "", &template, Some(&missing_name));
        assert_eq!(errors[0].line, 3, "{errors:?}");
        assert!(errors[0].message.contains("undefined"), "{errors:?}");
    }

    #[test]
    fn comments_are_blanked_keeping_lines() {
        assert_eq!(blank_comments("a{# x\ny #}b"), "a    \n    b");
    }
}
