//! Inline content measured and broken into lines that fit a width: at spaces, and inside a word
//! (by character) only when the word alone is wider than the line.

use super::fonts::{Face, Fonts};
use super::markup::Inline;

/// A run of text set in one face, placed `x` points from the line's start.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Fragment {
    pub text: String,
    pub face: Face,
    pub x: f32,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub(crate) struct Line {
    pub fragments: Vec<Fragment>,
    pub width: f32,
}

/// Page numbers for `<page-number/>` and `<page-count/>` (None while measuring the body).
#[derive(Debug, Clone, Copy)]
pub(crate) struct Numbers {
    pub page: usize,
    pub count: usize,
}

enum Token {
    Word(Vec<(Face, String)>),
    Space(Face),
    Break,
}

/// Word characters are everything but these (a no-break space U+00A0 keeps words together).
fn is_space(c: char) -> bool {
    matches!(c, ' ' | '\t' | '\n' | '\r')
}

/// Splits inline content into words, collapsed spaces and explicit breaks.
fn tokens(inlines: &[Inline], numbers: Option<Numbers>) -> Vec<Token> {
    let mut tokens = Vec::new();
    let mut word: Vec<(Face, String)> = Vec::new();
    let push_char = |tokens: &mut Vec<Token>, word: &mut Vec<(Face, String)>, face, c| {
        if is_space(c) {
            if !word.is_empty() {
                tokens.push(Token::Word(std::mem::take(word)));
            }
            if !matches!(
                tokens.last(),
                Some(Token::Space(_)) | Some(Token::Break) | None
            ) {
                tokens.push(Token::Space(face));
            }
            return;
        }
        match word.last_mut() {
            Some((last, text)) if *last == face => text.push(c),
            _ => word.push((face, c.to_string())),
        }
    };
    for inline in inlines {
        let (text, face) = match inline {
            Inline::Text { text, bold, italic } => (text.clone(), Face::of(*bold, *italic)),
            Inline::PageNumber { bold, italic } => (
                numbers.map_or("999".into(), |n| n.page.to_string()),
                Face::of(*bold, *italic),
            ),
            Inline::PageCount { bold, italic } => (
                numbers.map_or("999".into(), |n| n.count.to_string()),
                Face::of(*bold, *italic),
            ),
            Inline::LineBreak => {
                if !word.is_empty() {
                    tokens.push(Token::Word(std::mem::take(&mut word)));
                }
                if matches!(tokens.last(), Some(Token::Space(_))) {
                    tokens.pop();
                }
                tokens.push(Token::Break);
                continue;
            }
        };
        for c in text.chars() {
            push_char(&mut tokens, &mut word, face, c);
        }
    }
    if !word.is_empty() {
        tokens.push(Token::Word(word));
    }
    tokens
}

/// Breaks `inlines` into lines no wider than `max_width` points at `size` points.
pub(crate) fn wrap(
    fonts: &Fonts,
    inlines: &[Inline],
    size: f32,
    max_width: f32,
    numbers: Option<Numbers>,
) -> Vec<Line> {
    let mut lines = Vec::new();
    let mut line = Line::default();
    let mut pending_space: Option<Face> = None;
    for token in tokens(inlines, numbers) {
        match token {
            Token::Break => {
                lines.push(std::mem::take(&mut line));
                pending_space = None;
            }
            Token::Space(face) => pending_space = Some(face),
            Token::Word(parts) => {
                let width: f32 = parts.iter().map(|(f, t)| fonts.width(*f, t, size)).sum();
                let space = pending_space.take().filter(|_| !line.fragments.is_empty());
                let space_width = space.map_or(0.0, |f| fonts.width(f, " ", size));
                if line.fragments.is_empty() || line.width + space_width + width <= max_width {
                    if let Some(face) = space {
                        push(&mut line, face, " ", space_width);
                    }
                } else {
                    lines.push(std::mem::take(&mut line));
                }
                if line.width + width <= max_width {
                    for (face, text) in &parts {
                        push(&mut line, *face, text, fonts.width(*face, text, size));
                    }
                } else {
                    break_word(fonts, &parts, size, max_width, &mut line, &mut lines);
                }
            }
        }
    }
    if !line.fragments.is_empty() || lines.is_empty() {
        lines.push(line);
    }
    lines
}

/// A word wider than the line goes in by character, starting a new line when one is full.
fn break_word(
    fonts: &Fonts,
    parts: &[(Face, String)],
    size: f32,
    max_width: f32,
    line: &mut Line,
    lines: &mut Vec<Line>,
) {
    let mut buffer = [0u8; 4];
    for (face, text) in parts {
        for c in text.chars() {
            let piece: &str = c.encode_utf8(&mut buffer);
            let width = fonts.width(*face, piece, size);
            if !line.fragments.is_empty() && line.width + width > max_width {
                lines.push(std::mem::take(line));
            }
            push(line, *face, piece, width);
        }
    }
}

/// Appends text to the line, joining it to the last fragment when the face is the same.
fn push(line: &mut Line, face: Face, text: &str, width: f32) {
    match line.fragments.last_mut() {
        Some(last) if last.face == face => last.text.push_str(text),
        _ => line.fragments.push(Fragment {
            text: text.to_string(),
            face,
            x: line.width,
        }),
    }
    line.width += width;
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(text: &str) -> Inline {
        Inline::Text {
            text: text.into(),
            bold: false,
            italic: false,
        }
    }

    #[test]
    fn lines_never_exceed_the_width_and_keep_every_character() {
        let fonts = Fonts::load().unwrap();
        let long = format!("Koszt {} koniec", "x".repeat(40));
        let lines = wrap(&fonts, &[text(&long)], 10.0, 60.0, None);
        assert!(lines.len() > 3, "{lines:?}");
        for line in &lines {
            assert!(line.width <= 60.0 + 0.001, "{line:?}");
        }
        let joined: String = lines
            .iter()
            .flat_map(|l| l.fragments.iter().map(|f| f.text.clone()))
            .collect();
        assert_eq!(joined.replace(' ', ""), long.replace(' ', ""));
    }

    #[test]
    fn spaces_collapse_and_breaks_start_new_lines() {
        let fonts = Fonts::load().unwrap();
        let inlines = [text("  a \n  b "), Inline::LineBreak, text("c")];
        let lines = wrap(&fonts, &inlines, 10.0, 500.0, None);
        assert_eq!(lines.len(), 2);
        assert_eq!(lines[0].fragments[0].text, "a b");
        assert_eq!(lines[1].fragments[0].text, "c");
    }
}
