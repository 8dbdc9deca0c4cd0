//! Integration tests: the JSON API and the pages driven over a real socket, on SQLite and
//! PostgreSQL.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod support;

mod audit;
mod backup;
mod binary;
mod browser;
mod calls;
mod committee;
mod crash;
mod cycle;
mod demo_seed;
mod edge;
mod hostile;
mod hostile_input;
mod html;
mod joint;
mod matrix;
mod notifications;
mod outages;
mod pages;
mod personal;
mod personal_page;
mod proxy;
mod ranking;
mod refusals;
mod results;
mod rules;
mod schema;
mod scoring;
mod sessions;
mod smtp;
mod storage_s3;
mod two_factor;
mod workers;
