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

fn collapse(text: &str) -> String {
    // Only ASCII white space: the no-break spaces in sums are part of what the reader sees.
    text.split_ascii_whitespace().collect::<Vec<_>>().join(" ")
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

    /// Whether any element matches `css`.
    pub fn has(&self, css: &str) -> bool {
        !self.all(css).is_empty()
    }

    fn first(&self, css: &str) -> ElementRef<'_> {
        *self
            .all(css)
            .first()
            .unwrap_or_else(|| panic!("no {css} in {}", self.source))
    }

    /// The text of the first element matching `css`, whitespace collapsed.
    pub fn text(&self, css: &str) -> String {
        collapse(&self.first(css).text().collect::<String>())
    }

    /// The texts of every element matching `css`.
    pub fn texts(&self, css: &str) -> Vec<String> {
        self.all(css)
            .iter()
            .map(|e| collapse(&e.text().collect::<String>()))
            .collect()
    }

    /// An attribute of the first element matching `css`.
    pub fn attr(&self, css: &str, name: &str) -> String {
        self.first(css)
            .value()
            .attr(name)
            .unwrap_or_else(|| panic!("no {name} on {css}"))
            .to_string()
    }

    /// The value of the first input named `name`.
    pub fn input(&self, name: &str) -> String {
        self.attr(&format!("input[name=\"{name}\"]"), "value")
    }

    /// The text of the textarea named `name`, as typed (not collapsed).
    pub fn textarea(&self, name: &str) -> String {
        self.first(&format!("textarea[name=\"{name}\"]"))
            .text()
            .collect::<String>()
    }

    /// The `lang` of the document.
    pub fn lang(&self) -> String {
        self.attr("html", "lang")
    }

    /// What a browser would post from the form matching `css`: named inputs (checkboxes and
    /// radio buttons only when checked), textareas and the selected option of each select.
    pub fn form_fields(&self, css: &str) -> Fields {
        let form = self.first(css);
        let mut fields = vec![];
        for control in form.select(&selector("input[name], textarea[name], select[name]")) {
            let element = control.value();
            let name = element.attr("name").unwrap_or_default().to_string();
            let value = match element.name() {
                "textarea" => control.text().collect::<String>(),
                "select" => selected(control),
                _ => {
                    let checkable = matches!(element.attr("type"), Some("checkbox" | "radio"));
                    if checkable && element.attr("checked").is_none() {
                        continue;
                    }
                    element.attr("value").unwrap_or_default().to_string()
                }
            };
            fields.push((name, value));
        }
        Fields(fields)
    }
}

/// A select's value: its selected option, else its first.
fn selected(select: ElementRef<'_>) -> String {
    let options: Vec<_> = select.select(&selector("option")).collect();
    let chosen = options
        .iter()
        .find(|o| o.value().attr("selected").is_some())
        .or(options.first());
    chosen
        .map(|o| {
            o.value()
                .attr("value")
                .map(str::to_string)
                .unwrap_or_else(|| o.text().collect())
        })
        .unwrap_or_default()
}

/// A form's fields in page order, to change and post again.
#[derive(Clone, Debug)]
pub struct Fields(pub Vec<(String, String)>);

impl Fields {
    /// Sets every field called `name` (it must exist).
    pub fn set(&mut self, name: &str, value: &str) -> &mut Fields {
        let mut found = false;
        for field in self.0.iter_mut().filter(|(n, _)| n == name) {
            field.1 = value.to_string();
            found = true;
        }
        assert!(found, "no field {name} in {:?}", self.0);
        self
    }

    /// The fields without those called `name`.
    pub fn without(&self, name: &str) -> Fields {
        Fields(self.0.iter().filter(|(n, _)| n != name).cloned().collect())
    }
}
