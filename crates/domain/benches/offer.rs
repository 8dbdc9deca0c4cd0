//! Criterion benchmarks of the offer rules: `check_offer` for a typical and a large offer,
//! `compute_costs` alone for the large one, and parsing the offer's JSON as the API receives it.
//!
//! Run with `make bench` (`cargo bench -p granty-domain`). Under `cargo test --all-targets` each
//! benchmark runs once, as a smoke test. Results and how to read them: docs/benchmarks.md.

use chrono::{Days, NaiveDate, TimeZone, Utc};
use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use granty_domain::call::{CallInput, CallTerms, RequiredAttachment};
use granty_domain::money::decimal_string;
use granty_domain::offer::{
    check_offer, compute_costs, ActionInput, ContactInput, CostCategory, CostLineInput,
    Declarations, OfferContext, OfferInput, Remuneration, ResultInput, SourcesInput,
};
use granty_domain::organisation::LegalForm;
use granty_domain::Currency;
use std::hint::black_box;
use std::time::Duration;

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    match NaiveDate::from_ymd_opt(y, m, d) {
        Some(day) => day,
        None => panic!("invalid date {y}-{m}-{d}"),
    }
}

/// A call realised from March 2027 to December 2028, large enough for the large offer: at least
/// 10% own contribution, administrative costs up to 15%, one required attachment.
fn call() -> CallTerms {
    let input = CallInput {
        title: "Kultura 2027–2028".into(),
        task_area: "kultura, sztuka, ochrona dóbr kultury".into(),
        budget: "5 000 000".into(),
        min_grant: "5000".into(),
        max_grant: "2000000".into(),
        min_own_contribution: "10".into(),
        admin_cost_cap: "15".into(),
        opens_at: Utc.with_ymd_and_hms(2027, 1, 4, 7, 0, 0).single(),
        deadline: Utc.with_ymd_and_hms(2027, 2, 1, 14, 30, 0).single(),
        realisation_start: Some(day(2027, 3, 1)),
        realisation_end: Some(day(2028, 12, 31)),
        required_attachments: vec![RequiredAttachment {
            code: "statute".into(),
            name: "Statut".into(),
        }],
        ..CallInput::default()
    };
    match CallTerms::parse(&input, Currency::PLN) {
        Ok(terms) => terms,
        Err(v) => panic!("benchmark call does not parse: {v:?}"),
    }
}

/// A complete, valid offer with `lines` cost lines over `actions` schedule actions. One line in
/// ten is administrative. A multi-year offer runs April 2027 – October 2028 and splits every line
/// into its two years; a single-year one runs April – October 2027. Amounts are typed the ways
/// applicants type them (`1 234,50`, `1234.50`, `1234`).
fn offer(lines: usize, actions: usize, multi_year: bool) -> OfferInput {
    let (start, end) = if multi_year {
        (day(2027, 4, 1), day(2028, 10, 31))
    } else {
        (day(2027, 4, 1), day(2027, 10, 31))
    };
    let span = (end - start).num_days() as u64;
    let schedule = (0..actions)
        .map(|a| {
            let from = span * a as u64 / actions as u64;
            let to = span * (a as u64 + 1) / actions as u64;
            ActionInput {
                name: format!("Działanie {}: warsztaty teatralne", a + 1),
                description: "Cykl zajęć prowadzonych przez instruktorów z próbami i pokazem \
                              dla rodziców na zakończenie."
                    .into(),
                target_group: "dzieci i młodzież w wieku 7–15 lat".into(),
                start: start.checked_add_days(Days::new(from)),
                end: start.checked_add_days(Days::new(to)),
                performer: String::new(),
                non_party_scope: String::new(),
            }
        })
        .collect();
    let mut total_minor = 0i64;
    let mut action_lines = 0usize;
    let costs = (0..lines)
        .map(|i| {
            let administrative = i % 10 == 9;
            let unit_minor = 5_000 + (i as i64 * 7_919) % 95_000;
            // Administrative lines stay small, under the 15% cap.
            let quantity = if administrative {
                1
            } else {
                1 + (i as i64 % 12)
            };
            let value = unit_minor * quantity;
            total_minor += value;
            let unit_cost = match i % 3 {
                0 => decimal_string(unit_minor).replace('.', ","),
                1 => decimal_string(unit_minor),
                _ if unit_minor % 100 == 0 => (unit_minor / 100).to_string(),
                _ => decimal_string(unit_minor),
            };
            let year_values = if multi_year {
                let first = value * 2 / 5;
                vec![decimal_string(first), decimal_string(value - first)]
            } else {
                vec![]
            };
            CostLineInput {
                category: if administrative {
                    CostCategory::Administrative
                } else {
                    CostCategory::Action
                },
                action_no: (!administrative).then(|| {
                    action_lines += 1;
                    1 + (action_lines - 1) % actions
                }),
                name: format!("Pozycja {}: honorarium prowadzącego zajęcia", i + 1),
                unit: "godz.".into(),
                unit_cost,
                quantity: quantity.to_string(),
                year_values,
                grant_part: String::new(),
            }
        })
        .collect();
    // 20% own contribution, half financial and half volunteers' work; the rest is the grant.
    let own = total_minor / 5;
    let own_financial = own / 2;
    let sources = SourcesInput {
        requested_grant: decimal_string(total_minor - own),
        own_financial: decimal_string(own_financial),
        own_personal: decimal_string(own - own_financial),
        own_in_kind: "0".into(),
        participant_fees: String::new(),
        other_public_funds: String::new(),
    };
    OfferInput {
        title: "Lato z teatrem".into(),
        place: "Dom Kultury, ul. Parkowa 3".into(),
        target_group: "Dzieci w wieku 7–12 lat".into(),
        summary: "Warsztaty teatralne zakończone festynem dla mieszkańców dzielnicy.".into(),
        start_date: Some(start),
        end_date: Some(end),
        schedule,
        results: (0..3)
            .map(|r| ResultInput {
                name: format!("Rezultat {}", r + 1),
                planned_value: "40 osób".into(),
                monitoring: "Listy obecności".into(),
            })
            .collect(),
        previous_activity: "Od 2015 r. prowadzimy zajęcia teatralne.".into(),
        resources: "Sala prób, kostiumy.".into(),
        costs,
        sources,
        declarations: Declarations {
            remuneration: Some(Remuneration::Unpaid),
            public_benefit_only: true,
            fees_only_in_paid_activity: true,
            no_tax_arrears: Some(true),
            no_social_security_arrears: Some(true),
            register_data_consistent: true,
            information_true: true,
            gdpr_statements_obtained: true,
        },
        other_information: String::new(),
        contact: ContactInput {
            name: "Anna Nowak".into(),
            phone: "+48 600 100 200".into(),
            email: "anna@fundacja.pl".into(),
        },
        partners: vec![],
        representation: String::new(),
    }
}

