//! JSON, and values that do not parse.

use super::*;

// ---------------------------------------------------------------------------------------------
// JSON.

#[test]
fn amounts_deserialise_from_numbers_or_strings() {
    let json = r#"{
        "title": "Lato z teatrem",
        "start_date": "2027-04-01",
        "costs": [
            {"category": "action", "action_no": 1, "name": "Honorarium", "unit": "godz.",
             "unit_cost": 100, "quantity": "2,5"},
            {"category": "administrative", "name": "Księgowość", "unit": "mies.",
             "unit_cost": "1 234,50", "quantity": 3, "grant_part": 0}
        ],
        "sources": {"requested_grant": 3000, "own_financial": "1000.50", "own_personal": -5}
    }"#;
    let input: OfferInput = serde_json::from_str(json).expect("valid JSON");
    assert_eq!(input.title, "Lato z teatrem");
    assert_eq!(input.start_date, Some(day(2027, 4, 1)));
    assert_eq!(input.end_date, None);
    assert_eq!(input.costs[0].category, CostCategory::Action);
    assert_eq!(input.costs[0].action_no, Some(1));
    assert_eq!(input.costs[0].unit_cost, "100");
    assert_eq!(input.costs[0].quantity, "2,5");
    assert_eq!(input.costs[0].grant_part, "");
    assert_eq!(input.costs[1].category, CostCategory::Administrative);
    assert_eq!(input.costs[1].unit_cost, "1 234,50");
    assert_eq!(input.costs[1].quantity, "3");
    assert_eq!(input.costs[1].grant_part, "0");
    assert_eq!(input.sources.requested_grant, "3000");
    assert_eq!(input.sources.own_financial, "1000.50");
    assert_eq!(input.sources.own_personal, "-5");
    assert_eq!(input.sources.own_in_kind, "");
    assert_eq!(input.declarations, Declarations::default());

    let (s, _) = compute(&input);
    assert_eq!(s.lines[0].value, pln(25_000));
    assert_eq!(s.lines[1].value, pln(370_350));
    assert_eq!(s.requested_grant, pln(300_000));
}

#[test]
fn year_values_deserialise_from_numbers_or_strings() {
    let json = r#"{"costs": [{"unit_cost": 100, "quantity": 1, "year_values": [60, "40,00"]}]}"#;
    let input: OfferInput = serde_json::from_str(json).expect("valid JSON");
    assert_eq!(input.costs[0].year_values, vec!["60", "40,00"]);
}

#[test]
fn fractional_json_numbers_are_refused_rather_than_rounded() {
    let json = r#"{"costs": [{"unit_cost": 12.5, "quantity": 1}]}"#;
    let error = serde_json::from_str::<OfferInput>(json).expect_err("floats are refused");
    assert!(error.to_string().contains("as strings"), "{error}");
}

#[test]
fn a_draft_survives_a_json_round_trip_unchanged() {
    let mut input = valid_offer();
    input.costs[0].unit_cost = "12,5x".into();
    input.costs[1].quantity = " 2,50 ".into();
    input.costs[2].grant_part = "abc".into();
    input.costs[3].year_values = vec!["1 000".into(), "??".into()];
    input.sources.own_in_kind = "-0,001".into();
    input.start_date = None;
    let json = serde_json::to_string(&input).expect("serialises");
    let again: OfferInput = serde_json::from_str(&json).expect("deserialises");
    assert_eq!(again, input);
    assert_eq!(again.costs[0].unit_cost, "12,5x");

    let empty: OfferInput = serde_json::from_str("{}").expect("an empty draft");
    assert_eq!(empty, OfferInput::default());
}

// ---------------------------------------------------------------------------------------------
// A value that does not parse is named once, not judged again as if it were zero.

#[test]
fn an_invalid_requested_grant_is_not_also_below_the_minimum() {
    let call = terms();
    for (typed, rule) in [
        ("abc", Rule::InvalidNumber),
        ("-11000", Rule::MustNotBeNegative),
        ("11000.001", Rule::TooManyDecimals { max: 2 }),
    ] {
        let mut input = valid_offer();
        input.sources.requested_grant = typed.into();
        let grant_rules: Vec<Rule> = violations(&input, &call)
            .into_iter()
            .filter(|v| v.field == "sources.requested_grant")
            .map(|v| v.rule)
            .collect();
        assert_eq!(grant_rules, vec![rule], "{typed}");
    }
}

