//! The server-rendered pages, driven like a browser (`crate::browser`) and read with an HTML
//! parser (`crate::html`), on SQLite and PostgreSQL: one file per feature.

mod accounts;
mod agreement_forms;
mod agreement_settings;
mod agreements;
mod attachments;
mod calls;
mod committee;
mod correction_loop;
mod documents;
mod editor;
mod editor_rows;
mod email_links;
mod errors;
mod formal_check;
mod front_door;
mod invitations;
mod login;
mod organisations;
mod paper_scan;
mod public;
mod report_review;
mod reports;
mod representation;
mod sessions;
mod statutory;
