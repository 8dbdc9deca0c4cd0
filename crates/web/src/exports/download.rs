//! A download as an HTTP response: the format's content type, a file name for the browser, and
//! no caching of the town's records (the open data may be cached a little).

use super::table::Sheet;
use super::{csv, xlsx};
use axum::body::Body;
use axum::http::header;
use axum::response::{IntoResponse, Response};

/// The two formats of every staff download.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Csv,
    Xlsx,
}

pub const CSV_TYPE: &str = "text/csv; charset=utf-8";
pub const XLSX_TYPE: &str = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

impl Format {
    pub fn extension(self) -> &'static str {
        match self {
            Format::Csv => "csv",
            Format::Xlsx => "xlsx",
        }
    }

    pub fn content_type(self) -> &'static str {
        match self {
            Format::Csv => CSV_TYPE,
            Format::Xlsx => XLSX_TYPE,
        }
    }
}

/// Who may keep a copy along the way.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Caching {
    /// The town's records: never stored by a cache.
    Private,
    /// Open data: anyone may cache it for five minutes.
    Public,
}

impl Caching {
    fn header(self) -> &'static str {
        match self {
            Caching::Private => "no-store",
            Caching::Public => "public, max-age=300",
        }
    }
}

/// A file name safe in a header: ASCII letters, digits, dots and hyphens only.
pub fn file_name(stem: &str, extension: &str) -> String {
    let safe: String = stem
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '-' || c == '.' {
                c
            } else {
                '-'
            }
        })
        .collect();
    format!("{safe}.{extension}")
}

/// A streamed response of `body` as an attachment named `name`.
pub fn attachment(content_type: &str, name: &str, caching: Caching, body: Body) -> Response {
    let headers = [
        (header::CONTENT_TYPE, content_type.to_string()),
        (
            header::CONTENT_DISPOSITION,
            format!("attachment; filename=\"{name}\""),
        ),
        (header::CACHE_CONTROL, caching.header().to_string()),
    ];
    (headers, body).into_response()
}

/// A streamed response of `body` to read in place (the API's JSON).
pub fn inline(content_type: &str, caching: Caching, body: Body) -> Response {
    let headers = [
        (header::CONTENT_TYPE, content_type.to_string()),
        (header::CACHE_CONTROL, caching.header().to_string()),
    ];
    (headers, body).into_response()
}

/// The sheet in `format`, streamed, as the town's private records.
pub fn respond(sheet: Sheet, format: Format) -> Response {
    let name = file_name(&sheet.file_stem, format.extension());
    let body = match format {
        Format::Csv => csv::body(sheet),
        Format::Xlsx => xlsx::body(sheet),
    };
    attachment(format.content_type(), &name, Caching::Private, body)
}

#[cfg(test)]
mod tests {
    use super::file_name;

    #[test]
    fn file_names_keep_to_ascii() {
        assert_eq!(file_name("umowy-gmina łąka", "csv"), "umowy-gmina---ka.csv");
        assert_eq!(file_name("ranking-12", "xlsx"), "ranking-12.xlsx");
    }
}
