//! The agreement drafted from an award: the offer's final estimate (the accepted update, else
//! the offer as filed), the call's dates, the town's settings and the organisation's profile.
//! One per award: a second request (a double click) returns the agreement already made.

use super::access::AgreementRole;
use super::partners;
use super::view::{view_of, AgreementView};
use super::{audit_created, write_rows};
use crate::agreement_settings;
use crate::calls::{self, CallRecord};
use crate::entities::{agreement, agreement_version, application_version, award, organisation};
use crate::error::{StoreError, StoreResult};
use crate::{audit, Actor, Db};
use chrono::{DateTime, Datelike, Days, NaiveDate, Utc};
use granty_domain::agreement::{
    last_use_by_day, AgreementCostLine, AgreementTerms, Party, PartyRole, Signatory, Tranche,
};
use granty_domain::agreement_settings::AgreementSettings;
use granty_domain::offer::{compute_costs, CostSummary, OfferInput};
use granty_domain::results::{AwardDecision, UpdateState};
use granty_domain::{Money, Rule, Violations};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseTransaction, EntityTrait,
    PaginatorTrait, QueryFilter, QueryOrder, Set, TransactionTrait,
};

/// Drafts the agreement of award `award_id` (or returns the one drafted before).
pub async fn create_from_award(
    db: &Db,
    actor: &Actor,
    award_id: i64,
    now: DateTime<Utc>,
) -> StoreResult<AgreementView> {
    actor.require_staff()?;
    let txn = db.writer.begin().await?;
    // One request at a time per town: the second of a double click finds the first's agreement.
    audit::hold_town(&txn, actor.tenant_id()).await?;
    let award = award::Entity::find_by_id(award_id)
        .one(&txn)
        .await?
        .ok_or(StoreError::NotFound)?;
    let call = calls::visible(&txn, actor, award.call_id).await?;
    if let Some(existing) = existing(&txn, award_id).await? {
        return view_of(&txn, existing, AgreementRole::Staff).await;
    }
    check_final(&txn, &award).await?;
    let settings = agreement_settings::of_tenant(&txn, actor.tenant_id()).await?;
    let content = final_content(&txn, &award).await?;
    let org = organisation_of(&txn, award.application_id).await?;
    let partners = partners::partner_organisations(&txn, award.application_id).await?;
    let summary = compute_costs(&content, call.terms.budget.currency).0;
    let today = now.with_timezone(&actor.tenant.time_zone).date_naive();
    let draft = Draft {
        actor,
        call: &call,
        award: &award,
        org: &org,
        partners: &partners,
        settings: &settings,
    };
    let terms = draft.terms(&content, &summary, today);
    let row = insert(&txn, &draft, &terms, now).await?;
    write_rows(&txn, row.id, &terms, now).await?;
    audit_created(&txn, actor, &row, now).await?;
    let view = view_of(&txn, row, AgreementRole::Staff).await?;
    txn.commit().await?;
    Ok(view)
}

async fn existing(
    conn: &impl ConnectionTrait,
    award_id: i64,
) -> StoreResult<Option<agreement::Model>> {
    Ok(agreement::Entity::find()
        .filter(agreement::Column::AwardId.eq(award_id))
        .one(conn)
        .await?)
}

/// Only an award of published results, chosen, with no update pending, makes an agreement.
async fn check_final(conn: &impl ConnectionTrait, award: &award::Model) -> StoreResult<()> {
    let published = super::super::entities::call_result::Entity::find()
        .filter(super::super::entities::call_result::Column::CallId.eq(award.call_id))
        .one(conn)
        .await?
        .and_then(|r| r.published_at)
        .is_some();
    let chosen = AwardDecision::parse(&award.decision) == Some(AwardDecision::Awarded);
    let settled = matches!(
        UpdateState::parse(&award.update_state),
        Some(UpdateState::NotNeeded | UpdateState::Accepted)
    );
    if published && chosen && settled {
        return Ok(());
    }
    let mut v = Violations::new();
    v.push("award", Rule::AwardNotFinal);
    Err(StoreError::Invalid(v))
}

