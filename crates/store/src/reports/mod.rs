//! Reports on a task (art. 18; the 2018 report form, Annex 5): the organisation opens a report
//! the agreement owes, writes it as a draft (saves are refused when another save came first),
//! and submits it as an immutable version; a report sent back for corrections is resubmitted as
//! the next version. Staff and a joint offer's partners read; anyone else gets "not found".
//!
//! Each write runs in one transaction with its audit entry; the sums and checks are the
//! domain's (`granty_domain::report`).

mod access;
mod actuals;
mod calls;
mod context;
mod filed;
mod notify;
mod reminders;
mod review;
mod save;
mod start;
mod submit;
mod town;
mod view;

pub use calls::{call_partial, written_call, PartialCall};
pub use filed::{filed, FiledReport};
pub(crate) use reminders::report_reminders;
pub use review::{review, ReviewForm};
pub use save::save_draft;
pub use start::{start_report, StartReport};
pub use submit::submit;
pub use town::{town_reports, TownReport, TownReportState};
pub(crate) use view::owed;
pub use view::{due_for_agreement, get, DueReportView, ReportVersionView, ReportView};

use crate::entities::report;
use crate::error::{StoreError, StoreResult};
use granty_domain::report::{ReportKind, ReportState};
use granty_domain::{Rule, Violations};

/// The report's state as stored.
fn state_of(row: &report::Model) -> StoreResult<ReportState> {
    ReportState::parse(&row.state)
        .ok_or_else(|| StoreError::Corrupt(format!("report state {}", row.state)))
}

fn kind_of(row: &report::Model) -> StoreResult<ReportKind> {
    ReportKind::parse(&row.kind)
        .ok_or_else(|| StoreError::Corrupt(format!("report kind {}", row.kind)))
}

/// A refusal named by one rule on one field.
fn refused(field: &str, rule: Rule) -> StoreError {
    let mut v = Violations::new();
    v.push(field, rule);
    StoreError::Invalid(v)
}
