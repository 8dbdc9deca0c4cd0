//! One agreement's page, for the clerk (with the forms of each step) and for the organisation
//! (download, upload of the signed copy), from one template.

use super::calls::{CallBox, CallTyped};
use super::controls::ControlTyped;
use super::forms::{AnnexTyped, PaymentTyped, TerminateTyped, TermsForm};
use super::view::{shown, Shown};
use crate::pages::form::LabelledError;
use crate::pages::guard::SignedIn;
use crate::pages::layout::render;
use crate::pages::respond::PageError;
use crate::pages::texts::text;
use axum::http::StatusCode;
use axum::response::Response;
use granty_domain::agreement::PartyRole;
use granty_domain::{Language, Violations};
use granty_i18n::rule_message;
use granty_store::agreements::{AgreementRole, AgreementView};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// What the forms hold: as stored, or as typed when a rule refused them.
#[derive(Default)]
pub struct Typed {
    pub terms: Option<TermsForm>,
    pub payment: PaymentTyped,
    pub annex: Option<AnnexTyped>,
    pub terminate: TerminateTyped,
    pub control: ControlTyped,
    /// The reports the agreement owes (loaded by the screens that show them).
    pub reports: Vec<ReportRow>,
    /// The call for a partial report as typed (the clerk's screen fills it in otherwise).
    pub call: Option<CallTyped>,
    pub calls: CallBox,
}

/// A report the agreement owes, as its screen lists it.
#[derive(Serialize)]
pub struct ReportRow {
    kind_code: &'static str,
    kind: &'static str,
    /// The period's first day as ISO, for the form that opens the report.
    period_from: String,
    period: String,
    due_on: String,
    state: &'static str,
    report_id: Option<i64>,
    /// The organisation may open it now.
    can_start: bool,
}

/// The rows of the reports an agreement owes.
pub fn report_rows(
    due: &[granty_store::reports::DueReportView],
    a: &AgreementView,
    lang: granty_domain::Language,
) -> Vec<ReportRow> {
    use granty_i18n::format::date;
    let in_force = matches!(a.state.as_str(), "realisation" | "reporting");
    due.iter()
        .map(|d| ReportRow {
            kind_code: d.kind.code(),
            kind: text(lang, &format!("report_kind_{}", d.kind.code())),
            period_from: d.period_from.to_string(),
            period: format!(
                "{} – {}",
                date(d.period_from, lang),
                date(d.period_to, lang)
            ),
            due_on: date(d.due_on, lang),
            state: d
                .state
                .map_or(text(lang, "agreement_report_not_started"), |s| {
                    text(lang, &format!("report_state_{}", s.code()))
                }),
            report_id: d.report_id,
            can_start: d.report_id.is_none() && in_force && a.role == AgreementRole::Organisation,
        })
        .collect()
}

impl Typed {
    pub fn terms(form: TermsForm) -> Typed {
        Typed {
            terms: Some(form),
            ..Default::default()
        }
    }

    pub fn payment(form: PaymentTyped) -> Typed {
        Typed {
            payment: form,
            ..Default::default()
        }
    }

    pub fn annex(form: AnnexTyped) -> Typed {
        Typed {
            annex: Some(form),
            ..Default::default()
        }
    }

    pub fn terminate(form: TerminateTyped) -> Typed {
        Typed {
            terminate: form,
            ..Default::default()
        }
    }
}

/// `?done=signed`: the step the screen was sent back from, which it confirms.
#[derive(Deserialize, Default)]
#[serde(default)]
pub struct Done {
    done: String,
}

/// Each step's confirmation; any other `done` shows none.
const DONE: [(&str, &str); 13] = [
    ("saved", "agreement_done_saved"),
    ("ready", "agreement_done_ready"),
    ("signed", "agreement_done_signed"),
    ("paid", "agreement_done_paid"),
    ("annex", "agreement_done_annex"),
    ("terminated", "agreement_done_terminated"),
    ("scan", "agreement_done_scan"),
    ("uploaded", "agreement_uploaded"),
    ("scan_uploaded", "agreement_scan_uploaded"),
    ("control", "agreement_done_control"),
    ("control_done", "agreement_done_control_done"),
    ("called", "agreement_done_called"),
    ("written_call", "agreement_done_written_call"),
];

impl Done {
    pub fn notice(&self, lang: Language) -> Option<&'static str> {
        DONE.iter()
            .find(|(code, _)| *code == self.done)
            .map(|(_, key)| text(lang, key))
    }
}

/// Which steps the page offers now.
#[derive(Serialize, Default)]
struct Steps {
    edit: bool,
    ready: bool,
    sign: bool,
    upload: bool,
    upload_scan: bool,
    confirm_scan: bool,
    confirm_uploaded_scan: bool,
    pay: bool,
    annex: bool,
    terminate: bool,
    control: bool,
}

