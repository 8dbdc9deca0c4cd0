//! What every download is made of: a title, translated headers and a stream of pages of rows,
//! each cell typed (text, whole number, amount, date, local time), so the CSV and the XLSX
//! writer each write a cell their own way from the same exact value.

use crate::exports::PAGE_ROWS;
use chrono::{DateTime, NaiveDate, NaiveDateTime, Utc};
use chrono_tz::Tz;
use futures::stream::{self, BoxStream, StreamExt};
use granty_domain::Language;
use granty_store::{StoreError, StoreResult};
use std::future::Future;

/// One cell.
#[derive(Debug, Clone, PartialEq)]
pub enum Cell {
    Text(String),
    Int(i64),
    /// An amount in minor units, written from its exact decimal text (never float arithmetic).
    Amount(i64),
    /// A figure computed to two decimals (points), as its text: `"60.00"`.
    Decimal(String),
    Date(NaiveDate),
    /// A moment as the town's clock showed it (the header names the zone).
    Time(NaiveDateTime),
    Empty,
}

impl Cell {
    pub fn text(value: impl Into<String>) -> Cell {
        Cell::Text(value.into())
    }

    /// A moment in the town's zone.
    pub fn time(value: DateTime<Utc>, zone: Tz) -> Cell {
        Cell::Time(value.with_timezone(&zone).naive_local())
    }

    pub fn optional<T>(value: Option<T>, cell: impl FnOnce(T) -> Cell) -> Cell {
        value.map(cell).unwrap_or(Cell::Empty)
    }
}

pub type Row = Vec<Cell>;

/// The rows, a page at a time, as the store reads them.
pub type Pages = BoxStream<'static, StoreResult<Vec<Row>>>;

/// One download.
pub struct Sheet {
    /// The worksheet's name (at most 31 characters, as Excel allows).
    pub title: String,
    /// The file's name without its extension (ASCII: it goes into a header).
    pub file_stem: String,
    pub headers: Vec<String>,
    pub pages: Pages,
}

/// The header of `id` in `lang` from the catalogue.
pub fn header(lang: Language, id: &str) -> String {
    granty_i18n::text(lang, id).to_string()
}

/// A header naming the town's time zone (`Submitted (Europe/Warsaw)`).
pub fn zoned_header(lang: Language, id: &str, zone: Tz) -> String {
    let zone = zone.name();
    granty_i18n::message_with(lang, id, &[("zone", granty_i18n::Arg::Text(zone.into()))])
}

/// Pages read by keyset: `fetch(None)` reads the first page, `fetch(Some(key))` the page after
/// `key`; it answers the page's rows and the next key, or `None` once all were read.
pub fn keyset<K, F, Fut>(fetch: F) -> Pages
where
    K: Send + 'static,
    F: Fn(Option<K>) -> Fut + Send + Sync + 'static,
    Fut: Future<Output = StoreResult<Option<(Vec<Row>, K)>>> + Send + 'static,
{
    stream::try_unfold((fetch, Some(None)), |(fetch, next)| async move {
        let Some(after) = next else {
            return Ok(None);
        };
        match fetch(after).await? {
            Some((rows, key)) => Ok(Some((rows, (fetch, Some(Some(key)))))),
            None => Ok(None),
        }
    })
    .boxed()
}

/// Rows already in memory (the ranking, which is computed whole), handed out in pages.
pub fn in_pages(rows: Vec<Row>) -> Pages {
    let mut pages = Vec::new();
    let mut rows = rows.into_iter().peekable();
    while rows.peek().is_some() {
        pages.push(Ok::<_, StoreError>(rows.by_ref().take(PAGE_ROWS).collect()));
    }
    stream::iter(pages).boxed()
}

/// The rows of a page and the key after its last row; `None` for an empty page.
pub fn page_of<T, K>(
    items: Vec<T>,
    key: impl Fn(&T) -> K,
    row: impl Fn(T) -> Row,
) -> Option<(Vec<Row>, K)> {
    let last = key(items.last()?);
    Some((items.into_iter().map(row).collect(), last))
}

#[cfg(test)]
mod tests {
    use super::*;
    use futures::TryStreamExt;

    #[tokio::test]
    async fn keyset_pages_follow_the_key_until_an_empty_page() {
        let pages = keyset(|after: Option<i64>| async move {
            let start = after.unwrap_or(0);
            let items: Vec<i64> = (start + 1..=(start + 2).min(5)).collect();
            Ok(page_of(items, |i| *i, |i| vec![Cell::Int(i)]))
        });
        let all: Vec<Vec<Row>> = pages.try_collect().await.expect("pages");
        assert_eq!(all.len(), 3, "two, two and one row");
        assert_eq!(all[2], vec![vec![Cell::Int(5)]]);
    }

    #[tokio::test]
    async fn rows_in_memory_come_in_pages_of_page_rows() {
        let rows: Vec<Row> = (0..1_201).map(|i| vec![Cell::Int(i)]).collect();
        let sizes: Vec<usize> = in_pages(rows)
            .map_ok(|p| p.len())
            .try_collect()
            .await
            .expect("pages");
        assert_eq!(sizes, vec![500, 500, 201]);
    }
}
