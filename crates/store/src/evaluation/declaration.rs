//! The member's declaration of impartiality (art. 15 ust. 2f with art. 24 KPA): signed once per
//! call, before any offer; the applicants are listed and the member declares no tie to any, or
//! names those they are tied to. A tie excludes the member from those applicants' offers, ends
//! their assignments to them, and asks the call's clerks to reassign.

use super::assignment::end_for;
use super::gate::{has_declared, membership};
use super::offers::{applicants_of, under_evaluation, OfferRow};
use crate::audit;
use crate::calls::CallRecord;
use crate::entities::{evaluation_exclusion, impartiality_declaration};
use crate::error::{StoreError, StoreResult};
use crate::notifications::{self, Subject};
use crate::{Actor, Db};
use chrono::{DateTime, Utc};
use granty_domain::evaluation::committee::Applicant;
use granty_domain::notification::Event;
use granty_domain::roles::Role;
use granty_domain::{Rule, Violations};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, DatabaseTransaction, EntityTrait, QueryFilter, Set,
    TransactionTrait,
};
use serde_json::json;

/// The reason stored on an exclusion and an ended assignment caused by a declared tie.
pub const DECLARED_TIE: &str = "declared_tie";

/// What the member's declaration page shows.
#[derive(Debug, Clone)]
pub struct DeclarationForm {
    pub call: CallRecord,
    /// The applicants and partners of the offers under evaluation.
    pub applicants: Vec<Applicant>,
    /// The declaration once signed.
    pub signed: Option<impartiality_declaration::Model>,
}

/// The member's answer.
#[derive(Debug, Clone, Default)]
pub struct DeclarationInput {
    pub no_ties: bool,
    /// The organisations the member is tied to.
    pub tied: Vec<i64>,
    /// The statement as shown to the member (their language), kept as signed.
    pub statement: String,
    pub client_address: Option<String>,
}

/// The declaration page of call `call_id` for the signed-in member: an evaluator on its
/// committee (another role 403; not on this committee, a draft or another town's call 404).
pub async fn declaration_form(
    db: &Db,
    actor: &Actor,
    call_id: i64,
) -> StoreResult<DeclarationForm> {
    let (call, offers) = member_call(&db.reader, actor, call_id).await?;
    let applicants = applicants_of(&db.reader, &offers).await?;
    let signed = impartiality_declaration::Entity::find()
        .filter(impartiality_declaration::Column::CallId.eq(call_id))
        .filter(impartiality_declaration::Column::UserId.eq(actor.user_id))
        .one(&db.reader)
        .await?;
    Ok(DeclarationForm {
        call,
        applicants,
        signed,
    })
}

async fn member_call(
    conn: &impl sea_orm::ConnectionTrait,
    actor: &Actor,
    call_id: i64,
) -> StoreResult<(CallRecord, Vec<OfferRow>)> {
    actor.require(Role::Evaluator)?;
    let call = crate::calls::visible(conn, actor, call_id).await?;
    membership(conn, actor, call_id)
        .await?
        .ok_or(StoreError::NotFound)?;
    Ok((call, under_evaluation(conn, call_id).await?))
}

/// Signs the declaration; returns the offers the member is now excluded from.
pub async fn declare(
    db: &Db,
    actor: &Actor,
    call_id: i64,
    input: DeclarationInput,
    now: DateTime<Utc>,
) -> StoreResult<Vec<i64>> {
    let txn = db.writer.begin().await?;
    let (call, offers) = member_call(&txn, actor, call_id).await?;
    let applicants = applicants_of(&txn, &offers).await?;
    let mut v = check(&input, &applicants);
    if has_declared(&txn, actor.user_id, call_id).await? {
        v.push("declaration", Rule::AlreadyDeclared);
    }
    v.into_result(()).map_err(StoreError::Invalid)?;
    record(&txn, actor, call_id, &input, now).await?;
    let tied: Vec<&OfferRow> = offers
        .iter()
        .filter(|o| input.tied.iter().any(|t| o.involves(*t)))
        .collect();
    let excluded: Vec<i64> = tied.iter().map(|o| o.id).collect();
    exclude(&txn, actor, call_id, &excluded, now).await?;
    let is = json!({ "no_ties": input.no_ties, "tied_organisation_ids": input.tied,
        "excluded_application_ids": excluded });
    let action = "declare_impartiality";
    audit::record_change(&txn, actor, "call", call_id, action, json!({}), is, now).await?;
    if !tied.is_empty() {
        let titles = tied.iter().map(|o| o.title.clone()).collect();
        ask_to_reassign(&txn, actor, &call, titles, now).await?;
    }
    txn.commit().await?;
    Ok(excluded)
}

