//! The editor's declarations: remuneration, the two arrears questions and the statements to
//! tick.

use crate::pages::texts::text;
use granty_domain::offer::{Declarations, Remuneration};
use granty_domain::Language;
use serde::Serialize;

#[derive(Serialize)]
pub struct Question {
    name: &'static str,
    label: &'static str,
    value: &'static str,
}

#[derive(Serialize)]
pub struct Check {
    name: &'static str,
    label: &'static str,
    checked: bool,
}

/// The declarations: the two arrears questions and the statements to tick.
pub fn declaration_rows(d: &Declarations, lang: Language) -> (Vec<Question>, Vec<Check>) {
    let yes_no = |v: Option<bool>| match v {
        Some(true) => "yes",
        Some(false) => "no",
        None => "",
    };
    let arrears = vec![
        Question {
            name: "no_tax_arrears",
            label: text(lang, "tax_arrears"),
            value: yes_no(d.no_tax_arrears),
        },
        Question {
            name: "no_social_security_arrears",
            label: text(lang, "zus_arrears"),
            value: yes_no(d.no_social_security_arrears),
        },
    ];
    let checks = vec![
        Check {
            name: "public_benefit_only",
            label: text(lang, "decl_public_benefit_only"),
            checked: d.public_benefit_only,
        },
        Check {
            name: "fees_only_in_paid_activity",
            label: text(lang, "decl_fees"),
            checked: d.fees_only_in_paid_activity,
        },
        Check {
            name: "register_data_consistent",
            label: text(lang, "decl_register"),
            checked: d.register_data_consistent,
        },
        Check {
            name: "information_true",
            label: text(lang, "decl_true"),
            checked: d.information_true,
        },
        Check {
            name: "gdpr_statements_obtained",
            label: text(lang, "decl_gdpr"),
            checked: d.gdpr_statements_obtained,
        },
    ];
    (arrears, checks)
}

#[derive(Serialize)]
pub struct DeclarationValues {
    remuneration: &'static str,
}

/// The remuneration chosen, as the radio buttons' value.
pub fn declaration_values(d: &Declarations) -> DeclarationValues {
    DeclarationValues {
        remuneration: match d.remuneration {
            Some(Remuneration::Paid) => "paid",
            Some(Remuneration::Unpaid) => "unpaid",
            None => "",
        },
    }
}
