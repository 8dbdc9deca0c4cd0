//! The attributes every element may carry (alignment, size, counts, lengths, column widths),
//! read with an error naming the line and what to write instead.

use super::*;

impl Reader {
    pub(super) fn no_children(&mut self, element: &Element) {
        let has_content = element.children.iter().any(|node| match node {
            Node::Text(text) => !text.trim().is_empty(),
            Node::Element(_) => true,
        });
        if has_content {
            self.error(
                element.line,
                format!("<{}/> takes no content", element.name),
            );
        }
    }

    pub(super) fn align(&mut self, element: &Element) -> Align {
        match element.attribute("align") {
            None | Some("left") => Align::Left,
            Some("center") => Align::Center,
            Some("right") => Align::Right,
            Some(other) => {
                self.error(
                    element.line,
                    format!("align=\"{other}\": write left, center or right"),
                );
                Align::Left
            }
        }
    }

    pub(super) fn size(&mut self, element: &Element, default: f32) -> f32 {
        let Some(value) = element.attribute("size") else {
            return default;
        };
        match value.strip_suffix("pt").and_then(|n| n.parse::<f32>().ok()) {
            Some(size) if (5.0..=40.0).contains(&size) => size,
            _ => {
                self.error(
                    element.line,
                    format!("size=\"{value}\": write points from 5pt to 40pt"),
                );
                default
            }
        }
    }

    pub(super) fn count(&mut self, element: &Element, name: &str, default: usize) -> usize {
        match element.attribute(name) {
            None => default,
            Some(value) => value.parse().unwrap_or_else(|_| {
                self.error(
                    element.line,
                    format!("{name}=\"{value}\": write a whole number"),
                );
                default
            }),
        }
    }

    /// A length in mm ("12mm") or points ("10pt"), returned in mm.
    pub(super) fn length(&mut self, element: &Element, value: &str) -> Option<f32> {
        let parsed = parse_length(value);
        if parsed.is_none() {
            self.error(
                element.line,
                format!("\"{value}\" is not a length: write e.g. 12mm or 10pt"),
            );
        }
        parsed
    }

    pub(super) fn widths(&mut self, element: &Element, value: &str) -> Vec<Width> {
        let mut widths = Vec::new();
        for part in value.split(',').map(str::trim) {
            let width = if part.ends_with("mm") || part.ends_with("pt") {
                parse_length(part).map(Width::Mm)
            } else {
                part.parse::<f32>()
                    .ok()
                    .filter(|share| *share > 0.0)
                    .map(Width::Share)
            };
            match width {
                Some(width) => widths.push(width),
                None => self.error(
                    element.line,
                    format!(
                        "width \"{part}\" in \"{value}\": write a share (2) or a length (30mm)"
                    ),
                ),
            }
        }
        widths
    }
}

fn parse_length(value: &str) -> Option<f32> {
    let (number, factor) = if let Some(mm) = value.strip_suffix("mm") {
        (mm, 1.0)
    } else {
        (value.strip_suffix("pt")?, 25.4 / 72.0)
    };
    let number: f32 = number.trim().parse().ok()?;
    (number >= 0.0 && number.is_finite()).then_some(number * factor)
}
