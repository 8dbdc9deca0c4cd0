//! Results pages: the clerk's results page (the executive's decision, publication and its channel
//! days, the awards with their updated estimates, the art. 18a cancellation), the clerk's list of
//! justification requests with the answer form, the public form to ask for a justification, and
//! the applicant's updated estimate or declining of the award.

mod clerk;
mod justification_form;
mod justifications;
mod update;

pub use clerk::{
    accept_update, cancel_call, publish_results, record_channels, record_decision, results_page,
    return_update,
};
pub use justification_form::{justification_form, submit_justification};
pub use justifications::{answer_request, justifications_page};
pub use update::{submit_update, withdraw_update};
