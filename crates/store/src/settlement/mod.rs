//! Settlement (issue 13): a town's settlement settings and interest rates; the settlement of an
//! agreement computed from its terms, transfers and final report; the returns it decides, the
//! payments towards them with interest for the late ones, and the agreement settled once
//! everything is paid.

pub mod duties;
pub mod facts;
pub mod input;
mod misuse;
mod reminders;
pub mod report;
pub mod returns;
pub mod settings;
pub mod standing;
pub mod view;

pub use duties::DutyView;
pub use facts::{agreement_facts, binding_agreements};
pub use input::{settlement_input, settlement_of, ActualLine, ReportActuals};
pub use misuse::{record_misuse, MisuseOutcome};
pub(crate) use reminders::return_reminders;
pub use report::{actuals_of, final_report, report_actuals, settlement_of_final_report};
pub use returns::{decide_returns, record_return_payment, settle_if_paid, ReturnPaymentForm};
pub use settings::{RateView, SettlementSettingsInput, SettlementSettingsView};
pub use standing::{PaymentView, ReturnView, Standing};
pub use view::{get, read_in, MisuseCase, SettlementView};
