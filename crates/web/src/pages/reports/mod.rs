//! The organisation's report pages (art. 18; Annex 5): a report opened from the agreement's
//! screen, written in the editor (autosave and live sums through `report.js`, every problem next
//! to its field and in a summary once the person asks to submit), reviewed read-only, submitted,
//! and shown as its receipt; a submitted report is read-only for everyone. The clerk's side: the
//! town's reports (`town`) and the review of one (`review`), whose comments the organisation
//! reads beside the parts they concern (`notes`).

mod edit;
mod form;
mod notes;
mod read;
mod review;
mod town;
mod view;

pub use edit::{autosave, edit, save};
pub use read::{read, start, submit};
pub use review::{review_report, review_screen};
pub use town::town_reports;

use crate::pages::guard::SignedIn;
use crate::pages::respond::PageError;
use crate::AppState;
use granty_store::reports::{self, ReportView};
use granty_store::StoreError;

/// The report with everything its pages show; someone who may not see it gets the 404 page.
async fn load(state: &AppState, signed: &SignedIn, id: i64) -> Result<ReportView, PageError> {
    match reports::get(&state.db, &signed.actor, id).await {
        Ok(report) => Ok(report),
        Err(StoreError::Forbidden) => Err(PageError::NotFound),
        Err(error) => Err(error.into()),
    }
}

/// The words the editor's script says, in the page's language.
fn autosave_words(lang: granty_domain::Language) -> String {
    use crate::pages::texts::text;
    serde_json::json!({
        "saved": text(lang, "autosaved"),
        "offline": text(lang, "autosave_offline"),
        "stale": text(lang, "autosave_stale"),
    })
    .to_string()
}
