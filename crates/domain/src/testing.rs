//! Fixtures shared by the domain's unit tests and its benchmarks (feature `testing`): one town,
//! one call and one complete offer that meets every rule of that call, plus builders to vary
//! them. A test changes only what it is about, so a reader sees the rule in the difference.
// A fixture that does not build is a bug in the test itself: failing loudly is the point.
#![allow(clippy::expect_used)]

use crate::call::{CallInput, CallTerms, RequiredAttachment};
use crate::language::Language;
use crate::money::{decimal_string, Currency, Money};
use crate::offer::{
    ActionInput, ContactInput, CostCategory, CostLineInput, Declarations, OfferContext, OfferInput,
    Remuneration, ResultInput, SourcesInput,
};
use crate::organisation::LegalForm;
use crate::tenant::{Tenant, TenantRules};
use chrono::{DateTime, Days, NaiveDate, TimeZone, Utc};
use chrono_tz::Tz;

/// The town's zone.
pub const WARSAW: Tz = chrono_tz::Europe::Warsaw;

pub fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("valid date")
}

/// An instant given in Warsaw local time.
pub fn warsaw(y: i32, m: u32, d: u32, h: u32, min: u32, s: u32) -> DateTime<Utc> {
    WARSAW
        .with_ymd_and_hms(y, m, d, h, min, s)
        .single()
        .expect("unambiguous local time")
        .with_timezone(&Utc)
}

pub fn pln(minor: i64) -> Money {
    Money::new(minor, Currency::PLN)
}

/// A Polish town with the statutory defaults.
pub fn tenant() -> Tenant {
    Tenant {
        id: 1,
        slug: "miasto".into(),
        name: "Miasto Testowe".into(),
        time_zone: WARSAW,
        currency: Currency::PLN,
        default_language: Language::Pl,
        rules: TenantRules::default(),
    }
}

/// The call "Kultura 2027": 150 000 zł, grants of 5 000–30 000 zł, at least 10% own
/// contribution, administrative costs up to 15%, open from 4 January to 1 February 2027 15:30,
/// realised from March to December 2027, with the statute as a required attachment.
pub fn call_input() -> CallInput {
    CallInput {
        title: "Kultura 2027".into(),
        task_area: "kultura, sztuka, ochrona dóbr kultury".into(),
        budget: "150000".into(),
        min_grant: "5000".into(),
        max_grant: "30000".into(),
        min_own_contribution: "10".into(),
        admin_cost_cap: "15".into(),
        opens_at: Some(warsaw(2027, 1, 4, 8, 0, 0)),
        deadline: Some(warsaw(2027, 2, 1, 15, 30, 0)),
        realisation_start: Some(day(2027, 3, 1)),
        realisation_end: Some(day(2027, 12, 31)),
        required_attachments: vec![RequiredAttachment {
            code: "statute".into(),
            name: "Statut".into(),
        }],
        ..CallInput::default()
    }
}

/// The terms of [`call_input`] after `change`.
pub fn terms_with(change: impl FnOnce(&mut CallInput)) -> CallTerms {
    let mut input = call_input();
    change(&mut input);
    CallTerms::parse(&input, Currency::PLN, WARSAW).expect("the fixture call is valid")
}

pub fn terms() -> CallTerms {
    terms_with(|_| {})
}

/// What an association with the statute uploaded knows about an offer in `call`.
pub fn context(call: &CallTerms) -> OfferContext<'_> {
    OfferContext {
        call,
        applicant_form: LegalForm::Association,
        attachment_codes: ["statute".to_string()].into_iter().collect(),
        applicant_nip: "5260001246".into(),
        other_public_funds: TenantRules::default().other_public_funds,
    }
}

pub fn line(
    category: CostCategory,
    action_no: Option<usize>,
    name: &str,
    unit: &str,
    unit_cost: &str,
    quantity: &str,
) -> CostLineInput {
    CostLineInput {
        category,
        action_no,
        name: name.into(),
        unit: unit.into(),
        unit_cost: unit_cost.into(),
        quantity: quantity.into(),
        ..CostLineInput::default()
    }
}

