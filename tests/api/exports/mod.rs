//! The downloads (issue 15) on SQLite and PostgreSQL: a call's submissions, the ranking, the
//! town's agreements, payments and settlements in the reader's language with exact amounts;
//! who may download them; the open data of awarded grants; and a 10,000-offer call streamed
//! a page at a time.

mod big;
mod measure;
mod open_data;
mod records;
mod submissions;

use crate::support::*;
use calamine::{Data, Reader, Xlsx};
use reqwest::header::HeaderMap;
use reqwest::StatusCode;
use std::io::Cursor;

/// What a download answered.
pub struct Download {
    pub status: StatusCode,
    pub headers: HeaderMap,
    pub bytes: Vec<u8>,
}

impl Download {
    pub fn header(&self, name: &str) -> &str {
        self.headers
            .get(name)
            .and_then(|v| v.to_str().ok())
            .unwrap_or("")
    }

    /// The CSV's lines, after checking the byte-order mark.
    pub fn lines(&self) -> Vec<String> {
        let text = String::from_utf8(self.bytes.clone()).expect("utf-8");
        let text = text.strip_prefix('\u{feff}').expect("a byte-order mark");
        text.split("\r\n")
            .filter(|l| !l.is_empty())
            .map(str::to_string)
            .collect()
    }

    /// The workbook's only sheet: its name and its rows.
    pub fn sheet(&self) -> (String, Vec<Vec<Data>>) {
        let mut book: Xlsx<_> =
            calamine::open_workbook_from_rs(Cursor::new(self.bytes.clone())).expect("xlsx");
        let name = book.sheet_names().first().cloned().expect("a sheet");
        let range = book.worksheet_range(&name).expect("sheet");
        let rows = range.rows().map(|r| r.to_vec()).collect();
        (name, rows)
    }
}

/// GETs `path` with a bearer token (none: anonymous) and an `Accept-Language` (none: the
/// account's language).
pub async fn download(
    app: &TestApp,
    token: Option<&str>,
    path: &str,
    language: Option<&str>,
) -> Download {
    let mut request = app.client.get(app.url(path));
    if let Some(token) = token {
        request = request.bearer_auth(token);
    }
    if let Some(language) = language {
        request = request.header("accept-language", language);
    }
    let response = request.send().await.expect("request");
    Download {
        status: response.status(),
        headers: response.headers().clone(),
        bytes: response.bytes().await.expect("body").to_vec(),
    }
}

/// The CSV fields of a line without quotes (the tests' values hold no comma).
pub fn fields(line: &str) -> Vec<&str> {
    line.split(',').collect()
}

/// An amount cell read back as two decimals.
pub fn amount(cell: &Data) -> String {
    match cell {
        Data::Float(value) => format!("{value:.2}"),
        other => panic!("an amount is a number: {other:?}"),
    }
}
