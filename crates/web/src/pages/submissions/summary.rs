//! The check screen's account of the offer: who applied, when, the sums, the automatic findings
//! and the checks made before (the attachments are `views::attachments`).

use crate::pages::texts::text;
use chrono_tz::Tz;
use granty_domain::formal::Answer;
use granty_domain::Language;
use granty_i18n::format::{application_state, instant, last_moment, minute, money, percent};
use granty_i18n::rule_message;
use granty_store::applications::ApplicationDetail;
use serde::Serialize;

/// The offer's facts the clerk checks against.
#[derive(Serialize)]
pub struct Summary {
    id: i64,
    call_id: i64,
    title: String,
    receipt: String,
    organisation: String,
    organisation_id: i64,
    nip: String,
    krs: String,
    state: &'static str,
    submitted_at: String,
    total: String,
    grant: String,
    own: String,
    correction_due: Option<String>,
    problems: Vec<String>,
    checks: Vec<String>,
}

/// What the check screen says about the offer before the checklist.
pub fn summary(detail: &ApplicationDetail, zone: Tz, lang: Language) -> Summary {
    let (record, s) = (&detail.record, &detail.summary);
    Summary {
        id: record.id,
        call_id: detail.call.id,
        title: record.content.title.clone(),
        receipt: record.receipt_number.clone().unwrap_or_default(),
        organisation: detail.applicant.name.clone(),
        organisation_id: detail.applicant.id,
        nip: detail.applicant.nip.clone(),
        krs: detail.applicant.krs.clone().unwrap_or_else(|| "—".into()),
        state: application_state(record.state, lang),
        submitted_at: record
            .submitted_at
            .map(|t| instant(t, zone, lang))
            .unwrap_or_default(),
        total: money(s.total_costs, lang),
        grant: money(s.requested_grant, lang),
        own: format!(
            "{} ({})",
            money(s.own_contribution, lang),
            percent(s.own_contribution_share, lang)
        ),
        correction_due: record.correction_due_at.map(|t| last_moment(t, zone, lang)),
        problems: detail
            .problems
            .iter()
            .map(|p| format!("{}: {}", p.field, rule_message(&p.rule, lang)))
            .collect(),
        checks: earlier_checks(detail, zone, lang),
    }
}

/// The checks made before, one line each: when, the outcome, the deficiencies and the unmet
/// conditions.
fn earlier_checks(detail: &ApplicationDetail, zone: Tz, lang: Language) -> Vec<String> {
    detail
        .formal_checks
        .iter()
        .map(|c| {
            let unmet: Vec<&str> = c
                .checklist
                .iter()
                .filter(|(_, answer)| **answer == Answer::NotMet)
                .map(|(code, _)| text(lang, &format!("formal_{code}")))
                .collect();
            let mut line = format!(
                "{} — {}: {}",
                minute(c.checked_at, zone, lang),
                text(lang, &format!("outcome_{}", c.outcome)),
                c.deficiencies.join("; ")
            );
            if !unmet.is_empty() {
                let not_met = text(lang, "answer_not_met");
                line.push_str(&format!(" ({not_met}: {})", unmet.join("; ")));
            }
            line
        })
        .collect()
}
