//! Pagination: blocks placed top to bottom inside the page margins, a new page when one is full.
//! Coordinates are points from the page's top-left corner (the PDF writer turns them round).

use super::fonts::{Face, Fonts};
use super::markup::{Align, Block, Markup, Paragraph, Signatory};
use super::wrap::{wrap, Line, Numbers};

pub(crate) const MM: f32 = 72.0 / 25.4;
pub(crate) const PAGE_WIDTH: f32 = 210.0 * MM;
pub(crate) const PAGE_HEIGHT: f32 = 297.0 * MM;
/// Line height as a multiple of the font size.
pub(crate) const LEADING: f32 = 1.3;

/// Something to draw on a page.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Draw {
    /// Text with its baseline at `y`.
    Text {
        x: f32,
        y: f32,
        size: f32,
        face: Face,
        text: String,
    },
    Line {
        x1: f32,
        y1: f32,
        x2: f32,
        y2: f32,
    },
    /// The tenant's logo in the box (top-left corner, size).
    Logo {
        x: f32,
        y: f32,
        width: f32,
        height: f32,
    },
}

#[derive(Debug, Clone, PartialEq, Default)]
pub(crate) struct Page {
    pub items: Vec<Draw>,
}

/// The logo's width over its height, when the tenant has one.
pub(crate) type LogoRatio = Option<f32>;

/// The page area being filled and the pages filled so far.
pub(crate) struct Flow<'a> {
    pub fonts: &'a Fonts,
    pub logo: LogoRatio,
    pub pages: Vec<Page>,
    pub left: f32,
    pub width: f32,
    pub top: f32,
    pub bottom: f32,
    pub y: f32,
    pub numbers: Option<Numbers>,
}

impl<'a> Flow<'a> {
    pub fn new(
        fonts: &'a Fonts,
        logo: LogoRatio,
        left: f32,
        width: f32,
        top: f32,
        bottom: f32,
    ) -> Self {
        Flow {
            fonts,
            logo,
            pages: vec![Page::default()],
            left,
            width,
            top,
            bottom,
            y: top,
            numbers: None,
        }
    }

    pub fn draw(&mut self, item: Draw) {
        if let Some(page) = self.pages.last_mut() {
            page.items.push(item);
        }
    }

    pub fn new_page(&mut self) {
        self.pages.push(Page::default());
        self.y = self.top;
    }

    /// Starts a new page unless `height` fits below (or the page is still empty).
    pub fn ensure(&mut self, height: f32) {
        if self.y + height > self.bottom && self.y > self.top {
            self.new_page();
        }
    }

    pub fn blocks(&mut self, blocks: &[Block]) {
        for (index, block) in blocks.iter().enumerate() {
            self.block(block, blocks.get(index + 1));
        }
    }

    fn block(&mut self, block: &Block, next: Option<&Block>) {
        match block {
            Block::Heading { level, paragraph } => {
                self.y += paragraph.size * if *level == 1 { 0.6 } else { 0.5 };
                // A heading stays with the first lines of what follows it.
                let follow = next.map_or(0.0, |_| 3.0 * LEADING * paragraph.size);
                let lines = self.lines(paragraph, self.width);
                self.ensure(lines.len() as f32 * LEADING * paragraph.size + follow);
                self.paragraph_lines(&lines, paragraph, self.left, self.width);
                self.y += paragraph.size * 0.3;
            }
            Block::Paragraph(paragraph) => {
                let lines = self.lines(paragraph, self.width);
                self.paragraph_lines(&lines, paragraph, self.left, self.width);
                self.y += paragraph.size * 0.5;
            }
            Block::Table(table) => super::table::place(self, table),
            Block::Signatures(signatories) => self.signatures(signatories),
            Block::Logo { height_mm, align } => self.logo(*height_mm * MM, *align),
            Block::Spacer { height_mm } => self.y = (self.y + height_mm * MM).min(self.bottom),
            Block::PageBreak => self.new_page(),
            Block::KeepTogether(blocks) => {
                let height = self.measure(blocks);
                if height <= self.bottom - self.top {
                    self.ensure(height);
                }
                self.blocks(blocks);
            }
        }
    }

    /// The height `blocks` take when laid out from the top of an endless page.
    pub fn measure(&self, blocks: &[Block]) -> f32 {
        let mut scratch = Flow::new(self.fonts, self.logo, self.left, self.width, 0.0, f32::MAX);
        scratch.numbers = self.numbers;
        scratch.blocks(blocks);
        scratch.y
    }

    pub fn lines(&self, paragraph: &Paragraph, width: f32) -> Vec<Line> {
        wrap(
            self.fonts,
            &paragraph.inlines,
            paragraph.size,
            width,
            self.numbers,
        )
    }

    /// Lines one under the other, continuing on the next page when the page is full.
    fn paragraph_lines(&mut self, lines: &[Line], paragraph: &Paragraph, left: f32, width: f32) {
        let height = LEADING * paragraph.size;
        for line in lines {
            self.ensure(height);
            self.text_line(line, paragraph.size, paragraph.align, left, width, self.y);
            self.y += height;
        }
    }

