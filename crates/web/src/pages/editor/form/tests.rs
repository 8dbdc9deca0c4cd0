//! The editor's form read back: blank rows dropped, what was typed kept.

use super::*;

#[test]
fn rows_come_back_in_order_and_blank_ones_are_dropped() {
    let posted = Posted::new(vec![
        ("title".into(), "Koncerty".into()),
        ("costs.0.name".into(), "Honoraria".into()),
        ("costs.0.unit_cost".into(), "1500".into()),
        ("costs.0.quantity".into(), "6".into()),
        ("costs.0.action_no".into(), "1".into()),
        ("costs.1.name".into(), "".into()),
        ("costs.2.name".into(), "Koordynacja".into()),
        ("costs.2.category".into(), "administrative".into()),
        ("costs.2.unit_cost".into(), "12,5x".into()),
        ("declarations.no_tax_arrears".into(), "yes".into()),
        ("declarations.public_benefit_only".into(), "yes".into()),
    ]);
    let offer = posted.offer();
    assert_eq!(offer.title, "Koncerty");
    assert_eq!(offer.costs.len(), 2);
    assert_eq!(offer.costs[0].action_no, Some(1));
    assert_eq!(offer.costs[1].category, CostCategory::Administrative);
    assert_eq!(offer.costs[1].unit_cost, "12,5x", "what was typed survives");
    assert_eq!(offer.declarations.no_tax_arrears, Some(true));
    assert!(offer.declarations.public_benefit_only);
    assert_eq!(offer.declarations.no_social_security_arrears, None);
}

#[test]
fn year_values_partners_and_the_contact_come_back() {
    let posted = Posted::new(vec![
        ("costs.0.name".into(), "Honoraria".into()),
        ("costs.0.year_values.0".into(), "1000".into()),
        ("costs.0.year_values.1".into(), "".into()),
        ("costs.1.name".into(), "Sala".into()),
        ("costs.1.year_values.0".into(), " ".into()),
        ("costs.1.year_values.1".into(), "".into()),
        ("partners.0.name".into(), "Spolek".into()),
        ("partners.0.country".into(), "CZ".into()),
        ("partners.1.country".into(), "PL".into()),
        ("contact.name".into(), "Anna".into()),
        ("representation".into(), "Prezes".into()),
    ]);
    let offer = posted.offer();
    assert_eq!(offer.costs[0].year_values, vec!["1000", ""]);
    assert!(offer.costs[1].year_values.is_empty());
    assert_eq!(offer.partners.len(), 1, "a blank partner row is dropped");
    assert_eq!(offer.partners[0].country, "CZ");
    assert_eq!(offer.contact.name, "Anna");
    assert_eq!(offer.representation, "Prezes");
}

#[test]
fn add_a_row_keeps_the_blank_rows_on_screen_and_adds_one() {
    let posted = Posted::new(vec![
        ("action".into(), "add:schedule".into()),
        ("schedule.0.name".into(), "Koncerty".into()),
        ("schedule.4.name".into(), "".into()),
        ("costs.0.name".into(), "".into()),
    ]);
    assert_eq!(posted.addition(), Some("schedule"));
    let offer = posted.offer();
    let blanks = posted.blank_rows(&offer, posted.addition());
    assert_eq!(
        blanks.schedule, 5,
        "four blank rows were on screen, one more"
    );
    assert_eq!(blanks.costs, BLANK_ROWS + 1, "never fewer than the default");
    assert_eq!(blanks.results, BLANK_ROWS);
    let many = Posted::new(vec![("schedule.9999.name".into(), "".into())]);
    assert_eq!(
        many.blank_rows(&many.offer(), Some("schedule")).schedule,
        50
    );
    assert!(Posted::new(vec![("action".into(), "add:users".into())])
        .addition()
        .is_none());
}

#[test]
fn a_row_can_be_removed_by_its_button() {
    let posted = Posted::new(vec![
        ("action".into(), "remove:costs:0".into()),
        ("costs.0.name".into(), "Honoraria".into()),
        ("costs.1.name".into(), "Sala".into()),
    ]);
    let (table, index) = posted.removal().expect("a removal");
    let offer = posted.without_row(table, index).offer();
    assert_eq!(offer.costs.len(), 1);
    assert_eq!(offer.costs[0].name, "Sala");
    assert!(
        Posted::new(vec![("action".into(), "remove:users:1".into())])
            .removal()
            .is_none()
    );
}
