use super::*;

fn codes(v: &Violations) -> Vec<(String, String)> {
    v.iter()
        .map(|x| (x.field.clone(), x.rule.code().to_string()))
        .collect()
}

#[test]
fn the_defaults_follow_the_law_and_granty() {
    let d = AgreementSettings::default();
    assert_eq!(d.shift.basis_points(), 1000);
    assert_eq!((d.return_days, d.final_report_days), (15, 30));
    assert_eq!(AgreementSettings::parse(&d.as_input()), Ok(d));
}

#[test]
fn days_beyond_the_law_are_refused() {
    let input = AgreementSettingsInput {
        return_days: 16,
        final_report_days: 31,
        payment_days: 0,
        ..Default::default()
    };
    let v = AgreementSettings::parse(&input).expect_err("beyond the law");
    assert_eq!(
        codes(&v),
        [
            ("payment_days", "whole_number_between"),
            ("return_days", "whole_number_between"),
            ("final_report_days", "whole_number_between"),
        ]
        .map(|(f, c)| (f.to_string(), c.to_string()))
    );
    assert_eq!(v.0[1].rule, Rule::WholeNumberBetween { min: 1, max: 15 });
}

#[test]
fn shift_basis_percent_and_languages_are_checked() {
    let input = AgreementSettingsInput {
        shift_percent: Percent::from_basis_points(10_001),
        shift_basis: "whole_grant".into(),
        document_languages: vec!["de".into()],
        trust_anchors_pem: "not a certificate".into(),
        ..Default::default()
    };
    let v = AgreementSettings::parse(&input).expect_err("four problems");
    let fields: Vec<String> = codes(&v).into_iter().map(|(f, _)| f).collect();
    assert_eq!(
        fields,
        [
            "shift_percent",
            "shift_basis",
            "document_languages",
            "trust_anchors_pem"
        ]
    );
}

#[test]
fn polish_is_implied_and_languages_come_once_in_order() {
    let input = AgreementSettingsInput {
        document_languages: vec!["uk".into(), "pl".into(), "cs".into(), "uk".into()],
        shift_basis: "grant_part".into(),
        ..Default::default()
    };
    let parsed = AgreementSettings::parse(&input).expect("valid");
    assert_eq!(parsed.document_languages, [Language::Cs, Language::Uk]);
    assert_eq!(parsed.shift_basis, ShiftBasis::GrantPart);
}

#[test]
fn a_document_is_read_in_polish_and_in_the_languages_the_town_enabled() {
    let settings = AgreementSettings {
        document_languages: vec![Language::Cs],
        ..AgreementSettings::default()
    };
    assert!(settings.allows_language("pl"));
    assert!(settings.allows_language("cs"));
    assert!(!settings.allows_language("uk"));
    assert!(!settings.allows_language("xx"));
    assert!(!AgreementSettings::default().allows_language("cs"));
}
