//! The offer's sample: a joint offer of two years with every section filled, for the template
//! check at start-up, the tests and the benchmarks.

use super::*;

impl OfferData {
    /// A joint offer of two years with every section filled, Polish diacritics included.
    pub fn sample() -> OfferData {
        let pln = Amount::pln;
        OfferData {
            receipt_number: "K1/2026/0001".into(),
            version_no: 1,
            version_kind: "submission".into(),
            filed_at: "2026-12-01 10:00:00 CET".into(),
            content_sha256: "9f2c6a0b5d1e4f7a8b3c2d1e0f9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c4d3e2f1a"
                .into(),
            authority: "Gmina Miasto Przykładowo".into(),
            call_title: "Kultura i sztuka 2027".into(),
            task_type: "Kultura, sztuka, ochrona dóbr kultury i dziedzictwa narodowego".into(),
            joint: true,
            applicant: sample_applicant(),
            partners: vec![Partner {
                name: "Spolek Přátel Hudby z.s.".into(),
                country: "CZ".into(),
                registration_number: "IČO 12345678".into(),
                address: "Náměstí Svobody 1, 602 00 Brno".into(),
                scope: "Warsztaty muzyczne dla młodzieży".into(),
            }],
            contact: Contact {
                name: "Zofia Łęcka".into(),
                phone: "+48 600 100 200".into(),
                email: "zofia@fundacja.example".into(),
            },
            task: Task {
                title: "Letnie koncerty w parku „Źródełko”".into(),
                start_date: "2027-03-01".into(),
                end_date: "2028-06-30".into(),
                place: "Park Miejski, ul. Żeromskiego".into(),
                target_group: "Mieszkańcy gminy, rodziny z dziećmi".into(),
                summary: "Cykl dwunastu koncertów plenerowych z udziałem lokalnych zespołów; \
                          zajęcia edukacyjne dla dzieci przed każdym koncertem."
                    .into(),
            },
            schedule: vec![
                sample_action(1, "Przygotowanie koncertów", "2027-03-01", "2027-05-31"),
                sample_action(2, "Koncerty i warsztaty", "2027-06-01", "2028-06-30"),
            ],
            results: vec![ResultRow {
                name: "Liczba koncertów".into(),
                planned_value: "12".into(),
                monitoring: "Listy obecności, dokumentacja zdjęciowa".into(),
            }],
            previous_activity: "Od 2015 r. organizujemy festiwal „Muzyka nad rzeką”.".into(),
            resources: "Dwóch koordynatorów, nagłośnienie własne, 20 wolontariuszy.".into(),
            costs: sample_costs(),
            sources: Sources {
                total: source(pln(2_000_000), 10_000),
                grant: source(pln(1_500_000), 7_500),
                own: source(pln(500_000), 2_500),
                own_financial: source(pln(300_000), 1_500),
                own_non_financial: source(pln(200_000), 1_000),
                participant_fees: source(pln(0), 0),
                other_public_funds: None,
            },
            cost_split: vec![
                CostSplit {
                    name: "Fundacja Śląskich Zespołów Ćwiczeń".into(),
                    value: pln(1_500_000),
                },
                CostSplit {
                    name: "Spolek Přátel Hudby z.s.".into(),
                    value: pln(500_000),
                },
            ],
            remuneration: "unpaid".into(),
            representation: "Fundacja reprezentuje oferentów wobec organu.".into(),
            other_information: "Nie dotyczy.".into(),
            declarations: Declarations {
                public_benefit_only: true,
                fees_only_in_paid_activity: true,
                no_tax_arrears: Some(true),
                no_social_security_arrears: Some(true),
                register_data_consistent: true,
                information_true: true,
                gdpr_statements_obtained: true,
            },
        }
    }
}

fn sample_applicant() -> Offerer {
    Offerer {
        name: "Fundacja Śląskich Zespołów Ćwiczeń".into(),
        legal_form: "foundation".into(),
        krs: "0000123456".into(),
        nip: "5252248481".into(),
        regon: "012345678".into(),
        address: "ul. Źródlana 5, 00-950 Przykładowo".into(),
        email: "biuro@fundacja.example".into(),
        phone: "+48 22 100 20 30".into(),
        bank_account: "PL61 1090 1014 0000 0712 1981 2874".into(),
        representatives: vec!["Jan Żółkiewski (prezes zarządu)".into()],
    }
}

fn sample_action(no: usize, name: &str, start: &str, end: &str) -> Action {
    Action {
        no,
        name: name.into(),
        description: "Rezerwacja zespołów, próby, promocja wydarzeń.".into(),
        target_group: "Mieszkańcy".into(),
        start: start.into(),
        end: end.into(),
        performer: "Oferent".into(),
        non_party_scope: String::new(),
    }
}

fn source(value: Amount, basis_points: i64) -> SourceRow {
    SourceRow {
        value,
        share: Share::of_basis_points(basis_points),
    }
}

fn sample_costs() -> Costs {
    let pln = Amount::pln;
    let row = |kind, number: &str, name: &str, value: i64, years: [i64; 2]| CostRow {
        kind,
        number: number.into(),
        name: name.into(),
        unit: String::new(),
        unit_cost: None,
        quantity: String::new(),
        value: pln(value),
        year_values: years.iter().map(|v| pln(*v)).collect(),
        grant_part: None,
    };
    let line =
        |number: &str, name: &str, unit: &str, cost: i64, quantity: &str, value: i64| CostRow {
            unit: unit.into(),
            unit_cost: Some(pln(cost)),
            quantity: quantity.into(),
            ..row(
                CostRowKind::Line,
                number,
                name,
                value,
                [value / 2, value / 2],
            )
        };
    Costs {
        currency: "PLN",
        years: vec![2027, 2028],
        rows: vec![
            row(
                CostRowKind::ActionsHeading,
                "I",
                "",
                1_800_000,
                [900_000, 900_000],
            ),
            row(
                CostRowKind::Action,
                "I.1",
                "Przygotowanie koncertów",
                400_000,
                [400_000, 0],
            ),
            line("I.1.1", "Wynajem sceny", "dzień", 100_000, "4", 400_000),
            row(
                CostRowKind::Action,
                "I.2",
                "Koncerty i warsztaty",
                1_400_000,
                [500_000, 900_000],
            ),
            line(
                "I.2.1",
                "Honoraria zespołów",
                "koncert",
                100_000,
                "12",
                1_200_000,
            ),
            line(
                "I.2.2",
                "Materiały do warsztatów",
                "komplet",
                2_000,
                "100",
                200_000,
            ),
            row(
                CostRowKind::ActionsSum,
                "",
                "",
                1_800_000,
                [900_000, 900_000],
            ),
            row(
                CostRowKind::AdminHeading,
                "II",
                "",
                200_000,
                [100_000, 100_000],
            ),
            line("II.1", "Obsługa księgowa", "miesiąc", 12_500, "16", 200_000),
            row(CostRowKind::AdminSum, "", "", 200_000, [100_000, 100_000]),
            row(
                CostRowKind::Total,
                "",
                "",
                2_000_000,
                [1_000_000, 1_000_000],
            ),
        ],
        total: pln(2_000_000),
        grant_part_column: false,
    }
}