/// Either no tie, or at least one tie, to applicants of this call.
fn check(input: &DeclarationInput, applicants: &[Applicant]) -> Violations {
    let mut v = Violations::new();
    if input.no_ties && !input.tied.is_empty() {
        v.push("tied", Rule::InvalidValue);
    } else if !input.no_ties && input.tied.is_empty() {
        v.push("tied", Rule::Required);
    }
    let known = |id: &i64| applicants.iter().any(|a| a.organisation_id == *id);
    if !input.tied.iter().all(known) {
        v.push("tied", Rule::UnknownReference);
    }
    v
}

async fn record(
    txn: &DatabaseTransaction,
    actor: &Actor,
    call_id: i64,
    input: &DeclarationInput,
    now: DateTime<Utc>,
) -> StoreResult<()> {
    let address = input
        .client_address
        .as_ref()
        .map(|a| a.chars().take(64).collect());
    impartiality_declaration::ActiveModel {
        call_id: Set(call_id),
        user_id: Set(actor.user_id),
        no_ties: Set(input.no_ties),
        tied_organisation_ids: Set(serde_json::to_string(&input.tied)?),
        statement: Set(input.statement.clone()),
        declared_at: Set(now),
        client_address: Set(address),
        created_at: Set(now),
        updated_at: Set(now),
        ..Default::default()
    }
    .insert(txn)
    .await
    .map_err(|e| match StoreError::from(e) {
        // The same member signing twice at once: the second finds it signed.
        StoreError::Duplicate { .. } => {
            let mut v = Violations::new();
            v.push("declaration", Rule::AlreadyDeclared);
            StoreError::Invalid(v)
        }
        other => other,
    })?;
    Ok(())
}

/// The member's exclusions from the tied offers, and the end of their assignments to them.
async fn exclude(
    txn: &DatabaseTransaction,
    actor: &Actor,
    call_id: i64,
    application_ids: &[i64],
    now: DateTime<Utc>,
) -> StoreResult<()> {
    for application_id in application_ids {
        evaluation_exclusion::ActiveModel {
            call_id: Set(call_id),
            application_id: Set(*application_id),
            user_id: Set(actor.user_id),
            reason: Set(DECLARED_TIE.to_string()),
            note: Set(String::new()),
            excluded_by: Set(actor.user_id),
            created_at: Set(now),
            updated_at: Set(now),
            ..Default::default()
        }
        .insert(txn)
        .await?;
    }
    let (user, only) = (actor.user_id, Some(application_ids));
    end_for(txn, user, call_id, user, only, DECLARED_TIE, now).await?;
    Ok(())
}

async fn ask_to_reassign(
    txn: &DatabaseTransaction,
    actor: &Actor,
    call: &CallRecord,
    application_titles: Vec<String>,
    now: DateTime<Utc>,
) -> StoreResult<()> {
    let recipients = notifications::staff_recipients(txn, actor.tenant_id()).await?;
    let subject = Subject {
        tenant_id: actor.tenant_id(),
        entity: "call",
        entity_id: call.id,
        link_path: format!("/clerk/calls/{}/committee", call.id),
    };
    let event = Event::ReassignmentNeeded {
        call_title: call.terms.title.clone(),
        member_name: actor.display_name.clone(),
        application_titles,
    };
    notifications::enqueue(txn, &subject, &recipients, &event, None, now).await?;
    Ok(())
}

/// The statement kept with a declaration: the words shown (in the member's language) and the
/// applicants listed at that moment.
pub fn statement_as_shown(statement: &str, applicants: &[Applicant]) -> String {
    let listed: Vec<String> = applicants
        .iter()
        .map(|a| format!("- {} [{}]", a.name, a.organisation_id))
        .collect();
    format!("{statement}\n\n{}", listed.join("\n"))
}
