//! Tables, the label/value `<fields>` (a two-column table) and the signature block, as the
//! markup reader checks them.

use super::*;

impl Reader {
    pub(super) fn table(&mut self, element: &Element, size: f32) -> Table {
        let fields = element.name == "fields";
        if fields {
            self.allow(element, &["label-width", "size"]);
        } else {
            self.allow(element, &["widths", "header-rows", "borders", "size"]);
        }
        let size = self.size(element, size);
        let widths = if fields {
            let label = element.attribute("label-width").unwrap_or("1");
            let label = self
                .widths(element, label)
                .first()
                .copied()
                .unwrap_or(Width::Share(1.0));
            vec![label, Width::Share(2.0)]
        } else {
            match element.attribute("widths") {
                Some(widths) => self.widths(element, widths),
                None => {
                    self.error(
                        element.line,
                        "<table> needs widths=\"…\" (e.g. \"1,2,30mm\")".into(),
                    );
                    vec![Width::Share(1.0)]
                }
            }
        };
        let header_rows = self.count(element, "header-rows", 0);
        let borders = match element.attribute("borders") {
            None | Some("yes") => !fields,
            Some("no") => false,
            Some(other) => {
                self.error(
                    element.line,
                    format!("borders=\"{other}\": write yes or no"),
                );
                true
            }
        };
        let rows = if fields {
            self.field_rows(element)
        } else {
            self.rows(element, widths.len())
        };
        Table {
            widths,
            header_rows,
            rows,
            borders,
            size,
        }
    }

    pub(super) fn rows(&mut self, table: &Element, columns: usize) -> Vec<Vec<Cell>> {
        let mut rows = Vec::new();
        for row in elements(self, table) {
            if row.name != "row" {
                self.error(row.line, unknown_element(&row.name, &["row"]));
                continue;
            }
            self.allow(row, &[]);
            let mut cells = Vec::new();
            for cell in elements(self, row) {
                if cell.name != "cell" {
                    self.error(cell.line, unknown_element(&cell.name, &["cell"]));
                    continue;
                }
                self.allow(cell, &["align", "span"]);
                let mut inlines = Vec::new();
                self.inlines(cell, false, false, &mut inlines);
                let span = self.count(cell, "span", 1).max(1);
                cells.push(Cell {
                    inlines,
                    align: self.align(cell),
                    span,
                });
            }
            let used: usize = cells.iter().map(|cell| cell.span).sum();
            // No columns: the widths were wrong, which is reported already.
            if columns > 0 && used > columns {
                self.error(
                    row.line,
                    format!("this row has {used} cells, the table {columns} columns"),
                );
            }
            rows.push(cells);
        }
        rows
    }

    pub(super) fn field_rows(&mut self, fields: &Element) -> Vec<Vec<Cell>> {
        let mut rows = Vec::new();
        for field in elements(self, fields) {
            if field.name != "field" {
                self.error(field.line, unknown_element(&field.name, &["field"]));
                continue;
            }
            self.allow(field, &["label"]);
            let label = field.attribute("label").unwrap_or_default().to_string();
            let mut value = Vec::new();
            self.inlines(field, false, false, &mut value);
            let label = vec![Inline::Text {
                text: label,
                bold: true,
                italic: false,
            }];
            rows.push(vec![
                Cell {
                    inlines: label,
                    align: Align::Left,
                    span: 1,
                },
                Cell {
                    inlines: value,
                    align: Align::Left,
                    span: 1,
                },
            ]);
        }
        rows
    }

    pub(super) fn signatures(&mut self, element: &Element) -> Vec<Signatory> {
        self.allow(element, &[]);
        let mut signatories = Vec::new();
        for child in elements(self, element) {
            if child.name != "signatory" {
                self.error(child.line, unknown_element(&child.name, &["signatory"]));
                continue;
            }
            self.allow(child, &["name", "function"]);
            self.no_children(child);
            signatories.push(Signatory {
                name: child.attribute("name").unwrap_or_default().to_string(),
                function: child.attribute("function").unwrap_or_default().to_string(),
            });
        }
        signatories
    }
}
