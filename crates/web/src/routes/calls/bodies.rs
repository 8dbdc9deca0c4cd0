//! The calls routes' bodies, typed for the OpenAPI document.

use crate::views::CallView;
use granty_domain::call::CallInput;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

/// A town's published calls, for anyone.
#[derive(Serialize, ToSchema)]
pub struct PublicCalls {
    pub tenant: PublicTenant,
    pub calls: Vec<CallView>,
}

/// The town whose calls these are.
#[derive(Serialize, ToSchema)]
pub struct PublicTenant {
    pub slug: String,
    pub name: String,
    /// An IANA zone name (`Europe/Warsaw`): the times are shown in it.
    pub time_zone: &'static str,
}

/// The calls the caller's role may see.
#[derive(Serialize, ToSchema)]
pub struct CallList {
    pub calls: Vec<CallView>,
}

/// A new call's terms, or an edit's: amounts are decimal text (`"150000.00"`). An edit sends
/// only the fields it changes, with the `version` it started from.
#[derive(Deserialize, ToSchema)]
#[allow(dead_code)] // Describes the JSON `create_call` and `update_call` read as a `Value`.
pub struct CallChanges {
    /// The call's version this edit started from (edits only; a stale one answers 409).
    pub version: Option<i32>,
    /// Start from an earlier call's terms (creation only); the fields given override them.
    pub clone_from: Option<i64>,
    #[serde(flatten)]
    pub input: CallInput,
}
