use super::*;
use chrono::{NaiveDate, TimeZone};
use granty_domain::application::{ApplicationAction, ApplicationState};
use granty_domain::call::CallPhase;
use granty_domain::{Currency, Money};

/// A few representative problems: field errors with a count, an amount and dates; a stale
/// write; a refused transition with an instant and one with a state; a call in the wrong
/// phase; something not found.
fn problems() -> Vec<(StatusCode, ApiError)> {
    let zone = chrono_tz::Europe::Warsaw;
    let deadline = Utc.with_ymd_and_hms(2026, 12, 1, 15, 0, 0).single();
    let day = |m, d| NaiveDate::from_ymd_opt(2027, m, d).unwrap_or_default();
    let mut violations = Violations::new();
    violations.push("title", Rule::TooLong { max: 22 });
    violations.push(
        "grant",
        Rule::GrantAboveMaximum {
            maximum: Money::new(3_000_000, Currency::PLN),
        },
    );
    violations.push(
        "schedule[0].start",
        Rule::DateOutsideWindow {
            from: day(3, 1),
            to: day(12, 31),
        },
    );
    vec![
        (
            StatusCode::UNPROCESSABLE_ENTITY,
            ApiError::Invalid(violations),
        ),
        (
            StatusCode::CONFLICT,
            ApiError::Stale {
                current: json!({ "version": 3 }),
            },
        ),
        (
            StatusCode::CONFLICT,
            ApiError::Transition {
                error: TransitionError::DeadlinePassed {
                    deadline: deadline.unwrap_or_default(),
                },
                zone,
            },
        ),
        (
            StatusCode::CONFLICT,
            ApiError::Transition {
                error: TransitionError::NotAllowed {
                    action: ApplicationAction::Withdraw,
                    state: ApplicationState::FormallyAccepted,
                },
                zone,
            },
        ),
        (
            StatusCode::CONFLICT,
            ApiError::CallState(CallError::NotAllowed {
                action: "publish",
                phase: CallPhase::Closed,
            }),
        ),
        (StatusCode::NOT_FOUND, ApiError::NotFound),
    ]
}

#[test]
fn every_problem_has_a_title_in_every_language() {
    let all = [
        ApiError::Unauthorized,
        ApiError::Forbidden,
        ApiError::NotFound,
        ApiError::Invalid(Violations::new()),
        ApiError::BadRequest(String::new()),
        ApiError::TooLarge { max_bytes: 1 },
        ApiError::CallState(CallError::DeadlineInPast),
        ApiError::Stale { current: json!({}) },
        ApiError::Conflict(String::new()),
        ApiError::AttachmentLocked,
        ApiError::EmailNotConfirmed,
        ApiError::Unavailable {
            service: Service::Database,
            cause: String::new(),
        },
        ApiError::Unavailable {
            service: Service::Storage,
            cause: String::new(),
        },
        ApiError::TooManyLogins {
            retry_after_seconds: 60,
        },
        ApiError::Internal(String::new()),
    ];
    for lang in Language::ALL {
        for problem in &all {
            let id = format!("problem-{}", kind(problem));
            assert!(
                granty_i18n::ids(lang).any(|known| known == id),
                "{id} in {lang}"
            );
        }
    }
}

#[test]
fn problems_in_each_language() {
    for lang in Language::ALL {
        let bodies: Vec<serde_json::Value> = problems()
            .iter()
            .map(|(status, problem)| problem_body(*status, problem, lang))
            .collect();
        let pretty = serde_json::to_string_pretty(&bodies).unwrap_or_default();
        insta::assert_snapshot!(format!("problems_{lang}"), pretty);
    }
}