#[test]
fn an_invalid_grant_part_is_not_also_missing() {
    let call = terms_with(|c| c.grant_part_per_line = true);
    assert_eq!(
        violations(&with_grant_parts(["6000", "2000", "3000", "-1"]), &call),
        vec![violation("costs[3].grant_part", Rule::MustNotBeNegative)]
    );
    assert_eq!(
        violations(&with_grant_parts(["6000", "2000", "3000", "zero"]), &call),
        vec![violation("costs[3].grant_part", Rule::InvalidNumber)]
    );
}

#[test]
fn year_values_of_an_uncomputable_line_are_not_summed_against_zero() {
    let call = terms_with(|c| {
        c.realisation_end = Some(day(2028, 12, 31));
        c.admin_cost_cap = String::new();
    });
    let mut input = two_year_offer();
    input.costs[0].unit_cost = "abc".into();
    input.sources.requested_grant = "5000".into();
    let (s, v) = check(&input, &call);
    assert_eq!(
        v,
        vec![violation("costs[0].unit_cost", Rule::InvalidNumber)]
    );
    // The typed yearly values are still read and counted.
    assert_eq!(s.lines[0].value, pln(0));
    assert_eq!(s.lines[0].year_values, vec![pln(200_000), pln(400_000)]);
    // A line whose value is really zero must have zero yearly values.
    input.costs[0].unit_cost = "0".into();
    assert_eq!(
        violations(&input, &call)[0],
        violation(
            "costs[0].year_values",
            Rule::YearValuesSum { total: pln(0) }
        )
    );
}

fn partner(name: &str, country: &str, number: &str, share: &str) -> PartnerInput {
    PartnerInput {
        name: name.into(),
        country: country.into(),
        registration_number: number.into(),
        address: "ul. Długa 1, 00-001 Warszawa".into(),
        scope: "Prowadzi warsztaty".into(),
        cost_share: share.into(),
    }
}

#[test]
fn the_contact_person_needs_a_name_and_a_way_to_reach_them() {
    let call = terms();
    let mut input = valid_offer();
    input.contact = ContactInput {
        name: " ".into(),
        phone: String::new(),
        email: String::new(),
    };
    assert_eq!(
        violations(&input, &call),
        vec![
            violation("contact.name", Rule::Required),
            violation("contact.email", Rule::Required)
        ]
    );
    input.contact = ContactInput {
        name: "Anna".into(),
        phone: "600 100 200".into(),
        email: String::new(),
    };
    assert_eq!(violations(&input, &call), vec![], "a phone alone is enough");
    input.contact.phone = "sześćset".into();
    input.contact.email = "anna@".into();
    assert_eq!(
        violations(&input, &call),
        vec![
            violation("contact.email", Rule::InvalidEmail),
            violation("contact.phone", Rule::InvalidValue)
        ]
    );
}

#[test]
fn a_joint_offer_splits_the_costs_between_the_applicant_and_its_partners() {
    let call = terms();
    let mut input = valid_offer();
    // Total costs of the valid offer: 13 260,00 zł.
    input.partners = vec![
        partner("Stowarzyszenie Razem", "pl", "774-000-14-54", "3000"),
        partner("Spolek Přátel", "CZ", "12345678", "1 000,50"),
    ];
    input.representation = "Oferenta reprezentuje prezes fundacji.".into();
    let (summary, v) = check(&input, &call);
    assert_eq!(v, vec![]);
    assert_eq!(summary.partner_shares, vec![pln(300_000), pln(100_050)]);
    assert_eq!(summary.applicant_share, pln(1_326_000 - 400_050));
}

#[test]
fn partners_are_checked_one_by_one() {
    let call = terms();
    let mut input = valid_offer();
    input.partners = vec![
        partner("Sama fundacja", "PL", "526-000-12-46", "0"),
        partner("Zły NIP", "PL", "5260001247", "0"),
        partner("", "Czechy", "", ""),
        partner("Kopia", "cz", "12345678", "100"),
        partner("Kopia 2", "CZ", "12345678 ", "99999"),
    ];
    let v = violations(&input, &call);
    assert_eq!(
        v,
        vec![
            violation("partners[0].registration_number", Rule::PartnerIsApplicant),
            violation("partners[1].registration_number", Rule::NipChecksum),
            violation("partners[2].name", Rule::Required),
            violation("partners[2].country", Rule::InvalidValue),
            violation("partners[2].registration_number", Rule::Required),
            violation("partners[2].cost_share", Rule::Required),
            violation("partners[4].registration_number", Rule::Duplicate),
            violation("representation", Rule::Required),
            violation(
                "partners",
                Rule::PartnerSharesAboveTotal {
                    total: pln(1_326_000)
                }
            ),
        ]
    );
}
