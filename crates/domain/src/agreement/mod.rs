//! Agreements (art. 16; the 2018 model agreement, Annex 3): the states an agreement goes
//! through, the terms it fixes (dates, money, parties, signatories), the annexes that change
//! them and the payments made under it. Pure rules: the store loads, calls these, and saves.

mod changes;
mod control;
mod dates;
mod payments;
mod signing;
mod state;
mod terms;
#[cfg(test)]
mod tests;

pub use changes::{diff_terms, Change};
pub use control::{
    check_control, check_done, recommendations_due, retention_over, retention_until, ControlInput,
    CONTROL_TEXT_MAX, DEFAULT_CONTROL_DAYS, RETENTION_YEARS,
};
pub use dates::{final_report_by, last_use_by_day, next_working_day, partial_reports, return_by};
pub use payments::{check_payment, PaymentInput};
pub use signing::{awaited, Awaited, Signed};
pub use state::{apply_action, AgreementAction, AgreementState, VersionState};
pub use terms::{
    check_signatories, check_terms, AgreementCostLine, AgreementTerms, Party, PartyRole,
    ShiftBasis, Signatory, Tranche,
};
