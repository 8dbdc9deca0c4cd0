//! Granty's persistence and use cases: sea-orm entities, repositories that return domain types,
//! and the functions that apply the domain's rules inside one transaction per write.

pub mod accounts;
pub mod agreement_links;
pub mod agreement_settings;
pub mod agreements;
pub mod applications;
pub mod attachments;
pub mod audit;
pub mod calendar;
pub mod call_documents;
pub mod calls;
mod db;
pub mod documents;
pub mod entities;
mod error;
pub mod evaluation;
pub mod exports;
pub mod invitations;
mod joined;
mod login;
pub mod login_code;
pub mod notifications;
pub mod organisations;
pub mod orphans;
pub mod passwords;
pub mod personal;
mod query_log;
pub mod reminders;
pub mod reports;
pub mod results;
pub mod secret_key;
mod sessions;
pub mod settlement;
pub mod signup;
pub mod storage;
pub mod tenants;
mod throttle;
pub mod two_factor;
pub mod uploads;

pub use accounts::{AccountPolicy, Actor, Attempt, Login};
pub use db::{Db, PoolStats};
pub use error::{StoreError, StoreResult};
pub use query_log::QueryLog;
pub use secret_key::{SecretKey, SecretKeys};
pub use storage::{S3Credentials, Storage, StorageConfig, StorageError};
