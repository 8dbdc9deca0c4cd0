//! Invitations to join an organisation: how long a link lives and whether it can still be used.

use chrono::{DateTime, Duration, Utc};

/// How long an invitation link can be used.
pub const INVITATION_DAYS: i64 = 7;

/// When an invitation made at `now` stops working.
pub fn expires_at(now: DateTime<Utc>) -> DateTime<Utc> {
    now + Duration::days(INVITATION_DAYS)
}

/// Where an invitation stands. Only `Pending` can be accepted or revoked.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum InvitationStatus {
    Pending,
    Accepted,
    Revoked,
    Expired,
}

/// The status at `now`. Acceptance and revocation are final, whatever the clock says later;
/// expiry is not stored, so a late job can never keep a stale link alive.
pub fn status(
    accepted_at: Option<DateTime<Utc>>,
    revoked_at: Option<DateTime<Utc>>,
    expires_at: DateTime<Utc>,
    now: DateTime<Utc>,
) -> InvitationStatus {
    if accepted_at.is_some() {
        InvitationStatus::Accepted
    } else if revoked_at.is_some() {
        InvitationStatus::Revoked
    } else if now >= expires_at {
        InvitationStatus::Expired
    } else {
        InvitationStatus::Pending
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    #[test]
    fn pending_until_the_second_it_expires() {
        let made = Utc.with_ymd_and_hms(2026, 12, 1, 9, 0, 0).unwrap();
        let end = expires_at(made);
        assert_eq!(end - made, Duration::days(7));
        let just_before = end - Duration::seconds(1);
        assert_eq!(
            status(None, None, end, just_before),
            InvitationStatus::Pending
        );
        assert_eq!(status(None, None, end, end), InvitationStatus::Expired);
    }

    #[test]
    fn accepted_and_revoked_are_final() {
        let made = Utc.with_ymd_and_hms(2026, 12, 1, 9, 0, 0).unwrap();
        let end = expires_at(made);
        let later = end + Duration::days(30);
        assert_eq!(
            status(Some(made), None, end, later),
            InvitationStatus::Accepted
        );
        assert_eq!(
            status(None, Some(made), end, made),
            InvitationStatus::Revoked
        );
    }
}
