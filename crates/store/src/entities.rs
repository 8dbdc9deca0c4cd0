//! sea-orm entities, one module per table. Relations are not declared: repositories join by id
//! explicitly, which keeps every query visible where it is used.

macro_rules! entity {
    ($module:ident, $table:literal, { $($field:ident : $ty:ty),* $(,)? }) => {
        pub mod $module {
            use sea_orm::entity::prelude::*;

            #[derive(Clone, Debug, PartialEq, DeriveEntityModel, serde::Serialize)]
            #[sea_orm(table_name = $table)]
            pub struct Model {
                #[sea_orm(primary_key)]
                pub id: i64,
                $(pub $field: $ty,)*
                pub created_at: DateTimeUtc,
                pub updated_at: DateTimeUtc,
            }

            #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
            pub enum Relation {}

            impl ActiveModelBehavior for ActiveModel {}
        }
    };
}

entity!(tenant, "tenants", {
    slug: String,
    name: String,
    time_zone: String,
    currency: String,
    default_language: String,
    reminder_settings: Option<String>,
    min_days_to_deadline: i32,
    other_public_funds: bool,
    require_two_factor_for_staff: bool,
    audit_seq: i64,
    audit_head: Option<String>,
});

entity!(user, "users", {
    email: String,
    password_hash: String,
    display_name: String,
    language: String,
    email_confirmed_at: Option<DateTimeUtc>,
});

entity!(membership, "memberships", {
    user_id: i64,
    tenant_id: i64,
    role: String,
});

entity!(organisation, "organisations", {
    tenant_id: i64,
    name: String,
    legal_form: String,
    krs: Option<String>,
    nip: String,
    regon: String,
    street: String,
    postal_code: String,
    city: String,
    country: String,
    email: String,
    phone: String,
    bank_account: String,
    representatives: String,
    lock_version: i32,
    representation_rule: String,
    signatures_required: i32,
});

entity!(organisation_member, "organisation_members", {
    organisation_id: i64,
    user_id: i64,
});

entity!(session, "sessions", {
    token_hash: String,
    user_id: i64,
    tenant_id: i64,
    expires_at: DateTimeUtc,
    last_seen_at: Option<DateTimeUtc>,
});

entity!(two_factor_secret, "two_factor_secrets", {
    user_id: i64,
    secret: String,
    confirmed_at: Option<DateTimeUtc>,
    last_used_step: Option<i64>,
    sealed_secret: Option<String>,
});

entity!(two_factor_recovery_code, "two_factor_recovery_codes", {
    user_id: i64,
    code_hash: String,
    used_at: Option<DateTimeUtc>,
});

entity!(login_challenge, "login_challenges", {
    token_hash: String,
    user_id: i64,
    tenant_id: i64,
    expires_at: DateTimeUtc,
});

entity!(login_failure, "login_failures", {
    key_kind: String,
    key_value: String,
    failed_at: DateTimeUtc,
});

entity!(call, "calls", {
    tenant_id: i64,
    state: String,
    title: String,
    task_area: String,
    description: String,
    commissioning: String,
    currency: String,
    budget_minor: i64,
    min_grant_minor: i64,
    max_grant_minor: i64,
    min_own_total_bp: i64,
    min_own_financial_bp: i64,
    min_own_non_financial_bp: i64,
    admin_cost_cap_bp: Option<i64>,
    opens_at: DateTimeUtc,
    deadline: DateTimeUtc,
    realisation_start: Date,
    realisation_end: Date,
    criteria: String,
    required_attachments: String,
    correction_days: i32,
    formal_check_days: i32,
    grant_part_per_line: bool,
    published_at: Option<DateTimeUtc>,
    published_bip_on: Option<Date>,
    published_notice_board_on: Option<Date>,
    published_website_on: Option<Date>,
    cancelled_at: Option<DateTimeUtc>,
    cancel_reason: Option<String>,
    cloned_from_id: Option<i64>,
    receipt_sequence: i64,
    lock_version: i32,
    created_by: i64,
});

entity!(application, "applications", {
    tenant_id: i64,
    call_id: i64,
    organisation_id: i64,
    state: String,
    content: String,
    requested_grant_minor: i64,
    total_costs_minor: i64,
    lock_version: i32,
    current_version_no: i32,
    receipt_number: Option<String>,
    submitted_at: Option<DateTimeUtc>,
    correction_due_at: Option<DateTimeUtc>,
    withdrawn_at: Option<DateTimeUtc>,
    copied_from_id: Option<i64>,
    created_by: i64,
});

entity!(application_partner, "application_partners", {
    application_id: i64,
    organisation_id: i64,
});

entity!(application_version, "application_versions", {
    application_id: i64,
    version_no: i32,
    kind: String,
    content: String,
    summary: String,
    partners: String,
    receipt_number: String,
    content_sha256: String,
    submitted_at: DateTimeUtc,
    submitted_by: i64,
});

entity!(formal_check, "formal_checks", {
    application_id: i64,
    version_no: i32,
    outcome: String,
    deficiencies: String,
    reason: String,
    correction_due_at: Option<DateTimeUtc>,
    checked_by: i64,
    checked_at: DateTimeUtc,
    checklist: Option<String>,
});

entity!(attachment, "attachments", {
    application_id: i64,
    kind: String,
    file_name: String,
    content_type: String,
    size_bytes: i64,
    storage_key: String,
    sha256: String,
    locked_in_version: Option<i32>,
    uploaded_by: i64,
    original_id: i64,
    version_no: i32,
    replaced_at: Option<DateTimeUtc>,
    removed_at: Option<DateTimeUtc>,
    left_in_version: Option<i32>,
});

entity!(call_document, "call_documents", {
    call_id: i64,
    title: String,
    file_name: String,
    content_type: String,
    size_bytes: i64,
    storage_key: String,
    sha256: String,
    uploaded_by: i64,
});

entity!(audit_event, "audit_events", {
    tenant_id: Option<i64>,
    actor_user_id: Option<i64>,
    entity: String,
    entity_id: i64,
    action: String,
    detail: String,
    client_address: Option<String>,
    before_value: Option<String>,
    after_value: Option<String>,
    seq: Option<i64>,
    hash: Option<String>,
});

entity!(notification, "notifications", {
    tenant_id: i64,
    kind: String,
    recipient_email: String,
    recipient_user_id: Option<i64>,
    language: String,
    event: String,
    link_path: String,
    entity: String,
    entity_id: i64,
    dedupe_key: Option<String>,
    message_id: String,
    status: String,
    attempts: i32,
    next_attempt_at: DateTimeUtc,
    lease_until: Option<DateTimeUtc>,
    leased_by: Option<String>,
    last_error: Option<String>,
    sent_at: Option<DateTimeUtc>,
});

entity!(account_token, "account_tokens", {
    user_id: i64,
    purpose: String,
    token_hash: String,
    expires_at: DateTimeUtc,
    used_at: Option<DateTimeUtc>,
});

entity!(invitation, "invitations", {
    tenant_id: i64,
    organisation_id: i64,
    email: String,
    display_name: String,
    language: String,
    invited_by_user_id: i64,
    token_hash: String,
    expires_at: DateTimeUtc,
    accepted_at: Option<DateTimeUtc>,
    accepted_by_user_id: Option<i64>,
    revoked_at: Option<DateTimeUtc>,
});

mod evaluation;
pub use evaluation::*;
mod results;
pub use results::*;
mod agreements;
pub use agreements::*;
mod settlement;
pub use settlement::*;
mod reports;
pub use reports::*;
mod calendar;
pub use calendar::*;
