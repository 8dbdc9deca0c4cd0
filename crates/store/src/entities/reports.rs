//! The report tables (migration `m20261206_000201_reports`): the organisation's reports on an
//! agreement and the versions it submitted, with the clerk's decision and comments.

entity!(report, "reports", {
    agreement_id: i64,
    tenant_id: i64,
    organisation_id: i64,
    kind: String,
    period_from: Date,
    period_to: Date,
    due_on: Date,
    called_on: Option<Date>,
    state: String,
    content: String,
    version_no: i32,
    submitted_at: Option<DateTimeUtc>,
    created_by: i64,
    lock_version: i32,
    correction_due_on: Option<Date>,
    written_call_on: Option<Date>,
    written_call_due_on: Option<Date>,
    misuse_recorded_on: Option<Date>,
});

entity!(report_version, "report_versions", {
    report_id: i64,
    version_no: i32,
    content: String,
    submitted_at: DateTimeUtc,
    submitted_by: i64,
    decision: Option<String>,
    comments: String,
    reviewed_by: Option<i64>,
    reviewed_at: Option<DateTimeUtc>,
});
