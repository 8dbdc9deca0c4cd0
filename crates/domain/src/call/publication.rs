//! Where and when a call was announced, and the minimum time from the last announcement to the
//! deadline for offers.
//!
//! Art. 13 ust. 3 of the public-benefit act (Dz.U. 2024 poz. 1491) names three channels: the
//! Public Information Bulletin (BIP), the office's notice board and the office's website. Art. 13
//! ust. 1 counts the minimum from the day the LAST of them carried the announcement, so Granty
//! records one day per channel. Granty's own public call page is the office's website unless the
//! clerk names another day for it.

use crate::violation::{Rule, Violations};
use chrono::{DateTime, NaiveDate, NaiveTime, Utc};
use chrono_tz::Tz;
use serde::{Deserialize, Serialize};

/// The statutory minimum number of days from the last announcement to the deadline for offers
/// (art. 13 ust. 1: "nie krótszy niż 21 dni od dnia ukazania się ostatniego ogłoszenia"). It is
/// the default of the tenant setting `TenantRules::min_days_to_deadline`.
pub const STATUTORY_MIN_DAYS_TO_DEADLINE: u32 = 21;

/// The day the announcement appeared in each channel; `None` until the clerk records it.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(default)]
pub struct Publication {
    /// Biuletyn Informacji Publicznej.
    pub bip_on: Option<NaiveDate>,
    /// The office's notice board (tablica ogłoszeń).
    pub notice_board_on: Option<NaiveDate>,
    /// The office's website; Granty's public call page, unless told otherwise.
    pub website_on: Option<NaiveDate>,
}

impl Publication {
    /// The channels as (field name, day), in the law's order.
    fn channels(&self) -> [(&'static str, Option<NaiveDate>); 3] {
        [
            ("bip_on", self.bip_on),
            ("notice_board_on", self.notice_board_on),
            ("website_on", self.website_on),
        ]
    }

    /// Whether every channel's day is recorded.
    pub fn is_complete(&self) -> bool {
        self.channels().iter().all(|(_, day)| day.is_some())
    }

    /// The day the last channel carried the announcement, once all three did.
    pub fn last_day(&self) -> Option<NaiveDate> {
        let days: Option<Vec<NaiveDate>> = self.channels().iter().map(|(_, d)| *d).collect();
        days?.into_iter().max()
    }

    /// The day the minimum is counted from at `today`: the last recorded day, and today while a
    /// channel is still missing, since an announcement not yet out appears today at the
    /// earliest. Recording the missing day later counts again from the real one.
    pub fn count_from(&self, today: NaiveDate) -> NaiveDate {
        let recorded = self.channels().iter().filter_map(|(_, d)| *d).max();
        match (self.is_complete(), recorded) {
            (true, Some(last)) => last,
            (_, Some(last)) => last.max(today),
            (_, None) => today,
        }
    }

    /// What publishing records: the days the clerk gave, and today for the website when the
    /// clerk gave none (Granty's call page goes up at this moment).
    pub fn at_publishing(self, today: NaiveDate) -> Publication {
        Publication {
            website_on: self.website_on.or(Some(today)),
            ..self
        }
    }

    /// `changes` over `self`: a day given replaces the recorded one, a day left out stays.
    pub fn merged(self, changes: Publication) -> Publication {
        Publication {
            bip_on: changes.bip_on.or(self.bip_on),
            notice_board_on: changes.notice_board_on.or(self.notice_board_on),
            website_on: changes.website_on.or(self.website_on),
        }
    }

    /// A recorded day is evidence of something that happened: it cannot lie after `today`.
    pub fn check(&self, today: NaiveDate) -> Violations {
        let mut v = Violations::new();
        for (field, day) in self.channels() {
            if day.is_some_and(|d| d > today) {
                v.push(field, Rule::PublicationDateInFuture);
            }
        }
        v
    }
}

/// The local day a deadline falls on when counting days. A deadline at 00:00 closes at the end
/// of the day before ("do 1 marca, godz. 0:00" leaves 28 February as the last day), so that day
/// is the one that counts.
pub fn deadline_day(deadline: DateTime<Utc>, zone: Tz) -> NaiveDate {
    let local = deadline.with_timezone(&zone);
    let day = local.date_naive();
    if local.time() == NaiveTime::MIN {
        day.pred_opt().unwrap_or(day)
    } else {
        day
    }
}

/// Whole calendar days, in the tenant's zone, from `count_from` to the deadline's day.
pub fn days_to_deadline(count_from: NaiveDate, deadline: DateTime<Utc>, zone: Tz) -> i64 {
    (deadline_day(deadline, zone) - count_from).num_days()
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    const WARSAW: Tz = chrono_tz::Europe::Warsaw;

    fn day(m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2027, m, d).expect("date")
    }

