//! Agreement pages (issue 12): the clerk's list and screen, where an agreement is drawn up from
//! an award, edited as a draft, made ready, signed, paid, changed by annexes or terminated; the
//! organisation's list and screen, where it downloads the agreement and uploads its signed copy.
//! Every step is one store use case (`granty_store::agreements`).

mod calls;
mod clerk;
mod controls;
mod forms;
mod ngo;
mod scans;
mod screen;
mod view;

pub use calls::{call_partial, written_call};
pub use clerk::{
    annex, clerk_agreement, clerk_agreements, draw_up, edit_terms, mark_ready, record_payment,
    sign, terminate,
};
pub use controls::{recommendations_done, record_control};
pub use ngo::{agreement_pdf, ngo_agreement, ngo_agreements, upload_signed_copy};
pub use scans::{confirm_uploaded_scan, download_scan, upload_scan};

use crate::routes::agreements::services;
use granty_domain::Violations;

/// The problems of one of the page's forms, named as that form's inputs are (`annex_reason`).
fn of_form(problems: Violations, prefix: &str) -> Violations {
    Violations(
        problems
            .0
            .into_iter()
            .map(|mut v| {
                v.field = format!("{prefix}{}", v.field);
                v
            })
            .collect(),
    )
}
