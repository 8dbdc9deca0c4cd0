//! The ranking board of a call, for the town's staff: the submitted cards of the scoring members
//! (advisers without a score and removed members left out), the domain's ranking (raw and
//! normalised), leniency, divergences with their resolutions, applicant flags, and the budget
//! as saved or, before the first save, as proposed down the list.

use super::flags::{applicant_flags, blocks_flagged_applicants, ApplicantFlag};
use super::settings::settings;
use crate::calls::{visible, CallRecord};
use crate::entities::{application, award, committee_member, divergence_note, organisation};
use crate::entities::{scorecard, user};
use crate::error::{StoreError, StoreResult};
use crate::{Actor, Db};
use chrono::{DateTime, Utc};
use granty_domain::application::ApplicationState;
use granty_domain::evaluation::aggregate::{Card, OfferScores};
use granty_domain::evaluation::budget::{allocate, proposal, AwardChoice, BudgetRow, Pool};
use granty_domain::evaluation::ranking::{board, Board};
use granty_domain::evaluation::{CardState, EvaluationSettings, ScoreEntry};
use granty_domain::{Currency, Money};
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder};
use std::collections::{BTreeMap, HashMap};

/// Who an offer is and what it asks, for the board's rows.
#[derive(Debug, Clone)]
pub struct OfferLine {
    pub application_id: i64,
    pub organisation_id: i64,
    pub organisation_name: String,
    pub task: String,
    pub receipt_number: Option<String>,
}

/// A scoring member of the committee, for the leniency table and the extra-member choice.
#[derive(Debug, Clone)]
pub struct MemberLine {
    pub user_id: i64,
    pub display_name: String,
    pub kind: String,
}

/// Everything the board shows.
#[derive(Debug, Clone)]
pub struct RankingBoard {
    pub call: CallRecord,
    pub settings: EvaluationSettings,
    pub board: Board,
    pub offers: BTreeMap<i64, OfferLine>,
    pub members: Vec<MemberLine>,
    pub resolutions: Vec<divergence_note::Model>,
    /// Flags by organisation id.
    pub flags: BTreeMap<i64, Vec<ApplicantFlag>>,
    pub block_flagged: bool,
    pub awards: Vec<award::Model>,
    pub pool: Pool,
}

impl RankingBoard {
    /// Offers whose divergence has a resolution.
    pub fn resolved_ids(&self) -> Vec<i64> {
        self.resolutions.iter().map(|r| r.application_id).collect()
    }

    /// Offers whose applicant is flagged, when the town makes a flag block the award.
    pub fn blocked_ids(&self) -> Vec<i64> {
        if !self.block_flagged {
            return Vec::new();
        }
        self.offers
            .values()
            .filter(|o| self.flags.contains_key(&o.organisation_id))
            .map(|o| o.application_id)
            .collect()
    }

    pub fn flags_of(&self, application_id: i64) -> &[ApplicantFlag] {
        self.offers
            .get(&application_id)
            .and_then(|o| self.flags.get(&o.organisation_id))
            .map_or(&[], Vec::as_slice)
    }

    /// The budget as saved; before the first save, the pool proposed down the list.
    pub fn budget(&self) -> Vec<BudgetRow> {
        if self.awards.is_empty() {
            return proposal(&self.board, self.pool, &self.blocked_ids());
        }
        let currency = self.pool.budget.currency;
        let choices: Vec<AwardChoice> = self
            .awards
            .iter()
            .map(|a| AwardChoice {
                application_id: a.application_id,
                amount: Money::new(a.amount_minor, currency),
                reason: a.reason.clone(),
            })
            .collect();
        allocate(&self.board, &choices, self.pool)
    }
}

/// The board of call `call_id` (staff only; another town's call is 404).
pub async fn ranking_board(
    db: &Db,
    actor: &Actor,
    call_id: i64,
    now: DateTime<Utc>,
) -> StoreResult<RankingBoard> {
    load(&db.reader, actor, call_id, now).await
}

