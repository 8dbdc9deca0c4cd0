//! Tables: column widths from shares and lengths, text wrapped inside each cell, rows moved to
//! the next page whole when they fit there (split by lines when taller than a page), header
//! rows repeated at the top of every page the table continues on.

use super::layout::{Draw, Flow, LEADING, MM};
use super::markup::{Align, Inline, Table, Width};
use super::wrap::{wrap, Line};

const PAD_X: f32 = 1.5 * MM;
const PAD_Y: f32 = 1.0 * MM;

struct CellBox {
    x: f32,
    width: f32,
    align: Align,
    lines: Vec<Line>,
}

struct RowBox {
    cells: Vec<CellBox>,
    lines: usize,
}

/// Column widths in points for a table `available` points wide. Fixed columns wider than the
/// page are scaled down together.
pub(crate) fn column_widths(widths: &[Width], available: f32) -> Vec<f32> {
    let fixed: f32 = widths
        .iter()
        .map(|w| if let Width::Mm(mm) = w { mm * MM } else { 0.0 })
        .sum();
    let shares: f32 = widths
        .iter()
        .map(|w| if let Width::Share(s) = w { *s } else { 0.0 })
        .sum();
    let scale = if fixed > available {
        available / fixed
    } else {
        1.0
    };
    let left = (available - fixed).max(0.0);
    widths
        .iter()
        .map(|width| match width {
            Width::Mm(mm) => mm * MM * scale,
            Width::Share(share) => left * share / shares,
        })
        .collect()
}

pub(crate) fn place(flow: &mut Flow, table: &Table) {
    let columns = column_widths(&table.widths, flow.width);
    let rows: Vec<RowBox> = table
        .rows
        .iter()
        .enumerate()
        .map(|(index, cells)| row_box(flow, table, &columns, cells, index < table.header_rows))
        .collect();
    let (header, body) = rows.split_at(table.header_rows.min(rows.len()));
    let header_height: f32 = header.iter().map(|row| height(row, table.size)).sum();
    let first = body.first().map_or(0.0, |row| height(row, table.size));
    flow.ensure(header_height + first.min(flow.bottom - flow.top - header_height));
    for row in header {
        piece(flow, table, row, 0, row.lines);
    }
    for row in body {
        body_row(flow, table, row, header, header_height);
    }
    flow.y += table.size * 0.5;
}

fn row_box(
    flow: &Flow,
    table: &Table,
    columns: &[f32],
    cells: &[super::markup::Cell],
    header: bool,
) -> RowBox {
    let mut x = flow.left;
    let mut column = 0;
    let mut boxes = Vec::new();
    for cell in cells {
        let end = (column + cell.span).min(columns.len());
        let width: f32 = columns[column.min(end)..end].iter().sum();
        let inlines = if header {
            embolden(&cell.inlines)
        } else {
            cell.inlines.clone()
        };
        let inner = (width - 2.0 * PAD_X).max(1.0);
        let lines = wrap(flow.fonts, &inlines, table.size, inner, flow.numbers);
        boxes.push(CellBox {
            x,
            width,
            align: cell.align,
            lines,
        });
        x += width;
        column = end;
    }
    let lines = boxes
        .iter()
        .map(|cell| cell.lines.len())
        .max()
        .unwrap_or(1)
        .max(1);
    RowBox {
        cells: boxes,
        lines,
    }
}

fn height(row: &RowBox, size: f32) -> f32 {
    row.lines as f32 * LEADING * size + 2.0 * PAD_Y
}

/// One body row: here if it fits, else on a fresh page (after the repeated header), split by
/// lines only when it does not fit on a fresh page either.
fn body_row(flow: &mut Flow, table: &Table, row: &RowBox, header: &[RowBox], header_height: f32) {
    let line_height = LEADING * table.size;
    let mut start = 0;
    while start < row.lines {
        let needed = (row.lines - start) as f32 * line_height + 2.0 * PAD_Y;
        if flow.y + needed <= flow.bottom {
            piece(flow, table, row, start, row.lines);
            return;
        }
        let fresh = flow.bottom - flow.top - header_height;
        let fit = ((flow.bottom - flow.y - 2.0 * PAD_Y) / line_height)
            .floor()
            .max(0.0) as usize;
        let at_top = flow.y <= flow.top + header_height + 0.01;
        // A line taller than the page still goes somewhere (no endless loop).
        let fit = if at_top { fit.max(1) } else { fit };
        if (needed > fresh || at_top) && fit > 0 {
            let end = (start + fit).min(row.lines);
            piece(flow, table, row, start, end);
            start = end;
        }
        if start < row.lines {
            flow.new_page();
            for header_row in header {
                piece(flow, table, header_row, 0, header_row.lines);
            }
        }
    }
}

/// Lines `start..end` of every cell of `row`, with the borders around them.
fn piece(flow: &mut Flow, table: &Table, row: &RowBox, start: usize, end: usize) {
    let line_height = LEADING * table.size;
    let top = flow.y;
    let bottom = top + (end - start) as f32 * line_height + 2.0 * PAD_Y;
    for cell in &row.cells {
        let shown = cell
            .lines
            .iter()
            .skip(start)
            .take(end.saturating_sub(start));
        for (index, line) in shown.enumerate() {
            let line_top = top + PAD_Y + index as f32 * line_height;
            let (left, width) = (cell.x + PAD_X, (cell.width - 2.0 * PAD_X).max(1.0));
            flow.text_line(line, table.size, cell.align, left, width, line_top);
        }
    }
    if table.borders {
        borders(flow, row, top, bottom);
    }
    flow.y = bottom;
}

fn borders(flow: &mut Flow, row: &RowBox, top: f32, bottom: f32) {
    let (Some(first), Some(last)) = (row.cells.first(), row.cells.last()) else {
        return;
    };
    let (x1, x2) = (first.x, last.x + last.width);
    flow.draw(Draw::Line {
        x1,
        y1: top,
        x2,
        y2: top,
    });
    flow.draw(Draw::Line {
        x1,
        y1: bottom,
        x2,
        y2: bottom,
    });
    for x in row.cells.iter().map(|cell| cell.x).chain([x2]) {
        flow.draw(Draw::Line {
            x1: x,
            y1: top,
            x2: x,
            y2: bottom,
        });
    }
}

fn embolden(inlines: &[Inline]) -> Vec<Inline> {
    inlines
        .iter()
        .map(|inline| match inline {
            Inline::Text { text, italic, .. } => Inline::Text {
                text: text.clone(),
                bold: true,
                italic: *italic,
            },
            other => other.clone(),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fixed_columns_take_their_length_and_shares_split_the_rest() {
        let widths = column_widths(
            &[Width::Mm(30.0), Width::Share(1.0), Width::Share(3.0)],
            170.0 * MM,
        );
        assert!((widths[0] - 30.0 * MM).abs() < 0.01);
        assert!((widths[1] - 35.0 * MM).abs() < 0.01);
        assert!((widths[2] - 105.0 * MM).abs() < 0.01);
    }
}