    /// One line whose line box starts at `top`.
    pub fn text_line(
        &mut self,
        line: &Line,
        size: f32,
        align: Align,
        left: f32,
        width: f32,
        top: f32,
    ) {
        let offset = match align {
            Align::Left => 0.0,
            Align::Center => (width - line.width).max(0.0) / 2.0,
            Align::Right => (width - line.width).max(0.0),
        };
        let ascent = self.fonts.face(Face::Regular).ascent;
        let baseline = top + (LEADING - 1.0) / 2.0 * size + ascent * size;
        for fragment in &line.fragments {
            self.draw(Draw::Text {
                x: left + offset + fragment.x,
                y: baseline,
                size,
                face: fragment.face,
                text: fragment.text.clone(),
            });
        }
    }

    fn logo(&mut self, height: f32, align: Align) {
        let Some(ratio) = self.logo else { return };
        let width = (height * ratio).min(self.width);
        let height = width / ratio;
        self.ensure(height);
        let x = match align {
            Align::Left => self.left,
            Align::Center => self.left + (self.width - width) / 2.0,
            Align::Right => self.left + self.width - width,
        };
        self.draw(Draw::Logo {
            x,
            y: self.y,
            width,
            height,
        });
        self.y += height + 2.0 * MM;
    }

    /// Signatories side by side (at most three a row): room to sign, a line, name, function.
    fn signatures(&mut self, signatories: &[Signatory]) {
        const PER_ROW: usize = 3;
        let size = 9.0;
        let gap = 8.0 * MM;
        for row in signatories.chunks(PER_ROW) {
            let columns = row.len().max(2) as f32;
            let column_width = (self.width - gap * (columns - 1.0)) / columns;
            let texts: Vec<(Vec<Line>, Vec<Line>)> = row
                .iter()
                .map(|signatory| self.signatory_lines(signatory, size, column_width))
                .collect();
            let most = texts
                .iter()
                .map(|(n, f)| n.len() + f.len())
                .max()
                .unwrap_or(0);
            let room = 18.0 * MM;
            self.ensure(room + most as f32 * LEADING * size + 4.0 * MM);
            let line_y = self.y + room;
            for (index, (name, function)) in texts.iter().enumerate() {
                let left = self.left + index as f32 * (column_width + gap);
                self.draw(Draw::Line {
                    x1: left,
                    y1: line_y,
                    x2: left + column_width,
                    y2: line_y,
                });
                let mut top = line_y + 1.0 * MM;
                for line in name.iter().chain(function) {
                    self.text_line(line, size, Align::Center, left, column_width, top);
                    top += LEADING * size;
                }
            }
            self.y = line_y + 1.0 * MM + most as f32 * LEADING * size + 4.0 * MM;
        }
    }

    fn signatory_lines(
        &self,
        signatory: &Signatory,
        size: f32,
        width: f32,
    ) -> (Vec<Line>, Vec<Line>) {
        use super::markup::Inline;
        let name = [Inline::Text {
            text: signatory.name.clone(),
            bold: true,
            italic: false,
        }];
        let function = [Inline::Text {
            text: signatory.function.clone(),
            bold: false,
            italic: false,
        }];
        let function_lines = if signatory.function.trim().is_empty() {
            Vec::new()
        } else {
            wrap(self.fonts, &function, size, width, None)
        };
        (wrap(self.fonts, &name, size, width, None), function_lines)
    }
}

/// Lays the whole document out: the body first (to know the page count), then each page's
/// header and footer with its page number.
pub(crate) fn layout(fonts: &Fonts, markup: &Markup, logo: LogoRatio) -> Vec<Page> {
    let margin = markup.margin_mm * MM;
    let width = PAGE_WIDTH - 2.0 * margin;
    let header = Flow::new(fonts, logo, margin, width, 0.0, f32::MAX).measure(&markup.header);
    let footer = Flow::new(fonts, logo, margin, width, 0.0, f32::MAX).measure(&markup.footer);
    let gap = if markup.header.is_empty() {
        0.0
    } else {
        3.0 * MM
    };
    let top = margin + header + gap;
    let bottom = PAGE_HEIGHT
        - margin
        - footer
        - if markup.footer.is_empty() {
            0.0
        } else {
            3.0 * MM
        };
    let mut body = Flow::new(fonts, logo, margin, width, top, bottom.max(top + 20.0 * MM));
    body.blocks(&markup.body);
    let count = body.pages.len();
    let mut pages = body.pages;
    for (index, page) in pages.iter_mut().enumerate() {
        let numbers = Some(Numbers {
            page: index + 1,
            count,
        });
        let mut head = Flow::new(fonts, logo, margin, width, margin, f32::MAX);
        head.numbers = numbers;
        head.blocks(&markup.header);
        let mut foot = Flow::new(
            fonts,
            logo,
            margin,
            width,
            PAGE_HEIGHT - margin - footer,
            f32::MAX,
        );
        foot.numbers = numbers;
        foot.blocks(&markup.footer);
        for flow in [head, foot] {
            page.items
                .extend(flow.pages.into_iter().flat_map(|p| p.items));
        }
    }
    pages
}
