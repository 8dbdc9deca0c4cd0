//! The NGO member's pages: the dashboard of offers with what to do next, and the organisation
//! profile with its registry numbers checked.

use super::session::{same, session_csrf, Cookies, PageLanguage, SESSION};
use super::texts::text;
use super::{render, Frame};
use crate::AppState;
use axum::extract::{Form, Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use chrono::{DateTime, Utc};
use granty_domain::application::ApplicationState;
use granty_domain::format::{application_state, instant, messages::message};
use granty_domain::organisation::{OrganisationInput, RepresentativeInput};
use granty_domain::roles::Role;
use granty_domain::Language;
use granty_store::organisations::{self, OrganisationView};
use granty_store::{accounts, applications, Actor, StoreError};
use serde::{Deserialize, Serialize};

/// A signed-in page's caller, language and frame; or the redirect to the login page.
pub(super) struct Signed {
    pub actor: Actor,
    pub lang: Language,
    pub frame: Frame,
    pub token: String,
}

pub(super) async fn signed_in(
    state: &AppState,
    cookies: &Cookies,
    language: &PageLanguage,
    here: &str,
) -> Result<Signed, Response> {
    let login = Redirect::to(&format!("/login?next={here}")).into_response();
    let Some(token) = cookies.get(SESSION) else {
        return Err(login);
    };
    let Ok(actor) = accounts::actor_for_token(&state.db, token, state.clock.now()).await else {
        return Err(login);
    };
    let lang = if language.chosen {
        language.lang
    } else {
        actor.language
    };
    let mut frame = Frame::new(lang, session_csrf(token));
    frame.tenant_name = Some(actor.tenant.name.clone());
    frame.user_email = Some(actor.email.clone());
    Ok(Signed {
        actor,
        lang,
        frame,
        token: token.to_string(),
    })
}

fn only_for_ngo(signed: &Signed) -> Option<Response> {
    (signed.actor.role != Role::Ngo).then(|| {
        #[derive(Serialize)]
        struct Page {
            heading: &'static str,
            text: &'static str,
        }
        let page = Page {
            heading: text(signed.lang, "dashboard_title"),
            text: text(signed.lang, "not_found_text"),
        };
        render(StatusCode::FORBIDDEN, "message.html", &signed.frame, &page)
    })
}

#[derive(Serialize)]
struct OpenCall {
    id: i64,
    title: String,
    deadline: String,
}

#[derive(Serialize)]
struct Row {
    id: i64,
    title: String,
    organisation: String,
    receipt: Option<String>,
    call_id: i64,
    call_title: String,
    state: &'static str,
    next_step: String,
}

#[derive(Serialize)]
struct Dashboard {
    tenant_slug: String,
    organisations: Vec<OrganisationView>,
    applications: Vec<Row>,
    open_calls: Vec<OpenCall>,
}

fn next_step(
    state: ApplicationState,
    deadline: DateTime<Utc>,
    due: Option<DateTime<Utc>>,
    now: DateTime<Utc>,
    zone: chrono_tz::Tz,
    lang: Language,
) -> String {
    match state {
        ApplicationState::Draft if now < deadline => format!(
            "{} {}.",
            text(lang, "next_draft"),
            instant(deadline, zone, lang)
        ),
        ApplicationState::NeedsCorrection => match due {
            Some(due) if now < due => format!(
                "{} {}.",
                text(lang, "next_correction"),
                granty_domain::format::last_moment(due, zone, lang)
            ),
            _ => text(lang, "next_late").to_string(),
        },
        ApplicationState::Draft => text(lang, "next_late").to_string(),
        ApplicationState::Submitted | ApplicationState::Resubmitted => {
            text(lang, "next_wait").to_string()
        }
        _ => text(lang, "next_none").to_string(),
    }
}

pub async fn dashboard(
    State(state): State<AppState>,
    cookies: Cookies,
    language: PageLanguage,
) -> Response {
    let signed = or_return!(signed_in(&state, &cookies, &language, "/dashboard").await);
    if let Some(refusal) = only_for_ngo(&signed) {
        return refusal;
    }
    let (actor, lang) = (&signed.actor, signed.lang);
    let (found, offers) = match (
        organisations::mine(&state.db, actor).await,
        applications::mine(&state.db, actor).await,
    ) {
        (Ok(found), Ok(offers)) => (found, offers),
        (Err(error), _) | (_, Err(error)) => {
            tracing::error!(?error, "dashboard");
            return StatusCode::INTERNAL_SERVER_ERROR.into_response();
        }
    };
    let now = state.clock.now();
    let zone = actor.tenant.time_zone;
    let rows = offers
        .into_iter()
        .map(|a| Row {
            id: a.id,
            title: if a.title.is_empty() {
                "—".into()
            } else {
                a.title.clone()
            },
            organisation: if a.as_partner {
                format!("{} ({})", a.organisation_name, text(lang, "as_partner"))
            } else {
                a.organisation_name.clone()
            },
            receipt: a.receipt_number.clone(),
            call_id: a.call_id,
            call_title: a.call_title.clone(),
            state: application_state(a.state, lang),
            // Only the applicant acts on a joint offer; partners have no step of their own.
            next_step: if a.as_partner {
                text(lang, "next_none").to_string()
            } else {
                next_step(
                    a.state,
                    a.call_deadline,
                    a.correction_due_at,
                    now,
                    zone,
                    lang,
                )
            },
        })
        .collect();
    let open_calls = match granty_store::calls::list(&state.db, actor).await {
        Ok(records) => records
            .into_iter()
            .filter(|c| c.phase(now) == granty_domain::call::CallPhase::Open)
            .map(|c| OpenCall {
                id: c.id,
                title: c.terms.title.clone(),
                deadline: instant(c.terms.deadline, zone, lang),
            })
            .collect(),
        Err(error) => {
            tracing::error!(?error, "dashboard calls");
            return StatusCode::INTERNAL_SERVER_ERROR.into_response();
        }
    };
    let page = Dashboard {
        tenant_slug: actor.tenant.slug.clone(),
        organisations: found,
        applications: rows,
        open_calls,
    };
    render(StatusCode::OK, "dashboard.html", &signed.frame, &page)
}

/// The organisation form as typed (also what is sent back after an error).
#[derive(Deserialize, Serialize, Default, Clone)]
#[serde(default)]
pub struct OrganisationForm {
    csrf: String,
    version: String,
    name: String,
    legal_form: String,
    krs: String,
    nip: String,
    regon: String,
    street: String,
    postal_code: String,
    city: String,
    email: String,
    phone: String,
    bank_account: String,
    representative_name: String,
    representative_function: String,
}

impl OrganisationForm {
    fn from_view(view: &OrganisationView) -> OrganisationForm {
        let first = view.representatives.first();
        OrganisationForm {
            csrf: String::new(),
            version: view.version.to_string(),
            name: view.name.clone(),
            legal_form: view.legal_form.code().to_string(),
            krs: view.krs.clone().unwrap_or_default(),
            nip: view.nip.clone(),
            regon: view.regon.clone(),
            street: view.street.clone(),
            postal_code: view.postal_code.clone(),
            city: view.city.clone(),
            email: view.email.clone(),
            phone: view.phone.clone(),
            bank_account: view.bank_account.clone(),
            representative_name: first.map(|r| r.name.clone()).unwrap_or_default(),
            representative_function: first.map(|r| r.function.clone()).unwrap_or_default(),
        }
    }

    fn input(&self) -> OrganisationInput {
        OrganisationInput {
            name: self.name.clone(),
            legal_form: self.legal_form.clone(),
            krs: self.krs.clone(),
            nip: self.nip.clone(),
            regon: self.regon.clone(),
            street: self.street.clone(),
            postal_code: self.postal_code.clone(),
            city: self.city.clone(),
            country: "PL".into(),
            email: self.email.clone(),
            phone: self.phone.clone(),
            bank_account: self.bank_account.clone(),
            representatives: vec![RepresentativeInput {
                name: self.representative_name.clone(),
                function: self.representative_function.clone(),
            }],
        }
    }
}

#[derive(Serialize)]
struct Field {
    name: &'static str,
    label: &'static str,
    hint: Option<&'static str>,
    value: String,
    autocomplete: &'static str,
    error: Option<String>,
}

#[derive(Serialize)]
struct ErrorLink {
    anchor: String,
    label: &'static str,
    message: String,
}

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
    field_errors: std::collections::BTreeMap<String, String>,
    errors: Vec<ErrorLink>,
    /// The members page, for an organisation that exists already.
    members_href: Option<String>,
}

