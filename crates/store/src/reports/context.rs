//! What a report is checked against, loaded once per request: the agreement's terms in force,
//! the offer's planned results and schedule, the grant transferred so far, and whether the town
//! asks for the list of financial documents.

use crate::agreements::final_content;
use crate::entities::{agreement, agreement_payment, award, report, tenant_agreement_setting};
use crate::error::{StoreError, StoreResult};
use granty_domain::agreement::AgreementTerms;
use granty_domain::money::Currency;
use granty_domain::offer::{ActionInput, ResultInput};
use granty_domain::report::{ReportContext, ReportKind};
use granty_domain::Money;
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter};

pub(super) struct Loaded {
    pub terms: AgreementTerms,
    pub results: Vec<ResultInput>,
    pub actions: Vec<ActionInput>,
    pub paid: Money,
    pub documents_required: bool,
}

impl Loaded {
    pub async fn of(
        conn: &impl ConnectionTrait,
        agreement: &agreement::Model,
    ) -> StoreResult<Self> {
        let terms: AgreementTerms = serde_json::from_str(&agreement.terms)?;
        let award = award::Entity::find_by_id(agreement.award_id)
            .one(conn)
            .await?
            .ok_or_else(|| StoreError::Corrupt(format!("agreement {} award", agreement.id)))?;
        let offer = final_content(conn, &award).await?;
        let currency: Currency = agreement.currency.parse().unwrap_or_default();
        let paid = agreement_payment::Entity::find()
            .filter(agreement_payment::Column::AgreementId.eq(agreement.id))
            .all(conn)
            .await?
            .iter()
            .map(|p| p.amount_minor)
            .sum();
        let documents_required = tenant_agreement_setting::Entity::find()
            .filter(tenant_agreement_setting::Column::TenantId.eq(agreement.tenant_id))
            .one(conn)
            .await?
            .is_some_and(|s| s.report_documents);
        Ok(Loaded {
            terms,
            results: offer.results,
            actions: offer.schedule,
            paid: Money::new(paid, currency),
            documents_required,
        })
    }

    pub fn ctx(&self, kind: ReportKind, row: &report::Model) -> ReportContext<'_> {
        ReportContext {
            terms: &self.terms,
            kind,
            period_from: row.period_from,
            period_to: row.period_to,
            planned_results: &self.results,
            planned_actions: &self.actions,
            grant_paid: self.paid,
            documents_required: self.documents_required,
        }
    }
}