#[derive(Serialize)]
struct Page {
    #[serde(flatten)]
    agreement: Shown,
    staff: bool,
    steps: Steps,
    lock_version: i32,
    terms_form: TermsForm,
    payment: PaymentTyped,
    annex: AnnexTyped,
    terminate: TerminateTyped,
    control: ControlTyped,
    reports: Vec<ReportRow>,
    call: CallTyped,
    calls: CallBox,
    field_errors: BTreeMap<String, String>,
    errors: Vec<LabelledError>,
    notice: Option<&'static str>,
}

fn steps(a: &AgreementView) -> Steps {
    let working = a.versions.last();
    let working_state = working.map_or("", |v| v.state.as_str());
    let town_signed = working.is_some_and(|v| v.town_signed());
    let staff = a.role == AgreementRole::Staff;
    // The applicant and each partner of a joint offer sign (art. 14 ust. 5), each only once.
    let signs = a.awaits_caller && working_state == "ready" && town_signed;
    let scan_uploaded = working.is_some_and(|v| v.scan_uploaded_at.is_some());
    let open = !matches!(a.state.as_str(), "settled" | "terminated");
    Steps {
        edit: staff && working_state == "draft" && a.state == "draft",
        ready: staff && working_state == "draft",
        sign: staff && working_state == "ready" && !town_signed,
        upload: signs,
        upload_scan: signs && a.takes_scans,
        confirm_scan: staff && working_state == "ready" && town_signed && !scan_uploaded,
        confirm_uploaded_scan: staff && working_state == "ready" && town_signed && scan_uploaded,
        pay: staff && a.state == "realisation",
        annex: staff && a.state == "realisation" && working_state == "signed",
        terminate: staff && open,
        // A control during the task and afterwards, until the documents' retention ends.
        control: staff && a.signed_at.is_some(),
    }
}

fn terms_form(a: &AgreementView) -> TermsForm {
    let t = &a.terms;
    let town = t.signatories.iter().find(|s| s.party == PartyRole::Town);
    TermsForm {
        town_signatory_name: town.map(|s| s.name.clone()).unwrap_or_default(),
        town_signatory_function: town.map(|s| s.function.clone()).unwrap_or_default(),
        csrf: String::new(),
        lock_version: a.lock_version.to_string(),
        task_title: t.task_title.clone(),
        starts_on: t.starts_on.to_string(),
        ends_on: t.ends_on.to_string(),
        use_by: t.use_by.to_string(),
        bank_account: t.bank_account.clone(),
        shift_percent: t.shift.to_string().trim_end_matches('%').to_string(),
    }
}

/// Renders the page; `problems` are the rules a form broke (422), with their fields.
pub fn agreement_page(
    signed: &SignedIn,
    a: &AgreementView,
    typed: Typed,
    problems: Option<&Violations>,
    notice: Option<&'static str>,
) -> Result<Response, PageError> {
    let (field_errors, errors) = error_summary(problems, signed);
    let agreement = shown(a, signed);
    let annex = typed.annex.unwrap_or_else(|| AnnexTyped {
        lines: agreement
            .cost_lines
            .iter()
            .map(|l| (format!("line.{}", l.number), l.typed.clone()))
            .collect(),
        ends_on: a.terms.ends_on.to_string(),
        ..Default::default()
    });
    let page = Page {
        staff: a.role == AgreementRole::Staff,
        steps: steps(a),
        lock_version: a.lock_version,
        terms_form: typed.terms.unwrap_or_else(|| terms_form(a)),
        payment: typed.payment,
        annex,
        terminate: typed.terminate,
        control: typed.control,
        reports: typed.reports,
        call: typed.call.unwrap_or_default(),
        calls: typed.calls,
        agreement,
        field_errors,
        errors,
        notice,
    };
    let status = if problems.is_some() {
        StatusCode::UNPROCESSABLE_ENTITY
    } else {
        StatusCode::OK
    };
    render(status, "agreement.html", &signed.frame, &page)
}

fn error_summary(
    problems: Option<&Violations>,
    signed: &SignedIn,
) -> (BTreeMap<String, String>, Vec<LabelledError>) {
    let mut field_errors = BTreeMap::new();
    let mut errors = Vec::new();
    for v in problems.into_iter().flat_map(Violations::iter) {
        let message = rule_message(&v.rule, signed.lang);
        let field = v.field.replace(['[', ']'], "");
        field_errors
            .entry(field.clone())
            .or_insert_with(|| message.clone());
        errors.push(LabelledError {
            label: text(signed.lang, "there_is_a_problem").to_string(),
            field,
            message,
        });
    }
    (field_errors, errors)
}
