//! The clerk's last decision on an offer as recorded: the outcome, when, the deficiencies, the
//! justification and the correction deadline. Shown in a status box right after "Save decision",
//! so the clerk sees what was saved instead of a blank form.

use crate::pages::texts::text;
use chrono_tz::Tz;
use granty_domain::Language;
use granty_i18n::format::{last_moment, minute};
use granty_store::applications::ApplicationDetail;
use serde::Serialize;

#[derive(Serialize)]
pub struct Decision {
    outcome: &'static str,
    checked_at: String,
    version_no: i32,
    deficiencies: Vec<String>,
    justification: String,
    correction_due: Option<String>,
}

/// The newest formal check of the offer, if there is one.
pub fn last_decision(detail: &ApplicationDetail, zone: Tz, lang: Language) -> Option<Decision> {
    let check = detail.formal_checks.last()?;
    Some(Decision {
        outcome: text(lang, &format!("outcome_{}", check.outcome)),
        checked_at: minute(check.checked_at, zone, lang),
        version_no: check.version_no,
        deficiencies: check.deficiencies.clone(),
        justification: check.reason.clone(),
        correction_due: check.correction_due_at.map(|t| last_moment(t, zone, lang)),
    })
}
