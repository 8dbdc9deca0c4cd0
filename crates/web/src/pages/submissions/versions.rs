//! The offer's submitted versions for the clerk: when each was filed, and after a correction what
//! changed between the last two, field by field, the old value beside the new one.

use crate::pages::texts::text;
use crate::pages::views::diff::{changed_fields, Change};
use chrono_tz::Tz;
use granty_domain::Language;
use granty_i18n::format::instant;
use granty_store::applications::{ApplicationDetail, VersionView};
use serde::Serialize;

/// One filed version: its number, whether it was the offer or a correction, its receipt number
/// and the instant it counted as filed (to the second: it decides whether it was in time).
#[derive(Serialize)]
pub struct VersionRow {
    no: i32,
    kind: &'static str,
    receipt: String,
    submitted_at: String,
}

/// A changed field with the label the editor gives it, when it has one.
#[derive(Serialize)]
pub struct ChangedField {
    label: String,
    path: String,
    before: String,
    after: String,
}

/// What the newest version changed against the one before it.
#[derive(Serialize)]
pub struct VersionDiff {
    from_no: i32,
    to_no: i32,
    changes: Vec<ChangedField>,
}

/// Every version, oldest first.
pub fn version_rows(detail: &ApplicationDetail, zone: Tz, lang: Language) -> Vec<VersionRow> {
    detail
        .versions
        .iter()
        .map(|v| VersionRow {
            no: v.version_no,
            kind: text(lang, &format!("version_kind_{}", v.kind)),
            receipt: v.receipt_number.clone(),
            submitted_at: instant(v.submitted_at, zone, lang),
        })
        .collect()
}

/// The comparison of the last two versions; none before a correction was filed.
pub fn last_change(detail: &ApplicationDetail, lang: Language) -> Option<VersionDiff> {
    let [.., older, newer] = detail.versions.as_slice() else {
        return None;
    };
    Some(compare(older, newer, lang))
}

fn compare(older: &VersionView, newer: &VersionView, lang: Language) -> VersionDiff {
    let changes = changed_fields(&older.content, &newer.content)
        .into_iter()
        .map(|change| labelled(change, lang))
        .collect();
    VersionDiff {
        from_no: older.version_no,
        to_no: newer.version_no,
        changes,
    }
}

/// The editor's label of a field (`sources.requested_grant` → "Requested grant"); a field in a
/// table row keeps its path (`costs[2].unit_cost`), which names the row.
fn labelled(change: Change, lang: Language) -> ChangedField {
    let label = FIELD_LABELS
        .iter()
        .find(|(path, _)| *path == change.field)
        .map(|(_, key)| text(lang, key).to_string())
        .unwrap_or_default();
    ChangedField {
        label,
        path: change.field,
        before: change.before,
        after: change.after,
    }
}

/// The offer's single fields and the catalogue's label for each, as the editor shows them.
const FIELD_LABELS: &[(&str, &str)] = &[
    ("title", "offer_title"),
    ("place", "place"),
    ("target_group", "target_group"),
    ("summary", "summary"),
    ("start_date", "start_date"),
    ("end_date", "end_date"),
    ("contact.name", "contact_name"),
    ("contact.phone", "contact_phone"),
    ("contact.email", "contact_email"),
    ("previous_activity", "previous_activity"),
    ("resources", "resources"),
    ("other_information", "other_information"),
    ("sources.requested_grant", "requested_grant"),
    ("sources.own_financial", "own_financial"),
    ("sources.own_personal", "own_personal"),
    ("sources.own_in_kind", "own_in_kind"),
    ("sources.participant_fees", "participant_fees"),
    ("sources.other_public_funds", "other_public_funds"),
];
