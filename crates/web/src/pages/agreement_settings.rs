//! The admin's agreement settings page: the numbers the town's agreements fill in, the extra
//! document languages, the certificates trusted for the organisations' signatures (counted, with
//! whose they are), and whether a signed scan is accepted. Errors sit next to their fields and
//! what was typed stays.

use super::form::{check_csrf, labelled_errors, Form, LabelledError};
use super::guard::{Admin, SignedIn};
use super::layout::render;
use super::respond::{redirect, PageError};
use super::texts::text;
use crate::AppState;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::Response;
use granty_domain::agreement_settings::{AgreementSettingsInput, SHIFT_BASES};
use granty_domain::{Language, Percent, Violations};
use granty_store::agreement_settings::{self, AgreementSettingsView};
use granty_store::StoreError;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// The form as typed; checkboxes send "on" when ticked and nothing otherwise.
#[derive(Deserialize, Serialize, Default, Clone)]
#[serde(default)]
pub struct SettingsForm {
    csrf: String,
    shift_percent: String,
    shift_basis: String,
    payment_days: String,
    return_days: String,
    final_report_days: String,
    language_en: String,
    language_cs: String,
    language_uk: String,
    trust_anchors_pem: String,
    allow_scans: String,
}

const EXTRA_LANGUAGES: [Language; 3] = [Language::En, Language::Cs, Language::Uk];

impl SettingsForm {
    fn from_view(view: &AgreementSettingsView) -> SettingsForm {
        let s = &view.settings;
        let ticked = |lang| tick(s.document_languages.contains(&lang));
        SettingsForm {
            csrf: String::new(),
            shift_percent: s.shift.to_string().trim_end_matches('%').to_string(),
            shift_basis: s.shift_basis.code().to_string(),
            payment_days: s.payment_days.to_string(),
            return_days: s.return_days.to_string(),
            final_report_days: s.final_report_days.to_string(),
            language_en: ticked(Language::En),
            language_cs: ticked(Language::Cs),
            language_uk: ticked(Language::Uk),
            trust_anchors_pem: s.trust_anchors_pem.clone(),
            allow_scans: tick(s.allow_scans),
        }
    }

    fn language_ticked(&self, lang: Language) -> bool {
        let value = match lang {
            Language::En => &self.language_en,
            Language::Cs => &self.language_cs,
            Language::Uk => &self.language_uk,
            Language::Pl => return true,
        };
        !value.is_empty()
    }

    /// The domain's input. A number that does not parse is passed on as one out of every range,
    /// so the domain names the field and the range to type in.
    fn input(&self) -> AgreementSettingsInput {
        let number = |typed: &str| typed.trim().parse::<i64>().unwrap_or(i64::MIN);
        AgreementSettingsInput {
            shift_percent: Percent::parse(&self.shift_percent)
                .unwrap_or(Percent::from_basis_points(-1)),
            shift_basis: self.shift_basis.clone(),
            payment_days: number(&self.payment_days),
            return_days: number(&self.return_days),
            final_report_days: number(&self.final_report_days),
            document_languages: EXTRA_LANGUAGES
                .into_iter()
                .filter(|l| self.language_ticked(*l))
                .map(|l| l.code().to_string())
                .collect(),
            trust_anchors_pem: self.trust_anchors_pem.clone(),
            allow_scans: !self.allow_scans.is_empty(),
        }
    }
}

fn tick(on: bool) -> String {
    if on { "on" } else { "" }.to_string()
}

#[derive(Serialize)]
struct LanguageBox {
    code: &'static str,
    label: &'static str,
    checked: bool,
}

#[derive(Serialize)]
struct BasisOption {
    code: &'static str,
    label: &'static str,
}

#[derive(Serialize)]
struct Page {
    values: SettingsForm,
    /// The extra languages' boxes (not `languages`: the layout's switcher has that name).
    document_languages: Vec<LanguageBox>,
    bases: Vec<BasisOption>,
    /// Whose certificates are trusted now (as stored, not as typed).
    subjects: Vec<String>,
    field_errors: BTreeMap<String, String>,
    errors: Vec<LabelledError>,
    saved: bool,
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct Shown {
    saved: bool,
}

pub async fn agreement_settings_page(
    State(state): State<AppState>,
    Admin(signed): Admin,
    Query(shown): Query<Shown>,
) -> Result<Response, PageError> {
    let view = agreement_settings::for_admin(&state.db, &signed.actor).await?;
    let values = SettingsForm::from_view(&view);
    let page = page(
        &signed,
        values,
        view.trust_anchor_subjects,
        None,
        shown.saved,
    );
    render(
        StatusCode::OK,
        "agreement_settings.html",
        &signed.frame,
        &page,
    )
}

pub async fn save_agreement_settings(
    State(state): State<AppState>,
    Admin(signed): Admin,
    Form(form): Form<SettingsForm>,
) -> Result<Response, PageError> {
    check_csrf(&signed, &form.csrf)?;
    let (actor, now) = (&signed.actor, state.clock.now());
    match agreement_settings::save(&state.db, actor, &form.input(), now).await {
        Ok(_) => Ok(redirect("/admin/agreement-settings?saved=true")),
        Err(StoreError::Invalid(violations)) => {
            let stored = agreement_settings::for_admin(&state.db, actor).await?;
            let subjects = stored.trust_anchor_subjects;
            let page = page(&signed, form, subjects, Some(&violations), false);
            let status = StatusCode::UNPROCESSABLE_ENTITY;
            render(status, "agreement_settings.html", &signed.frame, &page)
        }
        Err(error) => Err(error.into()),
    }
}

fn page(
    signed: &SignedIn,
    values: SettingsForm,
    subjects: Vec<String>,
    violations: Option<&Violations>,
    saved: bool,
) -> Page {
    let lang = signed.lang;
    let (field_errors, errors) = labelled_errors(violations, lang, "agreement_settings_");
    Page {
        document_languages: EXTRA_LANGUAGES
            .into_iter()
            .map(|l| LanguageBox {
                code: l.code(),
                label: text(lang, &format!("agreement_language_{}", l.code())),
                checked: values.language_ticked(l),
            })
            .collect(),
        bases: SHIFT_BASES
            .into_iter()
            .map(|b| BasisOption {
                code: b.code(),
                label: text(lang, &format!("agreement_shift_basis_{}", b.code())),
            })
            .collect(),
        values,
        subjects,
        field_errors,
        errors,
        saved,
    }
}
