//! The results routes' bodies, typed for the OpenAPI document.

use granty_domain::call::CallState;
use granty_domain::offer::OfferInput;
use granty_store::results::{AwardView, DecisionView, JustificationView};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

/// A call's decision and awards, for the town's staff.
#[derive(Serialize, ToSchema)]
pub struct StaffResults {
    pub call_id: i64,
    pub call_state: CallState,
    pub decision: Option<DecisionView>,
    pub awards: Vec<AwardView>,
}

/// The justification requests filed on a call's results.
#[derive(Serialize, ToSchema)]
pub struct JustificationList {
    pub requests: Vec<JustificationView>,
}

#[derive(Deserialize, Default, ToSchema)]
#[serde(default)]
pub struct AnswerRequest {
    pub answer: String,
}

#[derive(Deserialize, Default, ToSchema)]
#[serde(default)]
pub struct UpdateRequest {
    /// The updated offer; without it the working copy saved in the editor is filed.
    pub content: Option<OfferInput>,
}

#[derive(Deserialize, Default, ToSchema)]
#[serde(default)]
pub struct ReturnRequest {
    pub comment: String,
}