pub fn action(name: &str, start: NaiveDate, end: NaiveDate) -> ActionInput {
    ActionInput {
        name: name.into(),
        description: format!("{name}: opis działania"),
        target_group: "dzieci i młodzież".into(),
        start: Some(start),
        end: Some(end),
        performer: String::new(),
        non_party_scope: String::new(),
    }
}

/// Every declaration made, unpaid activity, no arrears.
pub fn declarations() -> Declarations {
    Declarations {
        remuneration: Some(Remuneration::Unpaid),
        public_benefit_only: true,
        fees_only_in_paid_activity: true,
        no_tax_arrears: Some(true),
        no_social_security_arrears: Some(true),
        register_data_consistent: true,
        information_true: true,
        gdpr_statements_obtained: true,
    }
}

pub fn contact() -> ContactInput {
    ContactInput {
        name: "Anna Nowak".into(),
        phone: "+48 600 100 200".into(),
        email: "anna@fundacja.pl".into(),
    }
}

/// A complete offer that meets every rule of [`terms`]:
/// I.1.1 150,00 × 40 = 6 000,00; I.1.2 125,50 × 20 = 2 510,00; I.2.1 3 000,00 × 1;
/// II.1 250,00 × 7 = 1 750,00; total 13 260,00 = grant 11 000 + own 1 000 + volunteers 1 260.
pub fn valid_offer() -> OfferInput {
    use CostCategory::{Action, Administrative};
    OfferInput {
        title: "Lato z teatrem".into(),
        place: "Dom Kultury, ul. Parkowa 3".into(),
        target_group: "Dzieci w wieku 7–12 lat".into(),
        summary: "Warsztaty teatralne zakończone festynem.".into(),
        start_date: Some(day(2027, 4, 1)),
        end_date: Some(day(2027, 10, 31)),
        schedule: vec![
            action("Warsztaty", day(2027, 4, 1), day(2027, 6, 30)),
            action("Festyn", day(2027, 9, 1), day(2027, 9, 30)),
        ],
        results: vec![result("Uczestnicy warsztatów")],
        previous_activity: "Od 2015 r. prowadzimy zajęcia teatralne.".into(),
        resources: "Sala prób, kostiumy.".into(),
        costs: vec![
            line(
                Action,
                Some(1),
                "Honorarium instruktora",
                "godz.",
                "150",
                "40",
            ),
            line(
                Action,
                Some(1),
                "Materiały plastyczne",
                "zestaw",
                "125,50",
                "20",
            ),
            line(Action, Some(2), "Wynajem sceny", "usługa", "3 000", "1"),
            line(
                Administrative,
                None,
                "Obsługa księgowa",
                "mies.",
                "250.00",
                "7",
            ),
        ],
        sources: SourcesInput {
            requested_grant: "11000".into(),
            own_financial: "1000".into(),
            own_personal: "1260".into(),
            own_in_kind: "0".into(),
            participant_fees: String::new(),
            other_public_funds: String::new(),
        },
        declarations: declarations(),
        other_information: String::new(),
        contact: contact(),
        partners: vec![],
        representation: String::new(),
    }
}

fn result(name: &str) -> ResultInput {
    ResultInput {
        name: name.into(),
        planned_value: "40 osób".into(),
        monitoring: "Listy obecności".into(),
    }
}

/// A complete, valid offer with `lines` cost lines over `actions` schedule actions, for calls
/// realised from March 2027 to December 2028 (see [`large_call`]). One line in ten is
/// administrative. A multi-year offer runs April 2027 – October 2028 and splits every line into
/// its two years; a single-year one runs April – October 2027. Amounts are typed the ways
/// applicants type them (`1 234,50`, `1234.50`, `1234`).
pub fn generated_offer(lines: usize, actions: usize, multi_year: bool) -> OfferInput {
    let end = if multi_year {
        day(2028, 10, 31)
    } else {
        day(2027, 10, 31)
    };
    let start = day(2027, 4, 1);
    let costs: Vec<CostLineInput> = (0..lines)
        .map(|i| generated_line(i, actions, multi_year))
        .collect();
    let total_minor: i64 = (0..lines).map(generated_value).sum();
    OfferInput {
        start_date: Some(start),
        end_date: Some(end),
        schedule: generated_schedule(actions, start, end),
        results: (1..=3).map(|r| result(&format!("Rezultat {r}"))).collect(),
        summary: "Warsztaty teatralne zakończone festynem dla mieszkańców dzielnicy.".into(),
        costs,
        sources: generated_sources(total_minor),
        ..valid_offer()
    }
}