/// The accepted updated estimate, else the latest version the committee judged.
pub(crate) async fn final_content(
    conn: &impl ConnectionTrait,
    award: &award::Model,
) -> StoreResult<OfferInput> {
    let mut query = application_version::Entity::find()
        .filter(application_version::Column::ApplicationId.eq(award.application_id));
    query = match (
        UpdateState::parse(&award.update_state),
        award.update_version_no,
    ) {
        (Some(UpdateState::Accepted), Some(no)) => {
            query.filter(application_version::Column::VersionNo.eq(no))
        }
        _ => query.filter(application_version::Column::Kind.ne("update")),
    };
    let version = query
        .order_by_desc(application_version::Column::VersionNo)
        .one(conn)
        .await?
        .ok_or_else(|| StoreError::Corrupt(format!("award {} has no offer version", award.id)))?;
    Ok(serde_json::from_str(&version.content)?)
}

async fn organisation_of(
    conn: &impl ConnectionTrait,
    application_id: i64,
) -> StoreResult<organisation::Model> {
    let offer = crate::entities::application::Entity::find_by_id(application_id)
        .one(conn)
        .await?
        .ok_or(StoreError::NotFound)?;
    organisation::Entity::find_by_id(offer.organisation_id)
        .one(conn)
        .await?
        .ok_or(StoreError::NotFound)
}

struct Draft<'a> {
    actor: &'a Actor,
    call: &'a CallRecord,
    award: &'a award::Model,
    org: &'a organisation::Model,
    /// The organisations linked as the offer's partners.
    partners: &'a [organisation::Model],
    settings: &'a AgreementSettings,
}

impl Draft<'_> {
    fn terms(
        &self,
        content: &OfferInput,
        summary: &CostSummary,
        today: NaiveDate,
    ) -> AgreementTerms {
        let window = &self.call.terms.realisation;
        let starts_on = content.start_date.unwrap_or(window.start);
        let ends_on = content.end_date.unwrap_or(window.end).max(starts_on);
        let budget_year = starts_on.year();
        let grant = Money::new(self.award.amount_minor, summary.currency);
        let first_due = today
            .checked_add_days(Days::new(u64::from(self.settings.payment_days)))
            .unwrap_or(today)
            .clamp(starts_on.min(ends_on), ends_on);
        let zero = Money::zero(summary.currency);
        AgreementTerms {
            task_title: content.title.trim().to_string(),
            commissioning: self.call.terms.commissioning.code().to_string(),
            starts_on,
            ends_on,
            budget_year,
            use_by: ends_on.min(last_use_by_day(budget_year)),
            return_days: self.settings.return_days,
            report_days: self.settings.final_report_days,
            grant,
            tranches: vec![Tranche {
                amount: grant,
                due_on: first_due,
            }],
            // Other public funds count as a financial own contribution in the 2018 model (V.B).
            own_financial: summary
                .own_financial
                .checked_add(summary.other_public_funds)
                .unwrap_or(summary.own_financial),
            own_non_financial: summary.own_non_financial,
            participant_fees: if summary.participant_fees.is_zero() {
                zero
            } else {
                summary.participant_fees
            },
            cost_lines: summary.lines.iter().map(cost_line).collect(),
            shift: self.settings.shift,
            shift_basis: self.settings.shift_basis,
            bank_account: self.org.bank_account.clone(),
            parties: self.parties(content, summary),
            non_party_performers: non_party_performers(content),
            signatories: self.signatories(),
            signatures_required: u32::try_from(self.org.signatures_required.max(1)).unwrap_or(1),
            representation_rule: self.org.representation_rule.clone(),
        }
    }

    fn parties(&self, content: &OfferInput, summary: &CostSummary) -> Vec<Party> {
        let joint = !content.partners.is_empty();
        let org = self.org;
        let mut parties = vec![
            Party {
                role: PartyRole::Town,
                name: self.actor.tenant.name.clone(),
                address: String::new(),
                registration_number: String::new(),
                scope: String::new(),
                cost_share: None,
                organisation_id: None,
                signatures_required: 1,
            },
            Party {
                role: PartyRole::Organisation,
                name: org.name.clone(),
                address: format!("{}, {} {}", org.street, org.postal_code, org.city),
                registration_number: org.krs.clone().unwrap_or_else(|| org.nip.clone()),
                scope: String::new(),
                cost_share: joint.then_some(summary.applicant_share),
                organisation_id: Some(org.id),
                signatures_required: u32::try_from(org.signatures_required.max(1)).unwrap_or(1),
            },
        ];
        for (i, partner) in content.partners.iter().enumerate() {
            parties.push(Party {
                role: PartyRole::Partner,
                name: partner.name.trim().to_string(),
                address: partner.address.trim().to_string(),
                registration_number: partner.registration_number.trim().to_string(),
                scope: partner.scope.trim().to_string(),
                cost_share: summary.partner_shares.get(i).copied(),
                organisation_id: None,
                signatures_required: 1,
            });
        }
        partners::link(&mut parties, self.partners);
        parties
    }

    /// The organisation's representatives, as many as its rule needs; the town's are named by
    /// the clerk in the draft.
    fn signatories(&self) -> Vec<Signatory> {
        let people: Vec<granty_domain::organisation::Representative> =
            serde_json::from_str(&self.org.representatives).unwrap_or_default();
        let needed = usize::try_from(self.org.signatures_required.max(1)).unwrap_or(1);
        people
            .into_iter()
            .take(needed)
            .map(|p| Signatory {
                party: PartyRole::Organisation,
                name: p.name,
                function: p.function,
            })
            .collect()
    }
}

