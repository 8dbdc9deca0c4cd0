//! The calendar feeds (migration `m20261208_000201_calendar_feeds`): an organisation's or a
//! clerk's private subscription address, kept as the hash of its token.

entity!(calendar_feed, "calendar_feeds", {
    tenant_id: i64,
    organisation_id: Option<i64>,
    user_id: Option<i64>,
    token_hash: String,
    language: String,
    created_by: i64,
});
