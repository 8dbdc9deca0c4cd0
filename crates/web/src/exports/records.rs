//! The town's agreements, their payments (a row per tranche) and their settlements as
//! downloads, for the town's staff.

use super::table::{header, keyset, page_of, zoned_header, Cell, Row, Sheet};
use chrono::NaiveDate;
use chrono_tz::Tz;
use granty_domain::Language;
use granty_store::exports::agreements::{AgreementLine, AgreementsExport};
use granty_store::exports::payments::{PaymentLine, PaymentsExport};
use granty_store::exports::settlements::{SettlementLine, SettlementsExport};
use granty_store::Db;
use std::sync::Arc;

/// What every download of the town's records is named after: the town and the day.
pub struct Named<'a> {
    pub slug: &'a str,
    pub today: NaiveDate,
}

impl Named<'_> {
    fn stem(&self, what: &str) -> String {
        format!("{what}-{}-{}", self.slug, self.today.format("%Y-%m-%d"))
    }
}

fn headers(lang: Language, ids: &[&str]) -> Vec<String> {
    ids.iter().map(|id| header(lang, id)).collect()
}

fn state(code: &str, lang: Language) -> Cell {
    Cell::text(header(lang, &format!("agreement_state_{code}")))
}

fn agreement_cells(a: AgreementLine, zone: Tz, lang: Language) -> Row {
    vec![
        Cell::Text(a.number),
        Cell::Text(a.call_title),
        Cell::Text(a.organisation),
        Cell::Text(a.task_title),
        state(&a.state, lang),
        Cell::Amount(a.grant),
        Cell::Amount(a.paid),
        Cell::text(a.currency.code()),
        Cell::Date(a.starts_on),
        Cell::Date(a.ends_on),
        Cell::optional(a.signed_at, |at| Cell::time(at, zone)),
        Cell::optional(a.terminated_at, |at| Cell::time(at, zone)),
    ]
}

pub fn agreements_sheet(
    db: Db,
    export: AgreementsExport,
    named: Named<'_>,
    zone: Tz,
    lang: Language,
) -> Sheet {
    let mut titles = headers(
        lang,
        &[
            "export_agreement_number",
            "export_call",
            "export_organisation",
            "export_task",
            "export_state",
            "export_grant",
            "export_paid",
            "export_currency",
            "export_starts_on",
            "export_ends_on",
        ],
    );
    titles.push(zoned_header(lang, "export_signed_at", zone));
    titles.push(zoned_header(lang, "export_terminated_at", zone));
    let export = Arc::new(export);
    let pages = keyset(move |after| {
        let (db, export) = (db.clone(), export.clone());
        async move {
            let lines = export.page(&db, after).await?;
            Ok(page_of(lines, |a| a.id, |a| agreement_cells(a, zone, lang)))
        }
    });
    Sheet {
        title: header(lang, "export_sheet_agreements"),
        file_stem: named.stem("agreements"),
        headers: titles,
        pages,
    }
}

fn payment_cells(p: PaymentLine) -> Row {
    let paid_on = match p.paid_on.as_slice() {
        [] => Cell::Empty,
        [one] => Cell::Date(*one),
        many => Cell::Text(
            many.iter()
                .map(|d| d.format("%Y-%m-%d").to_string())
                .collect::<Vec<_>>()
                .join("; "),
        ),
    };
    vec![
        Cell::Text(p.number),
        Cell::Text(p.organisation),
        Cell::Text(p.task_title),
        Cell::optional(p.tranche, |n| Cell::Int(i64::from(n))),
        Cell::optional(p.due_on, Cell::Date),
        Cell::optional(p.planned, Cell::Amount),
        Cell::Amount(p.paid),
        paid_on,
        Cell::optional(p.planned, |planned| Cell::Amount(planned - p.paid)),
        Cell::text(p.currency.code()),
    ]
}

pub fn payments_sheet(db: Db, export: PaymentsExport, named: Named<'_>, lang: Language) -> Sheet {
    let titles = headers(
        lang,
        &[
            "export_agreement_number",
            "export_organisation",
            "export_task",
            "export_tranche",
            "export_due_on",
            "export_planned",
            "export_paid",
            "export_paid_on",
            "export_to_pay",
            "export_currency",
        ],
    );
    let export = Arc::new(export);
    let pages = keyset(move |after| {
        let (db, export) = (db.clone(), export.clone());
        async move {
            let page = export.page(&db, after).await?;
            Ok(page.map(|(lines, last)| (lines.into_iter().map(payment_cells).collect(), last)))
        }
    });
    Sheet {
        title: header(lang, "export_sheet_payments"),
        file_stem: named.stem("payments"),
        headers: titles,
        pages,
    }
}

fn settlement_cells(s: SettlementLine, lang: Language) -> Row {
    let report = s.report;
    vec![
        Cell::Text(s.number),
        Cell::Text(s.organisation),
        Cell::Text(s.task_title),
        state(&s.state, lang),
        Cell::Amount(s.granted),
        Cell::Amount(s.paid),
        Cell::optional(report, |r| Cell::Amount(r.used)),
        Cell::optional(report, |r| Cell::Amount(r.unused)),
        Cell::optional(report, |r| Cell::Amount(r.excessive)),
        Cell::optional(report, |r| Cell::Amount(r.to_return)),
        Cell::Amount(s.returns_decided),
        Cell::Amount(s.returns_paid),
        Cell::Amount(s.interest_charged),
        Cell::Amount(s.left_to_pay),
        Cell::text(s.currency.code()),
    ]
}

pub fn settlements_sheet(
    db: Db,
    export: SettlementsExport,
    named: Named<'_>,
    lang: Language,
) -> Sheet {
    let titles = headers(
        lang,
        &[
            "export_agreement_number",
            "export_organisation",
            "export_task",
            "export_state",
            "export_grant",
            "export_paid",
            "export_used",
            "export_unused",
            "export_excessive",
            "export_to_return",
            "export_returns_decided",
            "export_returns_paid",
            "export_interest",
            "export_left_to_pay",
            "export_currency",
        ],
    );
    let export = Arc::new(export);
    let pages = keyset(move |after| {
        let (db, export) = (db.clone(), export.clone());
        async move {
            let lines = export.page(&db, after).await?;
            Ok(page_of(
                lines,
                |s| s.agreement_id,
                |s| settlement_cells(s, lang),
            ))
        }
    });
    Sheet {
        title: header(lang, "export_sheet_settlements"),
        file_stem: named.stem("settlements"),
        headers: titles,
        pages,
    }
}