fn cost_line(line: &granty_domain::offer::CostLine) -> AgreementCostLine {
    AgreementCostLine {
        number: line.number.clone(),
        category: line.category,
        name: line.name.clone(),
        unit: line.unit.clone(),
        unit_cost: line.unit_cost,
        quantity_hundredths: line.quantity_hundredths,
        value: line.value,
        grant_part: line.grant_part,
    }
}

/// Who carries out part of the task without being a party (art. 16 ust. 4), as the schedule
/// declared them.
fn non_party_performers(content: &OfferInput) -> Vec<String> {
    content
        .schedule
        .iter()
        .filter(|a| !a.non_party_scope.trim().is_empty())
        .map(|a| match a.performer.trim() {
            "" => a.non_party_scope.trim().to_string(),
            who => format!("{who}: {}", a.non_party_scope.trim()),
        })
        .collect()
}

async fn insert(
    txn: &DatabaseTransaction,
    draft: &Draft<'_>,
    terms: &AgreementTerms,
    now: DateTime<Utc>,
) -> StoreResult<agreement::Model> {
    let tenant_id = draft.actor.tenant_id();
    let count = agreement::Entity::find()
        .filter(agreement::Column::TenantId.eq(tenant_id))
        .count(txn)
        .await?;
    let number = format!("U/{}/{}/{}", draft.call.id, terms.budget_year, count + 1);
    let text = serde_json::to_string(terms)?;
    let row = agreement::ActiveModel {
        award_id: Set(draft.award.id),
        tenant_id: Set(tenant_id),
        call_id: Set(draft.call.id),
        application_id: Set(draft.award.application_id),
        organisation_id: Set(draft.org.id),
        number: Set(number),
        state: Set("draft".to_string()),
        language: Set("pl".to_string()),
        terms: Set(text.clone()),
        grant_minor: Set(terms.grant.minor),
        currency: Set(terms.grant.currency.code().to_string()),
        starts_on: Set(terms.starts_on),
        ends_on: Set(terms.ends_on),
        use_by: Set(terms.use_by),
        return_by: Set(terms.return_by()),
        shift_bp: Set(i32::try_from(terms.shift.basis_points()).unwrap_or(0)),
        shift_basis: Set(terms.shift_basis.code().to_string()),
        bank_account: Set(terms.bank_account.clone()),
        current_version: Set(1),
        signed_at: Set(None),
        terminated_at: Set(None),
        termination_reason: Set(None),
        created_by: Set(draft.actor.user_id),
        lock_version: Set(0),
        created_at: Set(now),
        updated_at: Set(now),
        ..Default::default()
    }
    .insert(txn)
    .await?;
    agreement_version::ActiveModel {
        agreement_id: Set(row.id),
        version_no: Set(1),
        kind: Set("original".to_string()),
        state: Set("draft".to_string()),
        terms: Set(text),
        changes: Set("[]".to_string()),
        reason: Set(String::new()),
        created_by: Set(draft.actor.user_id),
        created_at: Set(now),
        updated_at: Set(now),
        ..Default::default()
    }
    .insert(txn)
    .await?;
    Ok(row)
}
