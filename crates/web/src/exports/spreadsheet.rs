//! The ranking as an XLSX workbook (rust_xlsxwriter): the same columns as the CSV, Polish
//! headers, amounts as numbers formatted with two decimals.
//!
//! An amount cell holds the double nearest to the exact decimal (the value a person typing it
//! would store); it is built from the decimal text of the minor units, never by arithmetic on a
//! float, so it reads back as the same two-decimal figure.

use super::ranking::{cells, headers, ranking_rows};
use granty_store::evaluation::ranking::RankingBoard;
use rust_xlsxwriter::{Format, Workbook, XlsxError};

/// The columns (counted from the end) that hold amounts: requested, awarded, pool left.
const AMOUNT_COLUMNS_FROM_END: [usize; 3] = [4, 3, 1];

pub fn ranking_xlsx(board: &RankingBoard) -> Result<Vec<u8>, XlsxError> {
    let mut workbook = Workbook::new();
    let sheet = workbook.add_worksheet();
    sheet.set_name("Ranking")?;
    let bold = Format::new().set_bold();
    let money = Format::new().set_num_format("#,##0.00");
    let titles = headers(board);
    for (col, title) in titles.iter().enumerate() {
        sheet.write_string_with_format(0, col as u16, title, &bold)?;
    }
    let width = titles.len();
    let amount_cols: Vec<usize> = AMOUNT_COLUMNS_FROM_END.iter().map(|c| width - c).collect();
    for (i, row) in ranking_rows(board).iter().enumerate() {
        let r = i as u32 + 1;
        for (col, text) in cells(row).iter().enumerate() {
            let c = col as u16;
            match text.parse::<f64>() {
                Ok(value) if amount_cols.contains(&col) => {
                    sheet.write_number_with_format(r, c, value, &money)?;
                }
                _ => {
                    sheet.write_string(r, c, text)?;
                }
            }
        }
    }
    sheet.autofit();
    workbook.save_to_buffer()
}
