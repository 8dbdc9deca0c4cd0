//! The server-rendered pages, driven like a browser (`crate::browser`) and read with an HTML
//! parser (`crate::html`), on SQLite and PostgreSQL: one file per feature.

mod accounts;
mod calls;
mod documents;
mod editor;
mod editor_rows;
mod errors;
mod formal_check;
mod invitations;
mod login;
mod organisations;
mod public;
mod sessions;
mod statutory;
