//! The web layer's one error type, answered as RFC 9457 problem+json in the caller's language.
//!
//! Handlers return `ApiError`; its response carries the problem unrendered, and the
//! `render_problems` middleware writes the body in the language the request asked for.

use axum::extract::Request;
use axum::http::{header, HeaderValue, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use chrono::{DateTime, Utc};
use chrono_tz::Tz;
use granty_domain::application::TransitionError;
use granty_domain::call::CallError;
use granty_domain::format::{instant, messages::message};
use granty_domain::{Language, Rule, Violation, Violations};
use granty_store::StoreError;
use serde_json::json;

#[derive(Debug)]
pub enum ApiError {
    Unauthorized,
    Forbidden,
    NotFound,
    Invalid(Violations),
    /// Malformed body: not JSON, or JSON of the wrong shape.
    BadRequest(String),
    TooLarge {
        max_bytes: usize,
    },
    Transition {
        error: TransitionError,
        zone: Tz,
    },
    CallState(CallError),
    /// The write was based on an old version; `current` is what is stored now.
    Stale {
        current: serde_json::Value,
    },
    Conflict(String),
    AttachmentLocked,
    EmailNotConfirmed,
    Internal(String),
}

impl ApiError {
    /// Maps a store error, formatting instants in `zone`.
    pub fn from_store(error: StoreError, zone: Tz) -> ApiError {
        match error {
            StoreError::NotFound => ApiError::NotFound,
            StoreError::Forbidden => ApiError::Forbidden,
            StoreError::BadCredentials => ApiError::Unauthorized,
            StoreError::AttachmentLocked => ApiError::AttachmentLocked,
            StoreError::EmailNotConfirmed => ApiError::EmailNotConfirmed,
            StoreError::Invalid(v) => ApiError::Invalid(v),
            StoreError::Transition(TransitionError::WrongActor) => ApiError::Forbidden,
            StoreError::Transition(error) => ApiError::Transition { error, zone },
            StoreError::Call(CallError::DeadlineTooSoon { days, minimum }) => invalid(
                "confirm_short_deadline",
                Rule::DeadlineTooSoon {
                    days,
                    minimum: i64::from(minimum),
                },
            ),
            StoreError::Call(CallError::DeadlineInPast) => {
                invalid("deadline", Rule::DeadlineInPast)
            }
            StoreError::Call(CallError::ReasonRequired) => invalid("reason", Rule::ReasonRequired),
            StoreError::Call(error) => ApiError::CallState(error),
            StoreError::Stale { current } => ApiError::Stale {
                current: json!({ "version": current }),
            },
            StoreError::Duplicate { constraint } => match constraint.as_str() {
                "uq_users_email" => invalid("email", Rule::Duplicate),
                "uq_organisations_tenant_nip" => invalid("nip", Rule::Duplicate),
                "uq_tenants_slug" => invalid("slug", Rule::Duplicate),
                other => ApiError::Conflict(other.to_string()),
            },
            StoreError::Db(e) => ApiError::Internal(e.to_string()),
            StoreError::Corrupt(e) => ApiError::Internal(e),
            StoreError::Storage(e) => ApiError::Internal(e.to_string()),
        }
    }
}

pub fn invalid(field: &str, rule: Rule) -> ApiError {
    ApiError::Invalid(Violations(vec![Violation::new(field, rule)]))
}

/// The problem as it travels to the renderer.
#[derive(Clone)]
struct PendingProblem(std::sync::Arc<ApiError>);

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let status = match &self {
            ApiError::Unauthorized => StatusCode::UNAUTHORIZED,
            ApiError::Forbidden | ApiError::EmailNotConfirmed => StatusCode::FORBIDDEN,
            ApiError::NotFound => StatusCode::NOT_FOUND,
            ApiError::Invalid(_) => StatusCode::UNPROCESSABLE_ENTITY,
            ApiError::BadRequest(_) => StatusCode::BAD_REQUEST,
            ApiError::TooLarge { .. } => StatusCode::PAYLOAD_TOO_LARGE,
            ApiError::Transition { .. }
            | ApiError::CallState(_)
            | ApiError::Stale { .. }
            | ApiError::Conflict(_)
            | ApiError::AttachmentLocked => StatusCode::CONFLICT,
            ApiError::Internal(detail) => {
                tracing::error!(%detail, "internal error");
                StatusCode::INTERNAL_SERVER_ERROR
            }
        };
        let mut response = status.into_response();
        response
            .extensions_mut()
            .insert(PendingProblem(std::sync::Arc::new(self)));
        response
    }
}

