//! Integration tests: the JSON API driven over a real socket, on SQLite and PostgreSQL.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod support;

mod binary;
mod calls;
mod cycle;
mod html;
mod invitations;
mod joint;
mod notifications;
mod page_errors;
mod pages;
mod refusals;
mod schema;
mod smtp;
mod storage_s3;
mod uploads;
mod workers;