/// Loads the board through `conn` (a transaction when awarding).
pub(crate) async fn load(
    conn: &impl ConnectionTrait,
    actor: &Actor,
    call_id: i64,
    now: DateTime<Utc>,
) -> StoreResult<RankingBoard> {
    actor.require_staff()?;
    let zone = actor.tenant.time_zone;
    let today = (zone, now.with_timezone(&zone).date_naive());
    let call = visible(conn, actor, call_id).await?;
    let settings = settings(conn, call_id).await?;
    let applications = application::Entity::find()
        .filter(application::Column::CallId.eq(call_id))
        .filter(application::Column::State.eq(ApplicationState::FormallyAccepted.code()))
        .order_by_asc(application::Column::Id)
        .all(conn)
        .await?;
    let members = scoring_members(conn, call_id).await?;
    let cards = submitted_cards(conn, call_id, &members).await?;
    let scores = offer_scores(&applications, &cards, call.terms.budget.currency);
    let offers = offer_lines(conn, &applications).await?;
    let organisation_ids: Vec<i64> = offers.values().map(|o| o.organisation_id).collect();
    Ok(RankingBoard {
        board: board(&call.terms.criteria, &settings, &scores),
        settings,
        offers,
        members,
        resolutions: divergence_note::Entity::find()
            .filter(divergence_note::Column::CallId.eq(call_id))
            .order_by_asc(divergence_note::Column::Id)
            .all(conn)
            .await?,
        flags: applicant_flags(conn, actor.tenant_id(), &organisation_ids, today).await?,
        block_flagged: blocks_flagged_applicants(conn, actor.tenant_id()).await?,
        awards: award::Entity::find()
            .filter(award::Column::CallId.eq(call_id))
            .all(conn)
            .await?,
        pool: Pool {
            budget: call.terms.budget,
            min_grant: call.terms.min_grant,
        },
        call,
    })
}

/// What the domain ranks of each offer: its cards, request and receipt time.
fn offer_scores(
    applications: &[application::Model],
    cards: &HashMap<i64, Vec<Card>>,
    currency: Currency,
) -> Vec<OfferScores> {
    applications
        .iter()
        .map(|a| OfferScores {
            application_id: a.id,
            requested: Money::new(a.requested_grant_minor, currency),
            received_at: a.submitted_at,
            cards: cards.get(&a.id).cloned().unwrap_or_default(),
        })
        .collect()
}

/// The committee's members who score (advisers with `scores = false` and removed members are
/// left out), by user id.
async fn scoring_members(
    conn: &impl ConnectionTrait,
    call_id: i64,
) -> StoreResult<Vec<MemberLine>> {
    let rows = committee_member::Entity::find()
        .filter(committee_member::Column::CallId.eq(call_id))
        .filter(committee_member::Column::Scores.eq(true))
        .filter(committee_member::Column::RemovedAt.is_null())
        .order_by_asc(committee_member::Column::UserId)
        .all(conn)
        .await?;
    let ids: Vec<i64> = rows.iter().map(|m| m.user_id).collect();
    let names: HashMap<i64, String> = user::Entity::find()
        .filter(user::Column::Id.is_in(ids))
        .all(conn)
        .await?
        .into_iter()
        .map(|u| (u.id, u.display_name))
        .collect();
    Ok(rows
        .into_iter()
        .map(|m| MemberLine {
            display_name: names.get(&m.user_id).cloned().unwrap_or_default(),
            user_id: m.user_id,
            kind: m.kind,
        })
        .collect())
}

/// The submitted cards of the scoring members, by application id.
async fn submitted_cards(
    conn: &impl ConnectionTrait,
    call_id: i64,
    members: &[MemberLine],
) -> StoreResult<HashMap<i64, Vec<Card>>> {
    let scoring: Vec<i64> = members.iter().map(|m| m.user_id).collect();
    let rows = scorecard::Entity::find()
        .filter(scorecard::Column::CallId.eq(call_id))
        .filter(scorecard::Column::State.eq(CardState::Submitted.code()))
        .filter(scorecard::Column::UserId.is_in(scoring))
        .order_by_asc(scorecard::Column::UserId)
        .all(conn)
        .await?;
    let mut cards: HashMap<i64, Vec<Card>> = HashMap::new();
    for row in rows {
        let entries: Vec<ScoreEntry> = serde_json::from_str(&row.entries)
            .map_err(|e| StoreError::Corrupt(format!("entries of scorecard {}: {e}", row.id)))?;
        cards.entry(row.application_id).or_default().push(Card {
            member_id: row.user_id,
            entries,
        });
    }
    Ok(cards)
}

async fn offer_lines(
    conn: &impl ConnectionTrait,
    applications: &[application::Model],
) -> StoreResult<BTreeMap<i64, OfferLine>> {
    let ids: Vec<i64> = applications.iter().map(|a| a.organisation_id).collect();
    let names: HashMap<i64, String> = organisation::Entity::find()
        .filter(organisation::Column::Id.is_in(ids))
        .all(conn)
        .await?
        .into_iter()
        .map(|o| (o.id, o.name))
        .collect();
    Ok(applications
        .iter()
        .map(|a| {
            let content: serde_json::Value = serde_json::from_str(&a.content).unwrap_or_default();
            let line = OfferLine {
                application_id: a.id,
                organisation_id: a.organisation_id,
                organisation_name: names.get(&a.organisation_id).cloned().unwrap_or_default(),
                task: content["title"].as_str().unwrap_or_default().to_string(),
                receipt_number: a.receipt_number.clone(),
            };
            (a.id, line)
        })
        .collect())
}
