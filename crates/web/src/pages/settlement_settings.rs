//! The admin's settlement settings page: return and report day counts, the interest floor, the
//! grant-share rule, and the interest rate table (the shipped rows shown, the town's own rows
//! typed one a line as `YYYY-MM-DD rate`). Errors sit next to their fields; what was typed stays.

use super::form::{check_csrf, labelled_errors, Form, LabelledError};
use super::guard::{Admin, SignedIn};
use super::layout::render;
use super::respond::{redirect, PageError};
use crate::AppState;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::Response;
use chrono::NaiveDate;
use granty_domain::settlement::RateInput;
use granty_domain::{Currency, Money, Percent, Rule, Violations};
use granty_i18n::format::{date, percent};
use granty_store::settlement::settings::{self, SettlementSettingsInput, SettlementSettingsView};
use granty_store::StoreError;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

const PAGE: &str = "/admin/settlement-settings";
const TEMPLATE: &str = "settlement_settings.html";

/// The form as typed; checkboxes send "on" when ticked and nothing otherwise.
#[derive(Deserialize, Serialize, Default, Clone)]
#[serde(default)]
pub struct SettingsForm {
    csrf: String,
    days_after_finding: String,
    written_call_days: String,
    interest_floor: String,
    keep_grant_share: String,
    documents_list: String,
    partial_call_days: String,
    correction_days: String,
    control_days: String,
    overdue_every_days: String,
    rates: String,
}

fn tick(on: bool) -> String {
    if on { "on" } else { "" }.to_string()
}

impl SettingsForm {
    fn from_view(view: &SettlementSettingsView) -> SettingsForm {
        let s = &view.settings;
        let rates: Vec<String> = s
            .rates
            .iter()
            .map(|r| format!("{} {}", r.from, Percent::from_basis_points(r.rate_bp)))
            .collect();
        SettingsForm {
            csrf: String::new(),
            days_after_finding: s.days_after_finding.to_string(),
            written_call_days: s.written_call_days.to_string(),
            interest_floor: granty_domain::money::decimal_string(s.interest_floor_minor),
            keep_grant_share: tick(s.keep_grant_share),
            documents_list: tick(s.documents_list),
            partial_call_days: s.partial_call_days.to_string(),
            correction_days: s.correction_days.to_string(),
            control_days: s.control_days.to_string(),
            overdue_every_days: s.overdue_every_days.to_string(),
            rates: rates.join("\n").replace('%', ""),
        }
    }

    /// The store's input, or what could not be read (a number, an amount, a rate line).
    fn input(&self) -> Result<SettlementSettingsInput, Violations> {
        let mut v = Violations::new();
        // A day count that does not parse goes on as one out of every range: the domain names
        // the field and the range to type in.
        let number = |typed: &str| typed.trim().parse::<i64>().unwrap_or(i64::MIN);
        let floor =
            Money::parse_decimal(&self.interest_floor, Currency::PLN).unwrap_or_else(|_| {
                v.push("interest_floor", Rule::InvalidNumber);
                Money::zero(Currency::PLN)
            });
        let rates = parse_rates(&self.rates).unwrap_or_else(|rule| {
            v.push("rates", rule);
            Vec::new()
        });
        let input = SettlementSettingsInput {
            days_after_finding: number(&self.days_after_finding),
            written_call_days: number(&self.written_call_days),
            interest_floor_minor: floor.minor,
            keep_grant_share: !self.keep_grant_share.is_empty(),
            documents_list: !self.documents_list.is_empty(),
            partial_call_days: number(&self.partial_call_days),
            correction_days: number(&self.correction_days),
            control_days: number(&self.control_days),
            overdue_every_days: number(&self.overdue_every_days),
            rates,
        };
        v.into_result(input)
    }
}

/// One rate a line: a day and a percent (`2026-01-08 10,5`), separated by spaces, a semicolon
/// or a tab; blank lines skipped.
fn parse_rates(typed: &str) -> Result<Vec<RateInput>, Rule> {
    typed
        .lines()
        .map(str::trim)
        .filter(|line| !line.is_empty())
        .map(|line| {
            let mut parts = line
                .split(|c: char| c.is_whitespace() || c == ';')
                .filter(|p| !p.is_empty());
            let from = parts.next().and_then(|d| d.parse::<NaiveDate>().ok());
            let rate = parts
                .next()
                .and_then(|p| Percent::parse(p.trim_end_matches('%')).ok());
            match (from, rate, parts.next()) {
                (Some(from), Some(rate), None) => Ok(RateInput {
                    from,
                    rate_bp: rate.basis_points(),
                }),
                _ => Err(Rule::InvalidValue),
            }
        })
        .collect()
}

#[derive(Serialize)]
struct RateRowView {
    from: String,
    rate: String,
    shipped: bool,
}

#[derive(Serialize)]
struct Page {
    values: SettingsForm,
    table: Vec<RateRowView>,
    field_errors: BTreeMap<String, String>,
    errors: Vec<LabelledError>,
    saved: bool,
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct Shown {
    saved: bool,
}

pub async fn settlement_settings_page(
    State(state): State<AppState>,
    Admin(signed): Admin,
    Query(shown): Query<Shown>,
) -> Result<Response, PageError> {
    let view = settings::for_admin(&state.db, &signed.actor).await?;
    let values = SettingsForm::from_view(&view);
    let page = page(&signed, values, &view, None, shown.saved);
    render(StatusCode::OK, TEMPLATE, &signed.frame, &page)
}

pub async fn save_settlement_settings(
    State(state): State<AppState>,
    Admin(signed): Admin,
    Form(form): Form<SettingsForm>,
) -> Result<Response, PageError> {
    check_csrf(&signed, &form.csrf)?;
    let (actor, now) = (&signed.actor, state.clock.now());
    let refused = match form.input() {
        Ok(input) => match settings::save(&state.db, actor, &input, now).await {
            Ok(_) => return Ok(redirect(&format!("{PAGE}?saved=true"))),
            Err(StoreError::Invalid(violations)) => violations,
            Err(error) => return Err(error.into()),
        },
        Err(violations) => violations,
    };
    let stored = settings::for_admin(&state.db, actor).await?;
    let page = page(&signed, form, &stored, Some(&refused), false);
    render(
        StatusCode::UNPROCESSABLE_ENTITY,
        TEMPLATE,
        &signed.frame,
        &page,
    )
}

fn page(
    signed: &SignedIn,
    values: SettingsForm,
    stored: &SettlementSettingsView,
    violations: Option<&Violations>,
    saved: bool,
) -> Page {
    let lang = signed.lang;
    let (field_errors, errors) = labelled_errors(violations, lang, "settlement_settings_");
    let table = stored
        .table
        .iter()
        .map(|r| RateRowView {
            from: date(r.from, lang),
            rate: percent(Percent::from_basis_points(r.rate_bp), lang),
            shipped: r.shipped,
        })
        .collect();
    Page {
        values,
        table,
        field_errors,
        errors,
        saved,
    }
}
