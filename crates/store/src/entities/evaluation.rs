//! The evaluation tables (migration `m20261204_000001_evaluation`): settings, committee,
//! declarations, exclusions, assignments, scoring cards, divergence notes, awards, results and
//! justification requests.

entity!(call_evaluation, "call_evaluations", {
    call_id: i64,
    half_points: bool,
    min_justification_chars: i32,
    min_total_centi: Option<i64>,
    divergence_bp: i32,
    per_offer: Option<i32>,
    scoring_deadline: Option<DateTimeUtc>,
    no_ngo_reason: Option<String>,
    tie_breakers: String,
    lock_version: i32,
});

entity!(committee_member, "committee_members", {
    call_id: i64,
    user_id: i64,
    kind: String,
    nominated_by_organisation_id: Option<i64>,
    nominated_by_name: String,
    scores: bool,
    appointed_by: i64,
    removed_at: Option<DateTimeUtc>,
    removed_reason: Option<String>,
});

entity!(impartiality_declaration, "impartiality_declarations", {
    call_id: i64,
    user_id: i64,
    no_ties: bool,
    tied_organisation_ids: String,
    statement: String,
    declared_at: DateTimeUtc,
    client_address: Option<String>,
});

entity!(evaluation_exclusion, "evaluation_exclusions", {
    call_id: i64,
    application_id: i64,
    user_id: i64,
    reason: String,
    note: String,
    excluded_by: i64,
});

entity!(assignment, "assignments", {
    call_id: i64,
    application_id: i64,
    user_id: i64,
    assigned_by: i64,
    ended_at: Option<DateTimeUtc>,
    end_reason: Option<String>,
    ended_by: Option<i64>,
});

entity!(scorecard, "scorecards", {
    call_id: i64,
    application_id: i64,
    user_id: i64,
    state: String,
    entries: String,
    submitted_at: Option<DateTimeUtc>,
    reopened_at: Option<DateTimeUtc>,
    reopen_reason: Option<String>,
    reopened_by: Option<i64>,
    lock_version: i32,
});

entity!(divergence_note, "divergence_notes", {
    call_id: i64,
    application_id: i64,
    note: String,
    extra_member_user_id: Option<i64>,
    resolved_by: i64,
});

entity!(award, "awards", {
    call_id: i64,
    application_id: i64,
    decision: String,
    requested_minor: i64,
    amount_minor: i64,
    currency: String,
    reason: String,
    update_state: String,
    update_version_no: Option<i32>,
    total_centi: Option<i64>,
    rank: Option<i32>,
    set_by: i64,
    lock_version: i32,
});

entity!(call_result, "call_results", {
    call_id: i64,
    decided_by_name: String,
    decision_reference: String,
    decided_on: Date,
    recorded_by: i64,
    published_at: Option<DateTimeUtc>,
    published_bip_on: Option<Date>,
    published_notice_board_on: Option<Date>,
    published_website_on: Option<Date>,
});

entity!(justification_request, "justification_requests", {
    tenant_id: i64,
    call_id: i64,
    application_id: Option<i64>,
    requester_name: String,
    requester_email: String,
    language: String,
    question: String,
    received_at: DateTimeUtc,
    answer: Option<String>,
    answered_at: Option<DateTimeUtc>,
    answered_by: Option<i64>,
});

// Migration `m20261204_000301_award_settings`: whether a flagged applicant is refused an award.
entity!(tenant_award_setting, "tenant_award_settings", {
    tenant_id: i64,
    block_flagged_applicants: bool,
});
