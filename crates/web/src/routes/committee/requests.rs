//! The committee routes' request bodies.

use granty_domain::evaluation::settings_form::SettingsForm;
use serde::Deserialize;
use utoipa::ToSchema;

#[derive(Deserialize, ToSchema)]
pub struct AppointRequest {
    #[serde(default)]
    pub user_id: i64,
    #[serde(default)]
    pub kind: String,
    #[serde(default)]
    pub nominated_by_organisation_id: Option<i64>,
    #[serde(default)]
    pub nominated_by_name: Option<String>,
    #[serde(default)]
    pub scores: Option<bool>,
}

#[derive(Deserialize, ToSchema)]
pub struct RemoveRequest {
    #[serde(default)]
    pub reason: String,
}

#[derive(Deserialize, ToSchema)]
pub struct ScoresRequest {
    #[serde(default)]
    pub scores: Option<bool>,
}

#[derive(Deserialize, ToSchema)]
pub struct SettingsRequest {
    #[serde(flatten)]
    pub form: SettingsForm,
    #[serde(default)]
    pub lock_version: Option<i32>,
}

#[derive(Deserialize, ToSchema)]
pub struct AssignRequest {
    /// `all` or `spread` (`per_offer`, default 2).
    #[serde(default)]
    pub mode: Option<String>,
    #[serde(default)]
    pub per_offer: Option<u32>,
}

#[derive(Deserialize, ToSchema)]
pub struct ReassignRequest {
    #[serde(default)]
    pub application_id: i64,
    #[serde(default)]
    pub from_user_id: Option<i64>,
    #[serde(default)]
    pub to_user_id: i64,
    #[serde(default)]
    pub reason: String,
}