    fn local(m: u32, d: u32, h: u32, min: u32) -> DateTime<Utc> {
        WARSAW
            .with_ymd_and_hms(2027, m, d, h, min, 0)
            .single()
            .expect("unambiguous")
            .with_timezone(&Utc)
    }

    #[test]
    fn minimum_days_art_13_1_count_from_the_last_channel() {
        let all = Publication {
            bip_on: Some(day(1, 5)),
            notice_board_on: Some(day(1, 11)),
            website_on: Some(day(1, 8)),
        };
        assert_eq!(all.last_day(), Some(day(1, 11)));
        assert_eq!(
            all.count_from(day(1, 20)),
            day(1, 11),
            "the real day, not today"
        );
        assert_eq!(
            days_to_deadline(day(1, 11), local(2, 1, 15, 30), WARSAW),
            21
        );
    }

    #[test]
    fn minimum_days_art_13_1_count_from_today_while_a_channel_is_missing() {
        let partial = Publication {
            bip_on: Some(day(1, 5)),
            ..Publication::default()
        };
        assert!(!partial.is_complete());
        assert_eq!(partial.last_day(), None);
        assert_eq!(partial.count_from(day(1, 10)), day(1, 10));
        let ahead = Publication {
            bip_on: Some(day(1, 12)),
            ..Publication::default()
        };
        assert_eq!(ahead.count_from(day(1, 10)), day(1, 12));
        assert_eq!(Publication::default().count_from(day(1, 10)), day(1, 10));
    }

    #[test]
    fn a_deadline_at_midnight_counts_as_the_end_of_the_day_before() {
        assert_eq!(deadline_day(local(2, 1, 0, 0), WARSAW), day(1, 31));
        assert_eq!(deadline_day(local(2, 1, 0, 1), WARSAW), day(2, 1));
        assert_eq!(deadline_day(local(2, 1, 23, 59), WARSAW), day(2, 1));
        // 22 days to 1 February on the calendar, but the last day to file is 31 January.
        assert_eq!(days_to_deadline(day(1, 10), local(2, 1, 0, 0), WARSAW), 21);
        // Across the change to summer time the local midnight is still the one that counts.
        assert_eq!(deadline_day(local(3, 29, 0, 0), WARSAW), day(3, 28));
    }

    #[test]
    fn publishing_records_the_website_day_unless_given() {
        let given = Publication {
            bip_on: Some(day(1, 4)),
            ..Publication::default()
        };
        let published = given.at_publishing(day(1, 6));
        assert_eq!(published.website_on, Some(day(1, 6)));
        assert_eq!(published.bip_on, Some(day(1, 4)));
        let elsewhere = Publication {
            website_on: Some(day(1, 5)),
            ..Publication::default()
        };
        assert_eq!(
            elsewhere.at_publishing(day(1, 6)).website_on,
            Some(day(1, 5))
        );
    }

    #[test]
    fn recorded_days_merge_and_never_lie_in_the_future() {
        let stored = Publication {
            website_on: Some(day(1, 6)),
            ..Publication::default()
        };
        let later = stored.merged(Publication {
            notice_board_on: Some(day(1, 7)),
            ..Publication::default()
        });
        assert_eq!(later.website_on, Some(day(1, 6)));
        assert_eq!(later.notice_board_on, Some(day(1, 7)));
        let v = later.check(day(1, 6));
        assert_eq!(v.0.len(), 1);
        assert_eq!(v.0[0].field, "notice_board_on");
        assert_eq!(v.0[0].rule, Rule::PublicationDateInFuture);
        assert!(later.check(day(1, 7)).is_empty());
    }
}
