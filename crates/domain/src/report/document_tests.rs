#![allow(clippy::unwrap_used, clippy::expect_used)]
//! The list of financial documents a town may ask for: required, complete, dated within the
//! task, each grant part within its amount, and adding up to the grant used.

use super::tests::{codes, has, valid, Fixture};
use super::*;
use crate::testing::{day, pln};
use crate::Rule;

fn document(amount: &str, grant: &str) -> DocumentInput {
    DocumentInput {
        number: "FV 1/2026".into(),
        date: Some(day(2026, 5, 5)),
        issuer: "Drukarnia".into(),
        cost_line: Some(1),
        amount: amount.into(),
        grant_part: grant.into(),
    }
}

#[test]
fn the_documents_list_is_required_where_the_town_asks_and_adds_up() {
    let mut f = Fixture::new();
    f.documents_required = true;
    let (_, v) = f.check(&valid());
    assert!(has(&v, "documents", &Rule::Required));
    let mut input = valid();
    input.documents = vec![document("8100", "6100"), document("3900", "3900")];
    let (s, v) = f.check(&input);
    assert!(v.is_empty(), "{:?}", codes(&v));
    assert_eq!(s.documents_grant, pln(1_000_000));
    input.documents[1].grant_part = "3800".into();
    let (_, v) = f.check(&input);
    let rule = Rule::DocumentsGrantSum {
        grant: pln(1_000_000),
    };
    assert!(has(&v, "documents", &rule), "{:?}", codes(&v));
}

#[test]
fn a_document_is_complete_dated_in_the_task_and_its_grant_part_within_its_amount() {
    let mut input = valid();
    let mut doc = document("100", "150");
    doc.date = Some(day(2025, 12, 31));
    doc.cost_line = Some(3);
    doc.issuer = " ".into();
    input.documents = vec![doc];
    let (_, v) = Fixture::new().check(&input);
    let above = Rule::DocumentGrantAboveAmount {
        amount: pln(10_000),
    };
    assert!(
        has(&v, "documents[0].grant_part", &above),
        "{:?}",
        codes(&v)
    );
    assert!(has(&v, "documents[0].cost_line", &Rule::UnknownReference));
    assert!(has(&v, "documents[0].issuer", &Rule::Required));
    let outside = Rule::DateOutsideWindow {
        from: day(2026, 3, 1),
        to: day(2026, 9, 30),
    };
    assert!(has(&v, "documents[0].date", &outside));
}