/// Renders pending problems in the request's language (`Accept-Language`, then Polish).
pub async fn render_problems(request: Request, next: Next) -> Response {
    let lang = request
        .headers()
        .get(header::ACCEPT_LANGUAGE)
        .and_then(|v| v.to_str().ok())
        .and_then(Language::from_accept_language)
        .unwrap_or_default();
    let mut response = next.run(request).await;
    let Some(PendingProblem(problem)) = response.extensions_mut().remove::<PendingProblem>() else {
        // Rejections from axum's own layers (e.g. the body limit) arrive as plain text.
        if response.status() == StatusCode::PAYLOAD_TOO_LARGE {
            let status = response.status();
            return problem_response(status, &ApiError::TooLarge { max_bytes: 0 }, lang);
        }
        return response;
    };
    problem_response(response.status(), &problem, lang)
}

fn problem_response(status: StatusCode, problem: &ApiError, lang: Language) -> Response {
    let (kind, title) = title(problem, lang);
    let mut body = json!({
        "type": format!("https://granty.example/problems/{kind}"),
        "title": title,
        "status": status.as_u16(),
    });
    if let Some(detail) = detail(problem, lang) {
        body["detail"] = json!(detail);
    }
    if let ApiError::Invalid(violations) = problem {
        body["errors"] = json!(violations
            .iter()
            .map(|v| json!({ "field": v.field, "code": v.rule.code(), "message": message(&v.rule, lang) }))
            .collect::<Vec<_>>());
    }
    if let ApiError::Stale { current } = problem {
        body["current"] = current.clone();
    }
    if let ApiError::Transition { error, .. } = problem {
        if let Some(at) = transition_instant(error) {
            body["at"] = json!(at);
        }
    }
    let mut response = (status, body.to_string()).into_response();
    response.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/problem+json"),
    );
    response.headers_mut().insert(
        header::CONTENT_LANGUAGE,
        HeaderValue::from_static(lang.code()),
    );
    response
}

fn transition_instant(error: &TransitionError) -> Option<DateTime<Utc>> {
    match error {
        TransitionError::DeadlinePassed { deadline } => Some(*deadline),
        TransitionError::NotYetOpen { opens_at } => Some(*opens_at),
        TransitionError::CorrectionPeriodOver { due } => Some(*due),
        _ => None,
    }
}