const LEGAL_FORMS: &[(&str, [&str; 4])] = &[
    (
        "association",
        [
            "stowarzyszenie",
            "association",
            "spolek",
            "громадське об'єднання",
        ],
    ),
    (
        "simple_association",
        [
            "stowarzyszenie zwykłe",
            "simple association",
            "prostý spolek",
            "просте об'єднання",
        ],
    ),
    ("foundation", ["fundacja", "foundation", "nadace", "фонд"]),
    (
        "church_entity",
        [
            "kościelna osoba prawna",
            "church legal person",
            "církevní právnická osoba",
            "церковна юридична особа",
        ],
    ),
    (
        "local_government_association",
        [
            "stowarzyszenie jednostek samorządu terytorialnego",
            "association of local governments",
            "sdružení obcí",
            "асоціація органів місцевого самоврядування",
        ],
    ),
    (
        "social_cooperative",
        [
            "spółdzielnia socjalna",
            "social cooperative",
            "sociální družstvo",
            "соціальний кооператив",
        ],
    ),
    (
        "non_profit_company",
        [
            "spółka non-profit",
            "non-profit company",
            "nezisková společnost",
            "неприбуткова компанія",
        ],
    ),
    (
        "rural_womens_circle",
        [
            "koło gospodyń wiejskich",
            "rural women's circle",
            "venkovský ženský kroužek",
            "сільський жіночий гурток",
        ],
    ),
    (
        "sports_club",
        [
            "klub sportowy",
            "sports club",
            "sportovní klub",
            "спортивний клуб",
        ],
    ),
    ("other", ["inna", "other", "jiná", "інша"]),
];