fn generated_schedule(actions: usize, start: NaiveDate, end: NaiveDate) -> Vec<ActionInput> {
    let span = (end - start).num_days().unsigned_abs();
    let count = actions.max(1) as u64;
    (0..actions as u64)
        .map(|a| ActionInput {
            name: format!("Działanie {}: warsztaty teatralne", a + 1),
            description: "Cykl zajęć prowadzonych przez instruktorów z próbami i pokazem \
                          dla rodziców na zakończenie."
                .into(),
            target_group: "dzieci i młodzież w wieku 7–15 lat".into(),
            start: start.checked_add_days(Days::new(span * a / count)),
            end: start.checked_add_days(Days::new(span * (a + 1) / count)),
            performer: String::new(),
            non_party_scope: String::new(),
        })
        .collect()
}

/// Line `i`: unit cost in minor units and quantity; administrative lines (one in ten) stay
/// small, under the 15% cap.
fn generated_amounts(i: usize) -> (i64, i64) {
    let unit_minor = 5_000 + (i as i64 * 7_919) % 95_000;
    let quantity = if i % 10 == 9 { 1 } else { 1 + (i as i64 % 12) };
    (unit_minor, quantity)
}

fn generated_value(i: usize) -> i64 {
    let (unit_minor, quantity) = generated_amounts(i);
    unit_minor * quantity
}

fn generated_line(i: usize, actions: usize, multi_year: bool) -> CostLineInput {
    let (unit_minor, quantity) = generated_amounts(i);
    let administrative = i % 10 == 9;
    let value = unit_minor * quantity;
    let unit_cost = match i % 3 {
        0 => decimal_string(unit_minor).replace('.', ","),
        2 if unit_minor % 100 == 0 => (unit_minor / 100).to_string(),
        _ => decimal_string(unit_minor),
    };
    let year_values = if multi_year {
        let first = value * 2 / 5;
        vec![decimal_string(first), decimal_string(value - first)]
    } else {
        vec![]
    };
    // Action lines go round the actions in turn; the administrative ones are skipped in the count.
    let action_line = i - i / 10;
    CostLineInput {
        category: if administrative {
            CostCategory::Administrative
        } else {
            CostCategory::Action
        },
        action_no: (!administrative).then(|| 1 + action_line % actions.max(1)),
        name: format!("Pozycja {}: honorarium prowadzącego zajęcia", i + 1),
        unit: "godz.".into(),
        unit_cost,
        quantity: quantity.to_string(),
        year_values,
        grant_part: String::new(),
    }
}

/// 20% own contribution, half financial and half volunteers' work; the rest is the grant.
fn generated_sources(total_minor: i64) -> SourcesInput {
    let own = total_minor / 5;
    let own_financial = own / 2;
    SourcesInput {
        requested_grant: decimal_string(total_minor - own),
        own_financial: decimal_string(own_financial),
        own_personal: decimal_string(own - own_financial),
        own_in_kind: "0".into(),
        participant_fees: String::new(),
        other_public_funds: String::new(),
    }
}

/// A call big enough for [`generated_offer`]: 5 000 000 zł, grants up to 2 000 000 zł,
/// realised from March 2027 to December 2028.
pub fn large_call() -> CallTerms {
    terms_with(|c| {
        c.title = "Kultura 2027–2028".into();
        c.budget = "5 000 000".into();
        c.max_grant = "2000000".into();
        c.realisation_end = Some(day(2028, 12, 31));
    })
}
