//! An event in words: its `SUMMARY` (`calendar-event-<code>`) and `DESCRIPTION`
//! (`calendar-event-<code>-text`), from the catalogue in the feed owner's language, with times
//! in the town's zone as the pages show them.

use chrono_tz::Tz;
use granty_domain::calendar_feed::{EventKind, FeedEvent};
use granty_domain::report::ReportKind;
use granty_domain::{Language, Money};
use granty_i18n::format::{date, instant, scheduled};
use granty_i18n::{message_with, text, Arg};

type Args<'a> = Vec<(&'static str, Arg<'a>)>;

fn report_kind(kind: ReportKind, lang: Language) -> Arg<'static> {
    text(lang, &format!("report_kind_{}", kind.code())).into()
}

/// The values the event's two messages take.
fn args<'a>(event: &'a FeedEvent, zone: Tz, lang: Language) -> Args<'a> {
    let mut args: Args<'a> = vec![("deadline", scheduled(event.at, zone, lang).into())];
    match &event.kind {
        EventKind::OffersDeadline { call_title, .. } => {
            args.push(("call", call_title.as_str().into()));
        }
        EventKind::CorrectionDue {
            title, call_title, ..
        } => {
            args.push(("title", title.as_str().into()));
            args.push(("call", call_title.as_str().into()));
        }
        EventKind::FormalCheckDue {
            call_title,
            pending,
            ..
        } => {
            args.push(("call", call_title.as_str().into()));
            args.push(("pending", i64::from(*pending).into()));
        }
        EventKind::ScoringDeadline { call_title, .. } => {
            args.push(("call", call_title.as_str().into()));
        }
        kind => agreement_args(&mut args, kind, event, zone, lang),
    }
    args
}

/// The values of the events about an agreement.
fn agreement_args<'a>(
    args: &mut Args<'a>,
    kind: &'a EventKind,
    event: &FeedEvent,
    zone: Tz,
    lang: Language,
) {
    match kind {
        EventKind::AgreementSigned { agreement } => {
            args.push(("when", instant(event.at, zone, lang).into()));
            args.push(("number", agreement.number.as_str().into()));
            args.push(("task", agreement.task_title.as_str().into()));
        }
        EventKind::ReportDue {
            agreement,
            report_kind: kind,
            period_from,
            period_to,
            ..
        } => {
            args.push(("kind", report_kind(*kind, lang)));
            args.push(("from", date(*period_from, lang).into()));
            args.push(("to", date(*period_to, lang).into()));
            args.push(("number", agreement.number.as_str().into()));
            args.push(("task", agreement.task_title.as_str().into()));
        }
        EventKind::ReportCorrectionDue {
            agreement,
            report_kind: kind,
            ..
        } => {
            args.push(("kind", report_kind(*kind, lang)));
            args.push(("number", agreement.number.as_str().into()));
            args.push(("task", agreement.task_title.as_str().into()));
        }
        EventKind::ReportAwaitingReview {
            agreement,
            report_kind: kind,
            ..
        } => {
            args.push(("when", instant(event.at, zone, lang).into()));
            args.push(("kind", report_kind(*kind, lang)));
            args.push(("number", agreement.number.as_str().into()));
            args.push(("task", agreement.task_title.as_str().into()));
        }
        EventKind::ReturnDue {
            agreement,
            return_kind,
            outstanding,
            currency,
        } => {
            let amount = Money::new(*outstanding, *currency);
            let what = text(lang, &format!("settlement-kind-{}", return_kind.code()));
            args.push(("amount", granty_i18n::format::money(amount, lang).into()));
            args.push(("kind", what.into()));
            args.push(("number", agreement.number.as_str().into()));
            args.push(("task", agreement.task_title.as_str().into()));
        }
        EventKind::RecommendationsDue { agreement, held_on } => {
            args.push(("held", date(*held_on, lang).into()));
            args.push(("number", agreement.number.as_str().into()));
            args.push(("task", agreement.task_title.as_str().into()));
        }
        _ => {}
    }
}

/// The event's title.
pub fn summary(event: &FeedEvent, lang: Language) -> String {
    // The summary names no time: the zone does not matter for it.
    let args = args(event, chrono_tz::UTC, lang);
    message_with(
        lang,
        &format!("calendar-event-{}", event.kind.code()),
        &args,
    )
}

/// The event's explanation, with the exact deadline in the town's zone, and the organisation's
/// draft where a call's deadline concerns one.
pub fn description(event: &FeedEvent, zone: Tz, lang: Language) -> String {
    let args = args(event, zone, lang);
    let id = format!("calendar-event-{}-text", event.kind.code());
    let sentence = message_with(lang, &id, &args);
    match &event.kind {
        EventKind::OffersDeadline {
            draft_title: Some(title),
            ..
        } => {
            let draft = message_with(
                lang,
                "calendar-event-offers_deadline-draft",
                &[("title", title.as_str().into())],
            );
            format!("{sentence}\n{draft}")
        }
        _ => sentence,
    }
}