/// Field, label key and autocomplete hint, in form order.
const FIELDS: &[(&str, &str, &str)] = &[
    ("name", "org_name", "organization"),
    ("krs", "krs", "off"),
    ("nip", "nip", "off"),
    ("regon", "regon", "off"),
    ("street", "street", "street-address"),
    ("postal_code", "postal_code", "postal-code"),
    ("city", "city", "address-level2"),
    ("email", "email", "email"),
    ("phone", "phone", "tel"),
    ("bank_account", "bank_account", "off"),
    ("representative_name", "representative_name", "name"),
    (
        "representative_function",
        "representative_function",
        "organization-title",
    ),
];

fn form_field_of(violation_field: &str) -> &str {
    match violation_field {
        "representatives" | "representatives[0].name" => "representative_name",
        "representatives[0].function" => "representative_function",
        other => other,
    }
}

fn organisation_page(
    signed: &Signed,
    status: StatusCode,
    action: String,
    heading: &'static str,
    values: OrganisationForm,
    violations: Option<&granty_domain::Violations>,
    notice: Option<&'static str>,
) -> Response {
    let lang = signed.lang;
    let mut field_errors = std::collections::BTreeMap::new();
    let mut errors = Vec::new();
    if let Some(notice) = notice {
        errors.push(ErrorLink {
            anchor: "name".into(),
            label: text(lang, "there_is_a_problem"),
            message: notice.to_string(),
        });
    }
    for v in violations.map(|v| v.0.as_slice()).unwrap_or_default() {
        let field = form_field_of(&v.field).to_string();
        let label_key = FIELDS
            .iter()
            .find(|(name, _, _)| *name == field)
            .map(|(_, label, _)| *label)
            .unwrap_or("legal_form");
        // A taken NIP means the organisation already has an account: say what to do about it.
        let text_of_rule = if field == "nip" && v.rule == granty_domain::Rule::Duplicate {
            text(lang, "nip_taken").to_string()
        } else {
            message(&v.rule, lang)
        };
        field_errors
            .entry(field.clone())
            .or_insert_with(|| text_of_rule.clone());
        errors.push(ErrorLink {
            anchor: field,
            label: text(lang, label_key),
            message: text_of_rule,
        });
    }
    let value_of = |name: &str| -> String {
        match name {
            "name" => values.name.clone(),
            "krs" => values.krs.clone(),
            "nip" => values.nip.clone(),
            "regon" => values.regon.clone(),
            "street" => values.street.clone(),
            "postal_code" => values.postal_code.clone(),
            "city" => values.city.clone(),
            "email" => values.email.clone(),
            "phone" => values.phone.clone(),
            "bank_account" => values.bank_account.clone(),
            "representative_name" => values.representative_name.clone(),
            _ => values.representative_function.clone(),
        }
    };
    let fields = FIELDS
        .iter()
        .map(|(name, label, autocomplete)| Field {
            name,
            label: text(lang, label),
            hint: (*name == "krs").then(|| text(lang, "krs_hint")),
            value: value_of(name),
            autocomplete,
            error: field_errors.get(*name).cloned(),
        })
        .collect();
    let index = match lang {
        Language::Pl => 0,
        Language::En => 1,
        Language::Cs => 2,
        Language::Uk => 3,
    };
    let page = OrganisationPage {
        heading: text(lang, heading),
        version: values.version.clone(),
        legal_forms: LEGAL_FORMS
            .iter()
            .map(|(code, labels)| LegalFormOption {
                code,
                label: labels[index],
            })
            .collect(),
        members_href: action
            .strip_suffix("/edit")
            .map(|base| format!("{base}/members")),
        action,
        values,
        fields,
        field_errors,
        errors,
    };
    render(status, "organisation.html", &signed.frame, &page)
}

