//! An agreement laid out for a page: its terms in force, every version with what it changed and
//! who signed it, the tranches and the transfers, in the reader's language and the town's zone.

use crate::pages::guard::SignedIn;
use crate::pages::texts::text;
use chrono_tz::Tz;
use granty_domain::agreement::AgreementTerms;
use granty_domain::Language;
use granty_i18n::format::{date, instant, money, percent};
use granty_i18n::typed::amount_input;
use granty_store::agreements::{AgreementSummary, AgreementView, SignatureView, VersionView};
use serde::Serialize;

#[derive(Serialize)]
pub struct Row {
    pub id: i64,
    pub number: String,
    pub state_code: String,
    pub state: &'static str,
    pub organisation: String,
    pub task_title: String,
    pub grant: String,
    pub paid: String,
    pub dates: String,
}

pub fn row(a: &AgreementSummary, lang: Language) -> Row {
    Row {
        id: a.id,
        number: a.number.clone(),
        state_code: a.state.clone(),
        state: state_name(&a.state, lang),
        organisation: a.organisation_name.clone(),
        task_title: a.task_title.clone(),
        grant: money(a.grant, lang),
        paid: money(a.paid, lang),
        dates: format!("{} – {}", date(a.starts_on, lang), date(a.ends_on, lang)),
    }
}

pub fn state_name(code: &str, lang: Language) -> &'static str {
    text(lang, &format!("agreement_state_{code}"))
}

#[derive(Serialize)]
pub struct Term {
    pub label: &'static str,
    pub value: String,
}

#[derive(Serialize)]
pub struct Line {
    pub number: String,
    pub name: String,
    pub value: String,
    /// The amount as a form shows it in the reader's language ("1 200,00"), for the annex form.
    pub typed: String,
}

#[derive(Serialize)]
pub struct Signature {
    pub party: &'static str,
    pub signer: String,
    pub method: &'static str,
    pub signed_at: String,
}

#[derive(Serialize)]
pub struct ChangeRow {
    pub field: String,
    pub before: String,
    pub after: String,
}

#[derive(Serialize)]
pub struct Version {
    pub number: i32,
    pub kind: &'static str,
    pub state: &'static str,
    pub reason: String,
    pub changes: Vec<ChangeRow>,
    pub signatures: Vec<Signature>,
    pub pdf_href: Option<String>,
    /// A scan signed on paper awaiting the clerk's confirmation: when it was uploaded.
    pub scan_uploaded_at: Option<String>,
}

#[derive(Serialize)]
pub struct TrancheRow {
    pub number: i32,
    pub amount: String,
    pub due_on: String,
    pub paid: String,
}

#[derive(Serialize)]
pub struct PaymentRow {
    pub tranche: String,
    pub paid_on: String,
    pub amount: String,
    pub note: String,
}

/// What every agreement page shows, the clerk's and the organisation's alike.
#[derive(Serialize)]
pub struct Shown {
    pub id: i64,
    pub number: String,
    pub state_code: String,
    pub state: &'static str,
    pub organisation: String,
    pub task_title: String,
    pub terms: Vec<Term>,
    pub cost_lines: Vec<Line>,
    pub signatories: Vec<Term>,
    pub versions: Vec<Version>,
    pub tranches: Vec<TrancheRow>,
    pub payments: Vec<PaymentRow>,
    pub paid: String,
    pub termination_reason: Option<String>,
    /// The controls held (art. 17), latest first.
    pub controls: Vec<super::controls::ControlRow>,
    /// The last day the documents are kept (model agreement § Dokumentacja).
    pub retention_until: String,
}

