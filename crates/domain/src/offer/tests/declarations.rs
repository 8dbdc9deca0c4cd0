//! The grant-financed part of each line; declarations, legal form and attachments.

use super::*;

// ---------------------------------------------------------------------------------------------
// The grant-financed part of each line.

#[test]
fn grant_parts_are_required_when_the_call_asks_for_them() {
    let call = terms_with(|c| c.grant_part_per_line = true);
    let v = violations(&valid_offer(), &call);
    let expected: Vec<Violation> = (0..4)
        .map(|i| violation(&format!("costs[{i}].grant_part"), Rule::Required))
        .collect();
    assert_eq!(v, expected);

    // Without all parts their sum is not checked yet.
    let v = violations(&with_grant_parts(["6000", "", "3000", "0"]), &call);
    assert_eq!(v, vec![violation("costs[1].grant_part", Rule::Required)]);
}

#[test]
fn grant_parts_must_add_up_to_the_requested_grant() {
    let call = terms_with(|c| c.grant_part_per_line = true);
    let (s, v) = check(&with_grant_parts(["6000", "2000", "3000", "0"]), &call);
    assert_eq!(v, vec![]);
    assert_eq!(s.lines[0].grant_part, Some(pln(600_000)));
    assert_eq!(s.lines[3].grant_part, Some(pln(0)));

    assert_eq!(
        violations(&with_grant_parts(["6000", "2000", "3000", "0.01"]), &call),
        vec![violation(
            "costs",
            Rule::GrantPartsSum {
                grant: pln(1_100_000)
            }
        )]
    );
}

#[test]
fn a_grant_part_cannot_exceed_its_line() {
    let call = terms_with(|c| c.grant_part_per_line = true);
    assert_eq!(
        violations(
            &with_grant_parts(["6000", "1999.99", "3000.01", "0"]),
            &call
        ),
        vec![violation(
            "costs[2].grant_part",
            Rule::GrantPartAboveLine { line: pln(300_000) }
        )]
    );
}

#[test]
fn grant_parts_are_refused_when_the_call_does_not_ask() {
    let call = terms();
    assert!(!call.grant_part_per_line);
    assert_eq!(
        violations(&with_grant_parts(["", "", "100", ""]), &call),
        vec![violation("costs", Rule::GrantPartsNotAllowed)]
    );
}

// ---------------------------------------------------------------------------------------------
// Declarations, legal form and attachments.

#[test]
fn every_declaration_must_be_made() {
    let call = terms();
    let mut input = valid_offer();
    input.declarations = Declarations::default();
    let declaration =
        |name: &str| violation(&format!("declarations.{name}"), Rule::DeclarationRequired);
    assert_eq!(
        violations(&input, &call),
        vec![
            violation("declarations.remuneration", Rule::Required),
            declaration("public_benefit_only"),
            declaration("fees_only_in_paid_activity"),
            declaration("register_data_consistent"),
            declaration("information_true"),
            declaration("gdpr_statements_obtained"),
            violation("declarations.no_tax_arrears", Rule::Required),
            violation("declarations.no_social_security_arrears", Rule::Required),
        ]
    );
    // Declaring arrears is an answer: the formal check judges it, not the form.
    let mut input = valid_offer();
    input.declarations.no_tax_arrears = Some(false);
    input.declarations.no_social_security_arrears = Some(false);
    assert_eq!(violations(&input, &call), vec![]);
}

#[test]
fn a_simple_association_cannot_carry_out_the_task_for_payment() {
    let call = terms();
    let mut input = valid_offer();
    input.declarations.remuneration = Some(Remuneration::Paid);
    let mut ctx = context(&call);
    assert!(check_offer(&input, &ctx).1.is_empty());
    ctx.applicant_form = LegalForm::SimpleAssociation;
    assert_eq!(
        check_offer(&input, &ctx).1 .0,
        vec![violation(
            "declarations.remuneration",
            Rule::PaidNotAllowedForSimpleAssociation
        )]
    );
    input.declarations.remuneration = Some(Remuneration::Unpaid);
    assert!(check_offer(&input, &ctx).1.is_empty());
}

#[test]
fn required_attachments_must_be_uploaded() {
    let call = terms_with(|c| {
        c.required_attachments.push(RequiredAttachment {
            code: "budget_plan".into(),
            name: "Kosztorys".into(),
        })
    });
    let mut ctx = context(&call);
    assert_eq!(
        check_offer(&valid_offer(), &ctx).1 .0,
        vec![violation(
            "attachments.budget_plan",
            Rule::AttachmentMissing {
                name: "Kosztorys".into()
            }
        )]
    );
    ctx.attachment_codes.clear();
    ctx.attachment_codes.insert("other".into());
    let v = check_offer(&valid_offer(), &ctx).1 .0;
    assert_eq!(
        v,
        vec![
            violation(
                "attachments.statute",
                Rule::AttachmentMissing {
                    name: "Statut".into()
                }
            ),
            violation(
                "attachments.budget_plan",
                Rule::AttachmentMissing {
                    name: "Kosztorys".into()
                }
            ),
        ]
    );
    ctx.attachment_codes.insert("statute".into());
    ctx.attachment_codes.insert("budget_plan".into());
    assert!(check_offer(&valid_offer(), &ctx).1.is_empty());
}

#[test]
fn texts_are_required_and_limited() {
    let call = terms();
    let mut input = valid_offer();
    input.title = "   ".into();
    input.summary = String::new();
    input.place = "x".repeat(1001);
    input.results[0].monitoring = String::new();
    assert_eq!(
        violations(&input, &call),
        vec![
            violation("title", Rule::Required),
            violation("place", Rule::TooLong { max: 1000 }),
            violation("summary", Rule::Required),
            violation("results[0].monitoring", Rule::Required),
        ]
    );
    // Limits count characters, not bytes.
    input = valid_offer();
    input.title = "ż".repeat(300);
    assert_eq!(violations(&input, &call), vec![]);
}
