//! Reading pages the way a browser does, with the `scraper` HTML parser: text, attributes and
//! form fields found by CSS selectors, entities decoded.

use scraper::{ElementRef, Html, Selector};

/// A parsed page.
pub struct Page {
    pub html: Html,
    /// The page as served, for assertion messages.
    pub source: String,
}

fn selector(css: &str) -> Selector {
    Selector::parse(css).unwrap_or_else(|e| panic!("selector {css}: {e}"))
}

impl Page {
    pub fn parse(source: &str) -> Page {
        Page {
            html: Html::parse_document(source),
            source: source.to_string(),
        }
    }

    /// Every element matching `css`.
    pub fn all(&self, css: &str) -> Vec<ElementRef<'_>> {
        self.html.select(&selector(css)).collect()
    }

    /// The text of the first element matching `css`, whitespace collapsed.
    pub fn text(&self, css: &str) -> String {
        let found = self.all(css);
        let first = found
            .first()
            .unwrap_or_else(|| panic!("no {css} in {}", self.source));
        collapse(&first.text().collect::<String>())
    }

    /// An attribute of the first element matching `css`.
    pub fn attr(&self, css: &str, name: &str) -> String {
        let found = self.all(css);
        let first = found
            .first()
            .unwrap_or_else(|| panic!("no {css} in {}", self.source));
        first
            .value()
            .attr(name)
            .unwrap_or_else(|| panic!("no {name} on {css}"))
            .to_string()
    }

    /// The value of the first input named `name`.
    pub fn input(&self, name: &str) -> String {
        self.attr(&format!("input[name=\"{name}\"]"), "value")
    }

    /// The `lang` of the document.
    pub fn lang(&self) -> String {
        self.attr("html", "lang")
    }
}

fn collapse(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}
