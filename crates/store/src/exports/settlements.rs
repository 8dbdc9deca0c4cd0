//! The settlements of the town's agreements once signed by all (in realisation, awaiting the
//! report, settled or terminated): what was granted and paid, what the final report's
//! settlement found (used, unused, excessive, to return) where one is filed, and where the
//! returns stand (decided, paid, interest, left to pay) on the day of the download. The
//! figures are the ones the settlement screen computes ([`crate::settlement`]).

use super::agreements::{
    currency_of, organisation_names, paid_totals, task_title, AgreementsExport,
};
use crate::entities::agreement;
use crate::error::StoreResult;
use crate::settlement::report::settlement_of_final_report;
use crate::settlement::standing::standing_in;
use crate::{Actor, Db};
use chrono::{DateTime, NaiveDate, Utc};
use chrono_tz::Tz;
use granty_domain::agreement::AgreementState;
use granty_domain::money::Currency;
use granty_domain::settlement::Settlement;

/// One agreement's settlement (minor units of `currency`).
#[derive(Debug, Clone)]
pub struct SettlementLine {
    pub agreement_id: i64,
    pub number: String,
    pub organisation: String,
    pub task_title: String,
    pub state: String,
    pub granted: i64,
    pub paid: i64,
    /// From the final report's settlement; `None` before a final report is filed.
    pub report: Option<ReportFigures>,
    /// The returns decided (principal), what was paid of them, the interest.
    pub returns_decided: i64,
    pub returns_paid: i64,
    pub interest_charged: i64,
    pub left_to_pay: i64,
    pub currency: Currency,
}

#[derive(Debug, Clone, Copy)]
pub struct ReportFigures {
    pub used: i64,
    pub unused: i64,
    pub excessive: i64,
    pub to_return: i64,
}

impl From<&Settlement> for ReportFigures {
    fn from(s: &Settlement) -> Self {
        ReportFigures {
            used: s.figures.used.amount,
            unused: s.figures.unused.amount,
            excessive: s.figures.excessive.amount,
            to_return: s.figures.to_return.amount,
        }
    }
}

/// The settlements of the town's agreements on the day the download was opened.
#[derive(Debug, Clone)]
pub struct SettlementsExport {
    agreements: AgreementsExport,
    zone: Tz,
    today: NaiveDate,
}

const STATES: [AgreementState; 4] = [
    AgreementState::Realisation,
    AgreementState::Reporting,
    AgreementState::Settled,
    AgreementState::Terminated,
];

/// Each agreement's settlement takes a few reads of its own: smaller pages.
const AGREEMENTS_PER_PAGE: u64 = 50;

/// Opens the export: the town's staff only (others 403).
pub async fn open(actor: &Actor, now: DateTime<Utc>) -> StoreResult<SettlementsExport> {
    actor.require_staff()?;
    let zone = actor.tenant.time_zone;
    Ok(SettlementsExport {
        agreements: AgreementsExport {
            tenant_id: actor.tenant_id(),
            states: STATES.iter().map(|s| s.code().to_string()).collect(),
        },
        zone,
        today: now.with_timezone(&zone).date_naive(),
    })
}

impl SettlementsExport {
    pub async fn count(&self, db: &Db) -> StoreResult<u64> {
        self.agreements.count(db).await
    }

    /// The next page after the agreement with id `after`; empty once all were read.
    pub async fn page(&self, db: &Db, after: Option<i64>) -> StoreResult<Vec<SettlementLine>> {
        let rows = self
            .agreements
            .models(db, after, AGREEMENTS_PER_PAGE)
            .await?;
        let names = organisation_names(&db.reader, &rows).await?;
        let paid = paid_totals(&db.reader, &rows).await?;
        let mut lines = Vec::with_capacity(rows.len());
        for row in rows {
            let organisation = names.get(&row.organisation_id).cloned().unwrap_or_default();
            let paid = paid.get(&row.id).copied().unwrap_or(0);
            lines.push(self.line(db, row, organisation, paid).await?);
        }
        Ok(lines)
    }

    async fn line(
        &self,
        db: &Db,
        row: agreement::Model,
        organisation: String,
        paid: i64,
    ) -> StoreResult<SettlementLine> {
        let standing = standing_in(&db.reader, &row, self.today).await?;
        let settled = settlement_of_final_report(&db.reader, &row, self.zone, self.today).await?;
        Ok(SettlementLine {
            agreement_id: row.id,
            organisation,
            task_title: task_title(&row),
            currency: currency_of(&row),
            granted: row.grant_minor,
            paid,
            report: settled.as_ref().map(|(_, s)| ReportFigures::from(s)),
            returns_decided: standing.to_return,
            returns_paid: standing.paid,
            interest_charged: standing.interest_charged,
            left_to_pay: standing.left_to_pay,
            number: row.number,
            state: row.state,
        })
    }
}