fn pick(lang: Language, texts: [&'static str; 4]) -> &'static str {
    match lang {
        Language::Pl => texts[0],
        Language::En => texts[1],
        Language::Cs => texts[2],
        Language::Uk => texts[3],
    }
}

fn title(problem: &ApiError, lang: Language) -> (&'static str, &'static str) {
    match problem {
        ApiError::Unauthorized => ("unauthorized", pick(lang, ["Zaloguj się, aby kontynuować.", "Please log in to continue.", "Pro pokračování se přihlaste.", "Увійдіть, щоб продовжити."])),
        ApiError::Forbidden => ("forbidden", pick(lang, ["Nie masz uprawnień do tej operacji.", "You are not allowed to do this.", "K této operaci nemáte oprávnění.", "У вас немає прав на цю дію."])),
        ApiError::NotFound => ("not-found", pick(lang, ["Nie znaleziono.", "Not found.", "Nenalezeno.", "Не знайдено."])),
        ApiError::Invalid(_) => ("invalid", pick(lang, ["Popraw zaznaczone pola.", "Please correct the marked fields.", "Opravte prosím označená pole.", "Виправте, будь ласка, позначені поля."])),
        ApiError::BadRequest(_) => ("bad-request", pick(lang, ["Nieprawidłowe żądanie.", "The request is malformed.", "Neplatný požadavek.", "Неправильний запит."])),
        ApiError::TooLarge { .. } => ("too-large", pick(lang, ["Przesłane dane są zbyt duże.", "The request is too large.", "Odeslaná data jsou příliš velká.", "Надіслані дані завеликі."])),
        ApiError::Transition { .. } | ApiError::CallState(_) => ("state-conflict", pick(lang, ["Tej operacji nie można teraz wykonać.", "This cannot be done now.", "Tuto operaci nyní nelze provést.", "Цю дію зараз неможливо виконати."])),
        ApiError::Stale { .. } => ("stale-version", pick(lang, ["Ktoś zmienił ten dokument w międzyczasie. Twoje zmiany nie zostały zapisane: porównaj je z aktualną wersją.", "Someone changed this in the meantime. Your changes were not saved: compare them with the current version.", "Mezitím dokument změnil někdo jiný. Vaše změny nebyly uloženy: porovnejte je s aktuální verzí.", "Тим часом хтось змінив документ. Ваші зміни не збережено: порівняйте їх з актуальною версією."])),
        ApiError::Conflict(_) => ("conflict", pick(lang, ["Konflikt z istniejącymi danymi.", "This conflicts with existing data.", "Konflikt s existujícími daty.", "Конфлікт з наявними даними."])),
        ApiError::EmailNotConfirmed => (
            "email-not-confirmed",
            pick(lang, ["Potwierdź najpierw adres e-mail: wysłaliśmy link na Twoją skrzynkę.", "Confirm your email address first: we sent a link to your inbox.", "Nejprve potvrďte e-mailovou adresu: odkaz jsme poslali do vaší schránky.", "Спершу підтвердьте адресу електронної пошти: ми надіслали посилання на вашу скриньку."]),
        ),
        ApiError::AttachmentLocked => ("attachment-locked", pick(lang, ["Ten załącznik jest częścią złożonej oferty i nie można go usunąć.", "This attachment is part of a submitted offer and cannot be removed.", "Tato příloha je součástí podané žádosti a nelze ji odstranit.", "Цей додаток є частиною поданої заявки, його не можна видалити."])),
        ApiError::Internal(_) => ("internal", pick(lang, ["Wystąpił błąd serwera. Spróbuj ponownie za chwilę.", "Something went wrong on our side. Please try again shortly.", "Na serveru došlo k chybě. Zkuste to prosím za chvíli.", "Сталася помилка сервера. Спробуйте ще раз трохи згодом."])),
    }
}

fn detail(problem: &ApiError, lang: Language) -> Option<String> {
    match problem {
        ApiError::Transition { error, zone } => Some(transition_detail(error, *zone, lang)),
        ApiError::CallState(CallError::NotAllowed { phase, .. }) => Some(format!(
            "{} ({})",
            pick(
                lang,
                [
                    "Konkurs jest w stanie, który na to nie pozwala",
                    "The call's state does not allow this",
                    "Stav výzvy to nedovoluje",
                    "Стан конкурсу цього не дозволяє"
                ]
            ),
            granty_domain::format::call_phase(*phase, lang)
        )),
        ApiError::BadRequest(detail) => Some(detail.clone()),
        ApiError::TooLarge { max_bytes } if *max_bytes > 0 => Some(format!("max {max_bytes} B")),
        _ => None,
    }
}

/// Why a transition was refused, in words (with instants in the town's zone).
pub(crate) fn transition_detail(error: &TransitionError, zone: Tz, lang: Language) -> String {
    let at = |t: &DateTime<Utc>| instant(*t, zone, lang);
    match error {
        TransitionError::DeadlinePassed { deadline } => format!(
            "{} {}.",
            pick(
                lang,
                [
                    "Termin składania ofert minął",
                    "The submission deadline passed at",
                    "Lhůta pro podání žádostí uplynula",
                    "Термін подання заявок минув"
                ]
            ),
            at(deadline)
        ),
        TransitionError::NotYetOpen { opens_at } => format!(
            "{} {}.",
            pick(
                lang,
                [
                    "Nabór ofert rozpocznie się",
                    "Submissions open at",
                    "Příjem žádostí začne",
                    "Прийом заявок розпочнеться"
                ]
            ),
            at(opens_at)
        ),
        TransitionError::CorrectionPeriodOver { due } => format!(
            "{} {}.",
            pick(
                lang,
                [
                    "Termin na uzupełnienie braków minął",
                    "The correction period ended at",
                    "Lhůta pro opravu uplynula",
                    "Термін для виправлення минув"
                ]
            ),
            at(due)
        ),
        TransitionError::NotAllowed { state, .. } => format!(
            "{}: {}.",
            pick(
                lang,
                [
                    "Oferta jest w stanie, który na to nie pozwala",
                    "The application's state does not allow this",
                    "Stav žádosti to nedovoluje",
                    "Стан заявки цього не дозволяє"
                ]
            ),
            granty_domain::format::application_state(*state, lang)
        ),
        TransitionError::WrongActor => String::new(),
    }
}
