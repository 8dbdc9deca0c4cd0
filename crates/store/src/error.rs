//! The one error type of the store and its use cases.

use granty_domain::application::TransitionError;
use granty_domain::call::CallError;
use granty_domain::Violations;
use sea_orm::{DbErr, SqlErr};

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// Absent, or not visible to the caller: the two are never told apart.
    #[error("not found")]
    NotFound,
    /// The caller's role may not do this.
    #[error("forbidden")]
    Forbidden,
    #[error("invalid input")]
    Invalid(Violations),
    #[error("application transition refused: {0}")]
    Transition(TransitionError),
    #[error("call transition refused: {0}")]
    Call(CallError),
    /// A write based on an outdated version; carries the version now stored.
    #[error("stale version; current is {current}")]
    Stale { current: i32 },
    /// A named unique constraint was violated.
    #[error("duplicate value for {constraint}")]
    Duplicate { constraint: String },
    /// The attachment belongs to a submitted version and cannot be removed.
    #[error("attachment is part of a submitted version")]
    AttachmentLocked,
    /// The scoring card is submitted: read-only until the clerk reopens it (or, on reopening,
    /// not submitted at all).
    #[error("scoring card is {0}")]
    CardState(&'static str),
    /// The password was right but the account's email is not confirmed yet.
    #[error("email not confirmed")]
    EmailNotConfirmed,
    #[error("login failed")]
    BadCredentials,
    /// The database cannot be reached now (see [`StoreError::is_unavailable`]); the text is the
    /// driver's reason, for the log.
    #[error("database unavailable: {0}")]
    Unavailable(String),
    /// Too many failed logins for the account or from the address: refused until `until`.
    #[error("too many failed logins; retry in {retry_after_seconds} s")]
    Throttled {
        until: chrono::DateTime<chrono::Utc>,
        retry_after_seconds: i64,
    },
    /// The password was right; the account logs in with a code too. The challenge's token
    /// carries the login to its second step (`login_code::complete_login`).
    #[error("two-factor code required")]
    TwoFactorRequired { challenge: String },
    #[error(transparent)]
    Db(DbErr),
    #[error("stored data is corrupt: {0}")]
    Corrupt(String),
    /// The offer has no filed version yet (a draft): there is nothing "as filed" to show.
    #[error("offer not filed yet")]
    NotFiled,
    /// A document could not be rendered (a template the engine refused at this data).
    #[error("document: {0}")]
    Document(String),
    /// Object storage failed (the bytes of an attachment or a call document).
    #[error(transparent)]
    Storage(#[from] crate::storage::StorageError),
}

impl StoreError {
    /// The database could not be reached (no connection, a closed pool, a broken socket, a
    /// database that is gone), as opposed to a query it refused: the caller may answer "try
    /// again later".
    pub fn is_unavailable(&self) -> bool {
        match self {
            StoreError::Unavailable(_) => true,
            StoreError::Db(error) => unreachable(error),
            _ => false,
        }
    }

    /// The object store is down (not: the request was wrong); see [`StorageError::is_outage`].
    pub fn is_storage_outage(&self) -> bool {
        matches!(self, StoreError::Storage(e) if e.is_outage())
    }
}

/// Whether a database error means "not reachable" rather than "refused this statement".
fn unreachable(error: &DbErr) -> bool {
    use sea_orm::RuntimeErr;
    match error {
        DbErr::ConnectionAcquire(_) | DbErr::Conn(_) => true,
        DbErr::Exec(RuntimeErr::SqlxError(e)) | DbErr::Query(RuntimeErr::SqlxError(e)) => {
            unreachable_database(e)
        }
        _ => false,
    }
}

fn unreachable_database(error: &sea_orm::sqlx::Error) -> bool {
    use sea_orm::sqlx::Error;
    match error {
        Error::Io(_)
        | Error::Tls(_)
        | Error::PoolClosed
        | Error::PoolTimedOut
        | Error::WorkerCrashed => true,
        // SQLSTATE classes 08 (connection exception) and 57P (the server shut the session
        // down), and 3D000 (the database does not exist any more).
        Error::Database(e) => e
            .code()
            .is_some_and(|c| c.starts_with("08") || c.starts_with("57P") || c == "3D000"),
        _ => false,
    }
}

impl From<DbErr> for StoreError {
    fn from(error: DbErr) -> Self {
        if let Some(SqlErr::UniqueConstraintViolation(message)) = error.sql_err() {
            return StoreError::Duplicate {
                constraint: constraint_name(&message),
            };
        }
        if let DbErr::RecordNotFound(_) = error {
            return StoreError::NotFound;
        }
        if unreachable(&error) {
            return StoreError::Unavailable(error.to_string());
        }
        StoreError::Db(error)
    }
}

impl From<serde_json::Error> for StoreError {
    fn from(error: serde_json::Error) -> Self {
        StoreError::Corrupt(error.to_string())
    }
}

/// Finds our constraint name in the driver's message. PostgreSQL names the constraint; SQLite
/// names the columns (`UNIQUE constraint failed: users.email`), which we map back.
fn constraint_name(message: &str) -> String {
    if let Some(start) = message.find("uq_") {
        let rest = &message[start..];
        let end = rest
            .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
            .unwrap_or(rest.len());
        return rest[..end].to_string();
    }
    const SQLITE_COLUMNS: &[(&str, &str)] = &[
        ("tenants.slug", "uq_tenants_slug"),
        ("users.email", "uq_users_email"),
        ("memberships.user_id", "uq_memberships_user_tenant"),
        (
            "organisations.tenant_id, organisations.nip",
            "uq_organisations_tenant_nip",
        ),
        (
            "organisation_members.organisation_id",
            "uq_organisation_members",
        ),
        (
            "applications.call_id, applications.receipt_number",
            "uq_applications_call_receipt",
        ),
        (
            "application_partners.application_id",
            "uq_application_partners",
        ),
        (
            "application_versions.application_id",
            "uq_application_versions",
        ),
        ("sessions.token_hash", "uq_sessions_token_hash"),
        ("invitations.token_hash", "uq_invitations_token_hash"),
    ];
    SQLITE_COLUMNS
        .iter()
        .find(|(columns, _)| message.contains(columns))
        .map(|(_, name)| name.to_string())
        .unwrap_or_else(|| "unknown".to_string())
}

pub type StoreResult<T> = Result<T, StoreError>;

#[cfg(test)]
mod tests {
    use super::*;
    use sea_orm::{ConnAcquireErr, RuntimeErr};

    #[test]
    fn an_unreachable_database_is_told_apart_from_a_refused_query() {
        let closed = StoreError::Db(DbErr::ConnectionAcquire(ConnAcquireErr::ConnectionClosed));
        assert!(closed.is_unavailable());
        let pool_closed = DbErr::Query(RuntimeErr::SqlxError(std::sync::Arc::new(
            sea_orm::sqlx::Error::PoolClosed,
        )));
        assert!(StoreError::Db(pool_closed).is_unavailable());
        let refused = DbErr::Query(RuntimeErr::SqlxError(std::sync::Arc::new(
            sea_orm::sqlx::Error::RowNotFound,
        )));
        assert!(!StoreError::Db(refused).is_unavailable());
        assert!(!StoreError::NotFound.is_unavailable());
    }
}
