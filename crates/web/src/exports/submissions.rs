//! A call's submitted offers as a download: receipt, organisation, task, state, amounts, the
//! moment of filing in the town's zone and the last formal check.

use super::table::{header, keyset, page_of, zoned_header, Cell, Row, Sheet};
use chrono_tz::Tz;
use granty_domain::application::FormalOutcome;
use granty_domain::Language;
use granty_store::exports::submissions::{SubmissionLine, SubmissionsExport};
use granty_store::Db;
use std::sync::Arc;

fn headers(lang: Language, zone: Tz) -> Vec<String> {
    let plain = |id| header(lang, id);
    vec![
        plain("export_receipt"),
        plain("export_organisation"),
        plain("export_nip"),
        plain("export_task"),
        plain("export_state"),
        plain("export_requested"),
        plain("export_total_costs"),
        plain("export_currency"),
        zoned_header(lang, "export_submitted_at", zone),
        plain("export_formal_check"),
        zoned_header(lang, "export_formal_checked_at", zone),
        zoned_header(lang, "export_correction_due", zone),
    ]
}

fn outcome(outcome: FormalOutcome, lang: Language) -> Cell {
    Cell::text(header(lang, &format!("export_formal_{}", outcome.code())))
}

fn cells(line: SubmissionLine, currency: &str, zone: Tz, lang: Language) -> Row {
    let check = line.formal_check.as_ref();
    vec![
        Cell::text(line.receipt_number.unwrap_or_default()),
        Cell::Text(line.organisation),
        Cell::Text(line.nip),
        Cell::Text(line.title),
        Cell::text(granty_i18n::format::application_state(line.state, lang)),
        Cell::Amount(line.requested_grant),
        Cell::Amount(line.total_costs),
        Cell::text(currency),
        Cell::time(line.submitted_at, zone),
        Cell::optional(check, |c| outcome(c.outcome, lang)),
        Cell::optional(check, |c| Cell::time(c.checked_at, zone)),
        Cell::optional(check.and_then(|c| c.correction_due_at), |at| {
            Cell::time(at, zone)
        }),
    ]
}

/// The download of an export the caller opened (`granty_store::exports::submissions::open`).
pub fn submissions_sheet(db: Db, export: SubmissionsExport, zone: Tz, lang: Language) -> Sheet {
    let call = export.call();
    let currency = call.terms.budget.currency.code();
    let title = header(lang, "export_sheet_submissions");
    let file_stem = format!("submissions-{}", call.id);
    let export = Arc::new(export);
    let pages = keyset(move |after| {
        let (db, export) = (db.clone(), export.clone());
        async move {
            let lines = export.page(&db, after.as_ref()).await?;
            Ok(page_of(lines, SubmissionLine::key, |line| {
                cells(line, currency, zone, lang)
            }))
        }
    });
    Sheet {
        title,
        file_stem,
        headers: headers(lang, zone),
        pages,
    }
}
