//! The rendered template as a plain element tree, each element with its line, so that the
//! vocabulary check (`markup`) can say where something is wrong.

use xmlparser::{ElementEnd, Token, Tokenizer};

/// One element: its name, attributes (name, value) and children, and the line it starts on.
#[derive(Debug, Clone)]
pub(crate) struct Element {
    pub name: String,
    pub attributes: Vec<(String, String)>,
    pub children: Vec<Node>,
    pub line: usize,
}

#[derive(Debug, Clone)]
pub(crate) enum Node {
    Element(Element),
    Text(String),
}

impl Element {
    pub fn attribute(&self, name: &str) -> Option<&str> {
        self.attributes
            .iter()
            .find(|(key, _)| key == name)
            .map(|(_, value)| value.as_str())
    }
}

/// A syntax error: the line and what.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct SyntaxError {
    pub line: usize,
    pub message: String,
}

/// Parses `text` into its root element. Comments, declarations and processing instructions are
/// skipped; entities (`&amp;`, `&#x2f;`, …) are resolved.
pub(crate) fn parse(text: &str) -> Result<Element, SyntaxError> {
    let mut open: Vec<Element> = Vec::new();
    let mut root: Option<Element> = None;
    for token in Tokenizer::from(text) {
        let token = token.map_err(|error| SyntaxError {
            line: error.pos().row as usize,
            message: error.to_string(),
        })?;
        match token {
            Token::ElementStart { local, span, .. } => open.push(Element {
                name: local.as_str().to_string(),
                attributes: Vec::new(),
                children: Vec::new(),
                line: line_of(text, span.start()),
            }),
            Token::Attribute {
                local, value, span, ..
            } => {
                let value = unescape(value.as_str(), line_of(text, span.start()))?;
                if let Some(element) = open.last_mut() {
                    element.attributes.push((local.as_str().to_string(), value));
                }
            }
            Token::ElementEnd { end, span } => {
                let line = line_of(text, span.start());
                if let ElementEnd::Close(_, name) = end {
                    let closed = open.pop();
                    match closed {
                        Some(element) if element.name == name.as_str() => {
                            attach(&mut open, &mut root, element, line)?
                        }
                        Some(element) => {
                            return Err(SyntaxError {
                                line,
                                message: format!(
                                    "</{}> closes <{}> opened on line {}",
                                    name.as_str(),
                                    element.name,
                                    element.line
                                ),
                            });
                        }
                        None => {
                            return Err(SyntaxError {
                                line,
                                message: format!("</{}> closes nothing", name.as_str()),
                            });
                        }
                    }
                } else if let ElementEnd::Empty = end {
                    if let Some(element) = open.pop() {
                        attach(&mut open, &mut root, element, line)?;
                    }
                }
            }
            Token::Text { text: content } => {
                let line = line_of(text, content.start());
                let value = unescape(content.as_str(), line)?;
                push_text(&mut open, value, line)?;
            }
            Token::Cdata { text: content, .. } => {
                let line = line_of(text, content.start());
                push_text(&mut open, content.as_str().to_string(), line)?;
            }
            _ => {}
        }
    }
    if let Some(element) = open.pop() {
        return Err(SyntaxError {
            line: element.line,
            message: format!("<{}> is never closed", element.name),
        });
    }
    root.ok_or(SyntaxError {
        line: 1,
        message: "the template has no <document> element".into(),
    })
}

/// A finished element goes into its parent, or becomes the root (only one is allowed).
fn attach(
    open: &mut [Element],
    root: &mut Option<Element>,
    element: Element,
    line: usize,
) -> Result<(), SyntaxError> {
    if let Some(parent) = open.last_mut() {
        parent.children.push(Node::Element(element));
        return Ok(());
    }
    if root.is_some() {
        return Err(SyntaxError {
            line,
            message: "only one root element is allowed".into(),
        });
    }
    *root = Some(element);
    Ok(())
}

fn push_text(open: &mut [Element], value: String, line: usize) -> Result<(), SyntaxError> {
    match open.last_mut() {
        Some(parent) => {
            parent.children.push(Node::Text(value));
            Ok(())
        }
        None if value.trim().is_empty() => Ok(()),
        None => Err(SyntaxError {
            line,
            message: "text outside the <document> element".into(),
        }),
    }
}

/// 1-based line of a byte offset.
pub(crate) fn line_of(text: &str, offset: usize) -> usize {
    text.as_bytes()[..offset.min(text.len())]
        .iter()
        .filter(|byte| **byte == b'\n')
        .count()
        + 1
}

/// Resolves the five XML entities and numeric character references (minijinja's escaping
/// writes `&#x27;`, `&#x2f;`).
fn unescape(raw: &str, line: usize) -> Result<String, SyntaxError> {
    if !raw.contains('&') {
        return Ok(raw.to_string());
    }
    let mut out = String::with_capacity(raw.len());
    let mut rest = raw;
    while let Some(start) = rest.find('&') {
        out.push_str(&rest[..start]);
        let after = &rest[start + 1..];
        let end = after.find(';').ok_or_else(|| bad_entity(after, line))?;
        out.push(entity(&after[..end]).ok_or_else(|| bad_entity(after, line))?);
        rest = &after[end + 1..];
    }
    out.push_str(rest);
    Ok(out)
}

fn entity(name: &str) -> Option<char> {
    match name {
        "amp" => Some('&'),
        "lt" => Some('<'),
        "gt" => Some('>'),
        "quot" => Some('"'),
        "apos" => Some('\''),
        _ => {
            let number = name.strip_prefix('#')?;
            let code = match number.strip_prefix(['x', 'X']) {
                Some(hex) => u32::from_str_radix(hex, 16).ok()?,
                None => number.parse().ok()?,
            };
            char::from_u32(code)
        }
    }
}

fn bad_entity(after: &str, line: usize) -> SyntaxError {
    let shown: String = after.chars().take(12).collect();
    SyntaxError {
        line,
        message: format!("unknown entity &{shown}… (write &amp; for an ampersand)"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn elements_know_their_lines_and_entities_are_resolved() {
        let root = parse("<document>\n<p a=\"x&amp;y\">A &#x2f; B</p>\n</document>").unwrap();
        let Node::Element(p) = &root.children[1] else {
            panic!("no p: {root:?}")
        };
        assert_eq!(p.line, 2);
        assert_eq!(p.attribute("a"), Some("x&y"));
        assert!(matches!(&p.children[0], Node::Text(t) if t == "A / B"));
    }

    #[test]
    fn a_mismatched_close_names_both_lines() {
        let error = parse("<document>\n<p>\n</b>\n</document>").unwrap_err();
        assert_eq!(error.line, 3);
        assert!(error.message.contains("opened on line 2"), "{error:?}");
    }
}