fn context(call: &CallTerms) -> OfferContext<'_> {
    OfferContext {
        call,
        applicant_form: LegalForm::Association,
        attachment_codes: ["statute".to_string()].into_iter().collect(),
        applicant_nip: "5260001246".into(),
    }
}

/// The benchmarks measure the path of an offer that is ready to submit: no violation at all.
fn assert_valid(name: &str, input: &OfferInput, ctx: &OfferContext<'_>) {
    let (_, v) = check_offer(input, ctx);
    assert!(v.is_empty(), "{name} offer has violations: {v:?}");
}

fn to_json(input: &OfferInput) -> String {
    match serde_json::to_string(input) {
        Ok(json) => json,
        Err(error) => panic!("offer does not serialise: {error}"),
    }
}

fn benches(c: &mut Criterion) {
    let call = call();
    let ctx = context(&call);
    let typical = offer(10, 3, false);
    let large = offer(200, 20, true);
    assert_valid("typical", &typical, &ctx);
    assert_valid("large", &large, &ctx);

    let mut group = c.benchmark_group("check_offer");
    group.bench_function("typical_10_lines_3_actions", |b| {
        b.iter(|| check_offer(black_box(&typical), black_box(&ctx)))
    });
    group.bench_function("large_200_lines_20_actions_2y", |b| {
        b.iter(|| check_offer(black_box(&large), black_box(&ctx)))
    });
    group.finish();

    let mut group = c.benchmark_group("compute_costs");
    group.bench_function("large_200_lines_20_actions_2y", |b| {
        b.iter(|| compute_costs(black_box(&large), black_box(Currency::PLN)))
    });
    group.finish();

    let mut group = c.benchmark_group("parse_json");
    for (name, input) in [
        ("typical_10_lines_3_actions", &typical),
        ("large_200_lines_20_actions_2y", &large),
    ] {
        let json = to_json(input);
        // A benchmark of a parse that fails would measure the error path.
        assert!(
            matches!(serde_json::from_str::<OfferInput>(&json), Ok(parsed) if &parsed == input)
        );
        group.throughput(Throughput::Bytes(json.len() as u64));
        group.bench_function(name, |b| {
            b.iter(|| serde_json::from_str::<OfferInput>(black_box(&json)))
        });
    }
    group.finish();
}

fn config() -> Criterion {
    Criterion::default()
        .sample_size(30)
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(3))
}

criterion_group! {
    name = offer_benches;
    config = config();
    targets = benches
}
criterion_main!(offer_benches);
