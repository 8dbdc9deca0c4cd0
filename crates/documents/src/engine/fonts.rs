//! The embedded fonts (DejaVu Sans, see `fonts/LICENSE-DejaVu.txt`) and text measuring with
//! their own advance widths, the same widths the PDF viewer uses.

use printpdf::ParsedFont;
use std::sync::Arc;

const REGULAR: &[u8] = include_bytes!("../../fonts/DejaVuSans.ttf");
const BOLD: &[u8] = include_bytes!("../../fonts/DejaVuSans-Bold.ttf");
const OBLIQUE: &[u8] = include_bytes!("../../fonts/DejaVuSans-Oblique.ttf");

/// Which face a piece of text is set in (bold italic is set bold: no such face is shipped).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub(crate) enum Face {
    Regular,
    Bold,
    Italic,
}

impl Face {
    pub fn of(bold: bool, italic: bool) -> Face {
        match (bold, italic) {
            (true, _) => Face::Bold,
            (false, true) => Face::Italic,
            (false, false) => Face::Regular,
        }
    }

    /// The resource name in the PDF (fixed, so the bytes are the same every time).
    pub fn resource_name(self) -> &'static str {
        match self {
            Face::Regular => "F1",
            Face::Bold => "F2",
            Face::Italic => "F3",
        }
    }
}

/// One parsed face with its advance widths per character cached for the common scripts.
#[derive(Debug)]
pub(crate) struct FontFace {
    pub parsed: ParsedFont,
    units_per_em: f32,
    /// Advances (font units) of U+0000..U+0500 (Latin, Latin Extended, Cyrillic).
    common: Vec<u16>,
    /// Ascent above the baseline, as a share of the font size.
    pub ascent: f32,
}

impl FontFace {
    fn parse(bytes: &[u8]) -> Result<FontFace, String> {
        let parsed = ParsedFont::from_bytes(bytes, 0, &mut Vec::new())
            .ok_or_else(|| "the embedded font does not parse".to_string())?;
        let units_per_em = f32::from(parsed.pdf_font_metrics.units_per_em.max(1));
        let ascent = f32::from(parsed.hhea_table.ascender) / units_per_em;
        let mut face = FontFace {
            parsed,
            units_per_em,
            common: Vec::new(),
            ascent,
        };
        face.common = (0..0x500u32).map(|code| face.advance_of(code)).collect();
        Ok(face)
    }

    fn advance_of(&self, code: u32) -> u16 {
        let glyph = self.parsed.lookup_glyph_index(code).unwrap_or(0);
        self.parsed.get_horizontal_advance(glyph)
    }

    /// The width of `text` at `size` points, in points.
    pub fn width(&self, text: &str, size: f32) -> f32 {
        let units: u32 = text
            .chars()
            .map(|c| {
                let code = c as u32;
                let advance = match self.common.get(code as usize) {
                    Some(advance) => *advance,
                    None => self.advance_of(code),
                };
                u32::from(advance)
            })
            .sum();
        units as f32 * size / self.units_per_em
    }
}

/// The three faces, parsed once at load and shared by every rendering.
#[derive(Debug, Clone)]
pub(crate) struct Fonts(Arc<[FontFace; 3]>);

impl Fonts {
    pub fn load() -> Result<Fonts, String> {
        Ok(Fonts(Arc::new([
            FontFace::parse(REGULAR)?,
            FontFace::parse(BOLD)?,
            FontFace::parse(OBLIQUE)?,
        ])))
    }

    pub fn face(&self, face: Face) -> &FontFace {
        &self.0[face as usize]
    }

    pub fn width(&self, face: Face, text: &str, size: f32) -> f32 {
        self.face(face).width(text, size)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bold_is_wider_than_regular_and_widths_add_up() {
        let fonts = Fonts::load().unwrap();
        let regular = fonts.width(Face::Regular, "Zażółć gęślą jaźń", 10.0);
        let bold = fonts.width(Face::Bold, "Zażółć gęślą jaźń", 10.0);
        assert!(bold > regular, "{bold} > {regular}");
        let parts = fonts.width(Face::Regular, "Zażółć ", 10.0)
            + fonts.width(Face::Regular, "gęślą jaźń", 10.0);
        assert!((parts - regular).abs() < 0.001);
        // DejaVu Sans: "M" is 1716 of 2048 units wide.
        let m = fonts.width(Face::Regular, "M", 2048.0);
        assert!((m - 1767.0).abs() < 0.5, "{m}");
    }
}
