//! The layout vocabulary (see docs/documents.md): the element tree checked and turned into
//! blocks. Every unknown element or attribute and every bad value is an error with its line.

mod attributes;
mod tables;

use super::tree::{Element, Node};

/// A problem in the markup: the line and what.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct MarkupError {
    pub line: usize,
    pub message: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub(crate) enum Align {
    #[default]
    Left,
    Center,
    Right,
}

/// A piece of inline content.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Inline {
    Text {
        text: String,
        bold: bool,
        italic: bool,
    },
    LineBreak,
    PageNumber {
        bold: bool,
        italic: bool,
    },
    PageCount {
        bold: bool,
        italic: bool,
    },
}

#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Paragraph {
    pub inlines: Vec<Inline>,
    pub align: Align,
    /// Font size in points.
    pub size: f32,
}

/// A column width: millimetres, or a share of what the fixed columns leave.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) enum Width {
    Mm(f32),
    Share(f32),
}

#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Cell {
    pub inlines: Vec<Inline>,
    pub align: Align,
    pub span: usize,
}

#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Table {
    pub widths: Vec<Width>,
    pub header_rows: usize,
    pub rows: Vec<Vec<Cell>>,
    pub borders: bool,
    pub size: f32,
}

#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Signatory {
    pub name: String,
    pub function: String,
}

#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Block {
    Heading { level: u8, paragraph: Paragraph },
    Paragraph(Paragraph),
    Table(Table),
    Signatures(Vec<Signatory>),
    Logo { height_mm: f32, align: Align },
    Spacer { height_mm: f32 },
    PageBreak,
    KeepTogether(Vec<Block>),
}

/// The whole document.
#[derive(Debug, Clone, PartialEq, Default)]
pub(crate) struct Markup {
    pub subject: String,
    pub keywords: String,
    pub margin_mm: f32,
    pub size: f32,
    pub header: Vec<Block>,
    pub footer: Vec<Block>,
    pub body: Vec<Block>,
}

pub(crate) const DEFAULT_SIZE: f32 = 10.0;

/// Checks the tree against the vocabulary. All errors are collected, not just the first.
pub(crate) fn check(root: &Element) -> Result<Markup, Vec<MarkupError>> {
    let mut reader = Reader { errors: Vec::new() };
    let markup = reader.document(root);
    if reader.errors.is_empty() {
        Ok(markup)
    } else {
        Err(reader.errors)
    }
}

struct Reader {
    errors: Vec<MarkupError>,
}

impl Reader {
    fn error(&mut self, line: usize, message: String) {
        self.errors.push(MarkupError { line, message });
    }

    /// Reports attributes outside `allowed`.
    fn allow(&mut self, element: &Element, allowed: &[&str]) {
        for (name, _) in &element.attributes {
            if !allowed.contains(&name.as_str()) {
                let known = if allowed.is_empty() {
                    "none".to_string()
                } else {
                    allowed.join(", ")
                };
                self.error(
                    element.line,
                    format!(
                        "<{}> has no attribute \"{name}\" (known: {known})",
                        element.name
                    ),
                );
            }
        }
    }

    fn document(&mut self, root: &Element) -> Markup {
        let mut markup = Markup {
            margin_mm: 20.0,
            size: DEFAULT_SIZE,
            ..Markup::default()
        };
        if root.name != "document" {
            self.error(
                root.line,
                format!("the root element must be <document>, not <{}>", root.name),
            );
            return markup;
        }
        self.allow(root, &["subject", "keywords", "margin", "size"]);
        markup.subject = root.attribute("subject").unwrap_or_default().to_string();
        markup.keywords = root.attribute("keywords").unwrap_or_default().to_string();
        if let Some(margin) = root.attribute("margin") {
            markup.margin_mm = self.length(root, margin).unwrap_or(20.0);
        }
        markup.size = self.size(root, DEFAULT_SIZE);
        for child in elements(self, root) {
            match child.name.as_str() {
                "header" => {
                    self.allow(child, &[]);
                    markup.header = self.blocks(child, markup.size);
                }
                "footer" => {
                    self.allow(child, &[]);
                    markup.footer = self.blocks(child, markup.size);
                }
                _ => {
                    if let Some(block) = self.block(child, markup.size) {
                        markup.body.push(block);
                    }
                }
            }
        }
        markup
    }

    fn blocks(&mut self, parent: &Element, size: f32) -> Vec<Block> {
        let children: Vec<&Element> = elements(self, parent);
        children
            .into_iter()
            .filter_map(|child| self.block(child, size))
            .collect()
    }