pub fn shown(a: &AgreementView, signed: &SignedIn) -> Shown {
    let (lang, zone) = (signed.lang, signed.zone());
    Shown {
        id: a.id,
        number: a.number.clone(),
        state_code: a.state.clone(),
        state: state_name(&a.state, lang),
        organisation: a.organisation_name.clone(),
        task_title: a.terms.task_title.clone(),
        terms: terms(a, lang),
        cost_lines: cost_lines(&a.terms, lang),
        signatories: a
            .terms
            .signatories
            .iter()
            .map(|s| Term {
                label: text(lang, &format!("agreement_party_{}", s.party.code())),
                value: format!("{}, {}", s.name, s.function),
            })
            .collect(),
        versions: a
            .versions
            .iter()
            .map(|v| version(a.id, v, lang, zone))
            .collect(),
        tranches: a
            .tranches
            .iter()
            .map(|t| TrancheRow {
                number: t.number,
                amount: money(t.amount, lang),
                due_on: date(t.due_on, lang),
                paid: money(t.paid, lang),
            })
            .collect(),
        payments: a
            .payments
            .iter()
            .map(|p| PaymentRow {
                tranche: p.tranche.map(|n| n.to_string()).unwrap_or_default(),
                paid_on: date(p.paid_on, lang),
                amount: money(p.amount, lang),
                note: p.note.clone(),
            })
            .collect(),
        paid: money(a.paid, lang),
        termination_reason: a.termination_reason.clone(),
        controls: super::controls::rows(a, signed),
        retention_until: date(a.retention_until, lang),
    }
}

fn terms(a: &AgreementView, lang: Language) -> Vec<Term> {
    let t = &a.terms;
    let term = |label: &str, value: String| Term {
        label: text(lang, label),
        value,
    };
    vec![
        term("agreement_grant", money(t.grant, lang)),
        term(
            "agreement_dates",
            format!("{} – {}", date(t.starts_on, lang), date(t.ends_on, lang)),
        ),
        term("agreement_use_by", date(t.use_by, lang)),
        term("agreement_return_by", date(a.return_by, lang)),
        term("agreement_final_report_by", date(a.final_report_by, lang)),
        term("agreement_own_financial", money(t.own_financial, lang)),
        term(
            "agreement_own_non_financial",
            money(t.own_non_financial, lang),
        ),
        term("agreement_bank_account", t.bank_account.clone()),
        term(
            "agreement_shift",
            format!(
                "{} ({})",
                percent(t.shift, lang),
                text(
                    lang,
                    &format!("agreement_shift_basis_{}", t.shift_basis.code())
                )
            ),
        ),
        term("representation_rule", t.representation_rule.clone()),
        term("signatures_required", t.signatures_required.to_string()),
    ]
}

fn cost_lines(t: &AgreementTerms, lang: Language) -> Vec<Line> {
    t.cost_lines
        .iter()
        .map(|l| Line {
            number: l.number.clone(),
            name: l.name.clone(),
            value: money(l.value, lang),
            typed: amount_input(l.value.minor, lang),
        })
        .collect()
}

fn version(id: i64, v: &VersionView, lang: Language, zone: Tz) -> Version {
    Version {
        number: v.version_no,
        kind: text(lang, &format!("agreement_version_{}", v.kind)),
        state: text(lang, &format!("agreement_version_state_{}", v.state)),
        reason: v.reason.clone(),
        changes: v
            .changes
            .iter()
            .map(|c| ChangeRow {
                field: c.field.clone(),
                before: c.before.clone(),
                after: c.after.clone(),
            })
            .collect(),
        signatures: v
            .signatures
            .iter()
            .map(|s| signature(s, lang, zone))
            .collect(),
        pdf_href: v
            .has_document
            .then(|| format!("/agreements/{id}/pdf?version={}", v.version_no)),
        scan_uploaded_at: v
            .scan_uploaded_at
            .filter(|_| v.state == "ready")
            .map(|at| instant(at, zone, lang)),
    }
}

fn signature(s: &SignatureView, lang: Language, zone: Tz) -> Signature {
    Signature {
        party: text(lang, &format!("agreement_party_{}", s.party)),
        signer: s.signer.clone(),
        method: text(lang, &format!("agreement_method_{}", s.method)),
        signed_at: instant(s.signed_at, zone, lang),
    }
}
