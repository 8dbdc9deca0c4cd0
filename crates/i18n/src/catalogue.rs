//! The message catalogue: one Fluent file per language, parsed once, asked for by message id.

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use granty_domain::Language;
use std::borrow::Cow;
use std::collections::BTreeMap;
use std::sync::OnceLock;
use unic_langid::{langid, LanguageIdentifier};

/// The source of each language's file, embedded in the binary.
pub fn source(lang: Language) -> &'static str {
    match lang {
        Language::Pl => include_str!("../locales/pl.ftl"),
        Language::En => include_str!("../locales/en.ftl"),
        Language::Cs => include_str!("../locales/cs.ftl"),
        Language::Uk => include_str!("../locales/uk.ftl"),
    }
}

fn locale(lang: Language) -> LanguageIdentifier {
    match lang {
        Language::Pl => langid!("pl"),
        Language::En => langid!("en"),
        Language::Cs => langid!("cs"),
        Language::Uk => langid!("uk"),
    }
}

/// A value handed to a message: numbers choose plural forms, text is shown as it is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Arg<'a> {
    Number(i64),
    Text(Cow<'a, str>),
}

impl From<i64> for Arg<'_> {
    fn from(n: i64) -> Self {
        Arg::Number(n)
    }
}

impl<'a> From<&'a str> for Arg<'a> {
    fn from(text: &'a str) -> Self {
        Arg::Text(Cow::Borrowed(text))
    }
}

impl From<String> for Arg<'_> {
    fn from(text: String) -> Self {
        Arg::Text(Cow::Owned(text))
    }
}

struct Catalogue {
    bundles: [FluentBundle<&'static FluentResource>; 4],
    /// Every message that takes no argument, formatted once: what `text` hands out.
    texts: [BTreeMap<&'static str, String>; 4],
}

fn index(lang: Language) -> usize {
    match lang {
        Language::Pl => 0,
        Language::En => 1,
        Language::Cs => 2,
        Language::Uk => 3,
    }
}

fn catalogue() -> &'static Catalogue {
    static CATALOGUE: OnceLock<Catalogue> = OnceLock::new();
    CATALOGUE.get_or_init(|| {
        let bundles = Language::ALL.map(bundle);
        let texts = Language::ALL.map(|lang| plain_texts(lang, &bundles[index(lang)]));
        Catalogue { bundles, texts }
    })
}

fn resource(lang: Language) -> &'static FluentResource {
    static RESOURCES: OnceLock<[FluentResource; 4]> = OnceLock::new();
    let resources = RESOURCES.get_or_init(|| {
        Language::ALL.map(|lang| {
            FluentResource::try_new(source(lang).to_string()).unwrap_or_else(|(partial, errors)| {
                // The catalogue's tests parse every file, so this only logs in a broken build.
                tracing::error!(%lang, ?errors, "the message file has syntax errors");
                partial
            })
        })
    });
    &resources[index(lang)]
}

fn bundle(lang: Language) -> FluentBundle<&'static FluentResource> {
    let mut bundle = FluentBundle::new_concurrent(vec![locale(lang)]);
    // Fluent wraps each placeable in Unicode isolation marks by default; our texts are shown in
    // HTML and email, where the marks would only be invisible noise around names and amounts.
    bundle.set_use_isolating(false);
    if let Err(errors) = bundle.add_resource(resource(lang)) {
        tracing::error!(%lang, ?errors, "duplicate message ids");
    }
    bundle
}

/// The ids of every message in one language's file, in file order.
pub fn ids(lang: Language) -> impl Iterator<Item = &'static str> {
    use fluent_syntax::ast::Entry;
    resource(lang).entries().filter_map(|entry| match entry {
        Entry::Message(message) => Some(message.id.name),
        _ => None,
    })
}

fn plain_texts(
    lang: Language,
    bundle: &FluentBundle<&'static FluentResource>,
) -> BTreeMap<&'static str, String> {
    ids(lang)
        .filter_map(|id| {
            let pattern = bundle.get_message(id)?.value()?;
            let mut errors = Vec::new();
            let text = bundle.format_pattern(pattern, None, &mut errors);
            // A message with variables fails here without arguments: it is not a plain text.
            errors.is_empty().then(|| (id, text.into_owned()))
        })
        .collect()
}

/// A message that takes no argument, as a static text; an unknown id shows `?` and is logged
/// (the catalogue's tests check that every id the sources ask for exists).
pub fn text(lang: Language, id: &str) -> &'static str {
    match catalogue().texts[index(lang)].get(id) {
        Some(text) => text,
        None => {
            tracing::warn!(id, %lang, "missing message");
            "?"
        }
    }
}

/// Every message that takes no argument in one language, by id.
pub fn texts(lang: Language) -> &'static BTreeMap<&'static str, String> {
    &catalogue().texts[index(lang)]
}

/// A message without arguments.
pub fn message(lang: Language, id: &str) -> String {
    message_with(lang, id, &[])
}

/// A message with its arguments, e.g. `message_with(lang, "rule-too_long", &[("max", 300.into())])`.
pub fn message_with(lang: Language, id: &str, args: &[(&str, Arg<'_>)]) -> String {
    let bundle = &catalogue().bundles[index(lang)];
    let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) else {
        tracing::warn!(id, %lang, "missing message");
        return id.to_string();
    };
    let mut fluent_args = FluentArgs::with_capacity(args.len());
    for (name, value) in args {
        let value = match value {
            Arg::Number(n) => FluentValue::from(*n),
            Arg::Text(text) => FluentValue::from(text.as_ref()),
        };
        fluent_args.set(*name, value);
    }
    let mut errors = Vec::new();
    let text = bundle.format_pattern(pattern, Some(&fluent_args), &mut errors);
    if !errors.is_empty() {
        tracing::warn!(id, %lang, ?errors, "message formatted with errors");
    }
    text.into_owned()
}
