//! How long the secrets Granty hands out stay valid. Each lifetime weighs the harm of a stolen or
//! forgotten secret against the bother of asking again. The invitation link's lifetime lives with
//! invitations (`invitation::INVITATION_DAYS`).

use chrono::{DateTime, Duration, Utc};

/// The emailed link that confirms a new account's address: 48 hours. Mail can be slow or land
/// in a spam folder, and a person who signs up in the evening may look only the next day or the
/// one after; the link proves nothing but the address, so two days cost little.
pub const EMAIL_CONFIRMATION_HOURS: i64 = 48;

/// The emailed password-reset link: 2 hours. Whoever holds it can take over the account, so it
/// lives just long enough to read the mail and act (OWASP's forgot-password guidance asks for a
/// short expiry); asking for a new one takes a minute.
pub const PASSWORD_RESET_HOURS: i64 = 2;

/// A login session: 12 hours, one working day. A clerk or an NGO member signs in once in the
/// morning, and a session left open on a shared office computer ends by the next day.
pub const SESSION_HOURS: i64 = 12;

/// A session left unused this long ends: 2 hours. Long enough for a meeting or a phone call
/// in the middle of writing an offer (the editor's autosave keeps a session in use), short
/// enough that a computer left unlocked over lunch does not stay signed in all day.
pub const SESSION_IDLE_MINUTES: i64 = 120;

/// How long sessions last: `absolute` from login whatever happens, and `idle` after the last
/// request.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SessionPolicy {
    pub idle: Duration,
    pub absolute: Duration,
}

impl Default for SessionPolicy {
    fn default() -> Self {
        SessionPolicy {
            idle: Duration::minutes(SESSION_IDLE_MINUTES),
            absolute: Duration::hours(SESSION_HOURS),
        }
    }
}

impl SessionPolicy {
    /// Whether a session that ends at `expires_at` and was last used at `last_seen` is alive.
    pub fn is_live(
        &self,
        expires_at: DateTime<Utc>,
        last_seen: DateTime<Utc>,
        now: DateTime<Utc>,
    ) -> bool {
        now < expires_at && now < last_seen + self.idle
    }
}

/// When a confirmation link issued at `now` stops working.
pub fn email_confirmation_expires(now: DateTime<Utc>) -> DateTime<Utc> {
    now + Duration::hours(EMAIL_CONFIRMATION_HOURS)
}

/// When a password-reset link issued at `now` stops working.
pub fn password_reset_expires(now: DateTime<Utc>) -> DateTime<Utc> {
    now + Duration::hours(PASSWORD_RESET_HOURS)
}

/// When a session opened at `now` ends.
pub fn session_expires(now: DateTime<Utc>) -> DateTime<Utc> {
    now + Duration::hours(SESSION_HOURS)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::warsaw;

    #[test]
    fn token_lifetimes_confirmation_two_days_reset_two_hours_session_a_working_day() {
        let now = warsaw(2027, 1, 8, 17, 0, 0);
        assert_eq!(
            email_confirmation_expires(now),
            warsaw(2027, 1, 10, 17, 0, 0)
        );
        assert_eq!(password_reset_expires(now), warsaw(2027, 1, 8, 19, 0, 0));
        assert_eq!(session_expires(now), warsaw(2027, 1, 9, 5, 0, 0));
    }

    #[test]
    fn a_session_ends_at_its_absolute_end_or_after_two_idle_hours() {
        let policy = SessionPolicy::default();
        let opened = warsaw(2027, 1, 8, 8, 0, 0);
        let ends = session_expires(opened);
        let seen = warsaw(2027, 1, 8, 15, 0, 0);
        assert!(policy.is_live(ends, seen, warsaw(2027, 1, 8, 16, 59, 59)));
        assert!(!policy.is_live(ends, seen, warsaw(2027, 1, 8, 17, 0, 0)));
        let busy = warsaw(2027, 1, 8, 19, 59, 0);
        assert!(!policy.is_live(ends, busy, warsaw(2027, 1, 8, 20, 0, 0)));
    }
}
