//! The town's agreement settings as the use cases read them (the admin's page edits the row;
//! without one, the defaults below apply).

use crate::entities::tenant_agreement_setting as row;
use crate::error::StoreResult;
use granty_domain::agreement::ShiftBasis;
use granty_domain::Percent;
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter};

/// What an agreement takes from its town.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AgreementSettings {
    /// Allowed growth of a cost line without an annex (§7.4 of the model agreement; 10 %).
    pub shift: Percent,
    pub shift_basis: ShiftBasis,
    /// Days after signing within which the first tranche is paid when no date is typed.
    pub payment_days: u32,
    /// Days after the use-by date to return unused grant (ufp art. 251 ust. 3: 15).
    pub return_days: u32,
    /// Days after the task's end to deliver the final report (art. 18 ust. 4: 30).
    pub final_report_days: u32,
    /// Languages a document may be read in besides Polish (the signed text is always Polish).
    pub document_languages: Vec<String>,
    pub trust_anchors_pem: String,
    pub allow_scans: bool,
}

impl Default for AgreementSettings {
    fn default() -> Self {
        AgreementSettings {
            shift: Percent::from_basis_points(1000),
            shift_basis: ShiftBasis::Line,
            payment_days: 30,
            return_days: 15,
            final_report_days: 30,
            document_languages: Vec::new(),
            trust_anchors_pem: String::new(),
            allow_scans: true,
        }
    }
}

impl AgreementSettings {
    /// Whether a document may be rendered in `language` (Polish always).
    pub fn allows_language(&self, language: &str) -> bool {
        language == "pl" || self.document_languages.iter().any(|l| l == language)
    }
}

fn days(value: i32, default: u32) -> u32 {
    u32::try_from(value).unwrap_or(default)
}

/// The town's settings, or the defaults when it saved none.
pub(super) async fn for_tenant(
    conn: &impl ConnectionTrait,
    tenant_id: i64,
) -> StoreResult<AgreementSettings> {
    let found = row::Entity::find()
        .filter(row::Column::TenantId.eq(tenant_id))
        .one(conn)
        .await?;
    let defaults = AgreementSettings::default();
    let Some(m) = found else {
        return Ok(defaults);
    };
    Ok(AgreementSettings {
        shift: Percent::from_basis_points(i64::from(m.shift_bp)),
        shift_basis: ShiftBasis::parse(&m.shift_basis).unwrap_or(ShiftBasis::Line),
        payment_days: days(m.payment_days, defaults.payment_days),
        return_days: days(m.return_days, defaults.return_days),
        final_report_days: days(m.final_report_days, defaults.final_report_days),
        document_languages: m
            .document_languages
            .split(',')
            .map(|l| l.trim().to_string())
            .filter(|l| !l.is_empty())
            .collect(),
        trust_anchors_pem: m.trust_anchors_pem,
        allow_scans: m.allow_scans,
    })
}
