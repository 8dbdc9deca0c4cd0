//! Login throttling, decided from the instants of recent failures: after `limit` failed logins
//! within `window`, further attempts are refused before any password is checked, until enough
//! of those failures have left the window. Refused attempts are not failures: they do not extend
//! the lock, so someone who locks another person out cannot keep them out for ever by trying on.

use chrono::{DateTime, Duration, Utc};

/// How many failed logins are tolerated, per account and per client address, within a window.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ThrottlePolicy {
    pub window: Duration,
    /// Failures for one account (by email, whether or not it exists).
    pub account_failures: u32,
    /// Failures from one client address, whatever the accounts tried: higher, because an
    /// office behind one address has many people who mistype.
    pub address_failures: u32,
}

impl Default for ThrottlePolicy {
    /// Ten failures per account and fifty per address in fifteen minutes: a person who forgot
    /// the password has time to remember or reset it; guessing a password is not practical.
    fn default() -> Self {
        ThrottlePolicy {
            window: Duration::minutes(15),
            account_failures: 10,
            address_failures: 50,
        }
    }
}

/// Until when attempts are refused, given the failures recorded for one key; `None` when
/// attempts are allowed now.
pub fn locked_until(
    failures: &[DateTime<Utc>],
    limit: u32,
    window: Duration,
    now: DateTime<Utc>,
) -> Option<DateTime<Utc>> {
    let mut recent: Vec<DateTime<Utc>> = failures
        .iter()
        .copied()
        .filter(|at| *at > now - window && *at <= now)
        .collect();
    let limit = usize::try_from(limit).unwrap_or(usize::MAX).max(1);
    if recent.len() < limit {
        return None;
    }
    recent.sort();
    // Attempts resume when fewer than `limit` failures remain in the window.
    Some(recent[recent.len() - limit] + window)
}

/// The whole seconds a client should wait (`Retry-After`), at least one.
pub fn retry_after_seconds(until: DateTime<Utc>, now: DateTime<Utc>) -> i64 {
    let millis = (until - now).num_milliseconds();
    ((millis + 999) / 1000).max(1)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::warsaw;

    #[test]
    fn the_lock_starts_at_the_limit_and_ends_when_the_oldest_counted_failure_leaves_the_window() {
        let start = warsaw(2027, 1, 8, 9, 0, 0);
        let window = Duration::minutes(15);
        let failures: Vec<_> = (0..10).map(|i| start + Duration::seconds(i)).collect();
        assert_eq!(locked_until(&failures[..9], 10, window, start), None);
        let now = start + Duration::seconds(10);
        let until = locked_until(&failures, 10, window, now);
        assert_eq!(until, Some(start + window));
        assert_eq!(locked_until(&failures, 10, window, start + window), None);
        assert_eq!(retry_after_seconds(start + window, now), 890);
    }

    #[test]
    fn with_more_failures_than_the_limit_the_lock_lasts_until_only_limit_minus_one_remain() {
        let start = warsaw(2027, 1, 8, 9, 0, 0);
        let window = Duration::minutes(15);
        let failures: Vec<_> = (0..30).map(|i| start + Duration::minutes(i / 3)).collect();
        let now = start + Duration::minutes(10);
        // 30 failures over ten minutes; with a limit of 10 the 21st (at minute 6) decides.
        assert_eq!(
            locked_until(&failures, 10, window, now),
            Some(start + Duration::minutes(6) + window)
        );
    }

    #[test]
    fn old_failures_and_a_sub_second_wait_count_right() {
        let now = warsaw(2027, 1, 8, 9, 0, 0);
        let old = vec![now - Duration::hours(1); 20];
        assert_eq!(locked_until(&old, 10, Duration::minutes(15), now), None);
        let until = now + Duration::milliseconds(200);
        assert_eq!(retry_after_seconds(until, now), 1);
        assert_eq!(retry_after_seconds(now - Duration::seconds(5), now), 1);
    }
}