    fn block(&mut self, element: &Element, size: f32) -> Option<Block> {
        let block = match element.name.as_str() {
            "h1" | "h2" | "h3" => {
                self.allow(element, &["align"]);
                let level = element.name.as_bytes()[1] - b'0';
                let scale = [1.6, 1.3, 1.1][usize::from(level - 1)];
                let mut paragraph = self.paragraph(element, size * scale);
                paragraph.inlines = embolden(paragraph.inlines);
                Block::Heading { level, paragraph }
            }
            "p" => {
                self.allow(element, &["align", "size"]);
                let size = self.size(element, size);
                Block::Paragraph(self.paragraph(element, size))
            }
            "table" | "fields" => Block::Table(self.table(element, size)),
            "signatures" => Block::Signatures(self.signatures(element)),
            "logo" => {
                self.allow(element, &["height", "align"]);
                self.no_children(element);
                let height_mm = match element.attribute("height") {
                    Some(value) => self.length(element, value)?,
                    None => 15.0,
                };
                Block::Logo {
                    height_mm,
                    align: self.align(element),
                }
            }
            "spacer" => {
                self.allow(element, &["height"]);
                self.no_children(element);
                let height = element.attribute("height").unwrap_or("5mm");
                Block::Spacer {
                    height_mm: self.length(element, height)?,
                }
            }
            "page-break" => {
                self.allow(element, &[]);
                self.no_children(element);
                Block::PageBreak
            }
            "keep-together" => {
                self.allow(element, &[]);
                Block::KeepTogether(self.blocks(element, size))
            }
            other => {
                self.error(element.line, unknown_element(other, BLOCKS));
                return None;
            }
        };
        Some(block)
    }

    fn paragraph(&mut self, element: &Element, size: f32) -> Paragraph {
        let mut inlines = Vec::new();
        self.inlines(element, false, false, &mut inlines);
        Paragraph {
            inlines,
            align: self.align(element),
            size,
        }
    }

    /// Inline content: text, <b>, <i>, <br/>, <page-number/>, <page-count/>.
    pub(super) fn inlines(
        &mut self,
        element: &Element,
        bold: bool,
        italic: bool,
        out: &mut Vec<Inline>,
    ) {
        for node in &element.children {
            let child = match node {
                Node::Text(text) => {
                    out.push(Inline::Text {
                        text: text.clone(),
                        bold,
                        italic,
                    });
                    continue;
                }
                Node::Element(child) => child,
            };
            match child.name.as_str() {
                "b" | "i" => {
                    self.allow(child, &[]);
                    let (bold, italic) = (bold || child.name == "b", italic || child.name == "i");
                    self.inlines(child, bold, italic, out);
                }
                "br" => {
                    self.allow(child, &[]);
                    out.push(Inline::LineBreak);
                }
                "page-number" => {
                    self.allow(child, &[]);
                    out.push(Inline::PageNumber { bold, italic });
                }
                "page-count" => {
                    self.allow(child, &[]);
                    out.push(Inline::PageCount { bold, italic });
                }
                other => self.error(child.line, unknown_element(other, INLINES)),
            }
        }
    }
}

/// The element children of `parent`; text other than whitespace there is an error.
fn elements<'a>(reader: &mut Reader, parent: &'a Element) -> Vec<&'a Element> {
    let mut children = Vec::new();
    for node in &parent.children {
        match node {
            Node::Element(child) => children.push(child),
            Node::Text(text) if text.trim().is_empty() => {}
            Node::Text(text) => {
                let shown: String = text.trim().chars().take(30).collect();
                reader.error(
                    parent.line,
                    format!(
                        "text \"{shown}\" directly in <{}>: put it in a <p>",
                        parent.name
                    ),
                );
            }
        }
    }
    children
}

fn embolden(inlines: Vec<Inline>) -> Vec<Inline> {
    inlines
        .into_iter()
        .map(|inline| match inline {
            Inline::Text { text, italic, .. } => Inline::Text {
                text,
                bold: true,
                italic,
            },
            Inline::PageNumber { italic, .. } => Inline::PageNumber { bold: true, italic },
            Inline::PageCount { italic, .. } => Inline::PageCount { bold: true, italic },
            other => other,
        })
        .collect()
}

const BLOCKS: &[&str] = &[
    "h1",
    "h2",
    "h3",
    "p",
    "table",
    "fields",
    "signatures",
    "logo",
    "spacer",
    "page-break",
    "keep-together",
];
const INLINES: &[&str] = &["b", "i", "br", "page-number", "page-count"];

fn unknown_element(name: &str, known: &[&str]) -> String {
    format!(
        "unknown element <{name}> here (known: {})",
        known.join(", ")
    )
}