pub async fn new_organisation(
    State(state): State<AppState>,
    cookies: Cookies,
    language: PageLanguage,
) -> Response {
    match signed_in(&state, &cookies, &language, "/organisations/new").await {
        Ok(signed) => only_for_ngo(&signed).unwrap_or_else(|| {
            organisation_page(
                &signed,
                StatusCode::OK,
                "/organisations/new".into(),
                "organisation_new",
                OrganisationForm::default(),
                None,
                None,
            )
        }),
        Err(redirect) => redirect,
    }
}

pub async fn create_organisation(
    State(state): State<AppState>,
    cookies: Cookies,
    language: PageLanguage,
    Form(form): Form<OrganisationForm>,
) -> Response {
    let signed = or_return!(signed_in(&state, &cookies, &language, "/organisations/new").await);
    if !same(&session_csrf(&signed.token), &form.csrf) {
        return StatusCode::FORBIDDEN.into_response();
    }
    match organisations::create(&state.db, &signed.actor, &form.input(), state.clock.now()).await {
        Ok(_) => Redirect::to("/dashboard").into_response(),
        Err(StoreError::Invalid(v)) => organisation_page(
            &signed,
            StatusCode::UNPROCESSABLE_ENTITY,
            "/organisations/new".into(),
            "organisation_new",
            form,
            Some(&v),
            None,
        ),
        Err(StoreError::Duplicate { .. }) => {
            let v = granty_domain::Violations(vec![granty_domain::Violation::new(
                "nip",
                granty_domain::Rule::Duplicate,
            )]);
            organisation_page(
                &signed,
                StatusCode::UNPROCESSABLE_ENTITY,
                "/organisations/new".into(),
                "organisation_new",
                form,
                Some(&v),
                None,
            )
        }
        Err(StoreError::Forbidden) => {
            only_for_ngo(&signed).unwrap_or_else(|| StatusCode::FORBIDDEN.into_response())
        }
        Err(error) => {
            tracing::error!(?error, "creating an organisation");
            StatusCode::INTERNAL_SERVER_ERROR.into_response()
        }
    }
}

pub async fn edit_organisation(
    State(state): State<AppState>,
    cookies: Cookies,
    language: PageLanguage,
    Path(id): Path<i64>,
) -> Response {
    let here = format!("/organisations/{id}/edit");
    let signed = or_return!(signed_in(&state, &cookies, &language, &here).await);
    match organisations::get(&state.db, &signed.actor, id).await {
        Ok(view) => organisation_page(
            &signed,
            StatusCode::OK,
            here,
            "organisation_edit",
            OrganisationForm::from_view(&view),
            None,
            None,
        ),
        Err(_) => super::public::not_found_page(signed.lang),
    }
}

pub async fn update_organisation(
    State(state): State<AppState>,
    cookies: Cookies,
    language: PageLanguage,
    Path(id): Path<i64>,
    Form(form): Form<OrganisationForm>,
) -> Response {
    let here = format!("/organisations/{id}/edit");
    let signed = or_return!(signed_in(&state, &cookies, &language, &here).await);
    if !same(&session_csrf(&signed.token), &form.csrf) {
        return StatusCode::FORBIDDEN.into_response();
    }
    let version = form.version.parse().ok();
    match organisations::update(
        &state.db,
        &signed.actor,
        id,
        version,
        &form.input(),
        state.clock.now(),
    )
    .await
    {
        Ok(_) => Redirect::to("/dashboard").into_response(),
        Err(StoreError::Invalid(v)) => organisation_page(
            &signed,
            StatusCode::UNPROCESSABLE_ENTITY,
            here,
            "organisation_edit",
            form,
            Some(&v),
            None,
        ),
        Err(StoreError::Stale { current }) => {
            // Keep what this person typed; the next save, made knowingly, replaces the other one.
            let mut kept = form;
            kept.version = current.to_string();
            organisation_page(
                &signed,
                StatusCode::CONFLICT,
                here,
                "organisation_edit",
                kept,
                None,
                Some(text(signed.lang, "saved_elsewhere")),
            )
        }
        Err(StoreError::NotFound) => super::public::not_found_page(signed.lang),
        Err(error) => {
            tracing::error!(?error, "updating an organisation");
            StatusCode::INTERNAL_SERVER_ERROR.into_response()
        }
    }
}
