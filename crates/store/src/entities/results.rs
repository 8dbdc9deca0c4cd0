//! The results' own tables (migration `m20261204_000401_results`): the clerk's reviews of
//! updated estimates and the grounds of art. 18a cancellations.

entity!(award_update_review, "award_update_reviews", {
    award_id: i64,
    version_no: i32,
    outcome: String,
    comment: String,
    reviewed_by: i64,
});

entity!(call_cancellation, "call_cancellations", {
    call_id: i64,
    ground: String,
    cancelled_by: i64,
});
