//! The agreement tables (migration `m20261205_000001_agreements`): a town's agreement settings,
//! agreements, their versions (original and annexes), signatories, signatures, tranches and
//! payments.

entity!(tenant_agreement_setting, "tenant_agreement_settings", {
    tenant_id: i64,
    shift_bp: i32,
    shift_basis: String,
    payment_days: i32,
    return_days: i32,
    final_report_days: i32,
    document_languages: String,
    trust_anchors_pem: String,
    allow_scans: bool,
    report_documents: bool,
});

entity!(agreement, "agreements", {
    award_id: i64,
    tenant_id: i64,
    call_id: i64,
    application_id: i64,
    organisation_id: i64,
    number: String,
    state: String,
    language: String,
    terms: String,
    grant_minor: i64,
    currency: String,
    starts_on: Date,
    ends_on: Date,
    use_by: Date,
    return_by: Date,
    shift_bp: i32,
    shift_basis: String,
    bank_account: String,
    current_version: i32,
    signed_at: Option<DateTimeUtc>,
    terminated_at: Option<DateTimeUtc>,
    termination_reason: Option<String>,
    created_by: i64,
    lock_version: i32,
});

entity!(agreement_version, "agreement_versions", {
    agreement_id: i64,
    version_no: i32,
    kind: String,
    state: String,
    terms: String,
    changes: String,
    reason: String,
    document_key: Option<String>,
    document_sha256: Option<String>,
    signed_key: Option<String>,
    signed_sha256: Option<String>,
    signed_at: Option<DateTimeUtc>,
    created_by: i64,
    scan_key: Option<String>,
    scan_sha256: Option<String>,
    scan_uploaded_at: Option<DateTimeUtc>,
    scan_uploaded_by: Option<i64>,
});

entity!(agreement_signatory, "agreement_signatories", {
    agreement_id: i64,
    party: String,
    organisation_id: Option<i64>,
    name: String,
    function: String,
    position: i32,
});

entity!(agreement_signature, "agreement_signatures", {
    version_id: i64,
    party: String,
    organisation_id: Option<i64>,
    method: String,
    signer: String,
    certificate_sha256: String,
    signed_at: DateTimeUtc,
    recorded_by: i64,
});

entity!(agreement_tranche, "agreement_tranches", {
    agreement_id: i64,
    number: i32,
    amount_minor: i64,
    due_on: Date,
});

entity!(agreement_payment, "agreement_payments", {
    agreement_id: i64,
    tranche_id: Option<i64>,
    paid_on: Date,
    amount_minor: i64,
    note: String,
    recorded_by: i64,
});
