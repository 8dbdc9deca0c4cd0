//! The settlement tables (migration `m20261206_000401_settlement`): a town's settlement
//! settings and added interest rates, the returns decided for an agreement, the payments made
//! towards them, and the controls held (art. 17).

entity!(tenant_settlement_setting, "tenant_settlement_settings", {
    tenant_id: i64,
    days_after_finding: i32,
    written_call_days: i32,
    interest_floor_minor: i64,
    keep_grant_share: bool,
    documents_list: bool,
    partial_call_days: i32,
    correction_days: i32,
    control_days: i32,
    overdue_every_days: i32,
});

entity!(tenant_interest_rate, "tenant_interest_rates", {
    tenant_id: i64,
    from_day: Date,
    rate_bp: i32,
    created_by: i64,
});

entity!(agreement_return, "agreement_returns", {
    agreement_id: i64,
    tenant_id: i64,
    report_id: Option<i64>,
    kind: String,
    amount_minor: i64,
    currency: String,
    due_on: Date,
    interest_from: Date,
    explanation: String,
    decided_by: i64,
});

entity!(agreement_return_payment, "agreement_return_payments", {
    agreement_id: i64,
    tenant_id: i64,
    paid_on: Date,
    amount_minor: i64,
    note: String,
    recorded_by: i64,
});

entity!(agreement_control, "agreement_controls", {
    agreement_id: i64,
    tenant_id: i64,
    held_on: Date,
    scope: String,
    findings: String,
    recommendations: String,
    recommendations_due: Option<Date>,
    recommendations_done_on: Option<Date>,
    recorded_by: i64,
});
