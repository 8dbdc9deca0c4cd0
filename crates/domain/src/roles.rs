//! Who may do what: a user's role within one tenant.

use serde::{Deserialize, Serialize};
use std::str::FromStr;

/// A user's role in a tenant. A person may hold different roles in different tenants.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    /// A member of one or more organisations that apply for grants.
    Ngo,
    /// A municipal clerk who runs calls, formal checks and settlements.
    Clerk,
    /// A committee member who scores offers.
    Evaluator,
    /// The tenant's administrator.
    Admin,
}

impl Role {
    pub fn code(self) -> &'static str {
        match self {
            Role::Ngo => "ngo",
            Role::Clerk => "clerk",
            Role::Evaluator => "evaluator",
            Role::Admin => "admin",
        }
    }

    /// Staff of the municipality: they manage calls and see every application of the tenant.
    pub fn is_staff(self) -> bool {
        matches!(self, Role::Clerk | Role::Admin)
    }
}

impl FromStr for Role {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s {
            "ngo" => Ok(Role::Ngo),
            "clerk" => Ok(Role::Clerk),
            "evaluator" => Ok(Role::Evaluator),
            "admin" => Ok(Role::Admin),
            other => Err(format!(
                "unknown role `{other}` (expected ngo, clerk, evaluator or admin)"
            )),
        }
    }
}
