//! The organisation form as a page: the fields with their labels and errors, the legal forms in
//! the reader's language, and the error summary linking to each field.

use super::form::{
    form_field_of, representative_names, OrganisationForm, FIELDS, LEGAL_FORMS,
    REPRESENTATION_FIELDS,
};
use crate::pages::form::{Field, LabelledError};
use crate::pages::guard::SignedIn;
use crate::pages::layout::render;
use crate::pages::respond::PageError;
use crate::pages::texts::text;
use axum::http::StatusCode;
use axum::response::Response;
use granty_domain::{Language, Rule, Violations};
use granty_i18n::rule_message;
use serde::Serialize;
use std::collections::BTreeMap;

#[derive(Serialize)]
struct LegalFormOption {
    code: &'static str,
    label: &'static str,
}

#[derive(Serialize)]
struct OrganisationPage {
    heading: &'static str,
    action: String,
    version: String,
    values: OrganisationForm,
    legal_forms: Vec<LegalFormOption>,
    fields: Vec<Field>,
    representatives: Vec<RepresentativeRow>,
    representation: Vec<Field>,
    field_errors: BTreeMap<String, String>,
    errors: Vec<LabelledError>,
    /// The members page, for an organisation that exists already.
    members_href: Option<String>,
}

/// One row of the representatives' table: the inputs' names, what was typed, their errors.
#[derive(Serialize)]
struct RepresentativeRow {
    number: usize,
    name_field: String,
    function_field: String,
    name: String,
    function: String,
    name_error: Option<String>,
    function_error: Option<String>,
}

/// Which form this is: a new organisation, or the edit of a stored one.
#[derive(Clone, Copy)]
pub enum Mode {
    New,
    Edit(i64),
}

impl Mode {
    pub fn action(self) -> String {
        match self {
            Mode::New => "/organisations/new".to_string(),
            Mode::Edit(id) => format!("/organisations/{id}/edit"),
        }
    }

    fn heading(self) -> &'static str {
        match self {
            Mode::New => "organisation_new",
            Mode::Edit(_) => "organisation_edit",
        }
    }
}

/// What the page says is wrong: the domain's violations, or a notice about the whole form.
pub enum Problems<'a> {
    None,
    Invalid(&'a Violations),
    Notice(&'static str),
}

pub fn organisation_page(
    signed: &SignedIn,
    (mode, status): (Mode, StatusCode),
    values: OrganisationForm,
    problems: Problems,
) -> Result<Response, PageError> {
    let lang = signed.lang;
    let (field_errors, errors) = error_summary(&problems, lang);
    let page = OrganisationPage {
        heading: text(lang, mode.heading()),
        action: mode.action(),
        version: values.version.clone(),
        legal_forms: legal_forms(lang),
        fields: fields(&values, &field_errors, lang),
        representatives: representative_rows(&values, &field_errors),
        representation: representation_fields(&values, &field_errors, lang),
        members_href: match mode {
            Mode::New => None,
            Mode::Edit(id) => Some(format!("/organisations/{id}/members")),
        },
        values,
        field_errors,
        errors,
    };
    render(status, "organisation.html", &signed.frame, &page)
}

/// The first message of each field, and the summary's links to them.
fn error_summary(
    problems: &Problems,
    lang: Language,
) -> (BTreeMap<String, String>, Vec<LabelledError>) {
    let mut field_errors = BTreeMap::new();
    let mut errors = Vec::new();
    let violations = match problems {
        Problems::None => return (field_errors, errors),
        Problems::Notice(notice) => {
            errors.push(LabelledError {
                field: "name".into(),
                label: text(lang, "there_is_a_problem").into(),
                message: notice.to_string(),
            });
            return (field_errors, errors);
        }
        Problems::Invalid(violations) => violations,
    };
    for v in violations.iter() {
        let field = form_field_of(&v.field);
        let label_key = label_of(&field);
        // A taken NIP means the organisation already has an account: say what to do about it.
        let says = if field == "nip" && v.rule == Rule::Duplicate {
            text(lang, "nip_taken").to_string()
        } else {
            rule_message(&v.rule, lang)
        };
        field_errors
            .entry(field.clone())
            .or_insert_with(|| says.clone());
        errors.push(LabelledError {
            field,
            label: text(lang, label_key).into(),
            message: says,
        });
    }
    (field_errors, errors)
}

fn fields(
    values: &OrganisationForm,
    field_errors: &BTreeMap<String, String>,
    lang: Language,
) -> Vec<Field> {
    FIELDS
        .iter()
        .map(|(name, label, autocomplete)| Field {
            name,
            label: text(lang, label),
            hint: (*name == "krs").then(|| text(lang, "krs_hint")),
            kind: "text",
            value: values.value_of(name),
            autocomplete,
            error: field_errors.get(*name).cloned(),
        })
        .collect()
}

/// The label of a form field, representative rows included.
fn label_of(field: &str) -> &'static str {
    let known = FIELDS.iter().chain(REPRESENTATION_FIELDS);
    if let Some((_, label, _)) = known.into_iter().find(|(name, _, _)| *name == field) {
        return label;
    }
    if field.starts_with("representative_name") {
        "representative_name"
    } else if field.starts_with("representative_function") {
        "representative_function"
    } else {
        "legal_form"
    }
}

fn representative_rows(
    values: &OrganisationForm,
    field_errors: &BTreeMap<String, String>,
) -> Vec<RepresentativeRow> {
    (0..values.rows_to_show())
        .map(|row| {
            let (name_field, function_field) = representative_names(row);
            let (name, function) = values.representative(row);
            RepresentativeRow {
                number: row + 1,
                name_error: field_errors.get(&name_field).cloned(),
                function_error: field_errors.get(&function_field).cloned(),
                name_field,
                function_field,
                name,
                function,
            }
        })
        .collect()
}

fn representation_fields(
    values: &OrganisationForm,
    field_errors: &BTreeMap<String, String>,
    lang: Language,
) -> Vec<Field> {
    REPRESENTATION_FIELDS
        .iter()
        .map(|(name, label, hint)| Field {
            name,
            label: text(lang, label),
            hint: Some(text(lang, hint)),
            kind: if *name == "signatures_required" {
                "number"
            } else {
                "text"
            },
            value: values.value_of(name),
            autocomplete: "off",
            error: field_errors.get(*name).cloned(),
        })
        .collect()
}

fn legal_forms(lang: Language) -> Vec<LegalFormOption> {
    let index = match lang {
        Language::Pl => 0,
        Language::En => 1,
        Language::Cs => 2,
        Language::Uk => 3,
    };
    LEGAL_FORMS
        .iter()
        .map(|(code, labels)| LegalFormOption {
            code,
            label: labels[index],
        })
        .collect()
}
