//! The clock, injected so that tests move time instead of sleeping.

use chrono::{DateTime, Duration, Utc};
use std::sync::{Arc, Mutex, MutexGuard};

pub trait Clock: Send + Sync {
    fn now(&self) -> DateTime<Utc>;
}

pub struct SystemClock;

impl Clock for SystemClock {
    fn now(&self) -> DateTime<Utc> {
        Utc::now()
    }
}

/// A clock that stands still until moved (tests and demos).
#[derive(Clone)]
pub struct ManualClock(Arc<Mutex<Hands>>);

struct Hands {
    now: DateTime<Utc>,
    /// Where the clock jumps once it has been read once more (see [`ManualClock::jump_after_next_read`]).
    after_next_read: Option<DateTime<Utc>>,
}

impl ManualClock {
    pub fn new(start: DateTime<Utc>) -> ManualClock {
        ManualClock(Arc::new(Mutex::new(Hands {
            now: start,
            after_next_read: None,
        })))
    }

    fn hands(&self) -> MutexGuard<'_, Hands> {
        self.0
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    pub fn set(&self, to: DateTime<Utc>) {
        self.hands().now = to;
    }

    pub fn advance(&self, by: Duration) {
        self.hands().now += by;
    }

    /// The next read still sees the present; every read after it sees `to`. This is a server
    /// that was busy between the first look at the clock (a request's arrival) and the work.
    pub fn jump_after_next_read(&self, to: DateTime<Utc>) {
        self.hands().after_next_read = Some(to);
    }
}

impl Clock for ManualClock {
    fn now(&self) -> DateTime<Utc> {
        let mut hands = self.hands();
        let read = hands.now;
        if let Some(later) = hands.after_next_read.take() {
            hands.now = later;
        }
        read
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_jump_waits_for_one_read() {
        let start = DateTime::<Utc>::UNIX_EPOCH;
        let clock = ManualClock::new(start);
        clock.jump_after_next_read(start + Duration::hours(1));
        assert_eq!(clock.now(), start);
        assert_eq!(clock.now(), start + Duration::hours(1));
        assert_eq!(clock.now(), start + Duration::hours(1));
    }
}
