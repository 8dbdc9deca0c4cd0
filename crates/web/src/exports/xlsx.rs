//! XLSX as a streamed body (rust_xlsxwriter): the same columns as the CSV, bold headers, amounts
//! as numbers formatted with two decimals, dates and local times as Excel dates.
//!
//! Memory stays flat: the worksheet is added in rust_xlsxwriter's constant-memory mode, which
//! writes each finished row to a temporary file instead of keeping a table of every cell (and
//! writes strings inline rather than into a shared table that would grow with the rows). The
//! workbook is then zipped straight into the response through a bounded channel
//! (`save_to_writer` needs no `Seek`), so neither the rows nor the finished file are ever held
//! whole. The writer is synchronous: it runs on a blocking thread, reading the pages from the
//! store through the runtime's handle.
//!
//! An amount cell holds the double nearest to the exact decimal (the value a person typing it
//! would store); it is built from the decimal text of the minor units, never by arithmetic on a
//! float, so it reads back as the same two-decimal figure.

use super::table::{Cell, Row, Sheet};
use axum::body::Body;
use bytes::Bytes;
use chrono::{Datelike, NaiveDate, Timelike};
use futures::StreamExt;
use granty_domain::money::decimal_string;
use rust_xlsxwriter::{ExcelDateTime, Format, Workbook, Worksheet, XlsxError};
use std::io::{self, Write};
use tokio::runtime::Handle;
use tokio::sync::mpsc;

type Chunk = Result<Bytes, io::Error>;

/// How much of the zipped file is handed to the response at a time.
const CHUNK_BYTES: usize = 64 * 1024;

/// The workbook's bytes, sent to the response in chunks as the zip writer produces them.
struct ChannelWriter {
    sender: mpsc::Sender<Chunk>,
    buffer: Vec<u8>,
}

impl ChannelWriter {
    fn send(&mut self) -> io::Result<()> {
        if self.buffer.is_empty() {
            return Ok(());
        }
        let chunk = Bytes::from(std::mem::replace(
            &mut self.buffer,
            Vec::with_capacity(CHUNK_BYTES),
        ));
        // The receiver is gone when the client went away: stop writing.
        self.sender
            .blocking_send(Ok(chunk))
            .map_err(|_| io::Error::new(io::ErrorKind::BrokenPipe, "the download was abandoned"))
    }
}

impl Write for ChannelWriter {
    fn write(&mut self, bytes: &[u8]) -> io::Result<usize> {
        self.buffer.extend_from_slice(bytes);
        if self.buffer.len() >= CHUNK_BYTES {
            self.send()?;
        }
        Ok(bytes.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        self.send()
    }
}

/// The formats of the workbook's cells.
struct Formats {
    bold: Format,
    money: Format,
    points: Format,
    date: Format,
    time: Format,
}

impl Formats {
    fn new() -> Formats {
        Formats {
            bold: Format::new().set_bold(),
            money: Format::new().set_num_format("#,##0.00"),
            points: Format::new().set_num_format("0.00"),
            date: Format::new().set_num_format("yyyy-mm-dd"),
            time: Format::new().set_num_format("yyyy-mm-dd hh:mm:ss"),
        }
    }
}

/// The workbook as a streamed body.
pub fn body(sheet: Sheet) -> Body {
    let (sender, mut receiver) = mpsc::channel::<Chunk>(4);
    let handle = Handle::current();
    tokio::task::spawn_blocking(move || {
        let errors = sender.clone();
        if let Err(e) = write_workbook(sheet, &handle, sender) {
            tracing::error!(error = %e, "an XLSX download broke off");
            let _ = errors.blocking_send(Err(io::Error::other(e.to_string())));
        }
    });
    let chunks = futures::stream::poll_fn(move |cx| receiver.poll_recv(cx));
    Body::from_stream(chunks)
}

fn write_workbook(
    sheet: Sheet,
    handle: &Handle,
    sender: mpsc::Sender<Chunk>,
) -> Result<(), XlsxError> {
    let formats = Formats::new();
    let mut workbook = Workbook::new();
    let worksheet = workbook.add_worksheet_with_constant_memory()?;
    worksheet.set_name(safe_name(&sheet.title))?;
    for (col, title) in sheet.headers.iter().enumerate() {
        let width = title.chars().count().clamp(10, 40) as f64 + 2.0;
        worksheet.set_column_width(col as u16, width)?;
        worksheet.write_string_with_format(0, col as u16, title, &formats.bold)?;
    }
    worksheet.set_freeze_panes(1, 0)?;
    let mut pages = sheet.pages;
    let mut next_row: u32 = 1;
    while let Some(page) = handle.block_on(pages.next()) {
        if sender.is_closed() {
            return Ok(());
        }
        let page = page.map_err(|e| XlsxError::ParameterError(e.to_string()))?;
        for row in &page {
            write_row(worksheet, next_row, row, &formats)?;
            next_row += 1;
        }
    }
    let mut writer = ChannelWriter {
        sender,
        buffer: Vec::with_capacity(CHUNK_BYTES),
    };
    workbook.save_to_writer(&mut writer)?;
    writer.flush()?;
    Ok(())
}

/// Excel refuses a sheet name longer than 31 characters or holding `[]:*?/\`.
fn safe_name(title: &str) -> String {
    let cleaned: String = title
        .chars()
        .map(|c| if "[]:*?/\\".contains(c) { ' ' } else { c })
        .take(31)
        .collect();
    let trimmed = cleaned.trim().trim_matches('\'');
    if trimmed.is_empty() {
        "Sheet1".to_string()
    } else {
        trimmed.to_string()
    }
}

fn write_row(sheet: &mut Worksheet, r: u32, row: &Row, formats: &Formats) -> Result<(), XlsxError> {
    for (col, value) in row.iter().enumerate() {
        let c = col as u16;
        match value {
            Cell::Text(text) => {
                sheet.write_string(r, c, text)?;
            }
            Cell::Int(n) => {
                sheet.write_number(r, c, *n as f64)?;
            }
            Cell::Amount(minor) => {
                let exact: f64 = decimal_string(*minor)
                    .parse()
                    .map_err(|_| XlsxError::ParameterError(format!("amount {minor}")))?;
                sheet.write_number_with_format(r, c, exact, &formats.money)?;
            }
            Cell::Decimal(text) => match text.parse::<f64>() {
                Ok(value) => {
                    sheet.write_number_with_format(r, c, value, &formats.points)?;
                }
                Err(_) => {
                    sheet.write_string(r, c, text)?;
                }
            },
            Cell::Date(day) => {
                sheet.write_datetime_with_format(r, c, excel_date(*day)?, &formats.date)?;
            }
            Cell::Time(at) => {
                let when = excel_date(at.date())?.and_hms(
                    at.hour() as u16,
                    at.minute() as u8,
                    at.second(),
                )?;
                sheet.write_datetime_with_format(r, c, when, &formats.time)?;
            }
            Cell::Empty => {}
        }
    }
    Ok(())
}

fn excel_date(day: NaiveDate) -> Result<ExcelDateTime, XlsxError> {
    ExcelDateTime::from_ymd(day.year() as u16, day.month() as u8, day.day() as u8)
}

#[cfg(test)]
mod tests {
    use super::safe_name;

    #[test]
    fn sheet_names_are_ones_excel_takes() {
        assert_eq!(safe_name("Umowy: 2026/27"), "Umowy  2026 27");
        assert_eq!(safe_name(""), "Sheet1");
        assert_eq!(safe_name(&"x".repeat(40)).len(), 31);
    }
}
