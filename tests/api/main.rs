//! Integration tests: the JSON API and the pages driven over a real socket, on SQLite and
//! PostgreSQL.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod support;

mod binary;
mod browser;
mod calls;
mod cycle;
mod html;
mod joint;
mod matrix;
mod notifications;
mod pages;
mod refusals;
mod rules;
mod schema;
mod sessions;
mod smtp;
mod storage_s3;
mod workers;
