//! What the demo offers say: complete offers that meet the demo call's rules (grants of
//! 5 000–30 000 zł, at least 10% own contribution, administrative costs up to 15%).

use chrono::{Datelike, Duration, NaiveDate};
use granty_domain::offer::{
    ActionInput, ContactInput, CostCategory, CostLineInput, Declarations, OfferInput, Remuneration,
    ResultInput, SourcesInput,
};

/// The parts that differ between the demo offers.
pub struct Topic {
    pub title: &'static str,
    pub place: &'static str,
    pub summary: &'static str,
    /// Hours of the instructor; the requested grant follows so the sources add up.
    pub instructor_hours: u32,
}

/// A complete offer on `topic`, realised for four months from the call's `realisation_start`
/// (or from New Year when that would cross it: a single-year offer needs no split of costs per
/// year), with `contact` to ask.
/// Costs: instructor 150 zł × hours, equipment 2 510 zł, hall 3 000 zł, bookkeeping 1 750 zł
/// (administrative); the town is asked for all of it but 1 000 zł own money and 1 260 zł of
/// volunteers' work.
pub fn offer(topic: &Topic, realisation_start: NaiveDate, contact: (&str, &str)) -> OfferInput {
    use CostCategory::{Action, Administrative};
    let mut starts = realisation_start;
    if (starts + Duration::days(120)).year() != starts.year() {
        starts = NaiveDate::from_yo_opt(starts.year() + 1, 1).unwrap_or(starts);
    }
    let ends = starts + Duration::days(120);
    let total = 150 * i64::from(topic.instructor_hours) + 2_510 + 3_000 + 1_750;
    let hours = topic.instructor_hours.to_string();
    OfferInput {
        title: topic.title.into(),
        place: topic.place.into(),
        target_group: "Dzieci i młodzież w wieku 7–15 lat z gminy Demo".into(),
        summary: topic.summary.into(),
        start_date: Some(starts),
        end_date: Some(ends),
        schedule: vec![
            action("Zajęcia", starts, starts + Duration::days(90)),
            action("Pokaz dla rodziców", ends - Duration::days(20), ends),
        ],
        results: vec![ResultInput {
            name: "Uczestnicy zajęć".into(),
            planned_value: "40 osób".into(),
            monitoring: "Listy obecności".into(),
        }],
        previous_activity: "Od 2015 r. prowadzimy zajęcia dla dzieci z gminy.".into(),
        resources: "Sala, sprzęt sportowy, wolontariusze.".into(),
        costs: vec![
            line(
                Action,
                Some(1),
                "Honorarium instruktora",
                "godz.",
                "150",
                &hours,
            ),
            line(
                Action,
                Some(1),
                "Sprzęt i materiały",
                "zestaw",
                "125,50",
                "20",
            ),
            line(Action, Some(2), "Wynajem sali", "usługa", "3 000", "1"),
            line(
                Administrative,
                None,
                "Obsługa księgowa",
                "mies.",
                "250",
                "7",
            ),
        ],
        sources: SourcesInput {
            requested_grant: (total - 1_000 - 1_260).to_string(),
            own_financial: "1000".into(),
            own_personal: "1260".into(),
            own_in_kind: "0".into(),
            participant_fees: String::new(),
            other_public_funds: String::new(),
        },
        declarations: declarations(),
        other_information: String::new(),
        contact: ContactInput {
            name: contact.0.into(),
            phone: "+48 600 100 200".into(),
            email: contact.1.into(),
        },
        partners: vec![],
        representation: String::new(),
    }
}

fn action(name: &str, start: NaiveDate, end: NaiveDate) -> ActionInput {
    ActionInput {
        name: name.into(),
        description: format!("{name}: spotkania raz w tygodniu z instruktorem."),
        target_group: "dzieci i młodzież".into(),
        start: Some(start),
        end: Some(end),
        performer: String::new(),
        non_party_scope: String::new(),
    }
}

fn line(
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

/// Every declaration made, unpaid activity, no arrears.
fn declarations() -> Declarations {
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
